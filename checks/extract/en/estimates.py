"""Others' estimates of a figure: "Analysts polled by X had forecast earnings of 61 cents a share", "the consensus
analyst estimate of 63 cents", "more than the $24.3 billion expected, on average, by analysts". Such a figure is
not the one reported: its basis says whose estimate it is (analysts' estimate), so that it never reads, nor is
checked, as the company's own figure (the basis is part of what a figure measures, the measure key), and it is a
projection. Its owner stays the company whose figure is estimated, as the labels of the corpus name it.

Three forms say it:
- the estimators are the clause's subject and their verb of expecting comes before the figure (Analysts surveyed by
  X expected a profit of 70 cents; Economists had expected a deficit of $1.35 billion);
- an estimate noun of theirs names the figure (the consensus estimate of 63 cents; the Wall Street estimate of
  $3.11; Analysts Estimate: $1.37);
- the figure is followed by who expected it (the $24.3 billion expected by analysts; the $19.8 billion analysts
  predict).
A figure so named without a quantity of its own is the quantity of the figure it is set against before it.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.owners import quantity_word
from checks.extract.grammar import Dimension, Rule

# Who estimates, as written, to the owner's word: analysts (Wall Street, the consensus) or economists.
ESTIMATORS = Dimension("estimator_en", [
    Rule("analysts", r"(?i:analysts?['’]?|consensus|Wall\s+Street(?:['’]s)?|the\s+Street(?:['’]s)?)",
         lambda m: "analysts",
         examples=(("analysts", "analysts"), ("Analysts'", "analysts"), ("consensus", "analysts"),
                   ("Wall Street", "analysts"))),
    Rule("economists", r"(?i:economists?['’]?|forecasters)", lambda m: "economists",
         examples=(("Economists", "economists"), ("forecasters", "economists"))),
])
_WHO = r"(?:[Aa]nalysts?['’]?|[Cc]onsensus|Wall\s+Street(?:['’]s)?|[Ee]conomists?['’]?|[Ff]orecasters)"
_EXPECT = (r"(?:expected|expect|expects|forecast|forecasts|forecasted|projected|predicted|predict|predicts|"
           r"estimated|anticipated|called\s+for|(?:been\s+)?looking\s+for)")
# The estimators as subject, their verb, then up to the figure in the same clause.
_SUBJECT = re.compile(rf"\b(?P<who>{_WHO})(?:\s+(?:polled|surveyed)\s+by(?:\s+[A-Z][\w.&-]*){{1,4}}?)?"
                      rf"(?:\s+|\s*,\s*on\s+average\s*,\s*)(?:had\s+|have\s+|has\s+|were\s+|are\s+)?"
                      rf"(?:(?:previously|also|now|originally|generally)\s+)?{_EXPECT}\b"
                      r"(?:[^.;:!?]|\.(?=\d)){0,90}$")
# The average estimate of analysts surveyed by X called for …
_ESTIMATE_OF = re.compile(rf"\b(?:average|consensus|mean)\s+(?:estimate|forecast)\s+(?:of|among)\s+(?P<who>{_WHO})"
                          r"(?:\s+(?:polled|surveyed)\s+by(?:\s+[A-Z][\w.&-]*){1,4}?)?\s+(?:called\s+for|"
                          r"was|were|is)\b(?:[^.;:!?]|\.(?=\d)){0,60}$")
# The estimate noun right before the figure: the consensus analyst estimate of; Analysts Estimate:
_NOUN = re.compile(rf"\b(?P<who>{_WHO})\s+(?:[\w-]+\s+){{0,2}}?(?:estimates?|forecasts?|expectations?|projections?)"
                   r"(?:\s+(?:of|was|were|is|at|for)\s+(?:about\s+|around\s+)?|\s*:\s*)$", re.IGNORECASE)
_AFTER = re.compile(rf"\s*(?:that\s+)?{_EXPECT}(?:\s*,[^,]{{1,25}},)?\s+by\s+(?:[\w-]+\s+){{0,2}}?(?P<who>{_WHO})|"
                    rf"\s+(?P<who2>{_WHO})\s+(?:had\s+)?{_EXPECT}\b")
_ANOTHER_CLAUSE = re.compile(r"\b(?:when|said|says|after|while|but|as|because)\b")
_KEYS = ("nalyst", "conomist", "onsensus", "Street", "orecaster")


def estimated_by(claim: Claim, text: str, sentence_start: int) -> str | None:
    """Who estimated a figure (analysts, economists), when the text says it is their estimate; else None."""
    before = text[max(sentence_start, claim.start - 160):claim.start]
    found = _NOUN.search(before) or _SUBJECT.search(before) or _ESTIMATE_OF.search(before)
    if found is not None and _ANOTHER_CLAUSE.search(before, found.end("who")):
        found = None  # topped Wall Street forecasts Tuesday when executives said it earned $946.1 million
    who = found.group("who") if found else None
    if who is None:
        after = _AFTER.match(text, claim.end, claim.end + 80)
        who = (after.group("who") or after.group("who2")) if after else None
    return ESTIMATORS.resolve(" ".join(who.split())) if who else None


def names_estimators(text: str) -> bool:
    """Whether a text names estimators at all (analysts, economists, the consensus, Wall Street)."""
    return any(key in text for key in _KEYS)


def estimates(claims: list[Claim], text: str, spans: list[tuple[int, int]], english: list[bool]) -> list[Claim]:
    """The claims with others' estimates owned by their estimators (see the module's doc); only those marked in
    ``english`` are read."""
    read = list(claims)
    named: dict[int, bool] = {}  # whether a sentence names estimators at all, asked once per sentence
    for index, claim in enumerate(read):
        sentence_start, sentence_end = spans[index]
        if not english[index] or claim.kind in ("rank", "duration"):
            continue
        if sentence_start not in named:
            named[sentence_start] = any(key in text[sentence_start:sentence_end] for key in _KEYS)
        if not named[sentence_start]:
            continue
        who = estimated_by(claim, text, sentence_start)
        if who is None:
            continue
        metric = claim.metric
        if not metric or _NOUN.search(metric + " of "):  # the $24.3 billion expected by analysts: of the figure
            metric = next((other.metric for other in reversed(read[:index]) if other.start >= sentence_start
                           and other.unit == claim.unit and other.metric and quantity_word(other.metric)),
                          metric)  # it is set against, when that names a quantity
        estimate = f"{who}' estimate"
        basis = estimate if not claim.basis else f"{claim.basis}, {estimate}"
        read[index] = claim.replaced(basis=basis, metric=metric, projected=True)
    return read
