"""Whose figure a clause with a name and a verb of having states, in a roundup of several parties: "Diesel cars fell
12 percent, while Mild hybrids saw almost 8,000 new buyers" (the 8,000 are the hybrids'); "Lisbon led the way with
9.3 million passengers … and Porto reported growth of +11.1%" (Porto's); "Meanwhile, Glasgow became the first airport
to handle a million passengers" (Glasgow's): each named after a clause mark or a joining word. Without it the figure
takes the owner of another member of the roundup.

What a figure measures when nothing right before it names it: the subject of its clause, read back from the clause's
verb ("The manufacturing work week rose a tenth of an hour to 40.3 hours": the work week; "The reverse repo rate under
the LAF stands adjusted to 5.75 per cent": the reverse repo rate), or the noun a relative clause hangs on
("…was the transportation index, which fell 3.2%": the transportation index).

The last resort of the English reader, asked only when every nearer reading gave no name: a clause opens at its
sentence's start or after a semicolon or a comma and a joining word; its subject is the words before its first verb of
being or movement, one to eight words with no figure, no pronoun and no time; the figure stands after that verb with no
clause mark between them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.en.measure import split
from checks.extract.en.members import WORLD_REGION
from checks.extract.en.owners import is_name, is_person, quantity_word
from checks.extract.mention import Mention
from checks.extract.reading import Reading

# The verbs by which a party has or reaches a figure, with the figure later in their clause.
# (Texas leads all states with; Norway topped the list with: a ranking's leader, its own figure)
_HAVING = re.compile(r"\b(?:saw|sees|see|led\s+the\s+way\s+with|(?:leads|led|tops|topped)\s+(?:all|the)"
                     r"(?:\s+[a-z]+){1,2}\s+with|reported|recorded|posted|logged|handled|welcomed|"
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
    leads = verb.group(0).startswith(("led", "leads", "tops", "topped"))
    if not openings and not (leads and window_start == sentence_start):
        # a name opening the sentence is left to the phrase reader and the owners carried on (read here with every
        # verb, it gave a clean published passage a false finding), but for the roundup's own verb: X led the way
        return None
    start = openings[-1].end() if openings else 0
    # (a ranking's leader may be one word with a plural's ending, Texas; a quantity is turned away below)
    if not openings and not is_name(before.strip(), initial=not leads):
        return None
    if openings and openings[-1].group(0).startswith("and") and _NAMED_BEFORE.search(before, 0, openings[-1].start()):
        return None  # Palani and Landhakottai saw …: "and" joins two names of one party, it opens no clause
    words = before[start:].split()
    while words and words[-1].lower() in _ADVERBS:
        words.pop()  # Sammy actually posted …: the adverb is no part of the name
    name = " ".join(words[1:] if words[:1] in (["The"], ["the"]) else words)
    if not _PARTY.fullmatch(name) or name.lower() in _NO_PARTY or is_person(name) or _WHEN.match(name):
        return None
    if quantity_word(name) or WORLD_REGION.fullmatch(name):
        return None  # …, while passenger numbers saw …: a quantity, no party; while Asia Pacific achieved: a region
    return name



# Verbs of being and of movement that end a clause's subject: what stands before them is what the figure measures.
_MOVING = (r"rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|surged|soared|slipped|eased|slid|"
           r"reached|hit|dipped|tumbled|plunged|sank|rallied|advanced|gained|edged|inched|ticked|totaled|totalled|"
           r"amounted|came|expanded|contracted|shrank|improved|widened|narrowed|accelerated|slowed|rebounded|"
           r"recovered|doubled|tripled|halved|topped|exceeded")
_SUBJECT_VERB = rf"(?:was|were|is|are|stands|stood|remains|remained|{_MOVING})"
_SUBJECT_VERB_AT = re.compile(rf"\s{_SUBJECT_VERB}\b")
# Where a clause opens: its sentence's start, a semicolon, a colon, or a comma and a joining word.
_SUBJECT_OPENING = re.compile(r"[;:]\s+|,\s+(?:and|but|while|whereas|though|although)\s+|,\s+(?=which\s)")
_SUBJECT_MARK = re.compile(r"[,;:()–—]")
_SUBJECT_ARTICLE = re.compile(r"^(?:the|a|an|its|their|this|these|overall|meanwhile|however|also|and|but|while|"
                              r"whereas|though|although)\s+", re.IGNORECASE)
_NO_SUBJECT_WORD = re.compile(r"^(?:it|they|this|that|there|these|those|we|he|she|which|who|what|each|both|all|"
                              r"some|most|many|none|one|others?|in|on|at|for|by|from|with|over|during|after|before|"
                              r"since|as|last|next|so|then|still|yet|when|where|if|because|year|month|week|quarter|day)\b",
                              re.IGNORECASE)
# A time standing first is no subject (In March, …; Last year …): months and days by name (May: with its capital only).
_SUBJECT_TIME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b")
# The noun a relative clause hangs on: the words after the last comma-free stretch before ", which".
_ANTECEDENT_CUT = re.compile(r"^.*\b(?:was|were|is|are|of|by|from|for|in|on|at|to|with|than|as|that)\s+",
                             re.IGNORECASE)
_SUBJECT_REACH = 200
_MEMBER_OF_TRADE = {"exported": "exports", "imported": "imports", "re-exported": "re-exports"}
# A figure whose verb of being names what it is, after it (USD70.93 billion (38.9%) were exported goods).
_PREDICATE = re.compile(r"\s*(?:\([^()]{1,16}\)\s*)?(?:were|was)\s+(?P<noun>(?:exported|imported|re-exported)\s+"
                        r"(?:goods|products|items)|exports|imports|re-exports)\b")
_SUBJECT_TIME_WORD = re.compile(r"(?:(?:this|last|next|the)\s+)?(?:year|month|week|quarter|day|period|season)$",
                                re.IGNORECASE)
# A which-clause whose verb moves the figure: exports, which jumped 11.3 percent; cars, which saw a decline of 66%.
_WHICH_MOVED = re.compile(rf"which\s+(?:also\s+|then\s+)?(?:saw|{_MOVING})\b")
# Words that end a subject without naming anything: EV sales meanwhile also (dropped); items more than (doubled).
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:meanwhile|also|too|still|again|more|less|than|nearly|almost|roughly|about|"
                           r"just|only|then|now|thus|however|respectively|likewise|similarly))+$", re.IGNORECASE)
_ANOTHER_CLAUSE = re.compile(r"\s(?:with|and|but|as|after|while|when|because|since|though|although|where|if)\s")
# A reporting verb ends what was said's opening: the Commerce Department said the trade deficit (widened …).
_SAID = re.compile(r"^.*\b(?:said|says|reported|reports|showed|shows|estimated|noted|added)\s+(?:that\s+)?")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that)\b|\.\s", re.IGNORECASE)
_GENERIC = {"increase", "increases", "rise", "gain", "decline", "fall", "drop", "growth", "figure", "figures",
            "number", "total", "move", "change", "surge", "jump", "result", "results", "data", "rate", "level"}
_VERBS = {"lift", "lifted", "boost", "boosted", "drive", "drove", "push", "pushed", "help", "helped", "hit", "led",
          "saw", "see", "sees", "offset", "offsetting", "outpaced", "including"}
# Members joined by "and" with a capital each (routes to India and China, which grew 58% and 49% respectively).
_MEMBERS = re.compile(r"[A-Z][\w.]*\s+(?:and|or)\s+[A-Z]")


def clause_subject(text: str, sentence_start: int, figure_start: int) -> str | None:
    """The noun phrase that is the subject of the clause holding the figure at ``figure_start`` (its verb, its
    opening and what it may be: see the module's docstring), else None."""
    window_start = max(sentence_start, figure_start - _SUBJECT_REACH)
    window = text[window_start:figure_start]
    openings = list(_SUBJECT_OPENING.finditer(window))
    clause = window[openings[-1].end():] if openings else window
    if window_start != sentence_start and not openings:
        return None  # the clause starts beyond the reach: unsure
    if clause.startswith("which "):
        # hybrid cars, which saw a decline of 66 percent (not: the move, which was predicted by 24 economists)
        moved = _WHICH_MOVED.match(clause) and not _SUBJECT_MARK.search(clause) and " with " not in clause
        return _antecedent(window[:openings[-1].start()]) if moved else None
    verb = _SUBJECT_VERB_AT.search(f" {clause}")
    if verb is None or _SUBJECT_MARK.search(clause, verb.end() - 1) or _ANOTHER_CLAUSE.search(clause, verb.end() - 1):
        # no verb, or a clause mark between it and the figure, or a figure "with" the verb's object (fell by 14.3
        # per cent with less than one in 10; was the second best selling model with 16,532 units) or in a clause of
        # its own (unemployment remains low and inflation figures have risen closer to the 2% target): unsure
        return None
    words = _SUBJECT_TAIL.sub("", _SAID.sub("", clause[:max(verb.start() - 1, 0)]).strip(" \t\n\"“‘'-•*"))
    while (bare := _SUBJECT_ARTICLE.sub("", words)) != words:
        words = bare
    return words if _subject_like(words, 8) else None


def _antecedent(before: str) -> str | None:
    """The noun phrase at the end of ``before`` that ", which" hangs on: (was) the transportation index; (helped
    lift) overall exports."""
    words = _ANTECEDENT_CUT.sub("", before.strip()).split()[-4:]
    verbs = [at for at, word in enumerate(words) if word.lower().endswith("ed") or word.lower() in _VERBS]
    words = words[verbs[-1] + 1:] if verbs else words  # (Orders for machine tools lifted) overall shipments
    tail = _SUBJECT_ARTICLE.sub("", " ".join(words))
    return tail if _subject_like(tail, 4) and not _MEMBERS.search(tail) else None


def _subject_like(words: str, most: int) -> bool:
    """Whether ``words`` may name what a figure measures: one to ``most`` words, with no figure, clause mark, pronoun,
    relative word, time or word of movement, and not a bare name (Samsung, Heathrow: an owner, no quantity)."""
    if not words or len(words.split()) > most or _NO_SUBJECT_WORD.match(words) or _SUBJECT_TIME.search(words) \
            or _SUBJECT_MARK.search(words) or any(ch.isdigit() for ch in words) or _RELATIVE_WORD.search(words):
        return False
    if words.split()[0].lower() in _GENERIC or " to " in f" {words} ":
        return False  # the increase came wholly from …; the figure this week; (expects) the economy to have grown
    return quantity_word(words) or not all(word[:1].isupper() for word in words.split())


def with_clause_subject(reading: Reading, mention: Mention, text: str, sentence_start: int) -> Reading:
    """``reading`` named by its clause's subject (see clause_subject) when nothing else named it (not for a duration:
    a 16-day shutdown, three months)."""
    unnamed = not reading.metric and mention.family != "duration"
    named = _PREDICATE.match(text, mention.end, mention.end + 60) if mention.family == "money" else None
    if named is not None:  # (Of the total external trade,) USD70.93 billion (38.9%) were exported goods
        member = _MEMBER_OF_TRADE.get(named.group("noun").split()[0], named.group("noun"))
        return replace(reading, metric=member, segment=member, whole=reading.whole or reading.metric)
    phrase = clause_subject(text, sentence_start, mention.start) if unnamed else None
    if phrase is None:
        return reading
    found = split(phrase)
    timely = found.subject is not None and _SUBJECT_TIME_WORD.match(found.subject)  # this year's forecast: no owner
    return replace(reading, metric=found.metric, subject=reading.subject or (None if timely else found.subject),
                   segment=reading.segment or found.segment)
