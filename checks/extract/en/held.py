"""A share a part holds of its market: "Plug-in registrations rose 9% to take a 6.8% market share", "Hybrids had a
22.6% share of the market". The figure is the market share, and whose it is the clause says: the quantity of the
figure before it in its sentence (the registrations that rose), else the words that lead the clause."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.mention import Mention
from checks.extract.reading import Reading

# "6.8% market share", "6.7% share of the market", "share of 15.2%", "market share of 15.2%".
_SHARE_AFTER = re.compile(r"\s*(?:market\s+share\b|share\s+of\s+(?:the\s+)?(?:overall\s+|total\s+|whole\s+)?"
                          r"market\b|share\b(?!\s+of))", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\b(?:market\s+)?share\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$",
                           re.IGNORECASE)
# The words that lead a clause, up to a verb of holding, of being or of movement: "Hybrids had", "Petrol cars
# retained"; an opening adverb and article left out (Meanwhile, the …).
_LEAD = re.compile(r"\s*(?:(?:meanwhile|however|overall|also),?\s+)?(?:the\s+(?:latest\s+)?)?"
                   r"(?:(?:it|this|that)\s+means\s+(?:that\s+)?)?(?P<holder>[A-Za-z][\w'’-]*(?:\s+(?:and\s+)?"
                   r"[A-Za-z][\w'’-]*){0,4}?)\s+(?:had|has|have|held|holds|retained|retains|took|takes|kept|keeps|"
                   r"gained|gains|won|wins|claimed|claims|was|were|is|are|"
                   # or of movement (Hybrid sales rose 12% to 20,110 units, achieving a 14.5% share)
                   r"rose|grew|fell|climbed|jumped|dropped|declined|increased|decreased|slumped|surged|hit|reached)\b",
                   re.IGNORECASE)
_NOT_HOLDERS = {"it", "this", "that", "they", "which", "there", "the", "its"}
_SHARE_WORDS = ("share", "market")


def held_share(text: str, mention: Mention, reading: Reading, previous: tuple[Mention, Reading] | None,
               sentence_start: int) -> Reading:
    """The reading of a market share (see _SHARE_AFTER, _SHARE_BEFORE) whose own words name no part that holds it:
    the market share of the quantity of the movement or level before it in its sentence (not of a share before it:
    two-fifths of cars sold …, with hybrids at a 22% share), else of the clause's lead (see _LEAD); else
    unchanged."""
    if reading.kind != "share" or reading.segment:
        return reading
    if not (_SHARE_AFTER.match(text, mention.end, mention.end + 60)
            or _SHARE_BEFORE.search(text, max(sentence_start, mention.start - 40), mention.start)):
        return reading
    if reading.metric and any(word in reading.metric.lower() for word in _SHARE_WORDS) and reading.subject:
        return reading  # Oppo finished fifth with a market share of 7.1%: named already
    if previous is not None and previous[0].end >= sentence_start and previous[1].metric \
            and previous[1].kind in ("change", "growth", "level") \
            and not any(word in previous[1].metric.lower() for word in _SHARE_WORDS):
        before = previous[1]
        return replace(reading, metric="market share", segment=before.segment or before.metric,
                       subject=reading.subject or before.subject)
    if previous is not None and previous[0].end >= sentence_start and previous[1].kind not in ("change", "growth",
                                                                                             "level"):
        return reading  # Two-fifths of cars sold were …, with hybrids at a 22% share: the lead is the other share's
    lead = _LEAD.match(text, sentence_start, mention.start)
    if lead is None or lead.group("holder").split()[0].lower() in _NOT_HOLDERS:
        return reading
    return replace(reading, metric="market share", segment=lead.group("holder"))
