"""A poll's lead: "He leads Clinton among men 67 percent to 28 percent" (the first is the larger: rank_vs_values, an
order stated in words) and "Obama led by 12 percentage points, 50 to 38 percent" (the lead is the difference of the
two: growth_vs_levels, as a gap between two rates is). The two shares stand right after each other, joined by "to"
or a dash (67 percent to 28 percent, 50 to 38 percent, 47%-44%); the words before the first say who leads. A trailing
is not read: "trails Bush 43 to 30" is written either way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, excess, interval_text, shown

# A lead said before the pair, in its clause: leads Clinton among men, led, ahead of.
_SAID = re.compile(r"\b(?:leads?|led|leading|ahead\s+of|tops?|topped|beats?|beat)\b[^.;:!?\d]{0,80}$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*(?:to|-|–)\s*$", re.IGNORECASE)
# The lead in points right before the pair: led by 12 percentage points, 50 to 38 percent; a 9-point lead, 50-41.
_POINTS_BEFORE = re.compile(r"^\s*(?:lead)?\s*[,:(—–-]?\s*$", re.IGNORECASE)
_LEAD_WORD = re.compile(r"\blead\b|\b(?:led|leads?|ahead|ahead\s+of)(?:\s+[A-Z][\w'’.-]*){0,3}\s+by\s*$")


def leads_in_polls(doc: Doc) -> Iterable[Relation]:
    if " to " not in doc.text and "-" not in doc.text:
        return
    claims = doc.claims
    for at in range(len(claims) - 1):
        first, second = claims[at], claims[at + 1]
        if first["kind"] != "share" or second["kind"] != "share" or second["unit"] != "percent" \
                or not doc.same_sentence(first, second) or not _TO.match(doc.between(first, second)):
            continue
        points = claims[at - 1] if at and claims[at - 1]["unit"] == "pp" else None
        if points is not None and doc.same_sentence(points, first) and _POINTS_BEFORE.match(
                doc.between(points, first)) and (_LEAD_WORD.search(doc.before(points, 24))
                                                 or "lead" in doc.between(points, first).lower()):
            yield _points(doc, points, first, second)
            continue
        clause = re.split(r"[,;]", doc.before(first, 100))[-1]
        if _SAID.search(clause):
            yield _lead(doc, first, second)


def _lead(doc: Doc, first: dict, second: dict) -> Relation:
    """The first share said to lead the second: above it, allowing for rounding."""
    gap = excess(second, first)
    if not gap and float(first["value"]) < float(second["value"]):
        gap = float(second["value"]) - float(first["value"])  # 27 percent to 28 percent: whole percents only touch
    said = f"{shown(first)} is said to lead {shown(second)}"
    arithmetic = f"{said}, but it is lower" if gap else f"{said}, as it does"
    return Relation(doc.name, "rank_vs_values", (first, second), first.get("metric"), bounds(first), bounds(second),
                    gap, arithmetic)


def _points(doc: Doc, points: dict, first: dict, second: dict) -> Relation:
    """A lead in points against the difference of the two shares, allowing for the rounding of all three."""
    (a_low, a_high), (b_low, b_high) = bounds(first), bounds(second)
    implied = (a_low - b_high, a_high - b_low)
    stated = bounds(points)
    gap = distance(stated, implied)
    difference = float(first["value"]) - float(second["value"])
    arithmetic = (f"{shown(first)} against {shown(second)} is a lead of {difference:g} points "
                  f"({interval_text(implied)} allowing for rounding); stated {shown(points)}")
    return Relation(doc.name, "growth_vs_levels", (first, second, points), points.get("metric"), stated, implied,
                    gap, arithmetic)
