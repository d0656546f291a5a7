"""growth_vs_levels for a whole and its parts: a whole's growth rate lies between its parts' rates.

The whole's change is the sum of its parts' changes, so its rate is their rates averaged, weighted by the parts'
earlier levels: never above the highest nor below the lowest (出口13兆7100亿人民币，增长1.8%；进口10兆4100亿人民币，
下降0.6%: the 进出口 of 23兆1200亿 grew between -0.6% and 1.8%, not 2.7%). Read only where the figures prove the
parts make the whole: levels that add up to their total within the rounding of each (a breakdown or a 其中 list,
found by :mod:`.parts`), each with its growth rate joined to it (增长r after the level, rose r to the level). The
earlier levels must all be positive for the average to bound the whole: a quantity that may be negative (a profit,
a balance, a net figure) is not read, nor are rates against different earlier times (同比 and 环比).

The parts' levels and rates would give the whole's rate itself (each part's earlier level is its level over one plus
its rate), but on real releases that is often off by more than rounding: value added grows at comparable prices, a
budget on a comparable basis, trade against revised figures (tried on every real set: 30 false criticals). Only the
range is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    canonical,
    distance,
    interval_text,
    label,
    metric_key,
    owner_key,
    plain,
    shown,
    signed,
)
from checks.relations.breakdowns import COMPLETE_RATES, WHOLE_OF, membership, other_breakdowns
from checks.relations.periods import periods_conflict

# Quantities that may be negative, whose parts' rates do not bound the whole's.
MAY_BE_NEGATIVE = re.compile(r"利润|盈利|亏损|净|余额|差额|顺差|逆差|结余|profit|earning|income|loss|net|balance|"
                             r"surplus|deficit|margin|\bgap\b|shortfall", re.IGNORECASE)
# A rate against the period just before (环比, month on month), not the same period a year before.
SEQUENTIAL = re.compile(r"环比|上月|上季|上一季|上周|month|quarter|sequential|QoQ|MoM", re.IGNORECASE)
REACH = 3  # a level's rate stands among the figures right after it
_A_PART = re.compile(r"其中[，,：:]?[^，,。；;\d]*$")
# A rate averaged over years (两年平均增长6.1%, average annual growth): of no one year's levels.
_AVERAGED = re.compile(r"平均|年均|average|annuali[sz]ed", re.IGNORECASE)
_REAL = re.compile(r"实际|扣除价格因素|in\s+real\s+terms|real\b", re.IGNORECASE)


def sums_that_hold(found: Iterable[Relation]) -> Iterator[tuple[Relation, dict, list[dict]]]:
    """(relation, total, parts) of every sum of levels among the relations ``found`` before whose parts make the whole,
    rounding allowed (a sum that is itself wrong is its own finding, and says nothing of the parts' other figures)."""
    for relation in found:
        if relation.relation != "parts_vs_total" or len(relation.claims) < 3 or relation.claims[0]["kind"] != "level":
            continue
        total, *parts = relation.claims
        summed = (sum(bounds(p)[0] for p in parts), sum(bounds(p)[1] for p in parts))
        if not distance(summed, bounds(total)):
            yield relation, total, parts


def rates_within_parts(doc: Doc, found: Iterable[Relation] = ()) -> Iterable[Relation]:
    """For each sum of parts that holds among the relations ``found`` before (the parts make the whole), the whole's
    rate against its parts' rates."""
    seen: set[tuple[int, ...]] = set()
    found = list(found)
    already = {tuple(sorted(id(c) for c in r.claims)) for r in found}  # a breakdown's rates read by their names
    for relation, total, parts in sums_that_hold(found):
        if any(MAY_BE_NEGATIVE.search(str(c.get("metric") or "")) for c in relation.claims):
            continue
        whole_rate = _rate_of(doc, total) or next((_rate_of(doc, same) for same in _stated_before(doc, total)), None)
        rates = [_rate_of(doc, part) for part in parts]
        if whole_rate is None or any(rate is None for rate in rates):
            continue
        figures = (whole_rate, *rates)
        key = tuple(sorted(id(c) for c in figures))
        if key in seen or len({id(c) for c in figures}) != len(figures) \
                or key in already or len({_sequential(c) for c in figures}) > 1:
            continue
        seen.add(key)
        yield _judged(doc, total, whole_rate, rates)  # type: ignore[arg-type]


def _stated_before(doc: Doc, total: dict) -> list[dict]:
    """The same total stated earlier in the text (its lead gives the rate, its detail the parts): same value, unit and
    quantity."""
    return [c for c in doc.claims[:int(total["_index"])] if c["kind"] == "level" and c["unit"] == total["unit"]
            and float(c["value"]) == float(total["value"]) and metric_key(c) == metric_key(total)]


def rates_of_a_breakdown(doc: Doc) -> Iterable[Relation]:
    """出口增长10.2%，进口增长4.3%, after 进出口增长11.5%: every member of a whole breakdown (出口/进口, 城镇/乡村,
    男/女) with its rate, in one paragraph and period, against the rate of the whole named before them (进出口, or
    the members' quantity without their names)."""
    rates = [c for c in doc.claims if c["kind"] == "growth" and c["unit"] == "percent"
             and not MAY_BE_NEGATIVE.search(str(c.get("metric") or "")) and not _AVERAGED.search(doc.before(c, 10))]
    groups: dict[tuple, dict[str, dict]] = {}
    for rate in rates:
        found = member_of(doc, rate)
        # (农村 is of 城镇/农村 and of 城市/农村: a group for each, the one its siblings complete is read)
        for partition, member in [found, *other_breakdowns(found)] if found is not None else []:
            if partition in COMPLETE_RATES:
                # (decrease 0.04% and 6.55% compared with last month, increase 19.42% and 36.59% compared with the
                # same period of last year: two groups, one a basis)
                key = (partition, doc.paragraph(rate), str(doc.period(rate) or ""), _sequential(rate))
                groups.setdefault(key, {}).setdefault(member, rate)
    for (partition, _paragraph, _period, _basis), members in groups.items():
        parts = sorted(members.values(), key=lambda c: int(c["start"]))
        if len(members) != len(partition) or (len({doc.sentence(p) for p in parts}) != 1 and not (
                partition in _HALVES and _adjacent(doc, *parts))):
            continue  # every member, told together in one sentence (a price index's halves, in one or the next)
        whole = whole_before(doc, rates, parts, partition)
        # (环比上涨0.6%。其中，城市上涨0.6%，农村上涨0.6%: members with no basis of their own are the whole's, where
        # its sentence states no other: 同比上涨0.3%，环比上涨0.6%。其中… says not which)
        told = {_sequential(c) for c in (whole, *parts) if c.get("basis")} if whole is not None else set()
        if whole is not None and len(told) <= 1 and (all(c.get("basis") for c in parts) or len(
                {_sequential(c) for c in rates if c.get("basis") and doc.same_sentence(c, whole)}) <= 1):
            yield _judged(doc, None, whole, parts)


# A price index's two halves, each told in a sentence of its own with its change against the month before (食品烟酒类
# 价格同比下降2.0%，涨幅较1月回落6.6个百分点。非食品烟酒类价格同比上涨2.5%)
_HALVES = (("食品烟酒", "非食品烟酒"),)


def member_of(doc: Doc, rate: dict) -> tuple[tuple[str, ...], str] | None:
    """The breakdown member a rate is of: named before it, or before the level it is the change of (出口5兆，
    增长10.2%)."""
    found = membership(label(doc, rate))
    if found is None and rate.get("segment"):  # 采矿业、制造业…分别增长7.1%、1.9%和7.0%: the member a list gave it
        found = membership(str(rate["segment"]))
    if found is None and str(rate.get("metric") or "").isascii():  # a decline of 16,300 part-time jobs: named after
        found = membership(str(rate.get("metric") or ""))
    if found is not None or rate.get("level_after") is None:
        return found
    for claim in doc.near(rate, REACH):
        if claim["kind"] == "level" and int(claim["end"]) <= int(rate["start"]) \
                and float(claim["value"]) == float(rate["level_after"]) and doc.same_sentence(claim, rate):
            return membership(label(doc, claim))
    return None


_BALANCE = re.compile(r"deficit|surplus|balance|gap|shortfall|逆差|顺差|差额")


def whole_before(doc: Doc, rates: list[dict], parts: list[dict], partition: tuple[str, ...]) -> dict | None:
    """The nearest figure of ``rates`` (rates, or changes) before the members that is of their whole, by name: the
    whole a breakdown makes (进出口), or the members' quantity with their names taken out; of the same owner and
    time; no member."""
    first = parts[0]
    # (full-time jobs: jobs, the member's name written plain as the quantity's is)
    quantities = {canonical(canonical(metric_key(p)).replace(plain(member_of(doc, p)[1]), ""))  # type: ignore[index]
                  for p in parts} - {""}
    quantity = next(iter(quantities)) if len(quantities) == 1 else ""
    earliest = first  # the first member passed: of these members, or of a sibling breakdown told just before
    # (民营企业进出口3821.4亿元，增长19%…其中出口…，进口…: the members of another breakdown's member, whose rate is
    # their whole's; the city's rate before it is not)
    owned = {plain(p.get("segment")) for p in parts}
    segment = next(iter(owned)) if len(owned) == 1 else ""
    based = {_sequential(p) for p in parts if p.get("basis")}
    for claim in reversed([c for c in doc.near(first, 12) if c in rates and int(c["start"]) < int(first["start"])]):
        if len(based) == 1 and claim.get("basis") and _sequential(claim) not in based:
            continue  # the whole's rate on the other basis (its month-on-month rate, before its year-on-year one)
        found = member_of(doc, claim)
        if segment and plain(claim.get("segment")) != segment:
            if found is not None:
                continue
            return None
        if found is not None and not segment:
            if found[0] in COMPLETE_RATES and found[0] != partition and _adjacent(doc, claim, earliest):
                earliest = claim  # 分三大门类看…。分轻、重工业看…: two breakdowns of one whole, one after the other
            continue
        # the nearest figure before that is no member, in the members' sentence or one of the two before (or before
        # the sibling breakdown told just before them), or nothing
        if not (_adjacent(doc, claim, first) or _within_two(doc, claim, earliest)) \
                or owner_key(claim) != owner_key(first) \
                or periods_conflict(doc.period(claim), doc.period(first)):
            return None
        if _REAL.search(doc.before(claim, 12)) or _A_PART.search(doc.before(claim, 24)):
            continue  # 扣除价格因素实际增长16.9%: the real rate of a whole whose members' rates are nominal; 其中，
            # 建设项目投资增长14.1%: a part of the whole, not it
        name = canonical(metric_key(claim))
        # the members' quantity less their names (中长期贷款), read at the whole as 长期贷款 or as itself; or the
        # whole named in full, the members' quantity its last word (固定资产投资 of 第一产业投资, 第二产业投资…)
        if _BALANCE.search(name):
            return None  # the trade deficit's change is exports' less imports', not their sum
        if (partition in WHOLE_OF and WHOLE_OF[partition] in name) or (len(name) >= 2 and quantity.endswith(name)) \
                or (len(quantity) >= 2 and name.endswith(quantity)):
            return claim
        return None
    return None


def _within_two(doc: Doc, earlier: dict, later: dict) -> bool:
    """Whether at most one sentence stands between two figures' sentences (…增长4.5%。增速居全国第二十位。\n
    分三大门类看…)."""
    return len(re.findall(r"[。！？!?]", doc.text[int(earlier["end"]):doc.sentence(later)[0]])) <= 2


def _adjacent(doc: Doc, earlier: dict, later: dict) -> bool:
    """Whether two figures stand in one sentence, or the first in the sentence right before the second's."""
    before, after = doc.sentence(earlier), doc.sentence(later)
    return before == after or not doc.text[before[1]:after[0]].strip()


def _rate_of(doc: Doc, level: dict) -> dict | None:
    """The growth rate joined to a level right after it, of no other time; else the rate in its place of a 分别 list
    after its list of levels."""
    value = float(level["value"])
    for claim in doc.near(level, REACH):
        if int(claim["start"]) <= int(level["start"]) or claim["kind"] != "growth" or claim["unit"] != "percent":
            continue
        linked = claim.get("level_after")
        if linked is not None and float(linked) == value and doc.same_sentence(claim, level) \
                and not periods_conflict(doc.period(claim), doc.period(level)):
            return claim
    return _respective_rate(doc, level) or _adjacent_rate(doc, level)


# "fell 39.9%, totaling 46,998 units"; "totaled 141,091, which represented a 34.3% … decline": a rate and the level it
# reached, next to each other in one sentence, in English
_RATE_THEN_LEVEL = re.compile(r"\s*,?\s*(?:totaling|totalling|reaching|at|to)(?:\s+an?(?:\s+(?:seasonally|adjusted|"
                              r"annual|annualized))*(?:\s+(?:rate|pace)\s+of)?)?\s*$", re.IGNORECASE)  # (to a 967,000)
_LEVEL_THEN_RATE = re.compile(r"(?:\s+[a-z]+)?\s*,\s*(?:which|that)\s+(?:represented|represents|was|is|marked|marks|"
                              r"reflect(?:s|ed)?)\s+an?\s*$", re.IGNORECASE)


def _adjacent_rate(doc: Doc, level: dict) -> dict | None:
    index = int(level["_index"])
    for other, joined in ((index - 1, _RATE_THEN_LEVEL), (index + 1, _LEVEL_THEN_RATE)):
        if 0 <= other < len(doc.claims):
            rate = doc.claims[other]
            first, second = (rate, level) if other < index else (level, rate)
            if rate["kind"] == "growth" and rate["unit"] == "percent" and doc.same_sentence(rate, level) \
                    and joined.fullmatch(doc.between(first, second)):
                return rate
    return None


_LEVELS_LISTED = re.compile(r"[、,，\s]*(?:和|及|与)?[^\d。；;]{0,8}")  # 464列、32609标箱; 8641列，发送货物93.6万标箱
_RATES_LISTED = re.compile(r"\s*(?:[、,，]|和|及)\s*")


def _respective_rate(doc: Doc, level: dict) -> dict | None:
    """464列、32609标箱，同比分别增长了45.45%和25.10%: the rate in the level's place of a 分别 list of rates right
    after a list of levels, as many of each, in one clause."""
    clause = [c for c in doc.near(level, 8) if doc.same_sentence(c, level)]
    levels = [c for c in clause if c["kind"] == "level"]
    rates = [c for c in clause if c["kind"] == "growth" and c["unit"] == "percent"
             and int(c["start"]) > int(levels[-1]["end"])]
    if not 2 <= len(levels) == len(rates) or "分别" not in doc.between(levels[-1], rates[0]) \
            or re.search(r"\d", doc.between(levels[-1], rates[0])) \
            or not all(_LEVELS_LISTED.fullmatch(doc.between(a, b)) for a, b in pairwise(levels)) \
            or not all(_RATES_LISTED.fullmatch(doc.between(a, b)) for a, b in pairwise(rates)):
        return None
    return next((rate for listed, rate in zip(levels, rates, strict=True) if listed is level), None)


def _sequential(rate: dict) -> bool:
    return bool(SEQUENTIAL.search(str(rate.get("basis") or "")))


def _judged(doc: Doc, total: dict | None, whole_rate: dict, rates: list[dict]) -> Relation:
    stated = signed(whole_rate, bounds(whole_rate))
    intervals = [signed(rate, bounds(rate)) for rate in rates]
    implied = (min(low for low, _ in intervals), max(high for _, high in intervals))
    gap = distance(stated, implied)
    where = "outside" if gap else "within"
    of = f" of {shown(total)}" if total is not None else ""
    arithmetic = (f"{moved(whole_rate)}{of} lies {where} its parts' rates "
                  f"({', '.join(moved(rate) for rate in rates)}: {interval_text(implied)}); a whole's rate is its "
                  f"parts' rates averaged by their earlier levels")
    # (a rate judged against levels, the parts' levels that make the whole: growth_vs_levels, as readers name it)
    return Relation(doc.name, "growth_vs_levels", (whole_rate, *rates), (total or whole_rate).get("metric"), stated,
                    implied, gap, arithmetic)


def moved(change: dict) -> str:
    """A change as written, with "down" when only its verb said it fell (下降0.6%: 0.6% down)."""
    return shown(change) + (" down" if change.get("direction") == "down" and float(change["value"]) >= 0 else "")
