"""rank_vs_values for a figure said to rank first and the others listed after it: 重庆农商行以9087.78亿元的资产规模在
众多农商行中排名首位。紧随其后的分别是北京农商银行、…，资产规模分别为8163.03亿元、8020.57亿元、7357亿元和7055.62亿元;
北京农商银行以16.66%居首位，广州、上海、重庆分别实现了15.37%、14.68%和12.59%的快速增长.

The first is said so right after its figure (以…排名首位, 居首位, 位列第一); the others are a 分别 list of figures of
its unit and kind, in its sentence or the next. None may exceed the first; said to follow in order (紧随其后, 依次),
each is no larger than the one before it. Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, bounds, enumeration, shown

_FIRST = re.compile(r"[^，,。；;\d]{0,20}?(?:排名|位居|居于?|位列|名列|排在|稳居|高居)(?:首位|第一位?|第1位?|榜首|首)")
_IN_ORDER = re.compile(r"紧随其后|依次|其次")


def first_then_listed(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, first in enumerate(claims):
        if first["kind"] == "rank" or not _FIRST.match(doc.text, int(first["end"])) \
                or not doc.before(first, 2).endswith("以"):
            continue
        after = [c for c in claims[index + 1:index + 12] if c["unit"] == first["unit"] and c["kind"] == first["kind"]]
        if not after or doc.sentence(after[0])[0] - doc.sentence(first)[1] > 2:
            continue  # (in its sentence or the next)
        listed = enumeration(doc, claims, int(after[0]["_index"]))
        said = doc.text[int(first["end"]):int(listed[0]["start"])]
        if len(listed) < 2 or "分别" not in re.split(r"[，,。；;]", said)[-1] + said[-12:]:
            continue
        yield from (_judged(doc, first, other, "the first") for other in listed)
        if _IN_ORDER.search(said):
            yield from (_judged(doc, before, other, "the one before it") for before, other in pairwise(listed))


def _judged(doc: Doc, higher: dict, lower: dict, which: str) -> Relation:
    gap = max(0.0, bounds(lower)[0] - bounds(higher)[1])
    said = f"{shown(lower)} is listed after {shown(higher)}, {which}"
    arithmetic = f"{said}, but it is larger" if gap else f"{said}, and no larger"
    return Relation(doc.name, "rank_vs_values", (higher, lower), higher.get("metric"), bounds(lower), bounds(higher),
                    gap, arithmetic)
