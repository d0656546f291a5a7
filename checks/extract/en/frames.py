"""The frames an English figure stands in that say what it measures without a noun phrase of its own: a labelled
item ("Net income: $3.1 billion"), a count and its share side by side in one item, a price per unit of a commodity
($69.89 a barrel), a level after "from" or "to" (narrowed to $3.1 billion from $4.4 billion), a ticker in brackets
and a span that modifies a period (the nine-month period), which end no clause and hold no figure."""

from __future__ import annotations

import re

from checks.extract.text import clause_start

# A list item's label before its figure: "-Revenue (Q2): $19.24 Bln", "Net income: $3.1 billion".
# Also in a run of such items after the figure before: "Households consulted: 808 Households responding: 556".
# (a chart's place before a label: • #7 sophomore weekend: $113.0M, whose label may start in lower case)
LABEL_COLON = re.compile(r"(?:^|\n\s*|[-•*:]\s*|\.\s+|(?<=[\d%])\s+)(?P<place>#\d{1,3}\s+)?"
                         r"(?P<label>(?(place)[A-Za-z]|[A-Z])[A-Za-z][\w &'’-]{1,40}?)\s*"
                         r"(?:\([^()]{1,20}\))?\s*:\s*$")
# "Number of" in an item's label says the figure counts what follows it (Number of households responding: 556).
NUMBER_OF = re.compile(r"^(?:total\s+)?number\s+of\s+", re.IGNORECASE)
ROW_GAP = re.compile(r"[ \t]+")
# An amount of money per unit of a commodity is its price: $69.89 a barrel, $1,900 an ounce.
PRICED = re.compile(r"\s*(?:a|an|per)\s+(barrel|tonne|ton|ounce|gallon|litre|liter|bushel)\b", re.IGNORECASE)
PRICE_WORD = re.compile(r"\b(?:price|cost)", re.IGNORECASE)
TICKER = re.compile(r"\([A-Z]{2,8}:$")  # (ASX:ORG), (NYSE:KO): an exchange and a company's code
# A span written as a modifier of the noun after it: the nine-month period, a 12-week course.
MODIFIER = re.compile(r"[\w.]+-(?:year|month|week|day|hour|quarter)", re.IGNORECASE)
# "from" or "to" right before a figure, with only a word of movement or a determiner between (from just 52%; up
# from 8.9%; to 11.3%; from last year's 12.5 billion euros).
FROM_OR_TO = re.compile(r"\b(?:from|to)\s+(?:(?:just|only|a|an|the|last\s+year['’]s|a\s+year[- ](?:earlier|ago)|"
                        r"previous|prior|present|current|earlier)\s+){0,3}$", re.IGNORECASE)


def past_ticker(text: str, gap: str, start: int, sentence_start: int, previous_end: int) -> str:
    """The clause before a figure at ``start`` (``gap``, read to a clause mark), where the colon of a ticker in
    brackets starts none: Origin Energy's (ASX:ORG) net profit dropped 70 per cent."""
    begin = start - len(gap)
    if text[begin - 1:begin] == ":" and TICKER.search(text, max(sentence_start, begin - 10), begin):
        return text[max(clause_start(text, sentence_start, begin - 1), previous_end):start]
    return gap
