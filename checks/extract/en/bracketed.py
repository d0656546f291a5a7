"""A figure in brackets right after the part it is of, in a breakdown of a quantity named before it: "Imports rose
$3.5 billion, mainly machinery (+$1.8 billion)", "Sales grew 2%. There were rises in food (0.4%) and clothing
(0.3%)". The words before the bracket name the part (its ``segment``), the quantity is the one broken down."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.en.owners import quantity_word
from checks.extract.mention import Mention
from checks.extract.reading import Reading

# How far back the quantity broken down may stand: a short paragraph of a report's breakdowns.
_REACH = 600
# The bracket and a sign or currency before the figure: "(", "(+", "(-", "(+USD ".
_OPENERS = "(+-−–$£€ USDEURGBP"
# A verb of movement left at the end of the part's words: "household goods increased (+$0.3 billion)".
_MOVED = re.compile(r"\s+(?:increased|decreased|rose|fell|grew|declined|gained|dropped|climbed)$", re.IGNORECASE)

# Words that name no quantity of their own (growth of what?), and verbs that show a clause read as a name.
_BARE = {"growth", "change", "level", "total", "rate", "rates", "number", "share", "value"}
_VERBS = {"was", "were", "is", "are", "has", "have", "had", "be", "been"}

# A word that introduces the parts, left at the start of the part's words: "mainly engines (+$0.9 billion)".
_CUE = re.compile(r"^(?:mainly|largely|chiefly|primarily|notably|especially|including|led\s+by|due\s+to)\s+",
                  re.IGNORECASE)

# An infinitive before the part's words: a verb (failing to save (one in two)), not a part; "due to" is no verb.
_INFINITIVE = re.compile(r"(?<!due)\sto\s$")


def names_quantity(reading: Reading) -> bool:
    """Whether a reading's metric names a quantity (see owners.quantity_word) that a breakdown may be of: no bare
    word (see _BARE), no clause fragment (a verb's -ing, output increasing; a verb of being), and not a share (a
    poll's answers are listed with their own words)."""
    metric = reading.metric
    return bool(metric) and quantity_word(metric) and metric.lower() not in _BARE and reading.kind != "share" \
        and not any((word.endswith("ing") and not quantity_word(word)) or word.lower() in _VERBS
                    for word in metric.split())


def _part_before(text: str, start: int, sentence_start: int) -> str | None:
    """The last word before the bracket that opens right before ``start``, else None (no bracket there, or a name
    before it)."""
    at = start
    while at > sentence_start and text[at - 1] in _OPENERS and text[at - 1] != "(":
        at -= 1
    if at <= sentence_start or text[at - 1] != "(":
        return None
    words = text[max(sentence_start, at - 60):at - 1].split()
    last = words[-1].strip("”’\"'") if words else ""
    # a name (Victoria (0.7%)): places and parties are read as owners elsewhere, with their quantity
    return last.lower() if last and not last[0].isupper() else None


def bracketed_member(text: str, mention: Mention, reading: Reading, named: tuple[Mention, Reading] | None,
                     sentence_start: int) -> Reading:
    """The reading of a bracketed figure whose own words name only a part (its metric, or its segment where its
    metric names no quantity, ends with the word before the bracket; the part names no quantity): of that part,
    as a part of the quantity of ``named``, the last figure before that named a quantity (within _REACH, in the same
    unit); else unchanged."""
    if named is None or mention.start - named[0].end > _REACH or named[0].unit != mention.unit \
            or quantity_word(reading.metric or "") \
            or (reading.kind == "level" and named[1].kind in ("change", "growth")):
        return reading  # a count after a movement (jobs were up 90,000, net of strikers (5,000)) is no part of it
    last = _part_before(text, mention.start, sentence_start)
    if last is None:
        return reading
    part = next((words for words in (reading.segment, reading.metric) if words and words.split()[-1].lower() == last),
                None)
    part = _CUE.sub("", _MOVED.sub("", part)) if part else None
    quantity = named[1].metric or ""
    lead = text[max(sentence_start, mention.start - 80):mention.start].lower().rsplit(part.lower(), 1)[0] \
        if part else ""
    if not part or quantity_word(part) or part.lower() in quantity.lower() or _INFINITIVE.search(lead) \
            or any(word.lower() in _VERBS for word in part.split()):
        return reading  # were recorded in Cyprus, failing to save (one in two): a clause, no part
    return replace(reading, metric=quantity, segment=part, subject=reading.subject or named[1].subject)
