"""parts_vs_total for an English group counted by outcome: "Unemployment rates were lower … in 319 of the 388
metropolitan areas, higher in 48 areas, and unchanged in 21 areas"; "A total of 200 areas had rates below the U.S.
rate, 173 areas had rates above it, and 15 areas had rates equal to that of the nation". The group's size is the one
the text gives with "of the" (388 metropolitan areas); a sentence that counts members of it by what became of them,
each count followed by the group's noun (or "of the" and the size), and that names the middle outcome (unchanged,
equal, the same, no change), counts every member once: the counts add up to the size.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.parts import _relation as parts_relation

_SIZE = re.compile(r"\bof\s+(?:the|all)\s+(?P<size>\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s)\b")
_MIDDLE = re.compile(r"\b(?:unchanged|equal\s+to|the\s+same|no\s+change|held\s+steady|flat)\b", re.IGNORECASE)


def outcome_counts(doc: Doc) -> Iterable[Relation]:
    if " of the " not in doc.text and " of all " not in doc.text:
        return
    sizes: dict[str, dict] = {}  # the group's noun: its size figure
    starts = [int(c["start"]) for c in doc.claims]
    for found in _SIZE.finditer(doc.text):
        at = found.start("size")
        index = bisect.bisect_right(starts, at) - 1  # (the figure the size stands in: looked up, not searched)
        size = doc.claims[index] if index >= 0 and at < int(doc.claims[index]["end"]) else None
        if size is not None and size["unit"] == "percent" and "of" in str(size["text"]):
            # (319 of the 388: read as one share, its whole the size)
            value = float(found.group("size").replace(",", ""))
            size = dict(size, text=found.group("size"), value=value, lower=value, upper=value, unit="count",
                        kind="level", qualifier="exact", _bounds=None)
        if size is not None and size["unit"] == "count":
            sizes.setdefault(found.group("noun"), size)
    if not sizes:
        return
    firsts = {}  # each sentence's first figure, the key to its figures
    for claim in doc.claims:
        firsts.setdefault(doc.sentence(claim), claim)
    middled = [first for span, first in firsts.items() if _MIDDLE.search(doc.text, *span)]
    for noun, size in sizes.items():
        for first in middled:
            counts = [c for c in doc.in_sentence(first) if int(c["start"]) != int(size["start"])
                      and c["unit"] == "count" and c["kind"] == "level" and _counts(doc, c, noun)]
            if len(counts) >= 3:
                yield parts_relation(doc, size, counts, complete=True)


def _counts(doc: Doc, claim: dict, noun: str) -> bool:
    """Whether a count is followed by the group's noun (313 metropolitan areas, 69 areas) or by "of the" and the
    group's size (319 of the 388 metropolitan areas)."""
    after = doc.after(claim, 40)
    return re.match(rf"\s+(?:of\s+the\s+\d[\d,]*\s+)?(?:[a-z-]+\s+){{0,2}}?{noun}\b", after) is not None
