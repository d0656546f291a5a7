"""A rate told right after the level it reached, with the earlier level after it: "net loans grew to Sh365.4
billion, a 10.7 per cent from Sh330.1 billion" (growth.py reads the pair as the rate's levels)."""

from __future__ import annotations

import re

from checks.relations.base import Doc, bounds, metric_key
from checks.relations.periods import period_parts

# Between the level reached and its rate: a comma and an article alone (, a 10.7 per cent from …), or its time and
# up or down ($1,047.83 this holiday season, up 4 percent from the $1,007.24 …)
# (an average of $646 on gifts this holiday season, up 21 percent over the $582: what it was spent on, its time)
_COMMA_A = re.compile(r"(?:\s+(?:on|for)\s+[a-z]+)?(?:\s+(?:this|last|the)(?:\s+[a-z]+){1,2})?"
                      r"\s*,\s*(?:an?|up|down)\s+")


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
    if level["kind"] != "level" or level["unit"] != base["unit"] or not _named_alike(level, base) \
            or not _COMMA_A.fullmatch(doc.between(level, change)) or not 1 / 3 < float(level["value"]) / float(
                base["value"]) < 3:
        return None
    return bounds(base), bounds(level), [base, level]


def _named_alike(level: dict, base: dict) -> bool:
    """One name, or the level's names what it went on (spending on gifts, spending)."""
    level_key, base_key = metric_key(level), metric_key(base)
    return level_key == base_key or (bool(base_key) and level_key.startswith(base_key + "on"))


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


# A base named by a word that names no quantity (from last season's 54.8 million total): its level's name is
_GENERIC = {"total", "figure", "level", "number", "amount"}
_THIS_IS = re.compile(r"\s*(?:This|That|It)(?:['’]s|\s+is|\s+was|\s+represents|\s+marks)\b")


def level_just_told(doc: Doc, change: dict, base: dict | None) -> tuple[tuple[float, float], tuple[float, float],
                                                                       list[dict]] | None:
    """A rate from an earlier level in a sentence that opens on "this" (quarterly sales of $2.759 billion, which
    missed the estimate of $2.85 billion. This is a 9% decrease over sales of $3.032 billion): the one level of the
    base's quantity, segment and time the sentence before tells, an actual one before an expected one, is where
    it went."""
    start = doc.sentence(change)[0]
    if base is None or not _THIS_IS.match(doc.text, start):
        return None
    told = [c for c in doc.near(change, 8) if doc.sentence(c)[1] <= start and doc.sentence(c)[1] >= start - 2
            and c["kind"] == "level" and c["unit"] == base["unit"]
            and (not metric_key(base) or base.get("metric") in _GENERIC or metric_key(c) == metric_key(base))
            and c.get("segment") == base.get("segment")
            and (not c.get("period") or not change.get("period") or c["period"] == change["period"])
            and not parts_differ(c.get("period"), base.get("period"))]
    # (an estimate is where it went only when nothing actual is told: visits estimated to be 53.3 million)
    told = [c for c in told if not c.get("projected")] or told
    if len(told) == 1 and 1 / 3 < float(told[0]["value"]) / float(base["value"]) < 3:
        return bounds(base), bounds(told[0]), [base, told[0]]
    return None


def parts_differ(a: object, b: object) -> bool:  # (the first nine months and the third quarter: not one level)
    return (part_a := period_parts(a)[1]) != (part_b := period_parts(b)[1]) and bool(part_a and part_b)
