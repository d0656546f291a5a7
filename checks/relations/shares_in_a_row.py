"""shares_of_whole for English shares of one whole told in a row: "Apartment sales accounted for 71 percent of the
total transactions and 29 percent were for villa sales"; "60 percent of sales were for ready homes, and 40 percent
were for off-plan homes". The first share names its whole (of the total transactions); the share right after it,
joined by "and", names none of its own and says what it went to (were for, went to, came from): a share of the same
whole. Together they are at most 100%."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation as shares_relation

_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:total\s+)?(?P<whole>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})",
                         re.IGNORECASE)
_AND = re.compile(r"[^\d;:.]{0,80}?,?\s+and\s+$", re.IGNORECASE)
_WENT_TO = re.compile(r"\s+(?:were|was|went|came|is|are)\s+(?:for|to|from|in|on)\b", re.IGNORECASE)
_SAME_SUBJECT = re.compile(r"\b(?:while|whereas|but|compared|against|versus|last\s+year|a\s+year\s+(?:ago|earlier))\b",
                           re.IGNORECASE)
_NOT_THE_WHOLE = {"and", "were", "was", "for", "to", "in", "is", "are", "went", "came"}  # words after the whole's name


def shares_in_a_row(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index in range(len(claims) - 1):
        first, second = claims[index], claims[index + 1]
        if first["kind"] != "share" or second["kind"] != "share" or first["unit"] != "percent" \
                or second["unit"] != "percent" or not doc.same_sentence(first, second):
            continue
        whole = _OF_A_WHOLE.match(doc.after(first, 60))
        between = doc.between(first, second)
        if whole is None or not _AND.fullmatch(between) or _SAME_SUBJECT.search(between) \
                or not _WENT_TO.match(doc.after(second, 16)):
            continue
        named = " ".join(itertools.takewhile(lambda word: word.lower() not in _NOT_THE_WHOLE,
                                             whole.group("whole").split()))
        yield shares_relation(doc, [first, second], False, f"shares of {named or 'one whole'}, told in a row")

