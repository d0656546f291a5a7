"""A quantity stated with where it stands: "The highest employment rate in the country during the quarter was in
the South West (79.5 per cent)"; "Unemployment was lower in Otago (3.9 per cent)"."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.mention import Mention
from checks.extract.reading import Reading
from checks.extract.text import opens_bracket

# "The highest employment rate in the country during the quarter was in the South West (79.5 per cent)": the
# quantity, then where it stands.
# (also compared there: Unemployment was lower in Otago (3.9 per cent): what was lower is the quantity)
_LOCATED = re.compile(r"^(?P<metric>.*?)\s+(?:was|were|is|are)\s+"
                      r"(?:(?:also\s+|much\s+|slightly\s+|still\s+)?(?:the\s+)?(?:higher|lower|highest|lowest|strongest|weakest)\s+)?(?:in|at|for|among)\s+(?:the\s+)?"
                      r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\(?\s*$")
_SUPERLATIVE = re.compile(r"\b(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|fastest|slowest|strongest|"
                          r"weakest)\b\s*", re.IGNORECASE)
_WHERE = re.compile(r"\s+(?:in|across)\s+the\s+(?:country|nation|UK|US|region)\b|\s+during\b.*$", re.IGNORECASE)


# A quantity that moved in a member, the member's figures in brackets after it: Employment rose among core-aged
# women (+43,000; +0.7%); … and declined among core-aged men (-36,000); employment increased in Ontario (+20,800).
_MOVED_IN = re.compile(r"^(?P<metric>.*?)\s*\b(?P<verb>rose|fell|increased|decreased|declined|grew|dropped|"
                       r"edged\s+(?:up|down)|(?:was|were)\s+(?:up|down))"
                       r"(?:\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December)(?:\s+(?:19|20)\d\d)?)?\s+(?:among|in|for)\s+(?:the\s+)?"
                       r"(?P<place>(?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)\s*\(\s*$")
_NO_PLACE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                       r"(?:the\s+)?(?:month|quarter|year|week|period)|\d)", re.IGNORECASE)


def moved_in(text: str, start: int, sentence_start: int) -> str | None:
    """The direction of a quantity that moved in a member named right before the bracket of the figure at ``start``
    (see _MOVED_IN), or in the members a list of movements names (see _MOVES_IN, read in the words before the figure
    within its paragraph: a release's lines are broken where the page is): "up", "down", or None when the words say
    no such movement."""
    before = text[max(sentence_start, start - 160):start]
    if not before.rstrip().endswith("("):
        return None
    if (moved := _MOVED_IN.match(before.strip())) is None or _NO_PLACE.match(moved.group("place")) \
            or _A_RATE.search(moved.group("metric")):
        wider = text[max(0, start - 200):start].rsplit("\n\n", 1)[-1]
        closing = text.find(")", start, start + 40)
        listed = None if "in" not in wider or closing < 0 or not _ITEM_ENDS.match(text, closing) \
            else _MOVES_IN.search(wider)  # (anchored at the bracket: at most one match)
        return None if listed is None else "down" if listed.group("noun")[0].lower() in "df" else "up"
    return "down" if moved.group("verb").split()[-1] in _DOWN else "up"  # (…rates declined for men (5.3 percent): none)


# A list of movements and the members they were in, each member's figure in brackets after it: the increase
# reflected increases in consumer goods ($2.0 billion); capital goods ($0.9 billion). Decreases occurred in …
# Each item is its words up to its bracket, a ; the only mark between items that no item's words hold: one way to
# split a list, so a list that does not reach the figure fails in linear time. An item's words hold no word that
# opens another clause (…; by contrast, Western Australia (2.3 per cent) posted …; …, while Queensland (0.4 per cent)).
_ITEM = r"(?:(?!\b(?:while|whereas|but|however|although|contrast|was|were|is|are|posted|remained)\b)[^.;()]){0,80}"
_MOVES_IN = re.compile(rf"\b(?P<noun>increases|decreases|rises|falls|gains|declines)\s+"
                       rf"(?:occurred\s+|were\s+(?:seen|recorded)\s+)?in\s+(?:{_ITEM}\([^()]*\);?)*{_ITEM}\($",
                       re.IGNORECASE)
# What may follow a member's bracket in such a list: the next item, or the list's end (not a verb of its own: clothing
# (0.3%) was flat).
_ITEM_ENDS = re.compile(r"\)\s*(?:[;,.]|and\b|$)")


_A_RATE = re.compile(r"\b(?:rates?|ratios?)\s*$", re.IGNORECASE)


_DOWN = {"fell", "decreased", "declined", "dropped", "down"}


def located(before: str) -> tuple[str, str] | None:
    """(the words naming the quantity, the place) of "… was in the South West (" or "… rose among core-aged women (",
    else None."""
    found = _LOCATED.match(before.strip())
    if found is None and before.rstrip().endswith("(") and (moved := _MOVED_IN.match(before.strip())) is not None \
            and not _NO_PLACE.match(moved.group("place")):
        return re.split(r"[,;:]", moved.group("metric"))[-1], moved.group("place")  # (Among the groups, rates …)
    if found is None:
        return None
    metric = _WHERE.sub("", _SUPERLATIVE.sub("", found.group("metric"))).strip()
    return metric, found.group("place")


def bracket_member(text: str, reading: Reading, mention: Mention, previous: tuple[Mention, Reading] | None) \
        -> Reading:
    """``reading`` given the member of the figure before it in one bracket (core-aged women (+43,000; +0.7%): the
    rate is of the same member), when it names none of its own."""
    if previous is None or not previous[1].segment or previous[1].metric != reading.metric:
        return reading
    following = _NEXT_MEMBER.fullmatch(text, previous[0].end, mention.start)
    if following is not None and reading.segment in (None, previous[1].segment):
        return replace(reading, segment=following.group("name"))  # Ontario (+20,800; +0.3%) and Alberta (+9,400)
    if reading.segment or not _IN_BRACKET.fullmatch(text, previous[0].end, mention.start) \
            or not opens_bracket(text, previous[0].start):
        return reading
    return replace(reading, segment=previous[1].segment)


_IN_BRACKET = re.compile(r"\s*[;,]\s*")
_NEXT_MEMBER = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                          r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\(\s*")
