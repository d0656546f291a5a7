"""The words of a figure's own clause: what stands before it back to a clause mark and after it up to one, within a
bounded reach (English says whose figure after it: "an increase of 5.1% in urban"; "7,004 children were born")."""

from __future__ import annotations

import re

from checks.relations.base import Doc

CLAUSE_BREAK = re.compile(r"[，,;；。：:]|\.\s|\band\b|\bwhile\b|\bwith\b", re.IGNORECASE)


def clause_words(doc: Doc, claim: dict, before: int, after: int) -> tuple[str, str]:
    """The words of the claim's clause before it (at most ``before`` characters) and after it (at most ``after``)."""
    return CLAUSE_BREAK.split(doc.before(claim, before))[-1], CLAUSE_BREAK.split(doc.after(claim, after))[0]
