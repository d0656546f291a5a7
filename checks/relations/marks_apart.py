"""restated for a mark passed (or not) in one sentence and the exact level told in another: "海尔智家营收规模突破1500
亿元大关" … "海尔智家实现营收1564.94亿元"; "格力电器…营收规模未能突破千亿" … "格力电器上半年营收973.25亿元". A mark
with no level of its own in its sentence is the bound of the first exact level after it, in its paragraph or the two
after, of its owner (named, not empty), quantity (synonyms made one), unit and time: no smaller than the mark, or,
said not to pass it (未能突破, 尚未突破, 没有突破), smaller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.claims.measures import canonical
from checks.relations.base import Doc, Relation, bounds, metric_key, owner_key, same_unit, shown
from checks.relations.periods import periods_conflict

_PASSED = re.compile(r"(?P<not>未能|没能|未|没有|尚未)?(?:首次|首度)?(?:突破|超过|超越|站上|迈上)了?\s*$")
_HOPED = re.compile(r"有望|将|预计|预期|可望|或将|力争|目标")
_REACH = 2  # paragraphs after the mark's where its level may be told
_FIGURES = 30  # figures after the mark among which its level is looked for


def marks_told_apart(doc: Doc) -> Iterable[Relation]:
    if "突破" not in doc.text and "超过" not in doc.text:
        return
    for index, mark in enumerate(doc.claims):
        passed = _PASSED.search(doc.before(mark, 10))
        if mark["kind"] != "level" or passed is None or _HOPED.search(doc.before(mark, 16)) \
                or len(metric_key(mark)) < 2 \
                or any(c["kind"] == "level" and c is not mark and doc.same_sentence(c, mark) and same_unit(c, mark)
                       for c in doc.near(mark, 4)):
            continue
        level = next((c for c in doc.claims[index + 1:index + _FIGURES]
                      if c["kind"] == "level" and c.get("qualifier") == "exact" and same_unit(c, mark)
                      and 0 <= doc.paragraph(c) - doc.paragraph(mark) <= _REACH and not doc.same_sentence(c, mark)
                      and _same_quantity(c, mark)
                      and not periods_conflict(doc.period(c), doc.period(mark))), None)
        if level is None:
            continue
        low, high = float(mark["value"]), bounds(level)  # (the mark itself: 未能突破千亿 reads as under 千亿)
        negated = passed.group("not") is not None
        gap = max(0.0, high[0] - low) if negated else max(0.0, low - high[1])
        said = "not to pass" if negated else "to pass"
        arithmetic = f"{shown(level)} is said {said} {shown(mark)}" + (", but it does" if gap and negated else
                                                                      ", but it is below it" if gap else ", as it is")
        stated = (float("-inf"), low) if negated else (low, float("inf"))
        yield Relation(doc.name, "restated", (level, mark), level.get("metric"), high, stated, gap, arithmetic)


def _same_quantity(level: dict, mark: dict) -> bool:
    """One owner's one quantity: named owners alike, or the mark's owner read into its quantity's name (海尔智家营收规模
    of no owner, against 海尔智家's 营收)."""
    owner = owner_key(level)
    if not owner:
        return False
    if owner_key(mark):
        return owner_key(mark) == owner and metric_key(mark) == metric_key(level)
    name = metric_key(mark, synonyms=False)
    return name.startswith(owner) and canonical(name[len(owner):]) == metric_key(level)
