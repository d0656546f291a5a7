"""The period an English paragraph states for its figures: a sentence that opens with a time of its own ("In
February, …", "For the first half of 2018, …", "In the fourth quarter, …") states it for the sentences after it in
its paragraph that name no time at all ("Exports rose 4.2 percent." after "In February, imports fell …").

A sentence between them that names another time anywhere ends the carry: which of the two a later figure is of, the
text no longer says. A day (November 6, 2014) dates a report or an event, a time of day a market's session: neither
heads the figures after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.en.cues import PERIOD_EN, SentenceCues
from checks.extract.reading import Reading
from checks.extract.text import Sentences

# lead_period: a time that is the whole first phrase of its sentence, closed by a comma
#   In February, imports fell … → February; For the first half of 2018, … → first half of 2018
#   During the fourth quarter, … → fourth quarter; Last year, … → last year; In fiscal 2019, … → fiscal 2019
LEAD = re.compile(r"[\s\"'“‘(]*(?:(?:In|For|During|Over|Through|Throughout|Across|Since)\s+)?(?:the\s+)?"
                  r"(?P<period>[^,.;:!?\n]{2,40}?)\s*,", re.IGNORECASE)
LEAD_REACH = 6  # sentences back in which a paragraph's stated period is looked for
# Not a period that heads what follows: a day, a time of day, a session's open or close
_NOT_HEADING = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?:,|$)|morning|afternoon|evening|open$|close$|^for the day$",
                          re.IGNORECASE)
# A sentence that speaks of an earlier time (during the previous week; a year ago; This compares to …): which of
# its figures are of the paragraph's period is unsaid
_EARLIER = re.compile(r"\b(?:previous|prior|preceding|earlier|ago|compar(?:es|ed|ing))\b", re.IGNORECASE)
# The earlier level a change is measured from: of an earlier time (from 12.1% to 12.7%)
_COMPARED_FROM = re.compile(r"\b(?:from|than|against|versus|vs\.?|compared (?:with|to)|over)\s+(?:(?:a|an|the|"
                            r"its|their)\s+)?(?:[A-Za-z]+\s+)?[$€£¥]?$", re.IGNORECASE)


class LeadPeriods:
    """The period each sentence's paragraph stated at the opening of a sentence before it, found once per sentence."""

    def __init__(self, text: str, sentences: Sentences, cues: SentenceCues) -> None:
        self.text, self.sentences, self.cues = text, sentences, cues
        self._stated: dict[int, str | None] = {}

    def lead(self, start: int, end: int) -> str | None:
        """The period that makes up the opening phrase of the sentence at start:end, if one does."""
        opening = LEAD.match(self.text, start, end)
        if opening is None:
            return None
        period = PERIOD_EN.fullmatch(opening.group("period"))
        return None if period is None or _NOT_HEADING.search(period.group(0)) else period.group(0)

    def before(self, sentence_start: int) -> str | None:
        """The period the paragraph states for the sentence at ``sentence_start``: that the nearest sentence before
        it in its paragraph opens with, unless a sentence between names another time; none when this sentence names
        a time of its own, or an earlier time (during the previous week)."""
        if sentence_start in self._stated:
            return self._stated[sentence_start]
        found = None
        own_start, own_end = self.sentences.span(sentence_start)
        if not self.cues.of(own_start, own_end)[1] and not _EARLIER.search(self.text, own_start, own_end):
            start = sentence_start
            for _ in range(LEAD_REACH):
                if start == 0:
                    break
                start, end = self.sentences.span(start - 1)
                if self.text.find("\n", start, end) >= 0 or self.text.find("\n", end, sentence_start) >= 0:
                    break  # the paragraph ends between them
                found = self.lead(start, end)
                if found is not None or self.cues.of(start, end)[1]:
                    break  # (a time named elsewhere in the sentence: which one the figure is of is unsaid)
        self._stated[sentence_start] = found
        return found

    def carried(self, reading: Reading, start: int, sentence_start: int) -> Reading:
        """The reading of the figure at ``start`` with the period :meth:`before` finds, when it names none of its own
        and is not the earlier level a change is measured from (from 12.1%: of an earlier time)."""
        if reading.period is not None or _COMPARED_FROM.search(self.text, max(0, start - 30), start):
            return reading
        lead = self.before(sentence_start)
        return reading if lead is None else replace(reading, period=lead)
