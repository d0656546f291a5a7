"""growth_vs_levels and percent_vs_pp: a rate, a point change or a multiple agrees with the levels it describes.

The levels come from the claim's reading (``base_value``, ``level_after``: 从A增至B; 较去年同期的B下滑r;
rose r to A from B), or from an absolute change of the same quantity in the same sentence (增加7.24亿，达56.15亿，
增长14.8%: the level before is 56.15 − 7.24), or from a level and its earlier level stated elsewhere in the
document for the same quantity (net income $471 million, against $446 million a year earlier; profit rose 5.6%).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.acronyms import abbreviates
from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    by_sentence,
    canonical,
    distance,
    interval_text,
    metric_key,
    num,
    plain,
    shown,
    signed,
    specific,
)
from checks.relations.lines import heading_between
from checks.relations.periods import compared_with, english_months, period_parts, periods_conflict
from checks.relations.rate_terms import basis_kind
from checks.relations.reached_rate import level_just_told, level_right_before, levels_told_before
from checks.relations.rounding import implied_change, precise
from checks.relations.statements import comparable
from checks.relations.year_before import compared_pair, linked_earlier, of_a_year_before, other_owner

CHANGES = ("growth", "change", "multiple")
_AVERAGE = re.compile(r"年均|平均每年|average annual|a year on average|annuali[sz]ed|CAGR", re.IGNORECASE)


def _levels(doc: Doc, change: dict) -> tuple[tuple[float, float], tuple[float, float], list[dict]] | None:
    """The (before, after) levels a change describes, as intervals, and the claims they come from."""
    base, after = change.get("base_value"), change.get("level_after")
    if after is None and base is None:  # the levels, if any, are stated elsewhere
        return _levels_elsewhere(doc, change) if change["kind"] == "growth" and change["unit"] == "percent" else None
    sentence = doc.sentence(change)  # its neighbours in its sentence: the levels a change describes stand near it
    same = [c for c in doc.near(change, 12) if c is not change and doc.sentence(c) == sentence]
    by_value = {float(c["value"]): c for c in same}
    if base is not None and after is not None:
        before_claim, after_claim = (by_value.get(float(base)), by_value.get(float(after))) if float(base) in by_value \
            or float(after) in by_value else levels_told_before(doc, change)  # (That's a difference of …)
        if before_claim is None and after_claim is not None:  # (…同比增长18.9%。而去年同期是591亿元: the next one's)
            before_claim = next((c for c in doc.near(change, 3) if int(c["start"]) > int(change["end"])
                                 and c["kind"] == "level" and float(c["value"]) == float(base)), None)
        if before_claim is not None and after_claim is None:  # This figure is up 5.4 percent from …: the level
            after_claim = next((c for c in reversed(doc.near(change, 12)) if int(c["end"]) <= int(change["start"])
                                and c["kind"] == "level" and float(c["value"]) == float(after)), None)  # before
        # a level and its earlier level are one quantity, so one unit: 比全省(6.2%) beside 45.12亿元 is a rival rate
        if before_claim is not None and after_claim is not None and before_claim["unit"] == after_claim["unit"]:
            return bounds(before_claim), bounds(after_claim), [before_claim, after_claim]
    if after is not None and base is None:  # 增加7.24亿 … 56.15亿 … 增长14.8%: before = after − change
        after_claim = by_value.get(float(after))
        nearest_first = sorted(same, key=lambda c: abs(int(c["start"]) - int(change["start"])))
        amount = next((c for c in nearest_first if c["kind"] == "change" and after_claim is not None
                       and c["unit"] == after_claim["unit"] and c.get("level_after") == after
                       and basis_kind(c) == basis_kind(change)), None)
        # (环比增加19.45万，增长0.5%，同比增加138.79万; 同比…，较年初增加908.7亿元: the amount of the rate's own basis)
        if after_claim is not None and amount is not None and change["unit"] in ("percent", "times"):
            moved = signed(amount, bounds(amount))
            level = bounds(after_claim)
            return (level[0] - moved[1], level[1] - moved[0]), level, [amount, after_claim]
        if after_claim is not None:
            return _base_restated(doc, change, after_claim)
    if base is not None and after is None:
        base_claim = next((c for c in same if float(c["value"]) == float(base)), None)
        if change["unit"] == "percent" and base_claim is not None and base_claim["unit"] == "percent":
            return None  # (the Rural index increased by 16.08 percent in July from 16.01 percent: a rate's levels)
        if change["unit"] == "percent":
            # (Compared to the $4.657 billion of February, the March figure rose by 12.2 percent: March's level,
            # told in the sentence before)
            return _reached_before(doc, change, base_claim) or _level_of_its_time(doc, change, base_claim, 2) \
                or level_just_told(doc, change, base_claim) or level_right_before(doc, change, base_claim)
        return _level_of_its_time(doc, change, base_claim)
    return None


def _level_of_its_time(doc: Doc, change: dict, base: dict | None, paragraphs: int = 1
                       ) -> tuple[tuple[float, float], tuple[float, float], list[dict]] | None:
    """An amount more or less than an earlier level, the level of its own time stated before in its paragraph
    (total December exports of $191.3 billion … December exports were $3.5 billion less than November exports of
    $194.8 billion): the one level of the same name and time, not one told as another level's earlier one ($5.227
    billion in March, up from the $4.699 billion of the same month last year), in its paragraph or the
    ``paragraphs`` - 1 before it (a release of one sentence a paragraph)."""
    if base is None or not change.get("period") or change.get("period") == base.get("period"):
        return None
    last = doc.paragraph(change)
    found = [c for c in doc.near(change) if last - paragraphs < doc.paragraph(c) <= last
             and c["kind"] == "level" and c is not base
             and int(c["start"]) < int(change["start"]) and c["unit"] == base["unit"]
             and c.get("period") == change["period"] and metric_key(c) in (metric_key(change), metric_key(base))
             and not compared_with([x for x in doc.near(c, 8) if doc.same_sentence(x, c)], c)  # (near: run-on)
             and _per_share(doc, c) == _per_share(doc, base)]  # (1 cent per share is no level of $41.6 million)
    return (bounds(base), bounds(found[0]), [base, found[0]]) if len(found) == 1 else None


def _reached_before(doc: Doc, change: dict, base: dict | None) -> tuple[tuple[float, float], tuple[float, float],
                                                                      list[dict]] | None:
    """A rate from an earlier level whose later level the sentence before gives, as the end of a change of the same
    quantity (sales dropped 5.4% from May to 3.89 million in June. Year-over-year, sales also fell 5.4% from 4.11
    million: 3.89 million against 4.11 million)."""
    if base is None:
        return None
    start, stems = doc.sentence(change)[0], _stems(change)
    for other in reversed(doc.near_where(change, change["kind"], "level_after", 8)):
        # (in its paragraph, the nearest before: sales fell 2.5% in August to 3.86 million. …. Sales also fell 4.2%
        # from the previous year (down from 4.03 million))
        if other is change or doc.sentence(other)[1] > start or doc.paragraph(other) != doc.paragraph(change) \
                or (other.get("basis") and other["basis"] == change.get("basis")) \
                or not _one_name(_stems(other), stems):  # (food inflation and core inflation: two names)
            continue
        level = next((c for c in doc.near(other, 8) if c is not other and doc.same_sentence(c, other)
                      and c["unit"] == base["unit"]
                      and float(c["value"]) == float(other["level_after"])), None)
        if level is not None and 1 / 3 < float(level["value"]) / float(base["value"]) < 3:
            return bounds(base), bounds(level), [base, level]
    return None


def _base_restated(doc: Doc, change: dict, after: dict) -> tuple[tuple[float, float], tuple[float, float],
                                                                   list[dict]] | None:
    """A change to a level whose earlier level another sentence gives, with the same precise level reached (rose
    by 9 points to 74.04%; … went up from 64.83% to 74.04%): the two describe one movement."""
    if len(re.sub(r"\D", "", str(after["text"])).lstrip("0")) < 3:
        return None  # a round level (to 5%) may be reached by many things
    for other in doc.near_where(change, change["kind"], "level_after") + doc.near_where(
            change, "change" if change["kind"] == "growth" else "growth", "level_after"):
        if other is change or other.get("base_value") is None or doc.same_sentence(other, change) \
                or float(other["level_after"]) != float(after["value"]):
            continue
        sentence = doc.in_sentence(other)
        base = next((c for c in sentence if float(c["value"]) == float(other["base_value"])
                     and c["unit"] == after["unit"]), None)
        level = next((c for c in sentence if c is not other and float(c["value"]) == float(after["value"])), None)
        if base is not None and level is not None:
            return bounds(base), bounds(after), [base, after]
    return None


def _levels_elsewhere(doc: Doc, change: dict) -> tuple[tuple[float, float], tuple[float, float], list[dict]] | None:
    """A level of the same quantity (same metric, owner and part) with its earlier level (against $446 million a year
    earlier), stated in another sentence. Comparable (same-store, organic) growth has no levels in the text."""
    if not specific(change) or comparable(doc, change) or not of_a_year_before(doc, change):
        return None  # (a rate quarter over quarter is of no levels a year apart)
    per_share = _per_share(doc, change)
    # (increased by 7.1 percent with a total of 36,757 in 2019 compared with 34,335 in 2018: the pair after it)
    told = [c for c in doc.near(change, 6) if int(c["start"]) > int(change["end"]) and doc.same_sentence(c, change)]
    pair = compared_pair(doc, told) if not any(c["kind"] in CHANGES for c in told) else None
    if pair is not None and _stems(change) & _stems(pair[0]) and not other_owner(change, pair[0]):
        return bounds(pair[1]), bounds(pair[0]), [pair[1], pair[0]]
    for level in doc.near_where(change, "level", "base_value"):
        if _per_share(doc, level) != per_share or bool(level.get("projected")) != bool(change.get("projected")):
            continue  # 59 cents per share, versus 55 cents: earnings per share, not the profit that rose 11%; a target
            # (1.1 million arrivals, revised down from 1.25 million) is no level a rate of what happened reached
        if (canonical(level.get("metric")) != canonical(change.get("metric"))
                and not abbreviates(level.get("metric"), change.get("metric"))) or \
                not _same_period(level.get("period"), change.get("period")):
            continue
        if plain(level.get("segment")) != plain(change.get("segment")) or \
                plain(level.get("subject")) != plain(change.get("subject")) \
                or heading_between(doc, int(level["end"]), int(change["start"])):
            continue  # (a roundup's next company, under a heading of its own: McDonald's levels, Discover's rate)
        base = _base_of(doc, level)
        if base is not None and not _another_month(doc, base, level):
            return bounds(base), bounds(level), [base, level]
    return _levels_next(doc, change, per_share)


def _another_month(doc: Doc, base: dict, level: dict) -> bool:
    """Whether an earlier level states a month other than its level's (£177,824 in August, compared to £181,383 in
    November 2007, the peak): no level a year before it, which a yearly rate is measured from."""
    months = [english_months(period) or period_parts(period)[1] for period in (base.get("period"), doc.period(level))]
    return all(re.fullmatch(r"M\d+", m or "") for m in months) and months[0] != months[1]


def _base_of(doc: Doc, level: dict) -> dict | None:
    """A level's earlier level, in its sentence or the next (That compares with $56.9 million, a year earlier)."""
    end = doc.sentence(level)[1]
    for claim in doc.near(level, 8):
        if claim is not level and float(claim["value"]) == float(level["base_value"]) \
                and claim["unit"] == level["unit"] and (doc.same_sentence(claim, level) or (
                    int(claim["start"]) >= end and doc.sentence(claim)[0] <= end + 3)):
            return claim
    return None


# Words of a name that say how a quantity is counted (average hourly earnings and weekly hours share only those)
_HOW_COUNTED = {"avera", "total", "overa", "numbe", "month", "weekl", "daily", "annua", "yearl"}


def _one_name(one: set[str], other: set[str]) -> bool:
    """Whether two names' stems can name one quantity: they share one, and one's stems are all the other's."""
    return bool(one & other) and (one <= other or other <= one)


def _stems(claim: dict) -> set[str]:
    return {word[:5] for word in re.findall(r"[a-z]{4,}", str(claim.get("metric") or "").lower())} - _HOW_COUNTED


def _levels_next(doc: Doc, change: dict, per_share: bool) -> tuple[tuple[float, float], tuple[float, float],
                                                                   list[dict]] | None:
    """A rate, then in the very next sentence a level with its earlier level and no rate of its own (visitor
    arrivals grew 7.1 percent. / 799,000 people visited, up from 746,000): the levels of that rate, when their
    names share a word's stem (visitor, visited) and their periods agree."""
    end = doc.sentence(change)[1]
    if int(doc.claims[-1]["start"]) < end:
        return None  # no figure after its sentence (and a run-on text is one sentence)
    following = [c for c in doc.near(change, 12) if int(c["start"]) >= end]
    if not following or doc.text[end:doc.sentence(following[0])[0]].strip():
        return None
    sentence = [c for c in following if doc.same_sentence(c, following[0])]
    levels = [c for c in sentence if c["kind"] == "level" and linked_earlier(c)]
    pair = compared_pair(doc, sentence) if not levels and of_a_year_before(doc, change, strict=True) else None
    levels = [pair[0]] if pair is not None else levels
    if len(levels) != 1 or any(c["kind"] in CHANGES for c in sentence) or _per_share(doc, levels[0]) != per_share \
            or not (_stems(change) & _stems(levels[0]) or abbreviates(change.get("metric"), levels[0].get("metric"))) \
            or periods_conflict(doc.period(change), doc.period(levels[0])) \
            or other_owner(change, levels[0]):
        return None  # (Lenovo's shipments fell 7.5%. Vendors shipped …: another owner's levels)
    level = levels[0]
    base = pair[1] if pair is not None else _base_of(doc, level)
    return (bounds(base), bounds(level), [base, level]) if base is not None else None


_PER_SHARE = re.compile(r"^\s*(?:per|a)\s+(?:diluted\s+|basic\s+)?share|^\s*(?:per|an?)\s+ADS", re.IGNORECASE)


def _per_share(doc: Doc, claim: dict) -> bool:
    """Whether a figure is per share (每股收益0.59元; 59 cents per share), not a total of the company."""
    return bool(_PER_SHARE.search(doc.after(claim, 24))) or "每股" in doc.before(claim, 10) or \
        "pershare" in plain(claim.get("metric")) or "每股" in str(claim.get("metric") or "")


def _same_period(a: object, b: object) -> bool:
    """Periods that may be one: equal, or one of them unstated (the paragraph's period)."""
    return not a or not b or a == b


def growth_vs_levels(doc: Doc) -> Iterable[Relation]:
    for change in doc.claims:
        if change["kind"] not in CHANGES or _AVERAGE.search(doc.before(change, 12)):
            continue
        found = _levels(doc, change)
        if found is None:
            continue
        before, after, sources = found
        absolute = change["unit"] not in ("percent", "pp", "times")
        if before[0] <= 0 or (absolute and change["unit"] != sources[-1]["unit"]):
            continue
        relation = judge(doc, change, before, after, sources)
        if relation is not None:
            yield relation


_RATE_MOVED_REACH = 60  # figures either side of a rate's change where its move in points may be told


def rate_moved_elsewhere(doc: Doc) -> Iterable[Relation]:
    """A rate's change said in percent with no levels (the jobless rate fell 0.4 percent), and in another sentence
    the same rate's move in points with its levels (the jobless rate was 4.6%, down 0.4 percentage points from
    5.0%): the same figure, the same way. Percent that equals those points and not the relative change is points
    written as percent (percent_vs_pp). Only that is said: the two sentences may be of different periods, so a
    percent that is neither is left alone."""
    for change in doc.claims:
        if change["kind"] != "growth" or change["unit"] != "percent" or change.get("base_value") is not None \
                or change.get("level_after") is not None or not specific(change):
            continue
        for moved in doc.near_where(change, "change", "level_after", _RATE_MOVED_REACH):
            if moved["unit"] != "pp" or moved.get("base_value") is None or doc.same_sentence(moved, change) \
                    or float(moved["value"]) != float(change["value"]) \
                    or moved.get("direction") != change.get("direction") or metric_key(moved) != metric_key(change):
                continue
            sentence = doc.in_sentence(moved)
            base = next((c for c in sentence if c is not moved and c["unit"] == "percent"
                         and float(c["value"]) == float(moved["base_value"])), None)
            after = next((c for c in sentence if c is not moved and c["unit"] == "percent"
                          and float(c["value"]) == float(moved["level_after"])), None)
            if base is None or after is None or bounds(base)[0] <= 0:
                continue
            relation = judge(doc, change, bounds(base), bounds(after), [base, after])
            if relation is not None and relation.relation == "percent_vs_pp":
                yield relation
                break


def judge(doc: Doc, change: dict, before: tuple[float, float], after: tuple[float, float],
           sources: list[dict], said: str | None = None) -> Relation | None:
    """The change against the levels it moved between; ``said`` tells the levels in words where they are not the
    sources' own figures (an earlier level worked out from a close and its points)."""
    stated = signed(change, bounds(change))
    rates = sources[-1]["unit"] == "percent"
    # (a rate of three digits, 25.3 per cent, was worked out from unrounded levels: Rs7.5bn → Rs9.5bn may be 25.2%)
    corners = precise(sources) or precise([change])
    points = implied_change(after, before, lambda a, b: a - b, corners)
    relative = implied_change(after, before, lambda a, b: (a / b - 1) * 100, corners)
    shown_levels = said or " and ".join(shown(c) for c in sources)
    if change["unit"] == "percent" and rates:
        # a cut of 25 basis points written as 25 per cent: a sub-point move, in the steps rates move by
        in_steps = float(change["value"]) < 100 and float(change["value"]) % 5 == 0
        readings = [(points, "percentage points")] + [((points[0] * 100, points[1] * 100), "basis points")] * in_steps
        for written, words in readings:
            if distance(stated, relative) > 0 and distance(stated, written) == 0:
                arithmetic = (f"{shown_levels}: a change of {interval_text(points)} percentage points, "
                              f"{interval_text(relative)}% in relative terms; {shown(change)} looks like {words} "
                              f"written as percent")
                return Relation(doc.name, "percent_vs_pp", (*sources, change), change.get("metric"), stated,
                                written, 0.0, arithmetic, mixed=True)
        implied, unit = relative, "%"
    elif change["unit"] == "pp":
        implied, unit = points, " percentage points"
    elif change["unit"] == "percent":
        implied, unit = relative, "%"
    elif change["unit"] == "times" and change["kind"] == "multiple":
        implied, unit, stated = (after[0] / before[1], after[1] / before[0]), " times", bounds(change)
        if _RISE_BY.search(doc.before(change, 8)) and distance(stated, implied) > 0:
            # 增长了1.8倍 is a rise by 1.8 times (2.8 times the base), though many write it for 1.8 times: either
            implied = (implied[0] - 1, implied[1] - 1)
            unit = " times more"
    elif change["kind"] == "change":
        implied, unit = points, f" {change['unit']}" if change["unit"] != "other" else ""  # (a ratio's points)
    else:
        return None
    if not change.get("direction") and change["kind"] != "multiple" and float(change["value"]) >= 0:
        stated = (-stated[1], -stated[0]) if implied[1] < 0 else stated  # no direction stated: either way
    gap = distance(stated, implied)
    central = num(round((implied[0] + implied[1]) / 2, 2))
    arithmetic = (f"{shown_levels} imply {central}{unit} ({interval_text(implied)} allowing for rounding); stated "
                  f"{shown(change)}{' down' if change.get('direction') == 'down' else ''}")
    return Relation(doc.name, "growth_vs_levels", (*sources, change), change.get("metric"), stated, implied, gap,
                    arithmetic)


# A multiple after a verb of rising, not of reaching (增长了1.8倍, 增速接近16倍; not 增长到2.8倍).
_RISE_BY = re.compile(r"(?:增长|增加|提高|提升|上涨|增速|增幅)(?:了)?(?:接近|近|超过|超|约)?\s*$")


def annualised(doc: Doc) -> Iterable[Relation]:
    """A cumulative multiple between two years against the average annual rate of the same quantity (比1978年实际增长
    22.8倍，年均实际增长8.5%: 23.8 ** (1/39) − 1 = 8.5%). 增长N倍 is a rise by N times (the level is N + 1 times the
    base); 增长到N倍 is N times."""
    if not any(claim["kind"] == "multiple" for claim in doc.claims):
        return  # no multiple: its sentences are not grouped
    for sentence in by_sentence(doc):
        for index, total in enumerate(sentence):
            if total["kind"] != "multiple" or total["unit"] != "times" or index + 1 >= len(sentence):
                continue
            rate = sentence[index + 1]
            period = total.get("period") or next(  # the year the paragraph last named (2017年，…。全国…18倍)
                (c["period"] for c in reversed(doc.claims[max(0, int(total["_index"]) - 50):int(total["_index"])])
                 if c.get("period") and c["kind"] == "level" and doc.paragraph(c) == doc.paragraph(total)), None)
            years = _years(str(total.get("basis") or ""), str(period or ""))
            if rate["kind"] != "growth" or rate["unit"] != "percent" or years is None or \
                    not _AVERAGE.search(doc.between(total, rate)) or metric_key(rate) != metric_key(total):
                continue
            by = 0.0 if re.search(r"(?:到|至|为)\s*$", doc.before(total, 3)) else 1.0
            low, high = bounds(total)
            implied = (((low + by) ** (1 / years) - 1) * 100, ((high + by) ** (1 / years) - 1) * 100)
            stated = signed(rate, bounds(rate))
            arithmetic = (f"{shown(total)} over {years} years is {interval_text(implied)}% a year (allowing for "
                          f"rounding); stated {shown(rate)} a year")
            yield Relation(doc.name, "growth_vs_levels", (total, rate), rate.get("metric"), stated, implied,
                           distance(stated, implied), arithmetic)


def _years(basis: str, period: str) -> int | None:
    """The years between a base year (比1978年) and the year of the figure (2017年)."""
    since, until = re.search(r"((?:19|20)\d\d)年", basis), re.search(r"((?:19|20)\d\d)年", period)
    if since is None or until is None or int(until.group(1)) <= int(since.group(1)):
        return None
    return int(until.group(1)) - int(since.group(1))
