"""growth_vs_levels for a count's increase: a stock that reached a level rose by no more than that level
(5G基站总数达419.1万个，比上年末净增81.5万个: an increase of 481.5万个 would leave the year before below zero;
subscribers reached 2.1 million, an increase of 0.4 million).

Read for counts (基站, 户, 人, subscribers: never negative) and for amounts of money that are sums of payments (营收,
销售额, 出口, revenue, sales, exports, spending: never negative), not for a quantity that may be negative (profit, a
balance), with the level the increase reached stated in its sentence: linked to it (level_after), or the
level right before it in the same clause's run (总数达A，比上年末净增B).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, like, same_unit, shown
from checks.relations.rates_of_parts import MAY_BE_NEGATIVE

# What joins a level to its increase after it: 总数达419.1万个，比上年末净增.
_THEN_INCREASE = re.compile(r"\s*[，,]\s*(?:比|较)[^，,。；;\d]{0,10}?(?:净增|增加|新增|多)(?:了)?\s*$")


# Amounts of money summed from payments, never below zero (营收增加35亿元至31亿元 is impossible).
_PAID = re.compile(r"营收|营业收入|销售额|销售收入|出口|进口|进出口|支出|开支|存款|贷款|revenue|sales|exports|imports|"
                   r"spending|expenditure|deposits|loans|turnover", re.IGNORECASE)


def increase_above_level(doc: Doc) -> Iterable[Relation]:
    for change in doc.claims:
        metric = str(change.get("metric") or "")
        if change["kind"] != "change" or change.get("direction") != "up" or MAY_BE_NEGATIVE.search(metric) \
                or not (change["unit"] == "count" or (_PAID.search(metric) and change["unit"] not in (
                    "percent", "pp", "other"))):
            continue
        level = _level_of(doc, change)
        if level is None or not same_unit(level, change):
            continue
        gap = bounds(change)[0] - bounds(level)[1]
        if gap > 0:
            arithmetic = (f"an increase of {shown(change)} to {shown(level)} leaves the earlier level at "
                          f"{like(level, float(level['value']) - float(change['value']))}, below zero")
            yield Relation(doc.name, "growth_vs_levels", (level, change), change.get("metric"), bounds(change),
                           (0.0, bounds(level)[1]), gap, arithmetic)


def _level_of(doc: Doc, change: dict) -> dict | None:
    """The level an increase reached, in its sentence: the one it is linked to, or the level just before it."""
    after = change.get("level_after")
    same = [c for c in doc.near(change, 3) if c is not change and doc.same_sentence(c, change) and c["kind"] == "level"]
    if after is not None:
        return next((c for c in same if float(c["value"]) == float(after)), None)
    before = [c for c in same if int(c["end"]) <= int(change["start"])]
    if before and _THEN_INCREASE.fullmatch(doc.between(before[-1], change)):
        return before[-1]
    after = [c for c in same if int(c["start"]) >= int(change["end"])]  # (增加35亿元至310亿元: read as no range)
    if after and re.fullmatch(r"\s*(?:至|到)\s*", doc.between(change, after[0])):
        return after[0]
    return None
