"""rank_vs_values for a share price against its 52-week range: "The stock closed the regular session at $16.65 … The
stock has a 52-week high of $19.57 and a 52-week low of $7.31". The range is of the very prices the text quotes, so a
price it gives lies within it, and its low lies below its high. Only a text about one stock (one 52-week high, one
low): a roundup of several names the ranges of each, which the reading cannot yet tell apart.
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


def year_range(doc: Doc) -> Iterable[Relation]:
    money = [c for c in doc.claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp", "count", "other")]
    highs, lows = [], []
    for claim in money:
        bound = _BOUND.search(doc.before(claim, 40))
        if bound is not None:
            (highs if bound.group("high") else lows).append(claim)
    if len(highs) > 1 or len(lows) > 1 or not highs + lows:
        return
    high, low = (highs or [None])[0], (lows or [None])[0]
    if high is not None and low is not None and high["unit"] == low["unit"]:
        yield in_order(doc.name, (high, low), high.get("metric"), high, low,
                       f"the 52-week low {shown(low)} lies below the high {shown(high)}",
                       f"the 52-week low {shown(low)} is above the high {shown(high)}")
    for price in money:
        before = doc.before(price, 100)
        if price is high or price is low or price.get("projected") or _PRICE.search(before) is None \
                or _NOT_A_PRICE.search(before[-40:]):
            continue
        if high is not None and price["unit"] == high["unit"]:
            yield in_order(doc.name, (high, price), price.get("metric"), high, price,
                           f"{shown(price)} lies below its 52-week high {shown(high)}",
                           f"{shown(price)} is above its stated 52-week high {shown(high)}")
        if low is not None and price["unit"] == low["unit"]:
            yield in_order(doc.name, (price, low), price.get("metric"), price, low,
                           f"{shown(price)} lies above its 52-week low {shown(low)}",
                           f"{shown(price)} is below its stated 52-week low {shown(low)}")
