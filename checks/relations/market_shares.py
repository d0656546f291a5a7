"""share_vs_counts for members told with their level and their share of a total stated before them, as market
reports tell vendors: 全球手机总出货3.53亿部。三星出货8040万部，份额22.7%。华为出货5190万部，份额14.7%; "Shipments
reached 353 million units. Samsung shipped 80.4 million units, a 22.7% share; Huawei 51.9 million, for 14.7%".

Each share is its level divided by the total, within the rounding of the three figures. The total is the nearest
level of the members' unit before the first of them, in their paragraph or the one before, above every member's
level. Nothing in the words proves that the total is the whole the shares are of (a region's market, not the world's;
a quarter's, not the year's), so the total is taken as their whole only when another member's share agrees with it:
then a share that does not is flagged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, shown

# words that make a percent a share of the market: 份额, 占比, 市场占有率; a 22.7% share, market share of 22.7%
_SHARE_BEFORE = re.compile(r"(?:份额|占比|占有率|市占率)[^\d，,。；;]{0,4}$|\bshare\s+(?:of\s+|at\s+|was\s+)?$",
                           re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:market\s+)?share\b|^\s*of\s+(?:the\s+)?(?:global\s+|world\s+|total\s+)?"
                          r"(?:market|shipments|sales)\b", re.IGNORECASE)
_BY_VALUE = re.compile(r"按(?:销售额|金额|收入|出货额|营收|价值)|^\s*(?:market\s+)?share\s+(?:by|in)\s+"
                       r"(?:value|revenue|sales)|\bby\s+(?:value|revenue)\b", re.IGNORECASE)
_MOVES = ("growth", "change")  # 出货8040万部，同比增长2.9%，份额22.7%: a rate may stand between a level and its share
_REACH = 12  # claims before the first member where the total is looked for


def shares_of_a_stated_total(doc: Doc, found: Iterable[Relation] = ()) -> Iterable[Relation]:
    """Each member's share against its level and the total, where another member's share shows the total is their
    whole; not a share another reader of share_vs_counts has read (``found``, the relations read before)."""
    read = {id(r.claims[-1]) for r in found if r.relation == "share_vs_counts"}
    pairs = [(level, share) for level, share in _members(doc) if id(share) not in read]
    for group in _runs(doc, pairs):
        total = _total(doc, group)
        if total is None:
            continue
        implied = [_implied(level, total) for level, _ in group]
        agrees = [distance(bounds(share), share_implied) == 0 for (_, share), share_implied in zip(group, implied,
                                                                                                  strict=True)]
        for index, ((level, share), share_implied) in enumerate(zip(group, implied, strict=True)):
            if not any(agree for other, agree in enumerate(agrees) if other != index):
                continue  # no other member's share shows that the total is their whole
            if not agrees[index] and any(distance(bounds(share), _implied(level, other)) == 0
                                         for other, _ in group if float(other["value"]) > float(level["value"])):
                continue  # 新能源汽车950万辆…；比亚迪302万辆，占比31.8%: a share of a member before it, 302 of 950
            yield _judged(doc, level, share, total, share_implied)


def _members(doc: Doc) -> list[tuple[dict, dict]]:
    """(level, share) of each share of the market told right after its level in one sentence."""
    claims = doc.claims
    pairs = []
    for index, share in enumerate(claims):
        if share["kind"] != "share" or share["unit"] != "percent" or share.get("qualifier") not in ("exact", None) \
                or not (_SHARE_BEFORE.search(doc.before(share, 12)) or _SHARE_AFTER.match(doc.after(share, 30))) \
                or _BY_VALUE.search(doc.before(share, 16)) or _BY_VALUE.match(doc.after(share, 30)):
            continue  # (按销售额计市场份额为5.0%: a share of the market's value, not of its units)
        bases = set()  # 票房127.67亿元，相比较2012年82.73亿元，同比增长54.32%，占比58.65%: the level moved from
        for level in reversed(claims[max(0, index - 4):index]):
            if not doc.same_sentence(level, share):
                break
            if level["kind"] in _MOVES:
                bases.add(level.get("base_value"))
                continue
            if level["kind"] == "level" and float(level["value"]) in bases:
                continue
            if level["kind"] == "level" and level["unit"] != "percent" and float(level["value"]) > 0 \
                    and level.get("qualifier") in ("exact", None):
                pairs.append((level, share))
            break
    return pairs


def _runs(doc: Doc, pairs: list[tuple[dict, dict]]) -> list[list[tuple[dict, dict]]]:
    """The pairs in runs of one unit, each pair in the paragraph of the one before or the next; two pairs at least."""
    runs: list[list[tuple[dict, dict]]] = []
    for level, share in pairs:
        last = runs[-1][-1][0] if runs else None
        if last is not None and last["unit"] == level["unit"] and doc.paragraph(level) - doc.paragraph(last) <= 1:
            runs[-1].append((level, share))
        else:
            runs.append([(level, share)])
    return [run for run in runs if len(run) >= 2]


def _total(doc: Doc, group: list[tuple[dict, dict]]) -> dict | None:
    """The nearest level of the members' unit before the first member, in its paragraph or the one before, above
    every member's level; none when a level of that unit between is no member's."""
    first = group[0][0]
    members = {id(level) for level, _ in group}
    largest = max(float(level["value"]) for level, _ in group)
    for claim in reversed(doc.near(first, _REACH)[:min(_REACH, int(first["_index"]))]):
        if claim["unit"] != first["unit"] or claim["kind"] != "level" or id(claim) in members:
            continue
        if doc.paragraph(first) - doc.paragraph(claim) > 1 or claim.get("qualifier") not in ("exact", None):
            return None
        return claim if float(claim["value"]) > largest else None
    return None


def _implied(level: dict, total: dict) -> tuple[float, float]:
    low, high = _three_digits(level)
    total_low, total_high = _three_digits(total)
    return 100 * low / total_high, 100 * high / total_low if total_low > 0 else float("inf")


def _three_digits(claim: dict) -> tuple[float, float]:
    """The claim's bounds, no narrower than its value rounded to three significant digits: a market's figures are
    retold from a report's (46.5 million, written 4650万), and the report rounded them so."""
    low, high = bounds(claim)
    value = abs(float(claim["value"]))
    step = 10 ** (math.floor(math.log10(value)) - 2) / 2 if value > 0 else 0.0
    return min(low, value - step), max(high, value + step)


def _judged(doc: Doc, level: dict, share: dict, total: dict, implied: tuple[float, float]) -> Relation:
    stated = bounds(share)
    gap = distance(stated, implied)
    arithmetic = (f"{shown(level)} of {shown(total)} is {interval_text(implied)}% allowing for rounding; stated "
                  f"{shown(share)}{'' if gap else ', as it is'}")
    return Relation(doc.name, "share_vs_counts", (level, total, share), share.get("metric") or level.get("metric"),
                    stated, implied, gap, arithmetic)
