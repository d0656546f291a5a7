"""The words right before an English figure that say it moved, and how: a verb (rose, cut its rate by), a noun of
movement (an increase of), the same change in other terms after it (or 3.1%), a list whose items name their parts.
Read by the English reader (en/assemble.py) for every figure, so each is compiled once and gated by its words."""

from __future__ import annotations

import re

from checks.extract.en.movement import GROWTH_NOUN_EN, MOVEMENT_EN
from checks.extract.prefilter import word_gated
from checks.extract.text import clause_start

# The verb's object before its "by" (cut rates by 25 basis points), words before the figure (a relatively paltry)
BEFORE_FIGURE = (r"(?:\s+(?:a|an|the|at|of|just|only|about|some|nearly|almost|roughly|relatively|paltry|modest|"
                  r"healthy|revised|upwardly|downwardly|annualised|annualized|annual|yearly|monthly|quarterly|"
                  r"robust|solid|strong|significant|substantial|hefty|impressive|whopping|further|another|"
                  r"additional|net|estimated|seasonally|adjusted|sharp|steep|"
                  r"slight|marginal|record|massive|mere|respectively|again|sharply|slightly|strongly|year-on-year|"
                  r"on the year|in total|overall|combined|more|less|much|far|even)){0,4}")  # a more modest
SPAN = r"\s+from\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?\s+to\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?"  # from May 2018 to June
# (?<!\w)(?=[A-Za-z]) is \b at a word's start, and turns every other place away before the verbs are tried.
# (its key policy rate (repo rate) by 50 basis points: an alias in brackets may follow the object)
VERB_BEFORE = word_gated(re.compile(
    rf"(?<!\w)(?=[A-Za-z])(?P<verb>{MOVEMENT_EN.pattern})"
    rf"(?P<by>(?:{SPAN}|(?:\s+[\w'’-]+){{0,6}}(?:\s+\([^()]{{1,30}}\))?),?\s+by)?"
    rf"(?P<to>\s+to|(?:(?<=higher)|(?<=lower)|(?<=\bup)|(?<=down))\s+at)?{BEFORE_FIGURE}\s*$", re.IGNORECASE))
# Verbs that reach a level when the figure is their object (surpassed 10 million bpd), a change with "by".
PASSING = re.compile(r"^(?:surpass|exceed|top|beat|outpac|outstrip)", re.IGNORECASE)
# The same movement in other terms after a figure: ", or 3.1%", " (3.1%)", " higher, or 7.75 per cent", " to its value".
# (an increase of 1,533 units or 54%: past what the count counts)
ALTERNATIVE_EN = re.compile(r"(?:\s+(?!(?:of|in|to|and|from|for|on|at|the|an?|by|was|were|is|are|than)\b)[a-z]+){0,2}"
                            r"(?:\s+(?:since|in)\s+(?:19|20)\d\d)?"  # (169,724 persons since 2011 or 3.7 per cent)
                            r"\s*(?:(?:higher|lower|up|down)\s*)?(?:\s+to\s+(?:its|their|the)\s+\w+)?"
                            r"(?:,?\s*\(?\s*or(?:\s+about)?|\()\s*", re.IGNORECASE)  # (or 938.9 million euros)
AND_BY = re.compile(r"\s*[)）]?[^.;,\d]{0,40}?\band\s+by\s+", re.IGNORECASE)
# 45,000 in health care, 27,000 in social assistance: a list whose items each name their part.
LABELLED_LIST = re.compile(r"^\s+(?:in|for|at|from|on)\s+[^,;.\d]{1,40},\s*(?:and\s+|while\s+)?$",
                           re.IGNORECASE)
GROWTH_NOUN_BEFORE = word_gated(re.compile(
    rf"(?<!\w)(?=[A-Za-z])(?P<noun>{GROWTH_NOUN_EN.pattern})\s*$", re.IGNORECASE))
ENUMERATION_GAP_EN = re.compile(r"\s*(?:,|and|,\s*and|or)\s*", re.IGNORECASE)
# The same change in other terms, between a figure and the word that says it moved: "39.82 points or 0.55% higher"
ALTERNATIVE_AFTER = re.compile(r"^\s*(?:,?\s*or\s+|\(\s*)[-+]?\d[\d.,]*\s*(?:per\s*cent|percent|%|points?)\s*\)?",
                                re.IGNORECASE)


# A market session's words: the index, which opened at (17,301.16 points); closed at (17,601.71 points), of the same
# quantity as the figure before it; a member's move with its price after it (ITC, down 0.18 per cent at Rs.222.90).
SESSION_VERBS = ("opened", "closed", "ended", "finished", "stood", "traded", "started")  # (the index, which opened at)
WHICH_OPENS = re.compile(rf"\s*which\s+(?:{'|'.join(SESSION_VERBS)})\s+at\s*$")
SESSION_AT = re.compile(r"(?:^\s*|[,;]\s*|\band\s+)(?:opened|closed|ended|finished|settled)\s+at\s*$")
AT_PRICE = re.compile(r"\s+at\s+(?:Rs\.?|INR|[$€£¥p])\s?\d")

# The words before a level a movement reached: "… to", "… to a record high of".
REACHED = re.compile(r"(?i)\b(?:to|reaching|hitting|(?:standing|to\s+stand)\s+at)\s+"
                      r"(?:an?\s+(?:(?:(?:record|new|fresh)\s+)+(?:high|low)\s+(?:of\s+)?|best-ever\s+))?$")
ALTERNATIVE = re.compile(r"\s*(?:\(|,?\s*or\s+)\s*")  # $1.55 billion, or 55 cents: the same figure otherwise


def which_lead(text: str, gap: str, gap_start: int, sentence_start: int, previous_end: int) -> str:
    """The clause before ", which opened at" (see WHICH_OPENS): what "which" stands for, else ""."""
    if not WHICH_OPENS.match(gap) or text[gap_start - 1:gap_start] != "," or previous_end >= gap_start - 1:
        return ""
    floor = max(clause_start(text, sentence_start, gap_start - 1), gap_start - 100, sentence_start)
    return text[floor:gap_start - 1] + " "


_RAISED = re.compile(r"rais(?:e|es|ed|ing)", re.IGNORECASE)
# A comparative and an article before a figure: the figure is another's, named as such (the 5.1% of a year before).
_RIVAL_THAN = re.compile(r"\bthan\s+(?:the|an?)\b", re.IGNORECASE)


def no_movement(verb: re.Match[str], family: str) -> bool:
    """Whether the verb before a figure says nothing of its movement: "raised $500 million" (in its IPO, from
    investors) is money collected, a level ("raised its budget by $5 million" and "raised prices to" are movements: by,
    to); "lower than the 5.1% of 2020", "higher than the 3% forecast" set a rival's figure against the one before it
    (see _RIVAL_THAN)."""
    if _RIVAL_THAN.search(verb.group()):
        return True
    return family == "money" and verb.group("by") is None and verb.group("to") is None \
        and _RAISED.fullmatch(verb.group("verb").strip()) is not None
