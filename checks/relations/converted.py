"""restated in another unit: a figure and, in brackets right after it, the same figure in another unit, as Chinese
statistics releases give harvests and areas in both the metric and the market units (夏粮总产量14582万吨(2916亿斤);
播种面积22911千公顷(34367万亩); 单位面积产量5515.7公斤/公顷(367.7公斤/亩)). The second is the first times the ratio of
the units, within the rounding of both figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, bounds, distance, like, shown
from checks.relations.units import unit_key

# How many of the second unit make one of the first (1 吨 = 2000 斤, 1 公顷 = 15 亩): fixed by definition
FACTORS = {("吨", "斤"): 2000.0, ("公斤", "斤"): 2.0, ("千克", "斤"): 2.0, ("吨", "公斤"): 1000.0,
           ("公顷", "亩"): 15.0, ("平方公里", "公顷"): 100.0, ("平方千米", "公顷"): 100.0, ("平方公里", "亩"): 1500.0,
           ("公里", "米"): 1000.0, ("千米", "米"): 1000.0}
_BRACKET = re.compile(r"\s*[(（]\s*")
_PER = re.compile(r"\s*/\s*(?P<per>平方公里|平方千米|公顷|亩|吨|公斤|千克|斤)")


def _word(claim: dict) -> str:
    """The unit word a value is in: 千公顷's value is read in 公顷 already (22911千公顷 is 22,911,000 公顷)."""
    word = unit_key(claim).removeprefix("other:")
    return word.removeprefix("千") if word == "千公顷" else word


def _factor(first: str, second: str) -> float | None:
    """How many of ``second`` make one ``first``, when both are units of FACTORS (or the same unit)."""
    if first == second:
        return 1.0
    if (first, second) in FACTORS:
        return FACTORS[(first, second)]
    return 1 / FACTORS[(second, first)] if (second, first) in FACTORS else None


def in_another_unit(doc: Doc) -> Iterable[Relation]:
    """A figure restated in brackets right after it in another unit (see the module docstring)."""
    for first, second in pairwise(doc.claims):
        per_first = _PER.match(doc.text, int(first["end"]))
        between = doc.text[per_first.end() if per_first else int(first["end"]):int(second["start"])]
        if first["unit"] != "other" or second["unit"] != "other" or not _BRACKET.fullmatch(between):
            continue
        per_second = _PER.match(doc.text, int(second["end"]))
        if bool(per_first) != bool(per_second):
            continue  # 5515.7公斤/公顷(367.7公斤): not one quantity told twice
        factor = _factor(_word(first), _word(second))
        per = _factor(per_first.group("per"), per_second.group("per")) if per_first and per_second else 1.0
        if factor is None or per is None or (factor == 1.0 and per == 1.0):
            continue
        ratio = factor / per
        low, high = bounds(first)
        expected = (low * ratio, high * ratio)
        stated = bounds(second)
        gap = distance(stated, expected)
        units = (f"1 {per_first.group('per')} = {per:g} {per_second.group('per')}" if per != 1.0 and per_first
                 and per_second else f"1 {_word(first)} = {factor:g} {_word(second)}")
        arithmetic = (f"{shown(first)} is {like(second, round(float(first['value']) * ratio, 4))} ({units}); "
                      f"stated {shown(second)}")
        yield Relation(doc.name, "restated", (first, second), first.get("metric"), stated, expected, gap, arithmetic)
