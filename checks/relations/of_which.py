"""parts_vs_total for the parts an English total lists after "of which" (or "including", "includes"): "total
industry is at 20,655 units of which 15,419 units were Passenger Cars; 4,966 units were Commercial Vehicles and 270
units were Special-Purpose Vehicles". The list need not be whole, so its parts add up to no more than the total (less
the rounding of each); each is of the total's unit, joined to the next by ; , or and. Read only for three parts or
more (two may overlap: SUVs and hybrids; two amounts of money a total includes are enough), none of whose runs makes
the total alone (two breakdowns of it in one list), and not for a net figure, whose items may exceed it (a loss
including a larger charge).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, same_unit
from checks.relations.parts import _relation as parts_relation
from checks.relations.rates_of_parts import MAY_BE_NEGATIVE
from checks.relations.units import in_money

# After the total: its unit's words, then the words that open its parts.
_OPENS = re.compile(r"^\s*(?:[a-z][a-z-]*\s+){0,2}?,?\s*(?:of\s+which|of\s+whom|including|"
                    r"(?P<verb>includes|included|comprises|comprised|consists\s+of|consisted\s+of))\s+$", re.IGNORECASE)
# Amounts of money a total is said to include (liquidity of $200.7 million includes $50.7 million in cash and $150.0
# million of undrawn capacity): two are enough, money seldom overlaps as kinds of goods do (SUVs and hybrids)
# Between two parts: the first one's words (units were Passenger Cars), then ; , or and.
_NEXT = re.compile(r"^[^.;:!?\d]{0,60}?(?:;|,|\band\b)\s*(?:and\s+)?$", re.IGNORECASE)
_REACH = 8  # parts after the total


def parts_of_which(doc: Doc) -> Iterable[Relation]:
    if "of which" not in doc.text and "of whom" not in doc.text and "includ" not in doc.text \
            and "compris" not in doc.text and "consist" not in doc.text:
        return
    claims = doc.claims
    for at, total in enumerate(claims[:-1]):
        opens = _OPENS.match(doc.between(total, claims[at + 1]))
        if total["kind"] != "level" or opens is None \
                or MAY_BE_NEGATIVE.search(f"{total.get('metric') or ''} {doc.before(total, 40)}"):
            continue  # (a net loss of $0.5 billion, including a charge of $0.7 billion: a net figure's items)
        parts = [claims[at + 1]]
        for part in claims[at + 2:at + 2 + _REACH]:
            if not _NEXT.match(doc.between(parts[-1], part)):
                break
            parts.append(part)
        fewest = 2 if opens.group("verb") and in_money(total) else 3
        if len(parts) < fewest or not all(p["kind"] == "level" and same_unit(p, total) for p in parts) \
                or _two_breakdowns(parts, total):
            continue
        yield parts_relation(doc, total, parts, complete=False)


def _two_breakdowns(parts: list[dict], total: dict) -> bool:
    """Whether a run of the parts (two or more, not all) already makes the total, rounding allowed: the list holds
    two breakdowns of it (15,419 units were domestic; 12,100 units were cars and 8,555 units were trucks)."""
    low, high = bounds(total)
    for start in range(len(parts)):
        for end in range(start + 2, len(parts) + 1):
            if end - start == len(parts):
                continue
            run = parts[start:end]
            if sum(bounds(p)[0] for p in run) <= high and sum(bounds(p)[1] for p in run) >= low:
                return True
    return False

