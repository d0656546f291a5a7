"""parts_vs_total for a year's dividends: the interim and the final dividend make the full year's ("final dividend of
2.3p per share, in addition to the interim dividend of 0.8p already paid, to give a full year dividend of 3.1p"), and
a final dividend alone is no more than the year's ("a final dividend of 1.45p …, bringing full year dividend to
2.15p"). Read within one sentence, each figure named by the words before it; last year's in brackets ((2015: 2.0p))
are left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, like, same_unit, shown

_NAMED = re.compile(r"\b(?P<part>interim|final|(?:full|whole|total)[- ](?:year|annual)|total|full[- ]year|annual)"
                    r"\s+(?:(?:cash|ordinary|proposed|recommended)\s+)?dividends?\b[^.;()\d]{0,40}$", re.IGNORECASE)
_LAST_YEARS = re.compile(r"\(\s*(?:19|20)\d\d(?:/\d\d)?\s*:\s*$")


def dividends(doc: Doc) -> Iterable[Relation]:
    if "ividend" not in doc.text:
        return
    by_sentence: dict[tuple[int, int], dict[str, dict]] = {}
    for claim in doc.claims:
        if claim["kind"] != "level" or _LAST_YEARS.search(doc.before(claim, 12)):
            continue
        named = _NAMED.search(doc.before(claim, 60))
        if named is None:
            continue
        word = named.group("part").lower()
        part = "interim" if word == "interim" else "final" if word == "final" else "year"
        by_sentence.setdefault(doc.sentence(claim), {}).setdefault(part, claim)
    for parts in by_sentence.values():
        year, final, interim = parts.get("year"), parts.get("final"), parts.get("interim")
        if year is None or final is None or not same_unit(year, final) or (
                interim is not None and not same_unit(interim, year)):
            continue
        if interim is None:
            gap = max(0.0, bounds(final)[0] - bounds(year)[1])
            arithmetic = f"the final dividend {shown(final)} {'>' if gap else '≤'} the year's {shown(year)}"
            yield Relation(doc.name, "parts_vs_total", (year, final), year.get("metric"), bounds(final),
                           (-math.inf, bounds(year)[1]), gap, arithmetic)
            continue
        low, high = bounds(final)[0] + bounds(interim)[0], bounds(final)[1] + bounds(interim)[1]
        gap = distance((low, high), bounds(year))
        total = like(year, float(final["value"]) + float(interim["value"]))
        arithmetic = (f"interim {shown(interim)} + final {shown(final)} = {total} {'≠' if gap else '='} the year's "
                      f"{shown(year)}")
        yield Relation(doc.name, "parts_vs_total", (year, interim, final), year.get("metric"), (low, high),
                       bounds(year), gap, arithmetic)
