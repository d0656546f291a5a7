"""shares_of_whole for the two sides of one answer: 57% said they were satisfied … 37% expressed dissatisfaction;
64% are happy, 30% unhappy. A share and, after it in its sentence or the next, a share of the opposite answer (the
same word with a negating prefix) are parts of one whole: together no more than 100%.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_NEGATING = ("dis", "un", "non", "in", "im", "not ")
_WORD = re.compile(r"[a-z]{5,}")
_CLAUSE_END = re.compile(r"[.;!?]|\n")


def _said(doc: Doc, claim: dict) -> str:
    """The words after a share up to its clause's end: what the share answered."""
    after = doc.text[int(claim["end"]):int(claim["end"]) + 80].lower()
    stop = _CLAUSE_END.search(after)
    return after[:stop.start()] if stop else after


def _opposite(first: str, second: str) -> str | None:
    """The stem one answer says and the other negates (satisf in satisfied / dissatisfaction), else None."""
    for word in _WORD.findall(first):
        stem = word[:6]
        for prefix in _NEGATING:
            if re.search(rf"\b{prefix}{stem}", second) and not re.search(rf"\b(?:{'|'.join(_NEGATING)}){stem}",
                                                                          first):
                return stem
    return None


def opposite_answers(doc: Doc) -> Iterable[Relation]:
    shares = [c for c in doc.claims if c["kind"] == "share" and c["unit"] == "percent"]
    for first, second in pairwise(shares):
        if doc.paragraph(second) - doc.paragraph(first) > 2 or int(second["start"]) - int(first["end"]) > 300:
            continue
        between = doc.text[int(first["end"]):int(second["start"])]
        if len(re.findall(r"[.!?](?:\s|$)", between)) > 1:
            continue  # the sentence or the next
        a, b = _said(doc, first), _said(doc, second)
        stem = _opposite(a, b)  # the answer, then its flip side: a negated answer then a new group's is not one
        if stem is not None:
            yield _relation(doc, [first, second], False, f"the two sides of one answer ({stem}…)")
