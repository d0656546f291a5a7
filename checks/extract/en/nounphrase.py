"""Where the words before an English figure that elsewhere start a clause join the parts of one noun phrase: "and"
inside the object of a preposition (sales at building materials and garden equipment stores; the deficit in trade of
goods and services), "for" after the noun of a quantity (the economic inactivity rate for people aged 16 to 64;
occupancy for all categories of hotels); and the words that stand where a quantity's name stands but name none (a
pronoun: it was 80% last year; a participle of the figure's own verb: before eventually closing up 5%)."""

from __future__ import annotations

import re
from functools import lru_cache

# Prepositions whose object may be a list of nouns joined by "and" (at building materials and garden stores).
_PREPOSITIONS = {"at", "of", "in", "across", "for", "among", "between", "from"}
# Words that, between the preposition and "and", show a clause rather than nouns: verbs, pronouns, articles of a
# new subject (the company cut costs at its plants and revenue rose: "cut" before "at" does not matter, but
# "at its plants and revenue" would join them, so a verb or pronoun between the two stops the join).
_CLAUSE_WORDS = {"is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "it", "they", "we",
                 "he", "she", "said", "says", "which", "who", "that"}
# Nouns of a quantity after which "for" says whose or what part the quantity is, not why or how long (the
# inactivity rate for people aged 50 to 64; demand for heavy trucks; revenue for each seat flown one mile).
_FOR_QUANTITY = re.compile(r"(?:rates?|ratios?|prices?|occupanc(?:y|ies)|revenues?|sales|demand|forecasts?|outlook|"
                           r"guidance|targets?|payrolls?|employment|unemployment|inactivity|yields?|"
                           r"margins?|costs?|spending|orders|bookings|fees?|wages?|pay|earnings|income|growth|"
                           r"percentage|index|inflation|consumption|production|output|profits?|loss(?:es)?|"
                           r"EBITD?A|volumes?|shipments|deliveries)$",
                           re.IGNORECASE)


# Nouns of a quantity after "and" say that a new clause has started (at its plants and revenue rose 5%).
_QUANTITY_NOUN = re.compile(r"(?:revenues?|sales|profits?|earnings|income|exports|imports|output|production|prices?|"
                            r"inflation|unemployment|employment|jobs|payrolls|spending|shipments|deliveries|orders|"
                            r"margins?|shares|rates?|costs|losses|volumes?|registrations|arrivals|visitors|traffic)",
                            re.IGNORECASE)


def inner_joint(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` ("and" or "for") joins parts of one noun phrase rather than starting a clause: "and"
    with a preposition up to four nouns before it and a noun after it (sales at building materials and garden
    stores), "for" right after the noun of a quantity (the response rate for the household survey)."""
    word = words[index].lower()
    if index == 0 or index + 1 >= len(words):
        return False
    if word == "for":
        return _FOR_QUANTITY.search(words[index - 1]) is not None and words[index + 1].lower() not in _CLAUSE_WORDS
    if word != "and" or words[index + 1].lower() in _CLAUSE_WORDS or words[index + 1].lower() in ("the", "its") \
            or any(_QUANTITY_NOUN.fullmatch(after) for after in words[index + 1:]):
        return False  # the company cut costs at its plants and revenue rose: "revenue" starts a clause
    for back in range(index - 1, max(-1, index - 5), -1):
        before = words[back].lower()
        if before in _CLAUSE_WORDS or before.endswith("ed"):
            return False
        if before in _PREPOSITIONS:
            return back > 0 and words[back - 1].lower() not in _CLAUSE_WORDS
    return False


# A pronoun where a quantity's name stands refers to the quantity of the figure before (pass percentage was 86%
# while it was 80% last year; the female literacy was 53.67 per cent and it has gone up to 65.46 per cent).
_PRONOUN = re.compile(r"(?:it|they|this|that|which|these|those|who|who[’']d)(?:[’']s)?", re.IGNORECASE)  # (That’s)


def pronoun(phrase: str | None) -> bool:
    """Whether ``phrase`` is only a pronoun (see _PRONOUN)."""
    return bool(phrase) and _PRONOUN.fullmatch(phrase.strip()) is not None


# Words that name no quantity at the end of the words before a figure: the participles of a verb whose movement the
# figure states (before eventually closing up 5%; it has gone up to 65%) and adverbs of manner or time.
VERB_TAIL = {"closing", "finishing", "ending", "trading", "opening", "opened", "traded", "settled", "settling",
             "gone", "going", "come", "moved", "moving", "eventually", "finally", "initially", "slightly", "sharply",
             "marginally", "modestly", "significantly", "substantially", "considerably", "steadily", "strongly",
             "previously", "originally", "later", "before", "showing", "marking", "representing", "reflecting", "shot",
             "exhibiting", "represents", "represented", "marks", "marked", "reflects", "reflected",
             "went", "translated", "translates", "translating", "equates", "equated", "into", "take", "takes", "took"}


# Counters that say a figure counts people or items without saying which: after a quantity named before the figure
# (natural increase was 139,100 people; net overseas migration of 249,700 people) the quantity is that name.
_GENERIC_COUNTERS = {"people", "persons", "individuals", "units", "shares"}


# The words between a quantity's name and its figure when the figure states it: a verb of being, "of" (not a verb
# whose object the counted noun is: the company hired 300 people).
_STATED = re.compile(r"\b(?:was|were|is|are|of|totall?ed|numbered|reached|stood\s+at|at)\s*$", re.IGNORECASE)


def generic_counter(counted: str | None, before: str) -> bool:
    """Whether the noun a count names after it is only a counter (see _GENERIC_COUNTERS) of a quantity named in
    ``before``, the words before the figure (see _STATED)."""
    return bool(counted) and counted.lower() in _GENERIC_COUNTERS and _STATED.search(before[-30:]) is not None


# The words right after a figure that open with "between" complete the figure's own noun: the gap of 18.7 points
# between male and female turnout has narrowed to 10.7 points (the second figure is of the gap too).
BETWEEN = re.compile(r"\s*(?:between|among)\s")


# What a quantity is measured against when it exceeds or falls short of it "by" a figure: the prior-year figure, the
# year-ago level, the forecast (sales revenue to exceed the prior-year figure by 5%: the sales revenue moved).
_YARDSTICK = re.compile(r"(?:^|\s)(?:figures?|levels?|totals?|estimates?|forecasts?|results?|expectations?|"
                        r"consensus|guidance)$", re.IGNORECASE)


def yardstick(phrase: str | None) -> bool:
    """Whether ``phrase`` names a yardstick rather than a quantity (see _YARDSTICK)."""
    return bool(phrase) and _YARDSTICK.search(phrase) is not None


# An aside between a quantity and its verb: International sales, excluding Asia, rose 24 percent.
# Also an adverb set off by commas (The deficit with Canada, however, narrowed to $5 billion).
_ASIDE = re.compile(r"(?P<phrase>[A-Za-z][^,.;:\d]{2,60}?)\s*,\s*(?:(?:excluding|including|except(?:\s+for)?|"
                    r"not\s+counting|ex)\s+[^,.;:\d]{1,30}|however|meanwhile|though|too|also|instead|in\s+turn|"
                    r"by\s+contrast|in\s+contrast|for\s+(?:its|their)\s+part|on\s+the\s+other\s+hand),\s*$",
                    re.IGNORECASE)
_ASIDE_WORD = re.compile(r"\b(?:excluding|including|except|counting|ex|however|meanwhile|though|too|also|instead|"
                         r"turn|contrast|part|hand)\b", re.IGNORECASE)


def aside_before(text: str, start: int, sentence_start: int) -> str | None:
    """The quantity's words before an aside that ends right at ``start`` (International sales, excluding Asia,), so
    that the clause after the aside is read with them; else None."""
    window = text[max(sentence_start, start - 100):start]
    if not window.rstrip().endswith(",") or not _ASIDE_WORD.search(window):
        return None  # an aside (, excluding Asia,) ends with its comma right before the figure's clause goes on
    found = _ASIDE.search(text, max(sentence_start, start - 100), start)
    return found.group("phrase") if found else None


# Words that only praise or grade a movement (impressive annual growth; strong growth of 8%): no part of a name.
_GRADING = {"impressive", "strong", "robust", "solid", "modest", "healthy", "significant", "sharp", "steep", "slight",
            "marginal", "remarkable", "stellar", "whopping", "hefty", "big", "small", "further", "massive", "record"}
# Words that say which movement it is (annual growth, an accounting gain, a one-off charge): a name with the noun.
_WHICH_MOVEMENT = {"annual", "yearly", "quarterly", "monthly", "weekly", "accounting", "one-off", "one-time",
                   "underlying", "organic", "nominal", "real", "net", "gross"}
_MOVEMENT_NOUN = re.compile(r"\s*(?P<noun>growth|gains?|increases?|rises?|declines?|falls?|drops?|decreases?|"
                            r"loss(?:es)?|charges?)\b", re.IGNORECASE)


def graded_movement(metric: str | None, rest: str) -> str | None:
    """The name of a figure read before a noun of movement (``rest``: growth of …) when its words only grade or
    type that movement: the typed movement (annual growth, accounting gain), or None for praise alone (impressive,
    strong); else ``metric`` unchanged."""
    if not metric or (noun := _MOVEMENT_NOUN.match(rest)) is None:
        return metric
    words = metric.lower().split()
    if not all(word in _GRADING or word in _WHICH_MOVEMENT for word in words):
        return metric
    kept = [word for word in words if word in _WHICH_MOVEMENT]
    return " ".join([*kept, noun.group("noun").lower()]) if kept else None


# Words that end no noun phrase: a name read up to a cut ends with one (people out of work for; the main industrial
# groupings within the; underlying net profit and).
# Lower case only: households voting FOR names the vote.
_OPEN_END = re.compile(r"(?:\s+(?:of|the|a|an|and|or|for|to|with|within|in|at|on|from|by|than|that|which))+$")


@lru_cache(maxsize=8192)  # a pure function of the metric; metrics repeat within a document
def closed(metric: str | None) -> str | None:
    """``metric`` without the words at its end that leave it open (see _OPEN_END), else unchanged."""
    if not metric or " " not in metric:
        return metric
    return _OPEN_END.sub("", metric) or metric


# A party named by its relation to the possessor, then by its name set off by commas ("Toyota's global rival,
# Volkswagen Group, reported"): the party named is the one the figure is of.
RELATIVE_NAMED = re.compile(r"(?:[a-z-]+\s+){0,3}(?:rivals?|competitors?|peers?|parent|subsidiary|unit|arm|partner|"
                            r"neighbou?r|counterpart),?\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),?"
                            r"\s*(?P<rest>.*)$", re.DOTALL)
# A cause, then the party it made move ("A profit at Ecobank helped Nedbank (grow its earnings)"): that party's figure.
HELPED = re.compile(r"\b(?:helped|enabled|allowed|pushed|drove)\s+"
                    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$")


def caused(phrase: str | None) -> str | None:
    """The party a cause made move, named last in ``phrase`` (see HELPED), else None."""
    helped = HELPED.search(phrase) if phrase and " " in phrase else None
    return helped.group("name") if helped else None


# Words that stand for a party named elsewhere, never its name (That's a difference of 7,693 people: the county's).
_PRONOUNS = {"it", "its", "they", "them", "this", "that", "these", "those", "there", "we", "he", "she", "which", "who"}


# Words read as an owner that own nothing: a counter's head (the number of registered unemployed), a time's tail (a
# year ago), a noun that points back (the figure).
_NO_PARTIES = {"number of", "number", "numbers", "ago", "figure", "figures", "the number of", "a number of"}


def party(subject: str | None) -> str | None:
    """A reading's subject, None when it is a pronoun or a word that owns nothing (see _NO_PARTIES): the party is then
    carried from where it is named."""
    if subject is None:
        return None
    said = subject.strip().lower()
    return None if said in _PRONOUNS or said in _NO_PARTIES else subject
