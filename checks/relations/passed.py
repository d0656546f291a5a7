"""A level said to pass a mark in its own sentence: 高校毕业生预计1076万人…，规模首次突破1000万人; GDP达到4.07万亿元，
首次突破4万亿; 出口规模首次突破3000亿元，达3080.3亿元; visitors … reached 2,501,000, topping 2.5 million. The level
is no smaller than the mark (restated: the mark restates the level as a bound).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, same_unit, shown
from checks.relations.statements import A_YEAR_BEFORE, other_side

# The words right before a mark: 首次突破, 突破了, 站上, topped, passing the.
_PASSED = re.compile(r"(?:突破|超越|跨越|跨过|站上|迈上|迈过|越过|冲破)了?\s*$|"
                     r"\b(?:topp(?:ed|ing)|surpass(?:ed|ing)|broke(?:\s+through)?|breaking(?:\s+through)?)\s+"
                     r"(?:the\s+)?$", re.IGNORECASE)
# Words that make the mark a hope, not a fact: 有望突破, 将突破, 预计突破, could top.
_HOPED = re.compile(r"有望|将|预计|预期|可望|或将|力争|目标|expected|could|would|may|might|to\s*$", re.IGNORECASE)
# A level told right after its mark: 首次突破3000亿元，达3080.3亿元.
# 突破11亿吨，累计完成10.2亿吨: the level the quantity reached, told with its verb of output.
_REACHED_AFTER = re.compile(r"^\s*(?:大关|关口|门槛|mark|barrier)?\s*[，,]\s*(?:累计|全年|共)?"
                            r"(?:达到?|至|为|完成|实现|录得|接待|销售|生产|reaching|at)\s*$", re.IGNORECASE)


def passed_marks(doc: Doc) -> Iterable[Relation]:
    if not any(word in doc.text for word in ("突破", "超越", "跨越", "跨过", "站上", "迈上", "迈过", "越过", "冲破",
                                             "topp", "surpass", "broke", "breaking")):
        return
    for index, mark in enumerate(doc.claims):
        before = doc.before(mark, 12)
        if mark["kind"] != "level" or not _PASSED.search(before) or _HOPED.search(doc.before(mark, 16)):
            continue
        level = _level_of(doc, index, mark)
        if level is None:
            continue
        low = bounds(mark)[0]
        gap = max(0.0, low - bounds(level)[1])
        arithmetic = (f"{shown(level)} is said to pass {shown(mark)}"
                      + (", but it is below it" if gap else ", as it does"))
        yield Relation(doc.name, "restated", (level, mark), level.get("metric"), bounds(level),
                       (low, float("inf")), gap, arithmetic)


def _level_of(doc: Doc, index: int, mark: dict) -> dict | None:
    """The level that passed the mark: the nearest before it in its sentence of its unit (no other time's, no
    mark of its own), else the one told right after it (，达3080.3亿元)."""
    for claim in reversed(doc.claims[max(0, index - 4):index]):
        if not doc.same_sentence(claim, mark):
            break
        if claim["kind"] == "level" and same_unit(claim, mark) and not other_side(doc, claim) \
                and not A_YEAR_BEFORE.search(doc.before(claim, 12)) and not _PASSED.search(doc.before(claim, 12)):
            return claim
    after = doc.claims[index + 1] if index + 1 < len(doc.claims) else None
    if after is not None and after["kind"] == "level" and (same_unit(after, mark) or _bare_mark(after, mark)) \
            and _REACHED_AFTER.match(doc.between(mark, after)) and not doc.after(after, 2).lstrip().startswith("的"):
        # (完成98万辆的上年销量仅用了10个月: a figure that names another quantity, not the level reached)
        return after
    return None


def _bare_mark(level: dict, mark: dict) -> bool:
    """A mark written as a bare magnitude (突破千亿大关，达到1012.9亿份): a count with no counter, as the level is."""
    return level["unit"] == mark["unit"] == "count" and str(mark["text"]).rstrip("多余")[-1:] in "万亿千百十"
