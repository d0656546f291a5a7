"""The whole a list of parts really adds up to: when the parts taken for a total's do not make it, but their sum is,
within the rounding of each, another level of their unit told in the same paragraph or the two before (全区税收收入
144547万元 … 地方级税收收入73276万元 … the fourteen taxes listed after them add up to 144547 exactly), the parts are of
that figure: an exact sum is no chance (a bound, 首次突破10万亿元, is no figure to add up to). The relation is then
read against it, and holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from checks.relations.base import Doc, Relation, bounds, same_unit

_REACH = 60  # figures before the parts where the figure they add up to may stand


def summed_elsewhere(doc: Doc, relation: Relation) -> dict | None:
    """Another level the parts of a failing parts_vs_total add up to exactly, or None."""
    parts = relation.claims[1:]
    if not relation.gap or len(parts) < 2 or any(p.get("qualifier") != "exact" for p in parts):
        return None  # (one part "adds up" to any figure its rounding allows, a bound to any above it: no sum)
    low, high = sum(bounds(p)[0] for p in parts), sum(bounds(p)[1] for p in parts)
    first = parts[0]
    index = int(first["_index"])
    taken = {id(c) for c in relation.claims}
    for claim in doc.claims[max(0, index - _REACH):index + len(parts) + _REACH]:
        if id(claim) in taken or claim["kind"] != "level" or claim.get("qualifier") != "exact" \
                or not same_unit(claim, first) \
                or not 0 <= doc.paragraph(first) - doc.paragraph(claim) <= 2:
            continue
        # (its value within the parts' sum, and told to four digits or more: 16.7GWh is near 8.8 + 7.8 by chance)
        if low <= float(claim["value"]) <= high and len(re.sub(r"\D|^0+", "", str(claim["text"]))) >= 4:
            return claim
    return None


def of_their_sum(doc: Doc, relations: list[Relation],
                 relation_of: Callable[[Doc, dict, list[dict], bool], Relation]) -> Iterable[Relation]:
    """The relations, each whose parts add up exactly to another figure told with them read against that one
    (``relation_of`` makes a parts_vs_total relation of a total, its parts and whether they are all of it)."""
    for relation in relations:
        other = summed_elsewhere(doc, relation)
        yield relation if other is None else relation_of(doc, other, list(relation.claims[1:]), True)
