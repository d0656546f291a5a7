"""A company's results as the news writes them: "X earned $2.6 billion, or 63 cents a share, in the three months
ended April 30, from $2.4 billion, or 58 cents a share, a year earlier."

- the verb names the quantity: earned is earnings (and the amount per share, earnings per share);
- a figure set against the one before it (from, compared to, versus, as against) is the same quantity at another
  time, and the amount per share set beside it by "or" is that quantity's per share;
"""

from __future__ import annotations

import re

from checks.extract.claim import CURRENCIES, Claim
from checks.extract.en.names import PER_SHARE, per_share
from checks.extract.en.nounphrase import pronoun
from checks.extract.en.owners import anaphor
from checks.extract.grammar import Dimension, Rule

# The verb of a results sentence, as the words before a figure end, to the quantity it names; what comes before the
# verb is whose (HP earned; the company earned; it would have earned: those left to the owner carried).
RESULT_VERBS = Dimension("result_verb_en", [
    Rule("earned", r"(?:(?P<owner>.+?)\s+)?(?:(?:would|will|could)\s+(?:have\s+)?|had\s+|has\s+)?(?:to\s+)?"
                   r"\b(?:earned|earns|earn)\b",
         lambda m: ("earnings", m.group("owner")),
         examples=(("it earned", ("earnings", "it")), ("Acme earned", ("earnings", "Acme")),
                   ("it would have earned", ("earnings", "it")), ("earned", ("earnings", None)),
                   ("net earnings", None))),
])
_EARNED = re.compile(r"\bearn(?:ed|s)?\s+$")
_UPPER_END = re.compile(r"\s+(?:and|to)\s+\$?\d[\d.,]*(?:\s+cents)?")
# The words before a figure that set it against the figure before it: from, compared to, versus, as against.
_AGAINST = re.compile(r"(?:\bfrom|\bcompared\s+(?:to|with)|\bversus|\bvs\.?|\bas\s+against|\bagainst)\s+"
                      r"(?:an?\s+|the\s+)?(?:revised\s+|year-(?:ago|earlier)\s+|prior-year\s+)?$", re.IGNORECASE)
_TWIN = re.compile(r"\s*\(\s*")
_OR = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*or\s+$")  # $164.5 million (EUR115.6 million), or 59 cents
# A sentence that goes on from the one before: That's up from $762.4 million.
_GOES_ON = re.compile(r"\s*(?:That|This|It)(?:['’]s|\s+is|\s+was|\s+compares)\b")
def results(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims of one English text with results sentences read (see the module's doc)."""
    if not any(key in text for key in ("earn", "share", "from", "compared", "versus", "vs", "against")):
        return claims
    read = list(claims)
    changed: set[int] = set()
    for index, claim in enumerate(read):
        if claim.unit not in CURRENCIES or claim.kind not in ("level", "change"):
            continue
        metric, subject = _verb_named(claim, text)
        if metric != claim.metric or subject != claim.subject:
            read[index] = claim = claim.replaced(metric=metric, subject=subject)
        earlier = _set_against(read, index, text, spans)
        if earlier is None and index and index - 1 in changed and _TWIN.fullmatch(text, read[index - 1].end,
                                                                                 claim.start):
            earlier = read[index - 1]  # $148 million (EUR104.01 million): the same amount in another currency
        if earlier is not None and earlier.metric != claim.metric:
            read[index] = claim = claim.replaced(metric=earlier.metric, subject=claim.subject or earlier.subject)
            changed.add(index)
    return read


def _verb_named(claim: Claim, text: str) -> tuple[str | None, str | None]:
    """The quantity a results verb right before a figure names (it earned $1.55 billion: earnings) and whose (Acme
    earned)."""
    metric, subject = claim.metric, claim.subject
    if _EARNED.search(text, max(0, claim.start - 8), claim.start) is None:
        return metric, subject
    found = RESULT_VERBS.resolve(metric.strip()) if metric else None
    quantity, owner = found if found is not None else ("earnings", None)
    upper = _UPPER_END.match(text, claim.end)  # to earn between 63 cents and 64 cents a share: per share too
    said_per_share = PER_SHARE.match(text, upper.end() if upper else claim.end, claim.end + 48) is not None
    metric = per_share(quantity) if said_per_share else quantity
    if owner and not pronoun(owner) and not anaphor(owner) and owner[:1].isupper() and not subject:
        subject = owner  # Acme earned: Acme's
    return metric, subject


def _set_against(claims: list[Claim], index: int, text: str, spans: list[tuple[int, int]]) -> Claim | None:
    """The figure a figure is set against (from $2.461 billion; compared to $1.23 billion, or 42 cents): the
    nearest before it in its sentence (or the one before, when its sentence goes on from it) in the same currency
    and of the same kind of amount, total or per share; None when the figure names its own quantity."""
    claim = claims[index]
    own = claim.metric and not pronoun(claim.metric.split("'")[0].split("’")[0]) and not (
        claim.metric.endswith("per share") and not _per_share(claims, index, text))
    if own or index == 0:
        return None
    before = text[max(spans[index][0], claim.start - 40):claim.start]
    sentence_start = spans[index][0]
    floor = spans[index - 1][0] if _GOES_ON.match(text, sentence_start) else sentence_start
    if _AGAINST.search(before) is None and _OR.fullmatch(text, claims[index - 1].end, claim.start) is None:
        return None
    if _AGAINST.search(before) is None:  # the per share beside a figure set against another: that one's per share
        total = claims[index - 1]
        pairs = [(claims[at], claims[at + 1]) for at in range(index - 2) if claims[at].start >= floor
                 and claims[at].metric == total.metric and claims[at] is not total
                 and _OR.fullmatch(text, claims[at].end, claims[at + 1].start)]
        return pairs[-1][1] if pairs and pairs[-1][1].metric else None
    per_share_here = _per_share(claims, index, text)
    for at in range(index - 1, -1, -1):
        other = claims[at]
        if other.start < floor:
            break
        if other.unit == claim.unit and other.metric and not pronoun(other.metric) \
                and other.metric.endswith("per share") == per_share_here:
            return other
    return None


def _per_share(claims: list[Claim], index: int, text: str) -> bool:
    """Whether an amount is per share: said so after it, or an amount under a thousand in a results sentence,
    whose totals run to millions ($2.01, compared to $2.13; …, or 42 cents)."""
    claim = claims[index]
    return claim.value < 1000 or PER_SHARE.match(text, claim.end, claim.end + 24) is not None
