"""A rate with the levels it moved between in brackets after it: "increased by 7.99 percent ($540,459,428 to
$583,620,020)", "last year's increase ended up being 8.66 percent ($506,694,105 to $540,459,428)". The rate is a
growth from the first level to the second (its direction theirs when it states none); the first is a level, not a
change to the second, and the second has the first as its earlier level.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim

_OPENS = re.compile(r"\s*\(\s*")
_TO = re.compile(r"\s+to\s+")
_CLOSES = re.compile(r"\s*\)")


def bracketed_moves(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims, each rate followed by "(A to B)" read as the growth from A to B (see the module)."""
    read = list(claims)
    for index in range(len(read) - 2):
        rate, first, second = read[index], read[index + 1], read[index + 2]
        if rate.unit != "percent" or rate.kind not in ("growth", "share") or first.unit != second.unit \
                or first.unit == "percent" or spans[index] != spans[index + 2] \
                or not _OPENS.fullmatch(text, rate.end, first.start) \
                or not _TO.fullmatch(text, first.end, second.start) or not _CLOSES.match(text, second.end) \
                or first.value <= 0 or first.value == second.value or not 1 / 3 < second.value / first.value < 3 \
                or first.text.startswith(("+", "-", "−", "–")):
            continue  # (up 3.3% (+$0.99 to $31.06): the amount it rose by, then its level)
        direction = rate.direction or ("up" if second.value > first.value else "down")
        read[index] = rate.replaced(kind="growth", direction=direction, base_value=first.value,
                                    base_text=first.text, level_after=second.value)
        read[index + 1] = first.replaced(kind="level", direction=None, level_after=None, base_value=None,
                                         base_text=None)
        read[index + 2] = second.replaced(base_value=first.value, base_text=first.text)
    return read
