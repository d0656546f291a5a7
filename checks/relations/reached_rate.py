"""A rate told right after the level it reached, with the earlier level after it: "net loans grew to Sh365.4
billion, a 10.7 per cent from Sh330.1 billion" (growth.py reads the pair as the rate's levels)."""

from __future__ import annotations

import re

from checks.relations.base import Doc, bounds, metric_key

# Between the level reached and its rate: a comma and an article alone (, a 10.7 per cent from …), or its time and
# up or down ($1,047.83 this holiday season, up 4 percent from the $1,007.24 …)
_COMMA_A = re.compile(r"(?:\s+(?:this|last|the)(?:\s+[a-z]+){1,2})?\s*,\s*(?:an?|up|down)\s+")


def level_right_before(doc: Doc, change: dict, base: dict | None) -> tuple[tuple[float, float], tuple[float, float],
                                                                         list[dict]] | None:
    """The level just before a rate from ``base`` in its sentence, set off as _COMMA_A says: of the base's unit and
    name, within a factor of three of it."""
    if base is None:
        return None
    before = [c for c in doc.near(change, 2) if int(c["end"]) <= int(change["start"]) and doc.same_sentence(c, change)]
    if not before:
        return None
    level = before[-1]
    if level["kind"] != "level" or level["unit"] != base["unit"] or metric_key(level) != metric_key(base) \
            or not _COMMA_A.fullmatch(doc.between(level, change)) or not 1 / 3 < float(level["value"]) / float(
                base["value"]) < 3:
        return None
    return bounds(base), bounds(level), [base, level]


def levels_told_before(doc: Doc, change: dict) -> tuple[dict | None, dict | None]:
    """The levels a change's reading holds (``base_value``, ``level_after``) told in the sentence right before it,
    none of them in its own: "grown from 106,692 people … to 114,385 people. That's a difference of 7,693 people"."""
    told = [c for c in doc.near(change, 12) if int(c["end"]) <= int(change["start"]) and c["kind"] == "level"
            and not doc.same_sentence(c, change)]
    if not told:
        return None, None
    last = doc.sentence(told[-1])
    told = [c for c in told if doc.sentence(c) == last]
    base, after = float(change["base_value"]), float(change["level_after"])
    return (next((c for c in told if float(c["value"]) == base), None),
            next((c for c in told if float(c["value"]) == after), None))
