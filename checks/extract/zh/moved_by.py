"""Two figures of one unit joined by 至/到 that are no range: a change and the level it reached
(营收增加3.5亿元至31亿元, 减少35亿元至31亿元), or two levels after 从/由 (从8000万元到1.2亿元)."""

from __future__ import annotations

import re

# A verb of change right before the figure: what follows it is the amount of the change.
_CHANGED = re.compile(r"(?:增加|增长|减少|下降|提高|降低|扩大|缩小|上升|下滑|回落|净增|新增|增|减)了?\s*$")
# A range after a verb spans a forecast's bounds (预计增加5000万元至8000万元): its ends are within a few times of each
# other. A change's amount is far below the level it reached, or above it when the change is a fall.
_SPREAD = 4.0


def moved_by(text: str, start: int, first: float, second: float, family: str) -> bool:
    """Whether ``first`` 至 ``second`` (amounts of one unit, the first at ``start``) is a change and its new level:
    after a verb of change, the second below the first or more than _SPREAD times it. Rates stay ranges
    (增长5%至8%)."""
    if family in ("percent", "pp", "tenths") or first <= 0 or not _CHANGED.search(text, max(0, start - 6), start):
        return False
    return second < first or second > _SPREAD * first


def from_before(text: str, start: int) -> bool:
    """Whether 从 or 由 stands just before the figure at ``start``: A至B are then two levels, not a range."""
    window = text[max(0, start - 12):start]
    return "从" in window or "由" in window
