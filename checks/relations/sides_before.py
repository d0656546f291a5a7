"""The exports and the imports of a trade balance told lines before it, when they are the only ones of its unit there
(Exports stood at $3,968.8 million … imports totalled $8,146.4 million … / The trade deficit … stood at $4,177.7
million): a release written a sentence a line. None when a balance of the unit was told before it (a later balance,
the services', the month's before), when either side is told twice in that unit, is of a kind of goods or of another
stated time. Linear: the first balances of each unit are found once a document, the sides only within reach."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from checks.relations.base import Doc, same_unit
from checks.relations.periods import periods_conflict
from checks.relations.units import unit_key

_BALANCE_WORD = re.compile(r"\b(?:deficit|surplus|gap)\b|顺差|逆差", re.IGNORECASE)
_NAMED_IN = 200  # characters before a figure, in its sentence, where a balance's name is looked for
_REACH = 1500  # characters before a balance over which its exports and imports may be the only ones told

# (start of the first level named a balance, start of the first figure of any kind so named), by unit
Firsts = dict[str, tuple[float, float]]


def first_balances(doc: Doc) -> Firsts:
    firsts: Firsts = {}
    if not _BALANCE_WORD.search(doc.text):
        return firsts  # (most texts name no balance: one scan of the text, not a look before every figure)
    for claim in doc.claims:
        start = int(claim["start"])
        named = f"{claim.get('metric') or ''} {doc.text[max(doc.sentence(claim)[0], start - _NAMED_IN):start]}"
        if not _BALANCE_WORD.search(named):
            continue
        level, any_kind = firsts.get(unit_key(claim), (float("inf"), float("inf")))
        firsts[unit_key(claim)] = (min(level, start) if claim["kind"] == "level" else level, min(any_kind, start))
    return firsts


def only_sides_before(doc: Doc, balance: dict, firsts: Firsts,
                      side_of: Callable[[Doc, dict], str | None]) -> tuple[dict, dict] | None:
    """The one exports and the one imports of a balance's unit told before it within reach (``side_of`` names a
    level's side: "exports", "imports", None; or "other" for a side of a kind of goods, which ends the search)."""
    level, any_kind = firsts.get(unit_key(balance), (float("inf"), float("inf")))
    start = int(balance["start"])
    if level < start or any_kind < doc.sentence(balance)[0]:
        return None  # (a balance's own change in its sentence is no balance told before: the surplus increased €819m)
    found: dict[str, list[dict]] = {"exports": [], "imports": []}
    index = int(balance["_index"]) - 1
    while index >= 0 and start - int(doc.claims[index]["end"]) <= _REACH:
        claim = doc.claims[index]
        index -= 1
        side = side_of(doc, claim) if claim["kind"] == "level" and same_unit(claim, balance) else None
        if side is None:
            continue
        if side == "other" or periods_conflict(doc.period(claim), doc.period(balance)):
            return None
        found[side].append(claim)
    if len(found["exports"]) != 1 or len(found["imports"]) != 1 \
            or periods_conflict(doc.period(found["exports"][0]), doc.period(found["imports"][0])):
        return None
    return found["exports"][0], found["imports"][0]


# A balance told as the result of the paragraph before (As a result of the above changes, the eurozone recorded a
# surplus of 6.7 billion euros): its exports and imports are that paragraph's last, of its own time.
_RELATIVE_TIME = re.compile(r"\b(?:last|previous|prior|earlier|ago|same)\b|上年|去年|同期|上月", re.IGNORECASE)
_AS_A_RESULT = re.compile(r"(?:^|[.。\n])\s*(?:As\s+a\s+result|Consequently|因此|由此)[^.。\n]*$", re.IGNORECASE)


def sides_as_a_result(doc: Doc, balance: dict, last_sides: Callable[..., tuple[dict, dict] | None]
                      ) -> tuple[dict, dict] | None:
    """``last_sides`` picks the last exports and imports among the levels of the paragraph before."""
    if not _AS_A_RESULT.search(doc.before(balance, 160)):
        return None
    index = int(balance["_index"])
    before = [c for c in doc.claims[max(0, index - 12):index] if doc.paragraph(c) == doc.paragraph(balance) - 1
              and not periods_conflict(doc.period(c), doc.period(balance))]
    # (the year before's levels: a change's base, or a level of a time said relative to now)
    earlier = {float(c["base_value"]) for c in before if pd.notna(c.get("base_value"))}
    return last_sides(doc, balance, [c for c in before if float(c["value"]) not in earlier
                                     and not _RELATIVE_TIME.search(str(doc.period(c) or ""))], by_name=True)
