"""parts_vs_total for a count said to be some of a group counted just before: "The number of passengers … has increased
by 11 per cent to reach 4.84 million from 4.36 million. About 4.66 million of them traveled on the international
sectors"; "the survey reached 1,200 households, 950 of whom own a car".

"Of them" points back to a group; which count it is, the words do not say, so the part is held against every count of
its unit told before it in its sentence and the sentence before (not one of a change: 增加 is no group), and found
wrong only when it exceeds them all: whichever the group was, the part is larger. English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, interval_text, shown

_REACH = 600  # characters back to the start of the sentence before
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
        groups = [claim for claim in claims[:index] if int(claim["start"]) >= reach and claim["unit"] == "count"
                  and claim["kind"] == "level"]
        if not groups:
            continue
        largest = max(groups, key=lambda claim: bounds(claim)[1])
        low, top = bounds(part)[0], bounds(largest)[1]
        said = f"{shown(part)} \"of them\" is some of a group counted before, the largest count there {shown(largest)}"
        arithmetic = (f"{said}: at least {interval_text(bounds(part))} against at most {interval_text(bounds(largest))}"
                      if low > top else f"{said}, and no more")
        yield Relation(doc.name, "parts_vs_total", (largest, part), part.get("metric"), bounds(part), bounds(largest),
                       max(0.0, low - top), arithmetic)
