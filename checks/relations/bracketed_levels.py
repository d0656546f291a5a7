"""growth_vs_levels for a rate with its level and its base in brackets, in English: "registrations were down 10.3%
(5,669) when compared to September 2022 (6,318)"; "year to date are up 16.5% (118,369) on the same period last year
(101,587)". The first bracket is the level now (or, in some releases, the change itself), the second the level it is
compared with: the rate is one of 5,669 / 6,318 - 1 or ±5,669 / 6,318, and a rate that is neither contradicts the
two figures. The brackets must stand right after the rate and right after the words that name the earlier time,
with no other figure between, in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, shown, signed

_RIGHT_AFTER = re.compile(r"\s*\(\s*")
# when compared to September 2022 (; on the same period last year (; compared with last year (
_COMPARED = re.compile(r"\s*\)\s*,?\s*(?:when\s+)?(?:compared\s+(?:to|with)|against|versus|vs\.?|on|from)\s+"
                       r"[^\d();,.]{0,40}?(?:(?:19|20)\d\d[^\d();,.]{0,12}?)?\(\s*$", re.IGNORECASE)


def bracketed_levels(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, rate in enumerate(claims[:-2]):
        if rate["kind"] != "growth" or rate["unit"] != "percent" or not str(rate["text"]).isascii():
            continue
        level, base = claims[index + 1], claims[index + 2]
        if level["unit"] != base["unit"] or level["unit"] in ("percent", "pp") \
                or not (doc.same_sentence(rate, level) and doc.same_sentence(level, base)) \
                or not _RIGHT_AFTER.fullmatch(doc.between(rate, level)) \
                or not _COMPARED.fullmatch(doc.between(level, base)):
            continue
        (low, high), (base_low, base_high) = bounds(level), bounds(base)
        if base_low <= 0 or low < 0:
            continue
        as_level = (100 * (low / base_high - 1), 100 * (high / base_low - 1))
        as_change = (100 * low / base_high, 100 * high / base_low)
        stated = signed(rate, bounds(rate))
        # the bracket as the change itself says only its size; its sign is the rate's
        change = as_change if stated[1] >= 0 else (-as_change[1], -as_change[0])
        gap = min(distance(stated, as_level), distance(stated, change))
        arithmetic = (f"{shown(level)} against {shown(base)} is {interval_text(as_level)}% (as the change itself, "
                      f"{interval_text(change)}%); stated {shown(rate)}")
        yield Relation(doc.name, "growth_vs_levels", (rate, level, base), rate.get("metric"), stated, as_level, gap,
                       arithmetic)
