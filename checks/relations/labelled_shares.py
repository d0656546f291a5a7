"""shares_of_whole for a list of shares each followed by the group it names: 35 percent of U.S. adults considered
themselves Democrats, 28 percent Republicans and 35 percent independents. The groups answer one question of one
whole, so the shares add up to no more than 100%.

Taken only when every label after the first share is one or two words that are no preposition (28 percent of men,
31 percent in 2008 are shares within a group or of a time), the labels differ, and the first share's clause ends
with its label right before the comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_WORD = r"(?!(?:of|in|for|among|at|on|from|to|by|than|with|who|which|that|and|or)\b)[A-Za-z][\w'’-]*"
# between two shares of the list: the earlier's label, then a comma or "and"
_LABEL_THEN = re.compile(rf"\s+(?P<label>{_WORD}(?:\s+{_WORD})?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# between the first share and the second: its whole and verb, ending with its label before the comma
_FIRST = re.compile(rf"\s+of\s+[^;:,\d]{{3,80}}?\s(?P<label>{_WORD})\s*,\s*")
# after the last share: its label, then the clause ends
_LAST = re.compile(rf"\s+(?P<label>{_WORD}(?:\s+{_WORD})?)\s*(?:[,.;:)]|$)")


def labelled_shares(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    index = 0
    while index < len(claims) - 1:
        run = _run(doc, index)
        if run is None:
            index += 1
            continue
        yield _relation(doc, run, False, "shares of one whole, each followed by its group")
        index = int(run[-1]["_index"]) + 1


def _share(claim: dict) -> bool:
    return claim["kind"] == "share" and claim["unit"] == "percent"


def _run(doc: Doc, index: int) -> list[dict] | None:
    """The list of labelled shares that starts at claim ``index``, if one does (three shares at least, the first
    naming its whole)."""
    claims = doc.claims
    first = claims[index]
    if not _share(first):
        return None
    second = claims[index + 1]
    opening = _FIRST.fullmatch(doc.between(first, second))
    if opening is None or not _share(second) or not doc.same_sentence(first, second):
        return None
    run, labels = [first, second], [opening.group("label").lower()]
    at = index + 1
    while at + 1 < len(claims):
        following = claims[at + 1]
        gap = _LABEL_THEN.fullmatch(doc.between(claims[at], following))
        if gap is None or not _share(following) or not doc.same_sentence(claims[at], following):
            break
        labels.append(gap.group("label").lower())
        run.append(following)
        at += 1
    last = _LAST.match(doc.after(run[-1], 40))
    if last is None:
        return None
    labels.append(last.group("label").lower())
    if len(set(labels)) != len(labels) or len(run) < 3:
        return None
    return run
