"""parts_vs_total for a count said to be some of a group counted just before: "The number of passengers … has increased
by 11 per cent to reach 4.84 million from 4.36 million. About 4.66 million of them traveled on the international
sectors"; "the survey reached 1,200 households, 950 of whom own a car".

"Of them" points back to a group; which count it is, the words do not say, so the part is held against every count of
its unit told before it in its sentence and the sentence before (not one of a change: 增加 is no group; at most 60
figures back), and found wrong only when it exceeds them all: whichever the group was, the part is larger. English
only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds
from checks.relations.within import no_larger

_REACH = 600  # characters back to the start of the sentence before
_BACK = 60  # figures back from the part where its group may stand
_OF_THEM = re.compile(r"^\s+(?:[a-z]+\s+)?of\s+(?:them|whom|these|those)\b", re.IGNORECASE)


def counts_of_them(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, part in enumerate(claims):
        if part["unit"] != "count" or part["kind"] != "level" or not _OF_THEM.match(doc.after(part, 30)):
            continue
        reach = opened = doc.sentence(part)[0]
        earlier = [claim for claim in claims[max(0, index - 12):index] if int(claim["start"]) < opened]
        if earlier and opened - doc.sentence(earlier[-1])[0] <= _REACH:
            reach = doc.sentence(earlier[-1])[0]  # the sentence before that counts anything
        groups = []  # the counts since then, found back from the part, at most _BACK figures (linear on run-on text)
        for back in range(index - 1, max(-1, index - 1 - _BACK), -1):
            claim = claims[back]
            if int(claim["start"]) < reach:
                break
            if claim["unit"] == "count" and claim["kind"] == "level":
                groups.append(claim)
        if groups:
            largest = max(groups, key=lambda claim: bounds(claim)[1])
            yield no_larger(doc, largest, part, "\"of them\", some of a group counted before,",
                            "the largest count there,")
