"""A movement's verb against its figure's own sign, in English: "employment rose among core-aged women (-43,000)",
"approvals rose -2.2%", "fell (+0.5%)". A figure written with its sign says which way the quantity went; the verb
right before it, with no other figure between, says which way the text says it went. A verb of falling before a
minus sign is only said twice (fell -2%), and so is a verb of rising before a plus; the opposite is a contradiction,
an order stated in words (rank_vs_values, as the issue's table defines it). Chinese is left alone: 增长-3.2% is how
a fall is written there. Nouns (growth of -0.4%, a change of -2%) are no verbs of a way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, shown

_UP = (r"rose|risen|rises|increased|grew|grown|climbed|jumped|surged|soared|gained|advanced|rebounded|expanded|"
       r"went up|edged up|ticked up|picked up|inched up")
_DOWN = (r"fell|fallen|declined|decreased|dropped|slipped|slid|eased|shrank|shrunk|contracted|plunged|tumbled|"
         r"dipped|slumped|sank|retreated|went down|edged down|ticked down|inched down")
# The last verb of a way before a signed figure in its clause, with words only between (no figure, no other clause:
# rose in Alberta (+19,600) and fell in Quebec (-5,000) gives each figure its own verb).
_VERB_BEFORE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?P<gap>[^\d;:.!?+−]{{0,60}}?)"
                          r"(?:\(\s*|\bby\s+|\s)$", re.IGNORECASE)
_SIGN = re.compile(r"\(?\s*(?P<sign>[+\-−])\s?\d")
# a second verb or a turn between the verb and the figure: the figure is another clause's
_TURN = re.compile(r"\b(?:while|whereas|but|and|although|though|with|as)\b|,", re.IGNORECASE)
_REACH = 80
_REACHED = re.compile(r"\b(?:to|at)\s*$", re.IGNORECASE)


def signs_against_verbs(doc: Doc) -> Iterable[Relation]:
    text = doc.text
    for claim in doc.claims:
        if claim["kind"] not in ("growth", "change") or not str(claim["text"]).isascii():
            continue
        signed = _SIGN.match(str(claim["text"]))
        if signed is None:
            continue
        start = int(claim["start"])
        earliest = max(doc.sentence(claim)[0], start - _REACH)
        index = int(claim["_index"])
        if index and doc.same_sentence(doc.claims[index - 1], claim):
            earliest = max(earliest, int(doc.claims[index - 1]["end"]))  # no figure between
        verb = _VERB_BEFORE.search(text, earliest, start)
        if verb is None or _TURN.search(verb.group("gap")) or _REACHED.search(verb.group("gap")):
            continue  # (increased to -2.1% from -3.4%: the level it reached, which may be below zero)
        up, negative = verb.group("up") is not None, signed.group("sign") != "+"
        if up != negative:
            continue  # rose +2%; fell -2%: the way said twice
        stated = bounds(claim)
        implied = (0.0, float("inf")) if up else (float("-inf"), 0.0)
        word = verb.group("up") or verb.group("down")
        yield Relation(doc.name, "rank_vs_values", (claim,), claim.get("metric"), stated, implied,
                       distance(stated, implied), f"{shown(claim)} is told with '{word.lower()}', but its sign says it "
                       f"{'fell' if up else 'rose'}")


def unsigned_bounds(claim: dict) -> tuple[float, float]:
    """A claim's bounds, a fall written with its sign (-1.4%) as its size, as "fell 1.4%" states it."""
    low, high = bounds(claim)
    return (-high, -low) if claim.get("direction") == "down" and high <= 0 else (low, high)
