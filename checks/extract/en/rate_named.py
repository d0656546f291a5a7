"""A level named only as the rate it is counted at, reached by the change before it: "single-family starts
increased 15.8% to a 992,000 seasonally adjusted annual rate"; "permits increased 2.8% to a 967,000 unit rate";
"rose 9.2% to an annualized 508,000 pace". The rate or pace says how the level is counted, not what it counts: the
level is of the quantity that moved to it (single-family starts), as the change's own reading says.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim

_COUNTED_AT = re.compile(r"(?:(?:seasonally|adjusted|annual|annualized|annualised|monthly|unit)\s+){0,4}"
                         r"(?:rate|pace)", re.IGNORECASE)


def rate_named(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, a level named by its rate of counting given the quantity of the change that reached it."""
    read = list(claims)
    for index in range(1, len(read)):
        level, change = read[index], read[index - 1]
        if level.kind != "level" or not level.metric or not _COUNTED_AT.fullmatch(level.metric) \
                or change.kind not in ("growth", "change") or not change.metric or change.level_after is None \
                or change.level_after != level.value or any(mark in text[change.end:level.start] for mark in ".;\n"):
            continue
        read[index] = level.replaced(metric=change.metric, subject=level.subject or change.subject,
                                     segment=level.segment or change.segment)
    return read
