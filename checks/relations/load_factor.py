"""An airline's load factor is its traffic over its capacity: "flew 693.7 million revenue passenger miles … Capacity
… fell 0.9 percent to 811.7 million … its load factor was up 2.2 percentage points to 85.5 percent" (693.7 / 811.7 =
85.5%). A share_vs_counts row for each load factor stated with the traffic and capacity of its own block: in its
paragraph, else in the two paragraphs before it, of no other time, neither the level of a year before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds
from checks.relations.defined import PART_WORDS
from checks.relations.periods import periods_conflict
from checks.relations.share_math import share_relation
from checks.relations.statements import A_YEAR_BEFORE, other_side

_LOAD_FACTOR = re.compile(r"load factor|客座率", re.IGNORECASE)
_TRAFFIC = re.compile(r"revenue passenger (?:miles|kilomet(?:er|re)s)|\bRP[MK]s?\b|\btraffic\b|旅客周转量",
                      re.IGNORECASE)
_CAPACITY = re.compile(r"available seat (?:miles|kilomet(?:er|re)s)|\bAS[MK]s?\b|\bcapacity\b|可用座(?:位)?公里",
                       re.IGNORECASE)


def load_factor(doc: Doc) -> Iterable[Relation]:
    if "load factor" not in doc.text.lower() and "客座率" not in doc.text:
        return
    for share in doc.claims:
        if share["kind"] not in ("share", "ratio", "level") or not _a_load_factor(doc, share) \
                or not _now(doc, share):
            continue  # (down from 84.7% last June: the year before's, of no traffic stated)
        traffic, capacity = _block(doc, share, _TRAFFIC), _block(doc, share, _CAPACITY)
        if traffic is None or capacity is None or traffic is capacity or bounds(traffic)[0] >= bounds(capacity)[1]:
            continue
        yield share_relation(doc, share, traffic, [capacity], "capacity: load factor is traffic over capacity")


def _now(doc: Doc, claim: dict) -> bool:
    """Not the level a figure is compared with (from 682.6 million; 与去年同期的…)."""
    return not other_side(doc, claim) and not A_YEAR_BEFORE.search(doc.before(claim, 12)) \
        and not re.search(r"(?:from|than|compared (?:with|to))\s*$", doc.before(claim, 16))


def _block(doc: Doc, share: dict, named: re.Pattern[str]) -> dict | None:
    """The level of the named quantity (traffic, capacity) the load factor is of: the nearest in its paragraph,
    else the nearest before it within two paragraphs."""
    def fits(claim: dict) -> bool:
        return claim["kind"] == "level" and claim["unit"] not in ("percent", "pp") and bool(
            named.search(f"{claim.get('metric') or ''} {claim['text']}")) and _now(doc, claim) \
            and not PART_WORDS.search(f"{claim.get('metric') or ''} {claim.get('segment') or ''} "
                                      f"{doc.before(claim, 40).split('.')[-1]}") \
            and not periods_conflict(claim.get("period"), share.get("period"))  # (their own: a paragraph's
    # "from … a year ago" carries to the figures after it)

    here = [c for c in doc.paragraph_near(share) if fits(c)]
    if here:
        return min(here, key=lambda c: abs(int(c["start"]) - int(share["start"])))
    for claim in reversed(doc.claims[max(0, int(share["_index"]) - 20):int(share["_index"])]):
        if doc.paragraph(share) - doc.paragraph(claim) > 2 or _a_load_factor(doc, claim):
            return None  # (another load factor before: the figures before it are its, June's, not the half year's)
        if fits(claim):
            return claim
    return None


def _a_load_factor(doc: Doc, claim: dict) -> bool:
    """A percentage the words of its sentence before it name a load factor (load factor or percentage of seats filled
    by passengers contracted 10 basis points to 86.9%)."""
    start = max(doc.sentence(claim)[0], int(claim["start"]) - 120)
    return claim["unit"] == "percent" and bool(_LOAD_FACTOR.search(
        f"{claim.get('metric') or ''} {doc.text[start:int(claim['start'])]}"))
