"""A rate told apart from its levels, year on year: "PC shipments declined 9.5% in Q2. … shipped 68.4 million units in
Q2, compared to 75.6 million units for the same period last year." Which levels are compared a year apart, and which
rates may be their change (growth.py reads them together).
"""

from __future__ import annotations

import math
import re

from checks.relations.base import Doc, owner_key


def linked_earlier(level: dict) -> bool:
    """Whether extraction linked a level to its earlier level (a number; NaN in the table is none)."""
    base = level.get("base_value")
    return base is not None and math.isfinite(float(base))


# shipped 68.4 million units in Q2, compared to 75.6 million units for the same period last year: a level, then the
# one it is compared with (a level's own words and time between them)
_COMPARED_WITH = re.compile(r"[^;]{0,40}?,?\s*(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:an?\s+|the\s+)?"
                            r"(?:revised\s+)?$", re.IGNORECASE)


def compared_pair(doc: Doc, sentence: list[dict]) -> tuple[dict, dict] | None:
    """The only two levels of a sentence, of one unit, the second compared with by the first (see _COMPARED_WITH) and
    said to be of a year before (for the same period last year): (later, earlier)."""
    levels = [c for c in sentence if c["kind"] == "level"]
    if len(levels) != 2 or levels[0]["unit"] != levels[1]["unit"] \
            or not _COMPARED_WITH.fullmatch(doc.between(levels[0], levels[1])) \
            or not (_YEAR_BEFORE.match(doc.after(levels[1], 60)) or _years_apart(levels[0], levels[1]) == 1):
        return None
    return levels[0], levels[1]


def _years_apart(later: dict, earlier: dict) -> int | None:
    """How many years a level stated for a year (36,757 in 2019) is after another stated for one (34,335 in 2018)."""
    years = [str(c.get("period") or "") for c in (later, earlier)]
    return int(years[0]) - int(years[1]) if all(re.fullmatch(r"(?:19|20)\d\d", y) for y in years) else None


# (75.6 million units for the same period last year; 75.6 million a year earlier; in the year-ago quarter)
_YEAR_BEFORE = re.compile(r"[^.;\d]{0,25}?\b(?:(?:for|in)\s+the\s+(?:same|corresponding)\s+(?:period|quarter|month)|"
                          r"a\s+year\s+(?:earlier|ago|before)|last\s+year|year-ago|(?:the\s+)?prior[- ]year|"
                          r"(?:the\s+)?previous\s+year)\b", re.IGNORECASE)
# A rate of another comparison, another quantity or another time than a year-on-year change in units
_SEQUENTIAL = re.compile(r"\b(?:quarter[- ](?:over|on)[- ]quarter|month[- ](?:over|on)[- ]month|sequential(?:ly)?|"
                         r"QoQ|MoM)\b", re.IGNORECASE)
# A rate's basis naming a month or a quarter of its own year (than in April; from the previous quarter), not the
# same time a year before (than in May last year)
_MONTH_OR_QUARTER = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December|(?:previous|prior|preceding|last)\s+(?:month|quarter)|"
                               r"an?\s+(?:month|quarter)\s+(?:earlier|ago|before))\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\byear\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
_OTHER_QUANTITY = re.compile(r"\b(?:by\s+value|in\s+value|revenue|expects?|forecasts?|projects?|predicts?)\b",
                             re.IGNORECASE)


def of_a_year_before(doc: Doc, change: dict, strict: bool = False) -> bool:
    """Whether a rate may be the year-on-year change of levels told elsewhere: against no earlier quarter or month;
    ``strict``, a fact, of no other quantity or owner named in its sentence either (shipments by value; Lenovo's
    shipments fell 7.5%: Lenovo's, not the market's; IDC expects shipments to decline 2.3%)."""
    # (read near the rate, not its whole sentence: a run-on text is one sentence, and every rate asks)
    sentence_start, sentence_end = doc.sentence(change)
    start, end = max(sentence_start, int(change["start"]) - _NEAR), min(sentence_end, int(change["end"]) + _NEAR)
    if _SEQUENTIAL.search(doc.text, start, end):
        return False
    basis = str(change.get("basis") or "")
    if _MONTH_OR_QUARTER.search(basis) and not _A_YEAR.search(basis):
        return False  # (produced 2.27 million barrels, 0.6 percent less than in April: against a month of its year)
    return not strict or not (change.get("projected") or _OTHER_QUANTITY.search(doc.text, start, end)
                              or _POSSESSIVE.search(doc.text, start, int(change["start"])))


_NEAR = 200  # characters either side of a rate where its sentence's words are read
_POSSESSIVE = re.compile(r"['’]s\b")


def other_owner(change: dict, level: dict) -> bool:
    """Whether a rate and a level each name an owner, and not the same one."""
    return bool(change.get("subject")) and bool(level.get("subject")) and owner_key(change) != owner_key(level)
