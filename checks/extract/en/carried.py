"""A figure whose clause names no quantity, read as of the quantity named by the figure just before it, in its own
sentence or the one before: "Tourist arrivals rose 9.6 percent to 1.2 million in June. In July, 1.3 million." (the
1.3 million are arrivals too); "Westpac was up 76 cents $31.53" (the level is of Westpac's share price)."""

from __future__ import annotations

import re

from checks.extract.en.measure import APPOSITIVE
from checks.extract.en.owners import quantity_word
from checks.extract.mention import Mention
from checks.extract.reading import Reading

# How far back the figure before may stand: a sentence or two of news text.
_REACH = 300
# Words that count or point without naming what (units, people, shares of a poll): carried on, they say nothing.
_GENERIC = {"shares", "share", "units", "unit", "people", "figure", "number", "total", "level"}
_MOVES = ("level", "change", "growth")


# A relative clause open before the figure (Shares, which have declined 10%): its antecedent names the quantity.
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|that)\b[^,]*$", re.IGNORECASE)


def carried(kind: str, mention: Mention, previous: tuple[Mention, Reading] | None, text: str = "") \
        -> Reading | None:
    """The reading whose quantity a figure with none of its own is of, else None: the figure before, up to _REACH
    characters back, when it names a quantity of a few words (see owners.quantity_word), the figure is a level,
    change or growth (a share or rank has its own whole or order), and a level or change before a level or change
    is in the same unit (a count before a sum of money is of something else); ``text``, the sentence up to the
figure, holds no open relative clause (see _RELATIVE_OPEN). A figure after a dash restating the one before it
(see measure.APPOSITIVE) is of its quantity, whatever it is named."""
    if previous is None or kind not in _MOVES or mention.start - previous[0].end > _REACH \
            or _RELATIVE_OPEN.search(text[-120:]):
        return None
    before, reading = previous
    metric = reading.metric
    if metric and APPOSITIVE.search(text[-12:]) and mention.start - before.end < 160:
        return reading  # 272,610 cars were sold in May – a 21 per cent increase: the same cars sold, as a change
    if not metric or len(metric.split()) > 4 or metric.lower() in _GENERIC or not quantity_word(metric) \
            or _bare(metric):  # (a fall names no quantity to carry on)
        return None
    if kind in ("level", "change") and reading.kind in ("level", "change") and before.unit != mention.unit:
        return None
    if reading.kind not in _MOVES or _other_frequency(metric, text):
        return None
    return reading


# How often a movement is counted: a monthly rise and an annual one are two quantities.
_FREQUENCY = re.compile(r"\b(?:annual|monthly|quarterly|weekly|yearly)\b", re.IGNORECASE)


def _other_frequency(metric: str, text: str) -> bool:
    """Whether the quantity before is counted over one span (the most significant monthly price fall) and the
    figure's sentence names another (the largest annual price increase was Salford's, rising by 6.8 per cent)."""
    before = {found.lower() for found in _FREQUENCY.findall(metric)}
    return bool(before) and bool({found.lower() for found in _FREQUENCY.findall(text[-200:])} - before)


# A movement named with its quantity earlier in the sentence (the change in total payroll employment for May …):
# a later "the change for June" is of the same quantity.
_BARE = {"change", "changes", "growth", "increase", "rise", "decline", "fall", "decrease", "gain"}
_NAMED_MOVE = re.compile(r"\b(?:change|growth|increase|rise|decline|fall|decrease|gain)s?\s+in\s+(?:the\s+)?"
                         r"(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
                         r"(?=\s+(?:for|in|during|was|were|is|are|has|had|from|to|at|over|rose|fell|grew)\b|\s*[,;.])")


def fuller_name(metric: str | None, sentence_before: str) -> str | None:
    """The quantity a bare movement (metric "change", "growth") is of, named with the same movement earlier in its
    sentence (see _NAMED_MOVE), else None."""
    if not metric or metric.lower() not in _BARE or " in " not in sentence_before:
        return None
    named = [found.group("noun") for found in _NAMED_MOVE.finditer(sentence_before)]
    return named[-1] if named else None



# A movement set after a figure by a comma, as its apposition: "…, showing a growth rate of 8.2 percent"; "…, an
# increase of 0.5 per cent".
# (also "…, which followed a fall in July of 5.8 per cent": the same quantity's movement at another time)
_APPOSED = re.compile(r"\)?[^.;:()]{0,80}?,\s*(?:(?:showing|exhibiting|representing|marking|reflecting|indicating|"
                      r"registering|recording|posting|which\s+(?:is|was|represents|marks)|(?:which\s+)?follow(?:s|ed|ing))\s+)?"
                      r"(?:an?|the)\s+[A-Za-z ]{0,30}$")


_PERIODIC_MOVE = re.compile(r"^(?:annual|yearly|monthly|quarterly|weekly|year-on-year|year-over-year)\s+")


def apposed_movement(metric: str | None, text: str, previous_end: int, start: int) -> bool:
    """Whether ``metric`` names only a movement (growth, an increase, the growth rate: no quantity), set as an
    apposition to the figure ending at ``previous_end`` (see _APPOSED): Rs33.74 lakh crore, as against Rs31.18 lakh
    crore, showing a growth rate of 8.2 percent is of the quantity of those levels."""
    return _bare(metric) and _APPOSED.fullmatch(text, previous_end, start) is not None


def _bare(metric: str | None) -> bool:
    """Whether ``metric`` names only a movement: (annual) growth, an increase, falls, the growth rate."""
    named = _PERIODIC_MOVE.sub("", metric.lower().removeprefix("the ")) if metric else ""
    return named in _BARE or named in ("growth rate", "rate of growth", "uplift", "jump", "drop", "surge", "gains",
                                       "increases", "declines", "decreases", "falls", "rises")
