"""parts_vs_total for an average per head: the whole's amount per head lies between its members' (全国居民人均可支配收入
23781元 … 城镇居民人均可支配收入32821元 … 农村居民人均可支配收入12297元: the country's is the towns' and the
villages' averaged by their people, so never above the higher nor below the lower).

Read for amounts per head only (人均, 户均, per capita), the whole's and one amount of every member of a complete
breakdown (城镇/农村, 男/女), of one unit, owner and time, the members named right after the whole (in its sentence
or the next two). A median is no average of its members' medians, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    canonical,
    distance,
    interval_text,
    metric_key,
    owner_key,
    same_unit,
    shown,
)
from checks.relations.base import label as label_of
from checks.relations.breakdowns import COMPLETE, membership
from checks.relations.periods import periods_conflict

_PER_HEAD = re.compile(r"人均|户均|per\s+(?:capita|head|person)", re.IGNORECASE)
_NOT_AN_AVERAGE = re.compile(r"中位数|median", re.IGNORECASE)
_REACH = 12  # figures after the whole among which its members' are looked for
_SENTENCES = 3  # the whole's sentence and the next two


def averages_of_members(doc: Doc) -> Iterable[Relation]:
    if _PER_HEAD.search(doc.text) is None:
        return
    levels = [c for c in doc.claims if c["kind"] == "level" and _PER_HEAD.search(str(c.get("metric") or ""))
              and not _NOT_AN_AVERAGE.search(str(c.get("metric") or ""))]
    for index, whole in enumerate(levels):
        if _segment(whole) or membership(label_of(doc, whole)) is not None:
            continue
        quantity = canonical(metric_key(whole))
        members: dict[str, dict] = {}
        for claim in levels[index + 1:index + 1 + _REACH]:
            found = membership(label_of(doc, claim)) or (membership(_segment(claim)) if _segment(claim) else None)
            if found is None:
                if canonical(metric_key(claim)) == quantity:
                    break  # the same average again, of another time or owner: the members are not this one's
                continue
            name = canonical(metric_key(claim)).replace(found[1], "")
            if not (name and (name in quantity or quantity.endswith(name))) \
                    or not same_unit(claim, whole) or owner_key(claim) != owner_key(whole) \
                    or periods_conflict(doc.period(claim), doc.period(whole)) or not _near(doc, whole, claim) \
                    or (doc.period(claim) and doc.period(whole) and doc.period(claim) != doc.period(whole)):
                continue
            members.setdefault(found[1], claim)
        # every member of one complete breakdown (城镇 with 农村 or 乡村), one figure each
        if len(members) >= 2 and any(set(partition) == set(members) for partition in COMPLETE):
            yield _judged(doc, whole, sorted(members.values(), key=lambda c: int(c["start"])))


def _segment(claim: dict) -> str:
    value = claim.get("segment")
    return value if isinstance(value, str) else ""


def _near(doc: Doc, whole: dict, member: dict) -> bool:
    """Whether a member's figure stands in the whole's sentence or one of the next two."""
    return len(re.findall(r"[。！？!?]", doc.text[int(whole["end"]):int(member["start"])])) < _SENTENCES


def _judged(doc: Doc, whole: dict, parts: list[dict]) -> Relation:
    intervals = [bounds(p) for p in parts]
    implied = (min(low for low, _ in intervals), max(high for _, high in intervals))
    stated = bounds(whole)
    gap = distance(stated, implied)
    arithmetic = (f"{shown(whole)} lies {'outside' if gap else 'within'} its members' "
                  f"({', '.join(shown(p) for p in parts)}: {interval_text(implied)}); an average per head is its "
                  f"members' averaged by their people")
    return Relation(doc.name, "parts_vs_total", (whole, *parts), whole.get("metric"), stated, implied, gap,
                    arithmetic)
