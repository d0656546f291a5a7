"""rank_vs_values for names said to take the top places in order, their figures told after: 金昌、兰州、天水前5月进出口
总值分列前三。金昌市进出口总值58.5亿元…。兰州市进出口总值55亿元…。天水市… Each member's figure is the first level
after the list whose sentence opens with its name (金昌市 for 金昌); places k and k + 1 are held against each other
when both are found, of one unit and quantity, within the paragraph and the one after.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, metric_key, shown

_TOP = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8}){1,9})(?P<what>[^，,。；;、]{0,20}?)"
                  r"(?:依次|分别)?(?:分列|位列|位居|排名|排在|居)(?:全[国省市])?前(?:[二三四五六七八九十]|\d{1,2})(?:位|名)?")
_TIME_AFTER = re.compile(r"(?:前|今年|去年|上半年|下半年|全年|一季度)$")  # 天水前5月: the last name, then its time
_OPENING = re.compile(r"[\s，,。；;：:]*(?:其中|此外|另外)?[，,]?\s*")


def named_top(doc: Doc) -> Iterable[Relation]:
    if "前" not in doc.text:
        return
    for listed in _TOP.finditer(doc.text):
        names = [_TIME_AFTER.sub("", name) for name in listed.group("names").split("、")]
        found = [_figure_of(doc, name, listed.end()) for name in names]
        for (first, one), (second, other) in pairwise(zip(names, found, strict=True)):
            if one is None or other is None or one["unit"] != other["unit"] \
                    or metric_key(one) != metric_key(other):
                continue
            stated = f"{first} ({shown(one)}) is said to come before {second} ({shown(other)})"
            yield in_order(doc.name, (one, other), one.get("metric"), one, other, stated,
                           f"{stated}, but it is lower")


def _figure_of(doc: Doc, name: str, after: int) -> dict | None:
    """The first level after ``after`` whose sentence opens with the name, within the list's paragraph and the next."""
    first = next((c for c in doc.claims if int(c["start"]) >= after), None)
    if first is None:
        return None
    for claim in doc.claims[int(first["_index"]):int(first["_index"]) + 30]:
        if doc.paragraph(claim) - doc.paragraph(first) > 1:
            return None
        start = doc.sentence(claim)[0]
        opening = _OPENING.match(doc.text, start)
        if claim["kind"] == "level" and doc.text.startswith(name, opening.end() if opening else start) \
                and next(c for c in doc.in_sentence(claim) if c["kind"] == "level") is claim:
            return claim  # (the sentence's first level: no other figure of it stands before)
    return None
