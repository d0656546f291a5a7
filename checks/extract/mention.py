"""A mention: a figure found in the text, with the value and interval its own words give it.

Mentions are what a language's quantity grammar hands to claim assembly, which adds what the
surrounding sentence says (kind, direction, comparison, forecast, source).
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.extract.records import quick_init


@quick_init
@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    value: float
    unit: str
    family: str  # percent, tenths, pp, money, count, measure, duration, multiple, age, rank, growth, share
    qualifier: str  # exact, over, at_least, under, at_most, approx, range
    upper_value: float | None = None  # the far end of a range
    vague: bool = False
    qualified_in_span: bool = False  # a qualifier word is part of the span (超65%, 5万元以上)
    direction: str | None = None  # a movement the words themselves state (翻一番)
