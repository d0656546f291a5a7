"""The member of a breakdown an English figure counts, named right after it: 8,380 boys and 9,186 girls; 81% of
women; 4,100 rural households. The figure's ``segment`` then says which part of the whole it is."""

from __future__ import annotations

import re

# Words that name one member of a breakdown of people or places (their partitions are in the relations'
# breakdowns: a member names one part, the others the rest).
MEMBERS = ("boys", "girls", "men", "women", "male", "female", "males", "females", "urban", "rural", "domestic",
           "international", "online", "offline")
_MEMBER_AFTER = re.compile(rf"\s*(?:of\s+(?:the\s+)?)?(?P<member>{'|'.join(MEMBERS)})\b", re.IGNORECASE)


def member_after(after: str) -> str | None:
    """The breakdown member the words right after a figure name (boys in "8,380 boys"), else None."""
    found = _MEMBER_AFTER.match(after)
    return found.group("member").lower() if found else None
