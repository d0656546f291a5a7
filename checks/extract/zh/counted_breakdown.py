"""The members of a breakdown the text counts before naming them: "在规模工业四大板块中，枞阳海螺公司完成产值1.44亿元…；
县直工业完成0.44亿元…；开发区、乡镇工业分别完成产值2.04亿元、5.63亿元". The first member named opens the list as a
clause's owner would, and the owners carried from it would make the other members its parts (县直工业 of 枞阳海螺公司):
each later member is a peer, owned by no member. Read within the paragraph of the counted breakdown."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# 在规模工业四大板块中， 在三大产业中， 在五大片区中：a breakdown counted, its members named next.
_COUNTED = re.compile(r"在[^，,。；;\n]{0,12}?[两二三四五六七八九十]大"
                      r"(?:板块|产业|行业|门类|类别?|领域|区域|片区|功能区)中\s*[，,：:]\s*")


def counted_breakdown(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a counted breakdown's later members no longer owned by its first (see the module)."""
    read = list(claims)
    if "大" not in text:
        return read
    starts = [claim.start for claim in read]
    # the breakdowns of each paragraph by where their members start: the paragraph's claims are then read once, each
    # against the first members named before it (a run-on paragraph of many breakdowns stays linear)
    paragraphs: dict[int, dict[int, list[int]]] = {}
    for found in _COUNTED.finditer(text):
        end = text.find("\n", found.end())
        at, stop = bisect.bisect_left(starts, found.end()), bisect.bisect_left(starts, len(text) if end < 0 else end)
        if at < stop:
            paragraphs.setdefault(stop, {}).setdefault(at, []).append(found.end())
    for stop, opened in paragraphs.items():
        firsts: set[str] = set()  # the first members named so far in the paragraph
        for index in range(min(opened), stop):
            claim = read[index]
            if claim.subject in firsts and claim.segment and claim.segment != claim.subject:
                read[index] = claim = claim.replaced(subject=None)
            for member_at in opened.get(index, ()):
                first = claim.subject
                if first and not claim.segment and text.startswith(first, member_at):
                    firsts.add(first)  # (else the first figure's owner is no member named first: 在三大产业中，全市…)
    return read
