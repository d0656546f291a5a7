"""What an English figure counts, in the words right after it: 200 brands, 40 percent of shoppers, 18 million
passengers (used the airport)."""

from __future__ import annotations

import re

from checks.extract.en.measure import _BOUNDARY, _WORD

_RATE_PER = re.compile(r"\s+(?:per|a|an|each)\s+(?:month|year|week|day|quarter|share|person|head|capita)\b",
                       re.IGNORECASE)
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([^,.;()]{2,60})")
_MEMBERS_BRACKETED = re.compile(r"\(([^()]{1,40}?\s[+&]\s[^()]{1,40}?)\)")
_CHINESE = re.compile(r"[\u4e00-\u9fff。，；：]")
# (and a full stop: 54.3 million units. vivo and OPPO …; not the stop of an abbreviation, 3 million U.S. homes)
_COUNTED_END = re.compile(r"[,;:(]|\s[–—]|(?<![A-Z])\.(?=\s)")


def noun_after(text: str) -> str | None:
    """What a figure counts or is a share of, after it: 200 brands, 40 percent of shoppers."""
    text = _CHINESE.split(text, 1)[0]  # an English quote in a Chinese article: its words end where Chinese starts
    # systemwide (domestic + international) passengers: the members in brackets are words of the name; another
    # bracket (unemployed people (people not in work …)) ends it
    text = _MEMBERS_BRACKETED.sub(r" \1 ", text)
    if _RATE_PER.match(text):
        return None  # 198,000 per month: how often, not what is counted
    of = _OF_WHAT.match(text)
    # 7.8 million units, an increase of 68%: what is counted ends at the clause's mark, not words later
    source = of.group(1) if of else _COUNTED_END.split(text, 1)[0]
    words: list[str] = []
    found = _WORD.findall(source)[:6]
    for at, word in enumerate(found[:5]):
        if words and word.lower() in _PASSAGE_VERBS and _passage(word, found[at + 1:at + 2]):
            # 4.19 million passengers travelled through the airport: the passengers, not how they came (not: 89% of
            # girls passed, the exam)
            break
        if words and word.lower() == "to" and found[at + 1:at + 2] and found[at + 1].lower() in _MEANS:
            words += [word, found[at + 1]]  # 34.6 million Americans to drive: those driving, not all Americans
            break
        if word.lower() == "and" and words and not words[-1].lower().endswith("s") and found[at + 1:at + 2] \
                and found[at + 1].isalpha() and found[at + 1].islower() and not found[at + 1].endswith("ed") \
                and any(later.endswith("s") for later in found[at + 1:at + 3]):
            words.append(word)  # 59 million skier and snowboarder visits: two modifiers of one noun
            continue
        if word.lower() in _BOUNDARY or word.lower() in _ENDS_COUNTED or word[0].isdigit():
            # 139,100 people, down 2.2 per cent: the people, not how they moved; 3.47 million Macs during the
            # quarter: the Macs
            break
        words.append(word)
    if [word.lower() for word in words] in (["units"], ["unit"]):
        return None  # 45,323 units: a counter word, the quantity is named elsewhere
    return " ".join(words) or None


# Verbs of a way of going or doing after a counted noun and its "to": the counted are those who do so (2.9 million
# Americans to fly; 36 million to drive)
_MEANS = {"drive", "fly", "travel", "visit", "attend", "shop", "vote", "cruise", "stay", "spend", "buy", "take"}
# Verbs of passing through or using a place after a counted noun: a clause of its own, no part of what is counted
# (18 million passengers used the airport; 2 million people passed through it). Not "visited": people visited the
# museum are its visits, and the verb is the only word that says so.
_PASSAGE_VERBS = {"travelled", "traveled", "travelling", "traveling", "passed", "passing", "used", "using", "flew",
                  "flying", "went", "transited", "transiting", "arrived", "departed", "crossed"}
_PASSAGE_OBJECT = {"through", "via", "into", "at", "to", "from", "the", "a", "an", "its", "their", "this", "that"}
# The place such a verb names, when it is a name: the place is whose count it is (used Calgary Airport).
_PASSAGE_PLACE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:travel+ed|passed|used|flew|went|transited|arrived|"
                            r"departed|crossed)\s+(?:through\s+|via\s+|at\s+|into\s+|to\s+)?"
                            r"(?P<place>(?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*){0,4})")


def _passage(verb: str, following: list[str]) -> bool:
    """Whether a verb of passage after a counted noun starts a clause of its own: followed by its place (through
    the airport, used Heathrow), or ending the text, but "passed" alone is passing an exam (89% of girls passed)."""
    if not following:
        return verb.lower() not in ("passed", "passing")
    return following[0].lower() in _PASSAGE_OBJECT or following[0][0].isupper()


def passage_place(after: str) -> str | None:
    """The named place a count passed through or used, after the counted noun (18 million passengers used Calgary
    International Airport → Calgary International Airport), else None."""
    found = _PASSAGE_PLACE.match(after)
    return found.group("place") if found else None


_ENDS_COUNTED = {"in", "on", "at", "for", "was", "were", "is", "are", "have", "has", "had", "will", "would", "who",
                 "that", "down", "up", "higher", "lower", "during", "last", "this", "next", "over", "across",
                 "following", "leading", "compared", "versus", "vs", "against", "through", "took", "came", "stood",
                 # 37,000 more than for July: how it compares, no noun of what it counts
                 "more", "fewer", "less"}


# A clause that leads up to a movement (Despite suffering a 3.8% drop in arrivals; After recording a 2% fall in
# output): its words are no member of what moved.
_LEADING_CLAUSE = re.compile(r"^(?:despite|after|before|while|since|by|when|following)\b|(?:^|\s)[a-z]+ing$",
                             re.IGNORECASE)


def member_of_movement(words: str | None) -> str | None:
    """The words before "a 2% increase in sales" as the member whose sales moved (Chinese sales …), unless they
    are a clause leading up to it (see _LEADING_CLAUSE)."""
    return None if words is None or _LEADING_CLAUSE.search(words) else words
