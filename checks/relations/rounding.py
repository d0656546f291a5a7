"""How far two rounded levels let the change between them run (growth.py judges a stated rate against it)."""

from __future__ import annotations

import math
from collections.abc import Callable

from checks.relations.apart import significant_digits


def precise(levels: list[dict]) -> bool:
    """Whether every level is written with three significant digits or more (21.1 billion, 333亿元; not 1.2亿元)."""
    return all(len(significant_digits(str(c["text"])).rstrip("0")) >= 3 for c in levels)


def implied_change(after: tuple[float, float], before: tuple[float, float], change: Callable[[float, float], float],
                   corners: bool) -> tuple[float, float]:
    """The change two rounded levels imply. Levels of three significant digits or more (``corners``) may sit at
    opposite ends of their rounding: 21.1 → 21.5 billion is 1.9%, and a stated 2.3% holds (21.05 → 21.54 gives it).
    Shorter ones combine their roundings as independent errors (root of the sum of squares): 1.2亿元 → 1.5亿元 is
    25% ± 7, and a stated 35% is flagged though 1.15 → 1.55 would give it (README, "Rounding")."""
    a, b = (after[0] + after[1]) / 2, (before[0] + before[1]) / 2
    central = change(a, b)
    spread_a = change(after[1], b) - central
    spread_b = change(a, before[0]) - central
    spread = abs(spread_a) + abs(spread_b) if corners else math.hypot(spread_a, spread_b)
    return central - spread, central + spread
