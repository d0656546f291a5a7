"""rank_vs_values for a group said to be more (or less) likely to answer one way than another, with the two shares
right after: "Remain voters are more likely than Leave voters to correctly state the result, at 39% to 30%"; "more
likely to give an incorrect result (42% vs 36%)"; "much more likely to say they can't remember (by 32% to 20%)".
The first share is the group's said to be likelier: it must be the larger (the smaller, for "less likely").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, shown

# The two shares side by side: 39% to 30%, 42% vs 36%, 32% against 20%.
_SIDE_BY_SIDE = re.compile(r"\s*(?:to|vs\.?|versus|against)\s+", re.IGNORECASE)
# The words before the first share, in its clause (commas and brackets allowed, no other figure): more likely … at
_LIKELIER = re.compile(r"\b(?P<way>more|less)\s+likely\b[^.;:!?\d%]{0,120}?(?:,\s*at|\(\s*by|\(|,\s*by|:)?\s*$",
                       re.IGNORECASE)


_RANGE = re.compile(r"(?P<first>\d[\d.]*)\s*%\s+to\s+(?P<second>\d[\d.]*)\s*%")


def _sides_of_a_range(claim: dict) -> tuple[dict, dict] | None:
    """The two shares a range was read from (at 29% to 30%: no range after "more likely", two groups' shares)."""
    found = _RANGE.fullmatch(str(claim["text"]))
    if claim.get("qualifier") != "range" or found is None:
        return None
    first, second = (dict(claim, text=f"{found.group(side)}%", value=float(found.group(side)),
                          lower=float(found.group(side)), upper=float(found.group(side)), qualifier="exact",
                          _bounds=None) for side in ("first", "second"))
    return first, second


def likelier_groups(doc: Doc) -> Iterable[Relation]:
    if "likely" not in doc.text:
        return
    pairs = list(pairwise(doc.claims))
    for claim in doc.claims:
        sides = _sides_of_a_range(claim) if claim["unit"] == "percent" else None
        if sides is not None:
            pairs.append(sides)
    for first, second in pairs:
        split = first.get("claim_id") == second.get("claim_id")
        if first["unit"] != "percent" or second["unit"] != "percent" or first["kind"] != "share" \
                or second["kind"] != "share" or not (split or (doc.same_sentence(first, second)
                                                          and _SIDE_BY_SIDE.fullmatch(doc.between(first, second)))):
            continue
        said = _LIKELIER.search(doc.before(first, 160))
        if said is None:
            continue
        more = said.group("way").lower() == "more"
        higher, lower = (first, second) if more else (second, first)
        words = f"{said.group('way').lower()} likely"
        yield in_order(doc.name, (first, second), first.get("metric"), higher, lower,
                       f"{shown(first)} is said of the group {words}, against {shown(second)}",
                       f"{shown(first)} is said of the group {words}, but {shown(second)} is "
                       f"{'higher' if more else 'lower'}")
