"""A table run into the text (Total number of households consulted: 808 Number of households responding: 556 68.9%
Number of households voting FOR 423 52.4% Number of households voting AGAINST 133 16.5% …): rows whose labels share
a word's stem (voting FOR, voting AGAINST, did not vote) are the answers of one question, so their counts add up to
no more than the total row (parts_vs_total) and their shares to no more than 100% (shares_of_whole). A row whose
words are all another's (members voting, members voting YES) sums those answers and is not one of them.

A row is a count with, optionally, its share right after it (only spaces between); its label the words since the
row before. English labels only; two rows or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.parts import _relation as parts_relation
from checks.relations.shares import _relation as shares_relation
from checks.relations.stems import document_holds

_COMMON = {"number", "numbers", "total", "households", "household", "people", "persons", "respondents", "members",
           "the", "that", "who", "were", "was", "and", "with", "from", "of", "to", "in", "on", "at", "by", "or", "a"}


def _stems(label: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z]{2,}", label.lower()) if w not in _COMMON}  # voting NO: "no" counts
    return {re.sub(r"(?:ing|ed|es|e|s)$", "", w) for w in words}


def answers_in_a_table(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("number", "total")):
        return  # every row is labelled "number of …" or "total of …"
    rows: list[tuple[str, dict, dict | None]] = []
    at = 0
    for index, claim in enumerate(doc.claims):
        if claim["unit"] != "count" or claim["kind"] != "level" or int(claim["start"]) < at:
            continue
        share = doc.claims[index + 1] if index + 1 < len(doc.claims) else None
        if share is not None and not (share["kind"] == "share" and share["unit"] == "percent"
                                      and re.fullmatch(r"[ \t]+", doc.between(claim, share))):
            share = None
        previous = doc.claims[index - 1] if index else None
        label = doc.text[int(previous["end"]) if previous is not None else 0:int(claim["start"])]
        if not re.search(r"(?:number|total)\s+of\s+[^:\d]{3,60}:?\s*$", label, re.IGNORECASE):
            continue
        rows.append((re.split(r"[.;\n]", label)[-1], claim, share))
        at = int((share or claim)["end"])
    if len(rows) < 3:
        return
    totals = [row for row in rows if re.search(r"\btotal\b", row[0], re.IGNORECASE)]
    stems: dict[str, list[tuple[str, dict, dict | None]]] = {}
    for row in rows:
        for stem in _stems(row[0]):
            stems.setdefault(stem, []).append(row)
    for _stem, answers in stems.items():
        answers = [row for row in answers if row not in totals]
        # a row whose words are all in another's (members voting; members voting YES) counts those answers together
        answers = [row for row in answers if not any(_stems(row[0]) < _stems(other[0]) for other in answers)]
        if len(answers) < 2:
            continue
        if len(totals) == 1:
            yield parts_relation(doc, totals[0][1], [row[1] for row in answers], complete=False)
        shares = [row[2] for row in answers if row[2] is not None]
        if len(shares) == len(answers):
            yield shares_relation(doc, shares, False, "the answers of one question in a table")
