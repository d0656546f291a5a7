"""rank_vs_values for a share price against its 52-week range: "The stock closed the regular session at $16.65 … The
stock has a 52-week high of $19.57 and a 52-week low of $7.31". The range is of the very prices the text quotes, so a
price it gives lies within it, and its low lies below its high. Only a text about one stock (one 52-week high, one
low): a roundup of several names the ranges of each, which the reading cannot yet tell apart. A bound called previous
or prior was passed (breaking above its previous 52-week high), and a price of another day (a year ago, in March
2020, at its listing) or of another stock (Peer Beta Corp shares ended at) need not lie within today's range.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, in_order, shown

_BOUND = re.compile(r"\b52[- ]week\s+(?:(?P<high>high)|low)\s*(?:(?:of|at|was|is|stands\s+at|:)\s*)?$",
                    re.IGNORECASE)
# The stock closed at $16.65; shares traded at; the shares were down 7.15% to $18.29; last at: a price of the day.
_PRICE = re.compile(r"\b(?:stock|shares?)\b[^.;!?\d]{0,50}?\b(?:closed|closing|traded|trading|ended|finished|"
                    r"settled|opened|stood|were|was|last)\b[^.;!?]{0,40}?\b(?:at|to)\s*$", re.IGNORECASE)
_NOT_A_PRICE = re.compile(r"\b(?:target|estimate|forecast|offer|bid|strike|52[- ]week|all[- ]time|record)\b",
                          re.IGNORECASE)
_PASSED = re.compile(r"\b(?:previous|prior|former|old|earlier)\s+$", re.IGNORECASE)
# A price of another day: dated in the past, or of a listing, a split, an offer.
_ANOTHER_DAY = re.compile(r"\b(?:ago|earlier|had|IPO|listing|listed|debut|split|offered|priced|before the|since|"
                          r"in (?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|\d{4})|(?:last|a) (?:year|month|week))\b")
# The stock's owner where the sentence names it: Beta Corp shares, Acme's stock, shares of Acme, Peer Beta Corp.
_OWNER = re.compile(r"\b(?:shares?|stock) of (?P<after>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)|"
                    r"\b(?P<before>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*?)(?:['’]s)? (?:shares?|stock)\b")
_NO_OWNER = {"The", "Its", "Their", "Shares", "Stock", "Peer", "Meanwhile", "In", "Company"}


def year_range(doc: Doc) -> Iterable[Relation]:
    money = [c for c in doc.claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp", "count", "other")]
    highs, lows = [], []
    for claim in money:
        before = doc.before(claim, 60)
        bound = _BOUND.search(before)
        if bound is not None and not _PASSED.search(before[:bound.start()]):
            (highs if bound.group("high") else lows).append(claim)
    if len(highs) > 1 or len(lows) > 1 or not highs + lows:
        return
    high, low = (highs or [None])[0], (lows or [None])[0]
    if high is not None and low is not None and high["unit"] == low["unit"]:
        yield in_order(doc.name, (high, low), high.get("metric"), high, low,
                       f"the 52-week low {shown(low)} lies below the high {shown(high)}",
                       f"the 52-week low {shown(low)} is above the high {shown(high)}")
    prices = [price for price in money if price is not high and price is not low and not price.get("projected")
              and _PRICE.search(doc.before(price, 100))
              and not _NOT_A_PRICE.search(re.split(r"[.;!?]\s", doc.before(price, 40))[-1])
              and not _ANOTHER_DAY.search(_sentence(doc, price))]
    # The range's stock: named beside it, or by the last price before it, or the one stock the prices name.
    bound = high or low
    named = {_owner(doc, price) for price in prices} - {""}
    owner = _owner(doc, bound) or next((_owner(doc, price) for price in reversed(prices)
                                        if price["start"] < bound["start"] and _owner(doc, price)), "") \
        or (named.pop() if len(named) == 1 else "")
    for price in prices:
        if _owner(doc, price) not in (owner, ""):
            continue
        if high is not None and price["unit"] == high["unit"]:
            yield in_order(doc.name, (high, price), price.get("metric"), high, price,
                           f"{shown(price)} lies below its 52-week high {shown(high)}",
                           f"{shown(price)} is above its stated 52-week high {shown(high)}")
        if low is not None and price["unit"] == low["unit"]:
            yield in_order(doc.name, (price, low), price.get("metric"), price, low,
                           f"{shown(price)} lies above its 52-week low {shown(low)}",
                           f"{shown(price)} is below its stated 52-week low {shown(low)}")


def _sentence(doc: Doc, claim: dict) -> str:
    start, end = doc.sentence(claim)
    return doc.text[start:end]


def _owner(doc: Doc, claim: dict) -> str:
    """The name of the stock a sentence speaks of, or '' when it names none (The stock, Its shares)."""
    for found in _OWNER.finditer(_sentence(doc, claim)):
        words = [word for word in (found.group("after") or found.group("before") or "").split()
                 if word not in _NO_OWNER]
        if words:
            return " ".join(words)
    return ""
