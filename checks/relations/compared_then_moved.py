"""growth_vs_levels for a level compared in its own sentence with an earlier one, then moved (新东方学校及学习中心的
总数为706间,与截至2022年5月31日的744间相比,减少38间;与截至2021年8月31日的1556间相比,减少850间): the amount moved is the
level less each earlier one it is compared with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, same_unit
from checks.relations.growth import judge

# Between the earlier level and the amount: 相比, then the verb of the move (减少38间, 增加了12家).
_THEN_MOVED = re.compile(r"\s*相比\s*[，,]?\s*(?:[^，,。；;\d]{0,6}?)(?:增加|减少|增长|下降|上升|降低|多|少)了?\s*$")
# Between the level compared and the earlier one: 与, its time and 的 (,与截至2022年5月31日的).
_COMPARED_WITH = re.compile(r"[，,；;]?\s*与(?:[^，,。；;]){0,30}?的?\s*$")


def compared_then_moved(doc: Doc) -> Iterable[Relation]:
    for change in doc.claims:
        if change["kind"] != "change":
            continue
        # (in its paragraph: a second comparison after ；stands in a sentence of its own)
        before = [c for c in doc.near(change, 8) if int(c["end"]) <= int(change["start"])
                  and doc.paragraph(c) == doc.paragraph(change)]
        if len(before) < 2 or before[-1]["kind"] != "level" or not same_unit(before[-1], change) \
                or not _THEN_MOVED.fullmatch(doc.between(before[-1], change)):
            continue
        earlier = before[-1]
        level = _compared_level(doc, before[:-1], earlier)
        if level is not None:
            relation = judge(doc, change, bounds(earlier), bounds(level), [earlier, level])
            if relation is not None:
                yield relation


def _compared_level(doc: Doc, before: list[dict], earlier: dict) -> dict | None:
    """The level an earlier one is compared with: the one right before its 与 (…为706间,与…的744间), or, for a
    second comparison (;与截至2021年8月31日的1556间相比), the level the first one was made with."""
    if not before or not _COMPARED_WITH.fullmatch(doc.between(before[-1], earlier)):
        return None
    for claim in reversed(before):  # back over the earlier comparisons (the 744间 and the 38间 moved from it)
        after = doc.after(claim, 4)
        if claim["kind"] == "level" and same_unit(claim, earlier) and "相比" not in after:
            return claim
    return None
