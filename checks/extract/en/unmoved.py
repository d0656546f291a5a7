"""Words between an English quantity and its figure that say the figure did not move, or was revised: they name
nothing, and are left out of the quantity's name (the rate remained unchanged at 62.7 percent: the rate)."""

from __future__ import annotations

import re

# A verb of staying before a figure says the quantity did not move, it names nothing (the rate remained unchanged
# at 62.7 percent; stayed flat at $1.30; held steady at 5%).
_STAYED = re.compile(r"\s(?:remained|remains|stayed|stays|was|were|held|holds)\s+(?:(?:essentially|virtually|"
                     r"nearly|broadly|largely)\s+)?(?:unchanged|flat|steady|stable|firm)\s+at\s*$", re.IGNORECASE)
# A verb phrase saying a quantity barely moved, before its figure, names nothing (employment changed little
# (+49,000); the rate was little changed at 5.0 percent; construction continued on an upward trend (+16,000)).
_STILL = re.compile(r"\s(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:(?:both|also)\s+)?(?:little\s+changed|"
                    r"(?:essentially|virtually|about|nearly|largely|broadly)\s+unchanged|changed?s?\s+little|"
                    r"(?:showed|shows|show)\s+little(?:\s+or\s+no)?\s+change|continued\s+(?:on\s+an?\s+"
                    r"(?:upward|downward)\s+trend|to\s+trend\s+(?:up|down)(?:ward)?))"
                    r"(?:\s+(?:in|over|during)\s+(?:the\s+)?[A-Za-z]+)?(?:\s+at)?\s*\(?\s*$", re.IGNORECASE)
# A revision between a quantity and its figure says how the figure changed, not what it is.
_REVISED = re.compile(r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+revised(?:\s+(?:slightly|sharply|"
                      r"marginally))?(?:\s+(?:up|down|upward|downward|higher|lower))?(?:\s+(?:from|to))?\s*$",
                      re.IGNORECASE)  # (was revised slightly down to)


def unmoved(before: str) -> str:
    """The words before a figure less a verb of staying, of barely moving or of revision at their end."""
    if " at" in before[-6:] and _STAYED.search(before):
        before = _STAYED.sub(" ", before)  # the number of people … remained unchanged at 5.7 million
    if "revised" in before:
        before = _REVISED.sub(" ", before)  # the change in payroll employment for July was revised from +245,000
    if ("chang" in before or "trend" in before) and _STILL.search(before):
        before = _STILL.sub(" ", before)  # employment changed little (+49,000): of employment
    return before
