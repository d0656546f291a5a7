"""share_vs_counts for ratios an industry defines by two quantities the text states: an airline's load factor is its
traffic over its capacity (11.3 billion revenue passenger miles over 13.03 billion available seat miles: 86.7%).

A ratio whose sentence names it takes the latest figure of each quantity stated before it (within two paragraphs,
the ratio's own sentence included), of one unit: the ratio is the one over the other, allowing for rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, num, shown
from checks.relations.reach import around

# (the ratio's name, what is used, what is available): the definitions read.
DEFINED = ((re.compile(r"\bload\s+factor\b", re.IGNORECASE), "traffic", "capacity"),)
# Parts of a quantity (mainline capacity, international capacity) are not the quantity the ratio is of.
_PART_WORDS = re.compile(r"\b(?:mainline|regional|international|domestic|north|south|europe|asia|atlantic|pacific|"
                         r"latin|america)", re.IGNORECASE)


def defined_ratios(doc: Doc) -> Iterable[Relation]:
    for ratio in doc.claims:
        if ratio["unit"] != "percent" or ratio["kind"] not in ("ratio", "share"):
            continue
        start = around(doc, ratio, 120)[0]
        for name, used_word, available_word in DEFINED:
            if not name.search(doc.text, start, int(ratio["start"])):
                continue
            used = _latest(doc, ratio, used_word)
            available = _latest(doc, ratio, available_word)
            if used is None or available is None or used["unit"] != available["unit"]:
                continue
            (u_low, u_high), (a_low, a_high) = bounds(used), bounds(available)
            implied = (u_low / a_high * 100, u_high / a_low * 100)
            stated = bounds(ratio)
            central = num(round(float(used["value"]) / float(available["value"]) * 100, 2))
            arithmetic = (f"{used_word} {shown(used)} over {available_word} {shown(available)} is {central}% "
                          f"({interval_text(implied)} allowing for rounding); stated {shown(ratio)}")
            yield Relation(doc.name, "share_vs_counts", (used, available, ratio), ratio.get("metric"), stated,
                           implied, distance(stated, implied), arithmetic)


def _latest(doc: Doc, ratio: dict, word: str) -> dict | None:
    """The last level before ``ratio`` (two paragraphs back at most) whose metric ends with ``word`` and names no
    part of it."""
    for claim in reversed(doc.claims[:int(ratio["_index"])]):
        if doc.paragraph(ratio) - doc.paragraph(claim) > 2:
            return None
        metric = str(claim.get("metric") or "")
        if claim["kind"] == "level" and metric.lower().endswith(word) and not _PART_WORDS.search(metric):
            return claim
    return None
