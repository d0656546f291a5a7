"""Lengths of time that are the scope of other figures, not claims of their own:
- the length of the period a figure covers: the three months ended April 30; the 12 month period to January 31st;
- how far back a comparison with the past reaches: the first monthly decline in five years; the largest surplus in
  nearly seven years; an eight-month low; the ten-year average.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim

# The length of the period results cover: the three months ended April 30; the 12 month period to January 31st.
_PERIOD_AFTER = re.compile(r"\s+(?:period\s+)?(?:ended|ending|to|through)\s+(?:the\s+end\s+of\s+)?"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\s+period\b")
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:first|last|latest|past|prior|previous)\s+)?$", re.IGNORECASE)
# An extreme reached over a span: an eight-month low, a 16-month high, the ten-year average.
_EXTREME_AFTER = re.compile(r"\s+(?:highs?|lows?|peaks?|troughs?|average|record)\b", re.IGNORECASE)
# The first or the most of something in a span: the first decline in five years; the largest in nearly seven years;
# the fastest pace in six months (the span follows "in" or "for", with no figure or clause mark between; the full
# stop of U.S. is none).
_SINCE_BEFORE = re.compile(r"\b(?:first|highest|lowest|largest|biggest|smallest|fastest|slowest|strongest|weakest|"
                           r"best|worst|steepest|sharpest|longest|shortest|most|least)\b(?:[^,.;:\d]|\.(?=\S)|(?<=[A-Z])\.){0,60}?\b(?:in|for)\s+"
                           r"(?:(?:nearly|almost|about|more\s+than|over|at\s+least)\s+)?$", re.IGNORECASE)


def scope_duration(claim: Claim, text: str) -> bool:
    """Whether a duration is the scope of other figures (see the module's doc): no claim of its own."""
    if claim.kind != "duration":
        return False
    if _PERIOD_AFTER.match(text, claim.end) is not None \
            and _THE_BEFORE.search(text, max(0, claim.start - 30), claim.start) is not None:
        return True
    if "-" in claim.text or " " not in claim.text.strip():  # eight-month, 16-month: a span named as one word
        return _EXTREME_AFTER.match(text, claim.end) is not None
    return _SINCE_BEFORE.search(text, max(0, claim.start - 80), claim.start) is not None
