"""growth_vs_levels for a price index and the two halves it is split into: "the CPI rose 5.4% from a year earlier,
with an increase of 5.1% in urban and 6.3% in rural areas"; 居民消费价格同比上涨2.1%。其中，城市上涨2.0%，农村上涨
2.5%；食品价格上涨5.0%，非食品价格上涨1.4%.

An index of prices is its parts' indexes averaged with fixed weights, so its rate lies between the rates of two
halves that make it up: towns and the countryside (城市/农村, urban/rural), food and the rest (食品/非食品,
食品烟酒/非食品烟酒, food/non-food), goods and services (消费品/服务, goods/services), and for producer prices the
means of production and of living (生产资料/生活资料). Read only where both halves are told after the index's own
rate, in its paragraph and before another index is, each named by one half's word alone; not of a core index (核心,
不包括食品和能源, excluding food and energy), nor where the index's sentence gives two rates of it (同比 and 环比) and
a half does not say which it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, interval_text, shown, signed
from checks.relations.clause_words import clause_words

_INDEX = re.compile(r"CPI|PPI|居民消费价格|消费者物价|工业生产者出厂价格|consumer price|producer price", re.IGNORECASE)
_CORE = re.compile(r"核心|不包括|不含|扣除|剔除|core|excluding|\bex[- ]", re.IGNORECASE)
# The halves, each pair's two words; the longer names first (食品烟酒 before 食品; non-food before food)
_HALVES = (
    (re.compile(r"城市|城镇|\burban\b", re.IGNORECASE), re.compile(r"农村|\brural\b", re.IGNORECASE)),
    (re.compile(r"(?<!非)食品烟酒"), re.compile(r"非食品烟酒")),
    (re.compile(r"(?<!非)食品(?!烟酒)|(?<!non-)(?<!non)\bfood\b", re.IGNORECASE),
     re.compile(r"非食品(?!烟酒)|\bnon-?food\b", re.IGNORECASE)),
    (re.compile(r"消费品|\bgoods\b", re.IGNORECASE), re.compile(r"服务|\bservices?\b", re.IGNORECASE)),
    (re.compile(r"生产资料"), re.compile(r"生活资料")),
)
_BASIS = re.compile(r"同比|环比|year[- ]on[- ]year|from a year earlier|month[- ]on[- ]month|from a month earlier",
                    re.IGNORECASE)
_MONTHLY = re.compile(r"环比|month", re.IGNORECASE)
_REACH = 12  # claims after the index's rate in which its halves are looked for


def price_halves(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for at, whole in enumerate(claims):
        if not _a_rate(whole) or not _an_index(doc, whole):
            continue
        two_rates, whole_basis = _two_rates(doc, whole), _basis(doc, whole)
        halves: dict[tuple[int, int], dict] = {}
        for part in claims[at + 1:at + 1 + _REACH]:
            if doc.paragraph(part) != doc.paragraph(whole) or (_a_rate(part) and _an_index(doc, part)):
                break  # another paragraph, or another index's rate: what follows is of that one
            if not _a_rate(part) or part.get("unit") != whole.get("unit"):
                continue
            own = _own_words(doc, part)
            if _CORE.search(own) or _INDEX.search(own):
                continue  # 不包括食品和能源的核心CPI上涨1.0%: a core index's rate, of no half
            said = _BASIS.search(own)
            if (two_rates and said is None) or (
                    said is not None and not _same_basis(said.group(0), whole_basis)):
                continue
            half = _half(own)
            if half is not None:
                halves.setdefault(half, part)
        for pair in range(len(_HALVES)):
            if (pair, 0) in halves and (pair, 1) in halves:
                yield _judged(doc, whole, halves[(pair, 0)], halves[(pair, 1)])


def _a_rate(claim: dict) -> bool:
    return claim["kind"] == "growth" and claim["unit"] == "percent"


def _an_index(doc: Doc, claim: dict) -> bool:
    """Whether a rate is a price index's own: the index named in its clause (not only in the quantity read for it:
    a half's rate is read as the index's), no core index."""
    said = _own_words(doc, claim)
    return bool(_INDEX.search(said)) and not _CORE.search(said)


def _own_words(doc: Doc, claim: dict) -> str:
    """The words of a figure's clause, before and after it (an increase of 5.1% in urban …)."""
    return " ".join(clause_words(doc, claim, 60, 30))


def _half(words: str) -> tuple[int, int] | None:
    """Which half a rate's words name: the pair and its side, by the first half's word in them; none when two sides
    of one pair are named (1.4% both in urban and rural areas)."""
    found = []
    for pair, sides in enumerate(_HALVES):
        hits = [(m.start(), side) for side, word in enumerate(sides) if (m := word.search(words)) is not None]
        if len(hits) == 2:
            return None
        found += [(start, pair, side) for start, side in hits]
    if not found:
        return None
    _, pair, side = min(found)
    return pair, side


def _basis(doc: Doc, claim: dict) -> str:
    said = _BASIS.search(f"{doc.before(claim, 30)} {doc.after(claim, 30)}")
    return said.group(0) if said is not None else ""


def _same_basis(one: str, other: str) -> bool:
    return not other or bool(_MONTHLY.search(one)) == bool(_MONTHLY.search(other))


def _two_rates(doc: Doc, whole: dict) -> bool:
    """Whether the index's sentence gives it two rates on two bases (同比上涨2.1%，环比上涨0.3%)."""
    start, end = doc.sentence(whole)
    sentence = doc.text[start:end]
    return (bool(re.search(r"同比", sentence)) and bool(re.search(r"环比", sentence))) or (bool(
        re.search(r"year[- ]on[- ]year|from a year earlier", sentence, re.IGNORECASE)) and bool(
        re.search(r"month[- ]on[- ]month|from a month earlier", sentence, re.IGNORECASE)))


def _judged(doc: Doc, whole: dict, one: dict, other: dict) -> Relation:
    stated = signed(whole, bounds(whole))
    sides = [signed(one, bounds(one)), signed(other, bounds(other))]
    low, high = min(side[0] for side in sides), max(side[1] for side in sides)
    gap = max(0.0, low - stated[1], stated[0] - high)
    arithmetic = (f"{shown(whole)} of the index against its halves {shown(one)} and {shown(other)}: "
                  f"{interval_text(stated)} {'outside' if gap else 'within'} {interval_text((low, high))}")
    return Relation(doc.name, "growth_vs_levels", (whole, one, other), whole.get("metric"), stated, (low, high), gap,
                    arithmetic)
