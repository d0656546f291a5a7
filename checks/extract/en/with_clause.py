"""A figure in a sentence's opening "with" phrase is the figure of the party the main clause names: "With 14 percent
market share, Xiaomi stood at the third spot" (Xiaomi's share); "With 2.1 million visitors, Japan ranked fourth". The
party is read as the member of the roundup (as "Samsung retained the first position with 22 percent market share"
is), not as an owner carried to the figures around it."""

from __future__ import annotations

import re

from checks.extract.claim import Claim

_OPENS_WITH = re.compile(r"\s*With\s+(?:an?\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$")
_MAIN_CLAUSE = re.compile(r"[^,.;]{0,60},\s+(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
                          r"(?:was|is|stood|stands|ranked|ranks|came|comes|remained|remains|took|takes|held|holds|"
                          r"kept|keeps|retained|retains|finished|placed|followed|trailed|led|leads)\b")
_NO_OWNER = {"It", "They", "This", "That", "There", "The", "We", "He", "She"}


def with_opening(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims, those of an opening "With …," phrase owned by the main clause's party (see the module)."""
    if "With " not in text:
        return claims
    read = list(claims)
    for index, claim in enumerate(read):
        start = spans[index][0]
        if claim.subject or claim.segment or not _OPENS_WITH.fullmatch(text, start, claim.start):
            continue
        main = _MAIN_CLAUSE.match(text, claim.end)
        if main is not None and main.group("owner").split()[0] not in _NO_OWNER:
            read[index] = claim.replaced(segment=main.group("owner"))
    return read
