"""The member a bulleted line is labelled with, in a list of such lines: "Key highlights by source market include:
• China: … AUD10.4 billion …; • US: Spending up 3% to AUD3.8 billion; • UK: Spending declined 6% …". Each line's
figures are of its label's member (the spending of visitors from the US), so that the UK's 6% is not read as the US's
3% restated. Read only where two lines or more open so, with a name in capitals (one to four words) that names no
quantity (• Revenue: $19.24 billion is a line of results, labelled by its quantity) and no time; a figure that names
its own member or owner keeps it.
"""

from __future__ import annotations

import bisect
import re

from checks.extract.claim import Claim
from checks.extract.en.owners import quantity_word

# A bullet (•, -, *, ▪, ●), then the label in capitals, then a colon: at a line's start.
# (or no bullet, the label a product's or a sector's, its words in lower case after the first: "Agricultural products:
# Imports were $28.8 billion …; exports were $19.3 billion …", a line a product)
_BULLETED = re.compile(r"^[ \t]*(?:[•\-*▪●][ \t]*(?P<label>[A-Z][\w&'’.]*(?:[ \t]+[A-Z&][\w&'’.]*){0,3})|"
                       r"(?P<plain>[A-Z][a-z][\w&'’-]+(?:[ \t]+[a-z][\w&'’-]*){0,3}))[ \t]*:(?![ \t]*\n)", re.MULTILINE)
# Labels that name no member: a time, a note or source, the total.
_NO_MEMBER = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Q[1-4]|H[12]|FY|Note|Source|Sources|Total|Overall)\b")


def bullet_labels(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, those of a labelled bulleted line given its label as their member (see the module)."""
    if ":" not in text:
        return claims
    lines = [(m.start(), label) for m in _BULLETED.finditer(text)
             if not quantity_word(label := m.group("label") or m.group("plain")) and not _NO_MEMBER.match(label)]
    if len(lines) < 2:
        return claims
    read = list(claims)
    starts = [claim.start for claim in claims]  # in order: each line's figures found by bisection
    for start, label in lines:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for at in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            if not read[at].segment and not read[at].subject:
                read[at] = read[at].replaced(segment=label)
    return read
