"""A list after a colon whose opening names the quantity and its time: "Across the states and territories unemployment
rates in August were: NSW 5.0 per cent (5.5 per cent in July); Victoria 5.5 per cent (5.5 per cent); …". Each item
is a member's figure of that quantity, of that time; the figure in brackets after it is the member's earlier one, of
the time the first bracket names (in July), else of none.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim

# The opening of the list: the quantity's words, its time, a verb of being, and the colon.
_OPENING = re.compile(r"(?P<words>[A-Za-z][A-Za-z' -]{2,80}?)\s+(?:in|for)\s+(?P<time>(?:[A-Z][a-z]+|the\s+[a-z]+)"
                      r"(?:\s+\d{4})?)\s+(?:were|are|was|is|stood\s+at)\s*:\s*$")
# Words that group the members (the states, the regions) or join words: no part of the quantity's name.
_GROUPING = {"states", "territories", "regions", "provinces", "countries", "sectors", "industries", "cities", "areas",
             "the", "and", "across", "among", "in", "of", "by", "for", "all"}
_BRACKET_TIME = re.compile(r"\s+in\s+(?P<time>[A-Z][a-z]+(?:\s+\d{4})?)\s*\)")


def colon_lists(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, the items of a list after a colon (see the module's doc) given its quantity and time."""
    if ":" not in text:
        return claims
    read = list(claims)
    openings: dict[int, tuple[str, str] | None] = {}
    earlier_time: dict[int, str | None] = {}
    # Where the figure's line or sentence starts and its last colon, kept as the claims are read in order: each gap
    # between figures is read once (items are clauses of their own, ; between them: the list runs from its line's
    # colon to a full stop)
    start, colon, scanned = 0, -1, 0
    for index, claim in enumerate(read):
        line = text.rfind("\n", scanned, claim.start) + 1
        start = max(start, line, text.rfind(". ", max(0, scanned - 1), claim.start) + 1)
        colon = max(colon, text.rfind(":", scanned, claim.start))
        scanned = claim.start
        if claim.metric or colon < start:
            continue
        if start not in openings:
            openings[start] = _opening(text, start, colon + 1)
        found = openings[start]
        if found is None:
            continue
        metric, time = found
        bracketed = text[max(start, claim.start - 2):claim.start].endswith("(")
        if bracketed:
            named = _BRACKET_TIME.match(text, claim.end)
            if named is not None:
                earlier_time[start] = named.group("time")
            read[index] = claim.replaced(metric=metric, period=earlier_time.get(start))
        else:
            read[index] = claim.replaced(metric=metric, period=time)
    return read


def _opening(text: str, start: int, before: int) -> tuple[str, str] | None:
    """(quantity, time) of a list's opening between a sentence's start and its colon, if it has one."""
    colon = text.find(":", start, before)
    if colon < 0:
        return None
    found = _OPENING.search(text, start, colon + 1)
    if found is None:
        return None
    words = found.group("words").split()
    name: list[str] = []
    for word in reversed(words[-3:]):
        if word.lower() in _GROUPING:
            break
        name.insert(0, word)
    return (" ".join(name), found.group("time")) if name else None
