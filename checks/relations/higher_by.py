"""growth_vs_levels for an amount said to be higher or lower by so much than another figure stated after it: "(115.63
million tonnes.) It is also higher by 7.83 million tonnes than the five years' average production of 107.80 million
tonnes"; "101.20 million tonnes, is higher by 1.33 million tonnes as compared to wheat production of 99.87 million
tonnes". The figure compared is the last level of the unit told before the change, within 300 characters in its
paragraph, that is no figure compared with itself (after "than"): it less the other is the change, below zero when it
is lower. English only."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.gaps import amount_gap

# The change's comparison, between it and the figure it is measured against: than (the five years' average of);
# as compared to (wheat production of); compared with
_THAN = re.compile(r"\s*(?:\w+\s+){0,2}?(?:than|as\s+compared\s+(?:to|with)|compared\s+(?:to|with))\b"
                   r"(?:[^.;:\d]|\d+\s+years)*$",
                   re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared\s+(?:to|with)|versus|from)\b[^.;:\d]{0,80}$", re.IGNORECASE)
_REACH = 300  # characters before the change's sentence where the figure compared may stand
_BY = re.compile(r"\b(?:higher|lower|more|less|increased|decreased|rose|fell|up|down)\s+by\s+$", re.IGNORECASE)


def higher_by_than(doc: Doc) -> Iterable[Relation]:
    if " than " not in doc.text and "compared" not in doc.text:
        return
    for index, change in enumerate(doc.claims[:-1]):
        if change["kind"] != "change" or change["unit"] in ("percent", "pp") or not change.get("direction") \
                or change.get("base_value") is not None or change.get("level_after") is not None \
                or not _BY.search(doc.before(change, 24)):
            continue
        # (than the five years' average of …: a window's length between is no figure compared)
        other = next((c for c in doc.claims[index + 1:index + 3] if c["kind"] != "duration"), change)
        if other["kind"] != "level" or not same_unit(other, change) or not doc.same_sentence(change, other) \
                or not _THAN.fullmatch(doc.between(change, other)):
            continue
        start = doc.sentence(change)[0]
        own = next((c for c in reversed(doc.claims[max(0, index - 6):index]) if c["kind"] == "level"
                    and same_unit(c, other) and doc.paragraph(c) == doc.paragraph(change)
                    and start - int(c["end"]) < _REACH
                    and not _COMPARED_BEFORE.search(doc.text, max(doc.sentence(c)[0], int(c["start"]) - 80),
                                                    int(c["start"]))), None)
        if own is None:
            continue
        yield amount_gap(doc, change, own, other, change.get("direction") == "down")
