"""parts_vs_total for a trade balance: exports less imports (出口17160亿元…进口14200亿元…贸易顺差2960亿元; exports of
$X, imports of $Y, a trade deficit of $Z). A surplus is exports above imports, a deficit imports above exports; the
balance is judged against the exports and imports stated last before it in its paragraph, of one unit and time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, label, like, same_unit, shown
from checks.relations.breakdowns import membership
from checks.relations.periods import periods_conflict

_SURPLUS = re.compile(r"顺差|\bsurplus", re.IGNORECASE)
_DEFICIT = re.compile(r"逆差|\bdeficit", re.IGNORECASE)
_SIDES = {("出口", "进口"), ("exports", "imports")}  # the breakdowns of trade, exports first
# A balance of something else than goods (a services surplus, a current account, a budget) is no exports less imports
_OTHER_BALANCE = re.compile(r"服务|经常|财政|预算|services|current|budget|fiscal|account", re.IGNORECASE)


def trade_balance(doc: Doc) -> Iterable[Relation]:
    for balance in doc.claims:
        if balance["kind"] != "level":
            continue
        name = f"{balance.get('metric') or ''}{doc.before(balance, 8)}"
        surplus, deficit = _SURPLUS.search(name), _DEFICIT.search(name)
        if bool(surplus) == bool(deficit) or _OTHER_BALANCE.search(name):
            continue
        sides = _sides_before(doc, balance)
        if sides is None:
            continue
        exports, imports = sides
        (el, eh), (il, ih) = bounds(exports), bounds(imports)
        implied = (el - ih, eh - il) if surplus else (il - eh, ih - el)
        stated = bounds(balance)
        gap = distance(stated, implied)
        value = float(exports["value"]) - float(imports["value"])
        arithmetic = (f"{shown(exports)} − {shown(imports)} = {like(balance, value if surplus else -value)} "
                      f"{'=' if not gap else '≠'} the {'surplus' if surplus else 'deficit'} {shown(balance)}"
                      + (f"; with rounding {interval_text(implied)}" if gap else ""))
        yield Relation(doc.name, "parts_vs_total", (balance, exports, imports), balance.get("metric"), stated,
                       implied, gap, arithmetic)


def _sides_before(doc: Doc, balance: dict) -> tuple[dict, dict] | None:
    """The exports and the imports stated last before a balance in its paragraph, each once, of its unit and time."""
    found: dict[str, dict] = {}
    for claim in reversed([c for c in doc.paragraph_near(balance, 8) if int(c["end"]) <= int(balance["start"])]):
        if claim["kind"] != "level" or not same_unit(claim, balance) \
                or periods_conflict(doc.period(claim), doc.period(balance)):
            continue
        member = membership(label(doc, claim))
        if member is None or member[0] not in _SIDES:
            continue
        found.setdefault("exports" if member[1] == member[0][0] else "imports", claim)
        if len(found) == 2:
            return found["exports"], found["imports"]
    return None
