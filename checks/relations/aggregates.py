"""parts_vs_total for the money supply: cash in circulation (M0) is part of narrow money (M1), which is part of broad
money (M2). A central bank's release states their balances one after the other (8月末，广义货币(M2)余额305.05万亿元 …
狭义货币(M1)余额63.02万亿元 … 流通中货币(M0)余额11.95万亿元): a narrower aggregate's balance never exceeds a
broader one's of the same time and unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, bounds, excess, same_unit, shown
from checks.relations.periods import periods_conflict

_AGGREGATE = re.compile(r"\bM([0-3])\b|[（(]M([0-3])[)）]")
_WORDS = {"广义货币": 2, "狭义货币": 1, "流通中货币": 0, "流通中现金": 0}


def _order(doc: Doc, claim: dict) -> int | None:
    """Which aggregate a balance is of (0 for M0 … 2 for M2), by its name or the words just before it."""
    said = f"{claim.get('metric') or ''} {doc.before(claim, 20)}"
    clause = re.split(r"[，,。；;]", said)[-1]
    found = _AGGREGATE.findall(clause)
    if len(found) == 1:
        return int(found[0][0] or found[0][1])
    named = {order for word, order in _WORDS.items() if word in clause}
    return named.pop() if len(named) == 1 else None


def money_supply(doc: Doc) -> Iterable[Relation]:
    if "M1" not in doc.text and "狭义货币" not in doc.text:
        return
    balances: dict[int, dict] = {}
    for claim in doc.claims:
        if claim["kind"] != "level" or claim["unit"] in ("percent", "pp"):
            continue
        order = _order(doc, claim)
        if order is not None and order not in balances:
            balances[order] = claim  # the first balance of each aggregate: the release's own figure
    ranked = sorted(balances.items())
    for (narrow_order, narrow), (broad_order, broad) in pairwise(ranked):
        if not same_unit(narrow, broad) or periods_conflict(doc.period(narrow), doc.period(broad)):
            continue
        gap = excess(narrow, broad)
        arithmetic = (f"{shown(narrow)} (M{narrow_order}) {'>' if gap else '≤'} {shown(broad)} (M{broad_order}), "
                      f"which holds it")
        yield Relation(doc.name, "parts_vs_total", (broad, narrow), broad.get("metric"), bounds(narrow),
                       (float("-inf"), bounds(broad)[1]), gap, arithmetic)
