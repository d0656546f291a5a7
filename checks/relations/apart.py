"""How far apart two figures read as one quantity are: a disagreement by a factor is more often a misreading than
a misstatement (README, "Consistency: figures far apart")."""

from __future__ import annotations

import math
import re

# Figures of one quantity that disagree do so by a rounding, an approximation (约三成 for 34%), a stale or mistyped
# figure: by less than this factor on every set measured (README, "Consistency"). Two figures further apart are far
# more often two quantities that the reading took for one; the suite reports them as a warning, not a failure.
FAR_APART = 2.5
# A figure ten, a hundred or a thousand times another within this tolerance is a decimal point or a unit slipped
# (253302.5 for 25330.25): a typing error of the text, however far apart.
SLIP_TOLERANCE = 0.01


def times_apart(stated: tuple[float, float], implied: tuple[float, float]) -> float:
    """How many times the nearer ends of two intervals of one sign are apart (1 when they overlap; 3.6 for 12.62 and
    3.51); nan when either is open, straddles zero, or they differ in sign."""
    ends = (*stated, *implied)
    if not all(math.isfinite(end) for end in ends) or not (min(ends) > 0 or max(ends) < 0):
        return math.nan
    (a_low, a_high), (b_low, b_high) = sorted(map(abs, stated)), sorted(map(abs, implied))
    return max(1.0, a_low / b_high, b_low / a_high)


def slipped(stated: tuple[float, float], implied: tuple[float, float]) -> bool:
    """Whether one interval is the other moved by a power of ten (10 to 10^6), within SLIP_TOLERANCE."""
    apart = times_apart(stated, implied)
    if not apart > 1:
        return False
    (a_low, a_high), (b_low, b_high) = sorted(map(abs, stated)), sorted(map(abs, implied))
    if a_low < b_low:
        (a_low, a_high), (b_low, b_high) = (b_low, b_high), (a_low, a_high)
    power = 10 ** round(math.log10(((a_low + a_high) / 2) / ((b_low + b_high) / 2)))
    return power >= 10 and power <= 10**6 and \
        a_low <= b_high * power * (1 + SLIP_TOLERANCE) and a_high >= b_low * power * (1 - SLIP_TOLERANCE)


def significant_digits(text: str) -> str:
    """A figure's digits less its separators, its point and its leading zeros (0.0531 → 531, 1,235万 → 1235)."""
    return re.sub(r"\D", "", text).lstrip("0")


def mistyped(written: str, other: str) -> bool:
    """Whether one figure's digits are the other's with one digit dropped, added or changed, or two neighbours
    swapped (1235万元 written 135万元, 472.8 written 427.8): a typing error, however far apart the values."""
    a, b = significant_digits(written), significant_digits(other)
    if not a or not b or a == b:
        return False
    if len(a) == len(b):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                     and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
