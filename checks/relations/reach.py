"""How far around a figure the relations read by form look: its sentence, clipped to a few hundred characters either
side, so that a text with no sentence break (a megabyte of 营收增长5%，) costs the same per figure as any other."""

from __future__ import annotations

from checks.relations.base import Doc

REACH = 300


def around(doc: Doc, claim: dict, reach: int = REACH) -> tuple[int, int]:
    """A claim's sentence span, at most ``reach`` characters before its start and after its end."""
    start, end = doc.sentence(claim)
    return max(start, int(claim["start"]) - reach), min(end, int(claim["end"]) + reach)


def sentence_text(doc: Doc, claim: dict, reach: int = REACH) -> str:
    start, end = around(doc, claim, reach)
    return doc.text[start:end]
