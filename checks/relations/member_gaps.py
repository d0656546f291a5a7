"""The gap between two members' rates (the gap of 21.6 points between male and female literacy in 2001 has
narrowed to 16.7 points in 2011) against the rates the text gives each member (female literacy rose from 53.7% to
65.5%; male literacy from 75.3% to 82.1%): the earlier gap of the first rates, the later gap of the last ones.

A member's rates are the percentages of the sentences that name that member alone (by its word: male is not
female), two of them, in the order the text tells them; any doubt, no relation. The judgement is rate_gaps': points
against points, or percent that is the points (percent_vs_pp).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds
from checks.relations.breakdowns import PARTITIONS
from checks.relations.gaps import judge
from checks.relations.reach import sentence_text
from checks.relations.stems import document_holds

GAP = re.compile(r"\b(?:gap|difference|disparity|divide)\s+of\s+$", re.IGNORECASE)
BETWEEN = re.compile(r"^[^.;\d]{0,40}?\bbetween\s+(?P<a>[a-z]+)\s+and\s+(?P<b>[a-z]+)\b", re.IGNORECASE)
LATER = re.compile(r"^(?:[^.;\d]|(?:19|20)\d\d){0,100}?\b(?:to|at)\s+$", re.IGNORECASE)  # … in 2001 … has narrowed to


def member_gaps(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("gap", "difference", "disparity", "divide")):
        return  # GAP's words: a text without them is not searched before every figure
    for index, first in enumerate(doc.claims):
        if first["unit"] not in ("pp", "percent") or not GAP.search(doc.before(first, 24)):
            continue
        named = BETWEEN.match(doc.after(first, 60))
        if named is None or not any({named.group("a").lower(), named.group("b").lower()} == set(p)
                                    for p in PARTITIONS if len(p) == 2):
            continue
        rates = {m: _rates_of(doc, m.lower(), named) for m in (named.group("a"), named.group("b"))}
        if any(len(r) != 2 for r in rates.values()):
            continue
        gaps = [first]
        later = doc.claims[index + 1] if index + 1 < len(doc.claims) else None
        if later is not None and doc.same_sentence(first, later) and later["unit"] in ("pp", "percent") and \
                LATER.match(doc.between(first, later)):
            gaps.append(later)
        a, b = rates.values()
        for at, gap in enumerate(gaps):
            own, rival = sorted((a[at], b[at]), key=lambda c: float(c["value"]), reverse=True)
            relation = judge(doc, gap, own, rival, below=False)
            if relation is not None:
                yield relation


def _rates_of(doc: Doc, member: str, said: re.Match[str]) -> list[dict]:
    """The percentages of the sentences that name ``member`` and not the other member."""
    other = (said.group("b") if member == said.group("a").lower() else said.group("a")).lower()
    found = []
    for claim in doc.claims:
        if claim["unit"] != "percent" or claim["kind"] not in ("share", "level", "ratio"):
            continue
        sentence = sentence_text(doc, claim).lower()
        if re.search(rf"\b{member}s?\b", sentence) and not re.search(rf"\b{other}s?\b", sentence) and \
                bounds(claim)[0] > 0:
            found.append(claim)
    return found
