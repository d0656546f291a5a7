"""Owners read as clause fragments. Whose figure it is must be a noun phrase that can own a figure; the words before
a figure's verb sometimes run on into the clause: "it would (have earned)", "Samsung reportedly (shipped)", "a legal
settlement drove (up profits)", "(the company) helped it", "people indicated that they (are content)", "who need
credit". The fragment is cut back to its noun phrase; a pronoun, a cause or a relative clause left alone owns
nothing, and the owner is then carried from the text as for any figure whose clause names none.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.nounphrase import pronoun
from checks.extract.grammar import Dimension, Rule
from checks.extract.text import SENTENCE_REACH

# A fragment, matched whole, to the noun phrase it keeps ("" when it keeps none).
FRAGMENTS = Dimension("owner_fragment_en", [
    Rule("modal", r"(?P<head>.+?)\s+(?:would|will|could|should|might|may|must|can|had|has|have|did|does)",
         lambda m: m.group("head"),
         examples=(("it would", "it"), ("Acme will", "Acme"))),
    Rule("adverb", r"(?P<head>[A-Z].*?)\s+(?:reportedly|allegedly|also|still|now|then|likewise|similarly)",
         lambda m: m.group("head"),
         examples=(("Samsung reportedly", "Samsung"), ("Bolt Inc. also", "Bolt Inc."), ("Taiwan likewise", "Taiwan"))),
    Rule("object", r"(?P<head>(?:[\w'’.-]+\s+){0,3}?)(?:[a-z]+ed|seen|taken|given|shown)\s+(?:that\s+)?"
                   r"(?:it|they|them|we)",
         lambda m: m.group("head").strip(),
         examples=(("helped it", ""), ("people indicated that they", "people"))),
    Rule("cause", r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+(?:drove|pushed|lifted|boosted|dragged|hurt|weighed)",
         lambda m: "", examples=(("legal settlement drove", ""), ("weak demand weighed", ""))),
    # a verb of being or doing left after the noun (workers do not, members voted in, million cars were): a name is
    # the owner; a common noun owns nothing to pass on, the owner is carried from the text
    Rule("being", r"(?P<head>.+?)\s+(?:were|was|is|are|do|does|did|remains?|[a-z]+ed\s+(?:in|on|for|to|at|by))"
                  r"(?:\s+(?:not|NOT))?",
         lambda m: m.group("head") if m.group("head")[:1].isupper() else "",
         examples=(("workers do not", ""), ("members voted in", ""), ("Acme Corp. was", "Acme Corp."))),
    # a participle opening what is said of the figure: falling below the RBI's band
    Rule("participle", r"[a-z]+ing\s+.+", lambda m: "", examples=(("falling below the RBI", ""),)),
    # a headline's name and its verb, in title case: BARBIE Reaches ($1B); Occupancy Increases
    Rule("headline", r"(?P<head>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*?)\s+(?:Reaches|Increases|Rises|Falls|Ends|"
                     r"Hits|Tops|Jumps|Climbs|Drops|Posts|Reports|Sees|Gains|Slips|Surges|Grows|Declines|Soars|"
                     r"Plunges|Remains|Settles|Closes)",
         lambda m: m.group("head"), examples=(("BARBIE Reaches", "BARBIE"), ("Sensex Ends", "Sensex"))),
    Rule("relative", r"(?:who|which|that)\s+.+", lambda m: "",
         examples=(("who need credit to do so", ""), ("Acme", None))),
])


# A time where an owner stands: March2021, Sept. 2020, Q3 2019, FY2020, 2019.
_A_TIME = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s*(?:\d{1,2},?\s*)?|"
                     r"Q[1-4]\s*|FY\s*|H[12]\s*)?(?:19|20)\d\d(?:[-/]\d\d)?")


def owner_words(claims: list[Claim]) -> list[Claim]:
    """The claims with owners read as fragments cut back to their noun phrase, or to none (see the module's doc)."""
    read = list(claims)
    for index, claim in enumerate(read):
        subject = claim.subject
        if subject and _A_TIME.fullmatch(subject):  # for March2021 was estimated at: a time, no owner
            read[index] = claim.replaced(subject=None)
            continue
        if not subject or " " not in subject:
            continue
        kept = FRAGMENTS.resolve(subject.strip())
        if kept is None:
            continue
        kept = None if not kept or pronoun(kept) else kept
        whole = claim.whole
        if whole == subject and re.match(r"(?:who|which|that)\s", subject):
            whole = f"those {subject}"  # nearly six in 10 who need credit: of those who need credit
        read[index] = claim.replaced(subject=kept, whole=whole)
    return read


# Where a name read on to the end of its noun phrase stops: a clause mark, a figure, a relative pronoun or a
# preposition that starts what is said of it.
_PHRASE_END = re.compile(r"[,.;:()\d]|\s(?:that|which|who|whose|to|from|for|at|as|than|compared|after|before|while|"
                         r"and|but|in|on|over|by|with|during|since|until|within|through|was|were|is|are|rose|fell|"
                         r"grew)\b")
_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def whole_words(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims with a quantity's name cut inside a word by the reading's window (a 3.1 percent increase in
    traffic that grew f…) read on to the end of its noun phrase (traffic; international passengers)."""
    read = list(claims)
    for index, claim in enumerate(read):
        metric = claim.metric
        if not metric or not metric[-1:].isalpha():
            continue
        sentence_start, sentence_end = spans[index]
        # looked for near the figure: a run-on sentence is not searched again for every figure
        near = max(sentence_start, claim.start - SENTENCE_REACH), min(sentence_end, claim.end + SENTENCE_REACH)
        at = text.find(metric, *near)
        if at < 0 or not text[at + len(metric):at + len(metric) + 1].isalpha():
            continue  # the name ends where a word ends
        end = _PHRASE_END.search(text, at, sentence_end)
        whole = text[at:end.start() if end else sentence_end].strip()
        if whole and not _MONTH.match(whole):  # in April after …: a time, no quantity, left as read
            read[index] = claim.replaced(metric=" ".join(whole.split()))
    return read
