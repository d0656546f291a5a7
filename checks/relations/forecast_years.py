"""growth_vs_levels for a run of years told as two lists, as brokers' notes give a forecast: 预计2025-2027年营业收入
分别为83.2亿元、102.2亿元、128.2亿元，对应增速分别为29%、23%、16%; 2024-2027E营业收入分别为211.29亿、242.13亿、
273.20亿、290.22亿元，收入同比增长率分别为-9.10%、14.59%、8.71%、10.26%.

The years are named as a range before the first list, as many as its amounts; the second list, of as many rates,
follows in the sentence after a word of growth and 分别. Each year's rate after the first is its amount against the
year before's (the first year's base is not given). A model's rates are worked out from its unrounded amounts, so
each amount's rounding is allowed in full: the judge takes the corners of amounts of three digits or more, and
combines shorter ones as independent errors, so these are widened by √2 each, which makes that the worst case.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, enumeration
from checks.relations.growth import judge
from checks.relations.rounding import precise

# 2025-2027年营业收入分别为; 2024 - 2027E归属母公司净利润分别为
_YEARS_THEN_LIST = re.compile(r"(?P<first>(?:19|20)\d\d)\s*[-–—~至到]\s*(?P<last>(?:19|20)\d\d)\s*E?\s*年?"
                              r"[^，,。；;\d]{0,16}?分别为\s*$")
# ，对应增速分别为; ，收入同比增长率分别为; ，同比增长分别为
_RATES_AFTER = re.compile(r"^\s*[，,]?[^。；;\d]{0,16}?(?:增速|增长率|增幅|增长)分别为\s*[-−–]?\s*$")


def forecast_years(doc: Doc) -> Iterable[Relation]:
    if "分别" not in doc.text:
        return
    claims = doc.claims
    index = 0
    while index < len(claims):
        levels = enumeration(doc, claims, index)
        index += len(levels)
        years = _YEARS_THEN_LIST.search(doc.before(levels[0], 40))
        if years is None or len(levels) < 2 or levels[0]["unit"] == "percent" \
                or int(years.group("last")) - int(years.group("first")) + 1 != len(levels):
            continue
        if index >= len(claims) or not _RATES_AFTER.match(doc.between(levels[-1], claims[index])):
            continue
        rates = enumeration(doc, claims, index)
        if len(rates) != len(levels) or rates[0]["unit"] != "percent":
            continue
        for earlier, later, rate in zip(levels, levels[1:], rates[1:], strict=False):
            if bounds(earlier)[0] <= 0:
                continue
            widen = 1.0 if precise([earlier, later]) else math.sqrt(2)  # (the judge takes three digits' corners)
            relation = judge(doc, rate, _in_full(earlier, widen), _in_full(later, widen), [earlier, later])
            if relation is not None:
                yield relation


def _in_full(claim: dict, widen: float) -> tuple[float, float]:
    low, high = bounds(claim)
    middle, half = (low + high) / 2, (high - low) / 2 * widen
    return middle - half, middle + half
