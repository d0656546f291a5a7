"""When and how an English figure is stated, read from the words around it: the comparison written after it (year
on year, from a year earlier), whether it is a forecast (expects, will, the Wall Street estimate of), and the periods
its sentence names (the third quarter, fiscal 2024, in May)."""

from __future__ import annotations

import bisect
import re

from checks.extract.en.attribution import sentence_sources
from checks.extract.en.frames import MODIFIER
from checks.extract.mention import Mention
from checks.extract.prefilter import word_gated
from checks.extract.reading import Reading

# The comparison written after a figure, as written: year on year, m-o-m, on the same month last year, over last
# year's quarter, than in June 2004, from the year before. It may follow the same change in other terms
# ("fell by 115,000 (0.4 per cent) year on year") or a word of movement ("15.1 percent higher than in June 2004").
ABBREVIATED_BASIS = r"[mqy]-o-[mqy]|yoy|qoq|mom|y/y|q/q|m/m"
BASIS_AFTER = re.compile(
    r"^\)?[\s,]*(?:\([^()]{0,30}\)\s*)?(?:(?:higher|lower|more|less|fewer|up|down|increase|rise|gain|growth|jump|"
    r"decline|drop|fall|decrease)\s+(?=(?:than|over|on|from|above|below|compared)\b))?"
    r"(?:on\s+an?\s+(?=(?:year|month|quarter|week)[- ](?:on|over)))?"
    r"(?P<basis>year[- ]on[- ]year|year[- ]over[- ]year|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|"
    r"month[- ]on[- ]month|month[- ]over[- ]month|"
    rf"(?:{ABBREVIATED_BASIS})\b|from a year (?:earlier|ago|before)|on the year|from (?:19|20)\d\d\b|"
    # (compared to its previous close of 17,316.18: the basis ends before its figure)
    r"(?:compared|as compared) (?:with|to) [^,.;]{1,40}?(?=\s+of\s+(?:Rs\.?\s?|[$€£¥])?\d|[,.;]|$)|"
    r"(?:on|over|above|below|than|from|versus|vs\.?) (?:in )?(?:last|the same|the previous|the prior|the year|a year|"
    r"pre-pandemic|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"the (?:first|second|third|fourth) (?:quarter|half))\b)"
    r"[^,.;()]{0,40}?(?=\s+(?:to|at|for|and|while|as|after|helped|driven|but|when|with|on)\b|[,.;)]|$)|"
    r"(?:than|over) (?:a year (?:ago|earlier)|last year|the previous year)|"
    # 3.4% higher than the pre-downturn peak of Q1 2008; 0.4% below its pre-pandemic (COVID-19) level; 3.9 percent
    # above that of two years ago; 0.3 percent more than 2012: a level of another time as the base
    r"(?:than|above|below) (?:its|that of|the level of|the (?:pre-[\w-]+|comparable|corresponding|previous|prior)\b|"
    r"(?:19|20)\d\d\b)(?:[^,.;()]|\([^()]{0,20}\)){0,50}?(?=\s+(?:to|at|for|and|while|as|but|when|with)\b|"
    r"\s+--|[,.;)]|\s+\((?![^()]{0,20}\))|\s+\((?:Table|Figure|Chart)|$))",
    re.IGNORECASE,
)
# "estimated to have grown", "expected to have": what a first estimate says happened, no forecast. The estimate of
# analysts (the Wall Street estimate of $3.11, the consensus) is a forecast of what a company will report.
# (?<!\w)(?=[A-Za-z0-9]) rather than \b: the same word starts, and every other place is turned away before the
# alternatives are tried (these two run over every sentence that holds a figure)
PROJECTION_EN = word_gated(re.compile(
    r"(?<!\w)(?=[A-Za-z0-9])"
    r"(?:expects?|expected(?! to have)|expecting|forecasts?|forecasted|projected|projects|"
    r"projection|will|plans?|planned|"
    r"aims?|aiming|targets?|targett?(?:ed|ing)|estimated to(?! have)|is set to|are set to|likely|could|would|"
    r"anticipates?|anticipated|outlook|guidance|goal|by 20\d\d|predicts?|predicted|predicting|forecasting|"
    r"projecting|pencill?ed[ -]in)\b", re.IGNORECASE))
# Nouns of expectation speak only of the figure right after them (the Wall Street estimate of $3.11), not of a whole
# at-a-glance list that happens to hold "Analysts Estimate: $1.37".
PROJECTION_NOUN_BEFORE = word_gated(re.compile(
    r"\b(?:expectations?|consensus|(?:Wall Street|analysts'?|average|consensus) "
    r"estimates?|looking for)\b[^\d$€£¥;]{0,25}$", re.IGNORECASE))
# A projection said after the figure in its clause: margin of between 6.5 and 7.5 percent is expected.
PROJECTED_AFTER = re.compile(r"[^,.;]{0,30}?\b(?:is|are) (?:expected|forecast|projected|seen|targeted|planned)\b"
                             r"(?! to\b)|"
                             # $3.200 trillion tipped by a poll (estimated in a survey: measured, no forecast)
                             r"\s+(?:tipped|forecast|expected|predicted|estimated|projected|anticipated)\s+(?:by|in)\s+"
                             r"[^.;,]{0,25}?\b(?:poll|analysts|economists|consensus)\b", re.IGNORECASE)
PERIOD_EN = word_gated(re.compile(
    r"(?<!\w)(?=[A-Za-z0-9])"
    # (the first quarter of this year: one period, not the year)
    r"(?:(?:first|second|third|fourth)[ -]quarter(?: of (?:(?:19|20)\d\d|this year|last year)| (?:19|20)\d\d\b)?|"
    r"Q[1-4](?: (?:19|20)\d\d)?|"
    # (the Russell 2000 is an index's name, not a year)
    # (nor 2033.96, an index's level, nor 2,013)
    r"(?:first|second)[ -]half(?: of (?:(?:19|20)\d\d|this year|last year))?|"
    r"(?<!Russell )(?<![\d.,])(?:fiscal (?:year )?|FY ?)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d(?!\d))?(?![.,]\d)|"
    r"last year|this year|"
    r"(?:last|this|next|(?<=the )(?:latest|most recent)) (?:month|quarter|week|term|semester|season)|"
    r"(?<=the )full (?:fiscal |financial )?year(?![- ](?:forecast|guidance|outlook|target))|"  # For the full year,
    r"full-year(?= (?:net|revenue|revenues|sales|profits?|earnings|income|loss|operating|EBITDA)\b)|"  # Full-year net
    # a run of months from a year's start: in the first six months (of 2023), over the first 11 months
    r"first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months"
    r"(?: of (?:(?:(?:calendar|fiscal) )?(?:year )?(?:19|20)\d\d|(?:this|last) year))?|"
    # a window ending on a date (the three months ended Sept 30; the nine months to March) and a year ending in a
    # month (the September year; the October 2015 year): one period, not the month alone
    # (the fiscal year to Sept. 30; the year ended March 31, 2019: a year ending on a date, not the month alone)
    r"(?:(?:three|six|nine|twelve|[1-9]|1[0-8]) months|(?<=the )(?:(?:fiscal|financial) )?year) "
    r"(?:ended|ending|to|through) "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2}\b)?(?:,? (?:19|20)\d\d)?|"
    r"(?<=the )(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: (?:19|20)\d\d)? year|"
    # a span of months of a (fiscal) year: April-March 2020-21; January-September 2022; January-August
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? ?[-–] ?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:,? ?(?:19|20)\d\d(?: ?[-–/] ?(?:19|20)?\d\d)?)?|"
    # (between January and June: the same run of months)
    r"between (?:January|February|March|April|May|June|July|August|September|October|November|December) and "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,? (?:19|20)\d\d)?|"
    # the months from one to another of a year, in words: January to June 2017; 01 January to 30 June 2018
    r"(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) "
    r"(?:to|through) (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:,? (?:19|20)\d\d)?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: \d{1,2})?(?:,? ?(?:19|20)\d\d| last year)?|"  # (December last year: one month, another year's)
    r"(?:this |mid[- ]?|early |late )?(?:morning|afternoon|evening)|"
    r"at the (?:open|close)|"
    # a market's week or year (for the week, down 2.1%; up 15.4% for the year); not a weekday, which in a results
    # story is the day of the report (Alphabet said on Thursday that its quarter's revenue …), not the figure's time
    r"for the (?:day|week|month|year)|year[- ]to[- ]date)\b",
    re.IGNORECASE))
# An earlier time written right after a level (from 174.6 billion euros a year ago; 16.6% a year earlier; $647
# million, or 26 cents a share, a year earlier; 746,000 for the same month in 2008; $6.77 billion in the prior year's
# fourth quarter): the figure is of that time, not of the period its sentence names for the figure it is compared
# with. Tried only where one of the words in _YEAR_AGO_WORDS follows the figure.
YEAR_AGO = re.compile(
    r"\s*\)?\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s*)?(?:,?\s*or\s+[^,;()\d]{0,12}[\d.,]+[^,;()\d]{1,25}?)?,?\s*(?:(?:in|for|during|from)\s+)?(?P<period>"
    r"(?:a|one)\s+year\s+(?:ago|earlier|before)|"
    r"(?:the|a)\s+year-(?:ago|earlier)\s+(?:period|quarter|month|week)|"
    # the same period alone is the period just named (revenue rose to $10 billion for the same period): not earlier
    r"(?:the|a)\s+(?:same|similar|comparable)\s+(?:period|quarter|month|week)"
    r"\s+(?:(?:of|in)\s+)?(?:last\s+year|(?:one\s+|a\s+)?year\s+(?:ago|earlier)|(?:19|20)\d\d)|"
    r"the\s+(?:prior|previous)\s+year(?:['’]s\s+(?:(?:first|second|third|fourth)\s+)?quarter)?)\b", re.IGNORECASE)
_YEAR_AGO_WORDS = ("year", "same", "similar", "comparable")


# The same earlier time said before the figure, as its quantity's adjective (up from a year-earlier profit of $446
# million; the prior-year figure of $2.1 billion; last year's 12.5 billion euros): read only when "year" is there.
_YEAR_AGO_BEFORE = re.compile(r"(?:\b(?:a|the)\s+(?P<adjective>year-(?:ago|earlier)|prior-year|previous-year)|"
                              r"\b(?P<last>last\s+year)['’]s?)\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?$", re.IGNORECASE)


def year_ago(kind: str, after: str, before: str = "") -> list[str]:
    """The earlier time written right after a level, share or ratio (see YEAR_AGO), or before it as its quantity's
    adjective (see _YEAR_AGO_BEFORE), else []: a rate of change followed by one (rose 5% a year earlier) is rarer
    than the comparison it usually is, and is left alone."""
    if kind in ("growth", "change", "multiple"):
        return []
    if "year" in before[-60:] and (earlier := _YEAR_AGO_BEFORE.search(before[-60:])) is not None:
        return ["last year" if earlier.group("last") else "a year earlier"]
    if not any(word in after for word in _YEAR_AGO_WORDS):
        return []
    found = YEAR_AGO.match(after)
    return [" ".join(found.group("period").split())] if found else []


# A fiscal year's span before its tail (2017-18, 2016/17): the tail is no figure the words after it follow.
YEAR_SPAN = re.compile(r"(?:19|20)\d\d[-–/]$")
# A results table's comparative year, opening the bracket of the figure it dates: £512.1m (2010: £485.3m).
_COMPARATIVE_YEAR = re.compile(r"\s*[:：]")


def comparative_year(text: str, at: int, period: str) -> bool:
    """Whether the period written at ``at`` opens a bracket as the year of the figure in it ("(2010: £485.3m)"): the
    period of that figure alone, not of the figure before the bracket nor of a change after it."""
    return text[at - 1:at] in ("(", "（") and _COMPARATIVE_YEAR.match(text, at + len(period)) is not None


_CLAUSE_MARK = re.compile(r"[,;]")
# The words that set a time as what a rate compares with: over June, than May, compared with April (not "Versus May,
# exports added 2.1 percent", whose time a paragraph carries on).
_COMPARED_WORDS = r"from|over|than|against|compared\s+(?:with|to)"
_COMPARED_WITH_TIME = re.compile(rf"\b(?:{_COMPARED_WORDS})\s+(?:the\s+|last\s+)?$", re.IGNORECASE)
# After the figure, also: down 12% versus last month; 15.5% below June 2007 (before it, Versus May imports added 6
# percent opens a sentence of that month's comparison, whose time the next sentences carry)
_COMPARED_WITH_TIME_AFTER = re.compile(rf"\b(?:{_COMPARED_WORDS}|versus|vs\.?|below|above)\s+(?:the\s+|last\s+)?$|"
                                       # compared with the same period of last year: the basis, no time of its own
                                       r"\bsame\s+(?:period|month|quarter|time)\s+(?:of|in|a)\s+$", re.IGNORECASE)


def compared_time(text: str, start: int, at: int, period: str, after: bool = False) -> bool:
    """Whether the period at ``at`` is the time a figure is compared with (from May, over June, than last July; after
    the figure, versus last month too), not its own; a span (from May to June) is its own."""
    compared = _COMPARED_WITH_TIME_AFTER if after else _COMPARED_WITH_TIME
    return " to " not in period and compared.search(text, max(start, at - 24), at) is not None


# An earlier figure's own time, ending its clause: (reached $143.7 million,) versus $101.0 million last year, (and
# EBITDA was $61.5 million): the time of the figure compared with, no later clause's.
_COMPARED_FIGURE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|against|from)\s+[^,;()]{0,24}\d"
                              r"[^,;()]{0,24}\s$", re.IGNORECASE)


def earlier_figure_time(text: str, at: int, period: str, figure_start: int) -> bool:
    """Whether the period at ``at`` follows a figure compared with (see _COMPARED_FIGURE) and a clause mark stands
    between it and the figure at ``figure_start``."""
    return _COMPARED_FIGURE.search(text, max(0, at - 60), at) is not None and \
        _CLAUSE_MARK.search(text, at + len(period), figure_start) is not None
_DIGIT = re.compile(r"\d")


def period_after(text: str, end: int, periods: list[tuple[int, str]], sentence_end: int) -> list[str]:
    """The period later in the clause of the figure ending at ``end``, with no other figure before it (rose 5.5% year
    on year in the first quarter; not: to $18.24 billion from $17.44 billion last year), from the sentence's
    ``periods`` (offset, period) in order."""
    mark = _CLAUSE_MARK.search(text, end, min(sentence_end, end + 200))
    clause_end = mark.start() if mark else min(sentence_end, end + 200)
    first = bisect.bisect_left(periods, (end, ""))
    for at, period in periods[first:first + 3]:
        if text.startswith(("'s", "’s"), at + len(period)) or comparative_year(text, at, period) \
                or compared_time(text, end, at, period, after=True):
            continue  # to 13.5 billion euros from last year's 10.9 billion: the period of the figure after it; down
            # 7.54% over June: the time compared with, not the figure's
        if at < clause_end and not _DIGIT.search(text, end, at):
            return [period]
    return []


# An earlier figure of the same quantity right before it: "vs. $3.27 Bln", "compared with an average gain of 260,000",
# or what it beat or missed: "surpassing expectations of $23.8 billion", "below the consensus estimate of 27%".
AGAINST = re.compile(r"\b(?:(?:vs\.?|versus|compared\s+(?:with|to)|against)(?:\s+(?:an?|the)(?:\s+[a-z-]+){1,3}"
                     r"(?:\s+of)?)?|(?:surpass|beat|exceed|top|miss|below|above|ahead\s+of)\w*\s+(?:the\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}(?:expectations?|estimates?|consensus|forecasts?)\s+of)\s*$", re.IGNORECASE)


# The end of a window of time after its length: the three months ended Sept 30; the nine months to March.
_WINDOW_END = re.compile(r"\s+(?:ended|ending|to|through|until)\s+(?:[A-Z]|the\s+end\b)")


# How far back a comparison reaches (from three months before, the figure jumped; two years earlier): a time, no
# figure of a quantity.
_LOOKBACK = re.compile(r"\s+(?:before|earlier|ago|previously)\b")


def window_length(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the length of a window of time that ends where the text says (see _WINDOW_END), or
    says how far back a comparison reaches (see _LOOKBACK)."""
    return mention.family == "duration" and (_WINDOW_END.match(text, mention.end) is not None
                                             or _LOOKBACK.match(text, mention.end) is not None)


def looked_back(text: str, mention: Mention) -> bool:
    """Whether ``mention`` says how far back a comparison reaches (see _LOOKBACK)."""
    return mention.family == "duration" and _LOOKBACK.match(text, mention.end) is not None


class SentenceCues:
    """What a sentence says once for all its figures (its source, its times, where forecasts begin), read once per
    sentence: reading them per figure would cost the sentence's length for every figure in it."""

    def __init__(self, text: str, doc_source: str | None) -> None:
        self.text, self.doc_source = text, doc_source
        self._found: dict[int, tuple[list[tuple[int, int, str]], list[tuple[int, str]], list[int]]] = {}

    def of(self, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]], list[int]]:
        """(the sources named, the periods with their offsets, where forecasts begin) of the sentence at start:end."""
        found = self._found.get(start)
        if found is None:
            sentence = self.text[start:end]
            found = (sentence_sources(sentence, self.doc_source),
                     [(start + m.start(), m.group(0)) for m in PERIOD_EN.finditer(sentence)],
                     [start + m.start() for m in PROJECTION_EN.finditer(sentence)])
            self._found[start] = found
        return found


_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


def figure_before(text: str, previous: tuple[Mention, Reading] | None, kept: tuple[Mention, Reading] | None,
                  sentence_start: int) -> tuple[Mention, Reading] | None:
    """The figure before, as the next figure's reading takes it: none for a span that says when (the nine-month
    period; exports during 2017-18 grew); for a window of time (revenue in the three months ended Sept 30 rose; a
    profit of $809.3 million for the nine months to Sept 30, 18 per cent up), ``kept``, the figure before the
    window, when in the sentence (or a sentence before, for a reach back: see looked_back)."""
    if previous is None or (MODIFIER.fullmatch(text, previous[0].start, previous[0].end)
                            and _WORD_AFTER.match(text, previous[0].end)) \
            or YEAR_SPAN.search(text, max(0, previous[0].start - 5), previous[0].start):
        return None
    if window_length(text, previous[0]):  # (a reach back may follow a sentence's figure: From three months before,)
        return kept if kept is not None and (kept[0].end >= sentence_start or looked_back(text, previous[0])) else None
    return previous


# A relative clause between a subject and its verb (", which account for nearly half of overall revenues,"), or an
# aside of members before the verb (Dairy products, including milk powder, butter and cheese, fell 12 per cent).
# (sales of mini cars, comprising Alto and S-Presso, rose to 29,574 units: the verb with its "to", "by" or "at")
RELATIVE = re.compile(r",\s*(?:which|who|whose|that)\b[^,.;]*,|,\s*(?:including|such\s+as|notably|namely|comprising|"
                      r"consisting\s+of|made\s+up\s+of)\s"
                      r"[^.;:\d()]{1,80}?,(?=\s*(?:also\s+)?[a-z]+(?:\s+(?:to|by|at))?\s*$)", re.IGNORECASE)
# A dateline's place before its date (SINGAPORE, 26 April 2018 – …): the date says when the release was made.
DATELINE_DATE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,40},\s*(?:\d{1,2}\s+)?")
