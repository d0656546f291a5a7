"""Whose figure a clause with a name and a verb of having states, in a roundup of several parties: "Diesel cars fell
12 percent, while Mild hybrids saw almost 8,000 new buyers" (the 8,000 are the hybrids'); "Lisbon led the way with
9.3 million passengers … and Porto reported growth of +11.1%" (Porto's); "Meanwhile, Glasgow became the first airport
to handle a million passengers" (Glasgow's): each named after a clause mark or a joining word. Without it the figure
takes the owner of another member of the roundup."""

from __future__ import annotations

import re

from checks.extract.en.owners import is_name, is_person, quantity_word

# The verbs by which a party has or reaches a figure, with the figure later in their clause.
_HAVING = re.compile(r"\b(?:saw|sees|see|led\s+the\s+way\s+with|reported|recorded|posted|logged|handled|welcomed|"
                     r"attracted|carried|became|registered|achieved|notched\s+up|clocked\s+up)\b")
# Where the clause of that verb starts: a clause mark or a joining word before its name.
_CLAUSE_OPENING = re.compile(r"(?:[,;:]|\b(?:while|whereas|but|and|as|though|although))\s+(?=\S)")
_REACH = 160
# A party's name: a capital first, then up to three words of letters (Mild hybrids, Porto, Lisbon Portela, U.S.
# airlines); no brackets, figures or dashes standing apart (a ticker's bracket, Glasgow - which …).
_PARTY = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,3}")
_NAMED_BEFORE = re.compile(r"[A-Z][\w.&'’-]*\s*$")
# A time that "saw" a figure is its period, no party (August saw modest growth of +0.2%; Last year saw …).
_WHEN = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|This|Next|Q[1-4]|H[12]|"
                   r"(?:19|20)\d\d|(?:First|Second|Third|Fourth)\s+quarter)\b", re.IGNORECASE)
_ADVERBS = {"too", "also", "actually", "still", "again", "even", "now", "then", "alone", "only", "just", "itself"}
# Words that are no party though they start with a capital mid-sentence or stand first in a sentence.
_NO_PARTY = {"it", "they", "this", "that", "there", "we", "he", "she", "which", "who", "the", "a", "an"}


def clause_owner(text: str, sentence_start: int, figure_start: int) -> str | None:
    """The party the clause holding a figure names before a verb of having (see _HAVING), else None: the name stands
    at the clause's start (after a clause mark or a joining word, not the sentence's start), in one to four words with
    a capital first, naming no quantity and no person; no clause mark stands between the verb and the figure."""
    window_start = max(sentence_start, figure_start - _REACH)
    window = text[window_start:figure_start]
    verbs = list(_HAVING.finditer(window))
    if not verbs:
        return None
    verb = verbs[-1]
    if any(mark in window[verb.end():] for mark in ",;:–—("):
        return None  # Mild hybrids saw 8,000 buyers, up by 5 percent: the clause after the comma is the figure's
    before = window[:verb.start()]
    openings = list(_CLAUSE_OPENING.finditer(before))
    leads = verb.group(0).startswith("led")
    if not openings and not (leads and window_start == sentence_start):
        # a name opening the sentence is left to the phrase reader and the owners carried on (read here with every
        # verb, it gave a clean published passage a false finding), but for the roundup's own verb: X led the way
        return None
    start = openings[-1].end() if openings else 0
    if not openings and not is_name(before.strip(), initial=True):
        return None
    if openings and openings[-1].group(0).startswith("and") and _NAMED_BEFORE.search(before, 0, openings[-1].start()):
        return None  # Palani and Landhakottai saw …: "and" joins two names of one party, it opens no clause
    words = before[start:].split()
    while words and words[-1].lower() in _ADVERBS:
        words.pop()  # Sammy actually posted …: the adverb is no part of the name
    name = " ".join(words[1:] if words[:1] in (["The"], ["the"]) else words)
    if not _PARTY.fullmatch(name) or name.lower() in _NO_PARTY or is_person(name) or _WHEN.match(name):
        return None
    if quantity_word(name):
        return None  # …, while passenger numbers saw …: a quantity, no party
    return name
