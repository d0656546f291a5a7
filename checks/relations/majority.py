"""rank_vs_values for a share said in words to be a majority or a minority of a group, its figure right after the
words: "A majority of Americans, 58 - 37 percent, think …"; "a slim majority of economists (52%)"; "a minority of
voters (41 percent)". A majority is more than half, a minority less; a figure on the other side of 50 breaks the
words (every rounding of the figure allowed; judged as an index against its threshold, threshold.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, shown
from checks.relations.threshold import judged_against_half

# The words, the group, and what sets the figure after them: a comma or a bracket (not a later clause's figure).
_SAID = re.compile(r"\b(?:an?|the)\s+(?:(?:slim|narrow|bare|clear|large|vast|solid|overwhelming|strong|small|"
                   r"tiny|sizable|sizeable|growing)\s+)?(?P<word>majority|minority)\s+of\s+"
                   r"(?:[A-Za-z.’'-]+\s+){0,3}?[A-Za-z.’'-]+\s*(?:,|\(|—|–)\s*$", re.IGNORECASE)
_REACH = 80  # characters before the figure the words may open


def said_majority(doc: Doc) -> Iterable[Relation]:
    if "ajority" not in doc.text and "inority" not in doc.text:
        return  # most texts say neither: one look at the text
    for share in doc.claims:
        if share["kind"] != "share" or share["unit"] != "percent":
            continue
        start = int(share["start"])
        said = _SAID.search(doc.text, max(doc.sentence(share)[0], start - _REACH), start)
        if said is None:
            continue
        word = said.group("word").lower()
        majority = word == "majority"
        told = f"{shown(share)} is said to be a {word} ({'more' if majority else 'less'} than half)"
        yield judged_against_half(doc.name, "rank_vs_values", (share,), share.get("metric"), bounds(share), majority,
                                  told)
