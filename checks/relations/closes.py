"""growth_vs_levels for a market's moves over a week, a month or a year, told after the day's close: "On Friday: The
S&P 500 rose 48.14 points, or 1.4%, to 3,585.15. / For the week: The S&P 500 closed up 75.71 points, or 2.2%."

A move over a span that ends with the day ends at the day's close, so its rate is its points over the close less
(or, for a fall, plus) the points. Only an index whose close the text states once, read by the first word of its
name (the S&P 500 of the day's line and of the week's), and only a move said to be over a span (For the week:, this
year, year to date) in its sentence or in the heading line above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from checks.relations.base import Doc, Relation, bounds, finite, like, precision, shown, signed
from checks.relations.growth import judge
from checks.relations.reach import around

_SPAN = re.compile(r"\b(?:for|over|in)\s+the\s+(?:week|month|year|quarter)\b|\bthis\s+(?:week|month|year)\b|"
                   r"\bso\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b|\byear[- ]to[- ]date\b|\bfor\s+(?:19|20)\d\d\b",
                   re.IGNORECASE)
_HEADING = re.compile(r"\n[ \t]*(?P<heading>[^\n]{1,40}?:)[ \t]*\n")  # For the week:


def moves_to_the_close(doc: Doc) -> Iterable[Relation]:
    if "point" not in doc.text:
        return
    closes: dict[str, list[dict]] = {}
    moves: list[tuple[dict, dict]] = []
    for index, points in enumerate(doc.claims[:-1]):
        rate = doc.claims[index + 1]
        if points["kind"] != "change" or "point" not in str(points["text"]) or rate["kind"] != "growth" \
                or rate["unit"] != "percent" or not doc.same_sentence(points, rate) \
                or not re.fullmatch(r",?\s*or\s+", doc.between(points, rate)):
            continue  # 75.71 points, or 2.2%
        key = _index_key(points)
        if not key:
            continue
        if points.get("level_after") is not None and finite(float(points["level_after"])) is not None:
            level = next((c for c in doc.claims[index + 2:index + 3] if c["kind"] == "level"
                          and float(c["value"]) == float(points["level_after"])), None)
            if level is not None and not _over_a_span(doc, points):
                closes.setdefault(key, []).append(level)
        elif _over_a_span(doc, points) and points.get("direction") in ("up", "down"):
            moves.append((points, rate))
    for points, rate in moves:
        found = closes.get(_index_key(points), [])
        if len(found) != 1:
            continue  # no close, or several days' closes: which one the span ends at is not known
        close = found[0]
        (moved_low, moved_high), (close_low, close_high) = signed(points, bounds(points)), bounds(close)
        before = (close_low - moved_high, close_high - moved_low)  # the close less the move, a fall's added back
        if before[0] <= 0:
            continue
        up = points["direction"] == "up"
        earlier = float(close["value"]) - signed(points, (float(points["value"]),) * 2)[0]
        said = (f"{shown(points)} on {like(close, earlier)} (the close {shown(close)} {'less' if up else 'plus'} the "
                f"points)")
        relation = judge(doc, rate, before, (close_low, close_high), [points, close], said)
        if relation is not None and 0 < relation.gap <= precision(rate) / 2:
            # 165.69 points off 1,893.21 is 8.05%, printed 8.1: the span's earlier close, unstated, is the agency's
            # own unrounded figure, so a rate within a quarter of its rounding step (precision is half a step) is
            # within what it may have computed
            relation = replace(relation, gap=0.0)
        if relation is not None:
            yield relation


def _index_key(claim: dict) -> str:
    """The first word of an index's name: S&P of S&P 500, Dow of Dow Jones Industrial."""
    words = str(claim.get("subject") or "").split()
    return words[0].lower() if words else ""


def _over_a_span(doc: Doc, claim: dict) -> bool:
    start, end = around(doc, claim)  # its sentence, clipped: a run-on text costs no more per figure
    if _SPAN.search(doc.text, start, end):
        return True
    headings = list(_HEADING.finditer(doc.text, max(0, start - 300), start + 1))
    return bool(headings) and _SPAN.search(headings[-1].group("heading")) is not None  # the last heading above
