"""growth_vs_levels where the readings fall short: a company's rate of profit or revenue, then its two levels.

Results news gives the rate first and the amounts in the next sentence, with other words for the same quantity:
"posted a 26% increase in net profit." / "It earned $1.55 billion, or 55 cents a share, in the quarter, compared to
$1.23 billion, or 42 cents, a year before." (or "That's up from $1.23 billion" in the sentence after). The rate's
quantity and the amounts' are one when they are of one family of words (profit, earned, net income; revenue,
sales); a per-share amount or one said again another way (", or 55 cents") is neither level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.extract.en.owners import quantity_word
from checks.relations.base import Doc, Relation, bounds
from checks.relations.growth import _per_share, judge
from checks.relations.statements import comparable
from checks.relations.units import in_money

_FAMILIES = {
    "profit": re.compile(r"\b(?:profits?|earn(?:ed|ings|s)?|net\s+income)\b", re.IGNORECASE),
    "revenue": re.compile(r"\b(?:revenues?|sales|turnover)\b", re.IGNORECASE),
}
_EARLIER = re.compile(r"\b(?:compared\s+(?:to|with)|(?:up|down)\s+from|from|versus|vs\.?|against)\s+$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r",\s*or\s+$")  # $1.55 billion, or 55 cents a share: the same result per share
# A rate the sentence names as a rate of its own before it: the economy's, not a company's profit or revenue.
_RATE_NAMED = re.compile(r"\b(?:growth|inflation|interest|unemployment|jobless|tax)\s+rates?\b", re.IGNORECASE)
_SAID_AGAIN = re.compile(r"\s*(?:That|This|It)(?:['’]s|\s+is|\s+was|\s+compares)\b")


def rate_then_earned(doc: Doc) -> Iterable[Relation]:
    """A rate of a company's profit or revenue with no levels in its sentence, and in the next sentence its amount
    with the earlier amount (compared to, from, up from; or "That's up from" in the sentence after)."""
    plain_sentences: dict[tuple[int, int], bool] = {}  # English with no amount, by sentence (read once each)
    for rate in doc.claims:
        if rate["kind"] != "growth" or rate["unit"] != "percent" or not rate.get("direction") or \
                rate.get("base_value") is not None or rate.get("level_after") is not None:
            continue
        sentence = doc.sentence(rate)
        if sentence not in plain_sentences:
            plain_sentences[sentence] = doc.text[slice(*sentence)].isascii() and not any(
                _money(c) for c in doc.in_sentence(rate))
        if not doc.before(rate, 12).isascii() or not plain_sentences[sentence] or _per_share(doc, rate) or \
                comparable(doc, rate):
            continue  # the levels of a rate stated with amounts beside it are its own sentence's; comparable
            # (same-store) sales have no amounts in the text
        if _RATE_NAMED.search(doc.text, doc.sentence(rate)[0], int(rate["start"])):
            continue  # (the economic growth rate will slow to 4.5 per cent from more than seven: no company's)
        family = _family(doc, rate)
        found = family and _levels_after(doc, rate, family)
        if found:
            relation = judge(doc, rate, bounds(found[0]), bounds(found[1]), list(found))
            if relation is not None:
                yield relation


def _money(claim: dict) -> bool:
    return claim["kind"] == "level" and in_money(claim)


def _family(doc: Doc, rate: dict) -> str | None:
    """The family of the quantity a rate is of: its reading's, else the nearest word of a family in its sentence."""
    for name, pattern in _FAMILIES.items():
        if pattern.search(str(rate.get("metric") or "")):
            return name
    if rate.get("metric") and quantity_word(str(rate["metric"])):
        return None  # (… 52 percent in EBITDA: a quantity of its own, whatever word stands near)
    start, end = doc.sentence(rate)
    # (only a word within 40 characters counts: looked for near the rate, not across a run-on sentence)
    start, end = max(start, int(rate["start"]) - 80), min(end, int(rate["end"]) + 80)
    nearest: tuple[int, str] | None = None
    for name, pattern in _FAMILIES.items():
        for found in pattern.finditer(doc.text, start, end):
            far = min(abs(found.start() - int(rate["end"])), abs(int(rate["start"]) - found.end()))
            nearest = min(nearest, (far, name)) if nearest else (far, name)
    return nearest[1] if nearest and nearest[0] <= 40 else None


def _next_sentence(doc: Doc, claim: dict) -> list[dict]:
    end = doc.sentence(claim)[1]
    following = [c for c in doc.claims[int(claim["_index"]) + 1:int(claim["_index"]) + 12] if int(c["start"]) >= end]
    return [c for c in following if doc.same_sentence(c, following[0])] if following else []


def _levels_after(doc: Doc, rate: dict, family: str) -> tuple[dict, dict] | None:
    """(earlier, later) amounts of the sentence after a rate, named by the rate's family and by no other."""
    sentence = _next_sentence(doc, rate)
    if not sentence or any(c["kind"] in ("growth", "change", "multiple") for c in sentence):
        return None
    amounts = [c for c in sentence if _money(c) and not _per_share(doc, c)
               and not _ALTERNATIVE.search(doc.before(c, 8))]
    if not amounts:
        return None
    later = amounts[0]
    named = doc.text[doc.sentence(later)[0]:int(later["start"])]
    if not _FAMILIES[family].search(named) or any(p.search(named) for n, p in _FAMILIES.items() if n != family):
        return None
    earlier = next((c for c in amounts[1:] if _EARLIER.search(doc.before(c, 24))), None)
    if earlier is None:  # That's up from $762.4 million, …: the earlier amount in a sentence of its own
        after = _next_sentence(doc, later)
        start = doc.sentence(after[0])[0] if after else 0
        if after and _SAID_AGAIN.match(doc.text, start) and _money(after[0]) and \
                _EARLIER.search(doc.before(after[0], 24)) and not _per_share(doc, after[0]) and \
                not any(c["kind"] in ("growth", "change", "multiple") for c in after):
            earlier = after[0]
    if earlier is None or earlier["unit"] != later["unit"]:
        return None
    return earlier, later
