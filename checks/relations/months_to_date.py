"""parts_vs_total for a month (or a quarter) and the months to date that hold it: 10月销量71.4万辆 and 前10月销量
548.5万辆; 4月出口 and 1-4月出口. A flow in a part of the time is no larger than the same flow over a time that holds
that part: same owner, quantity, member and unit, of one year (or no year stated), the months to date (from January)
nearest it in its paragraph or the next. A year's figure is left alone (often a plan or a forecast); so are stocks
(余额, 保有量), averages and rates: a month's balance may well exceed anything.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from operator import itemgetter

from checks.claims.measures import shortened
from checks.relations.base import Doc, Relation, bounds, excess, metric_key, owner_key, plain, same_unit, shown
from checks.relations.periods import NETTED, english_months, of_a_year_before, period_parts

# Quantities that are no flow summed over months: balances, stocks, averages, prices, per head, rates.
_NO_FLOW = re.compile(r"余额|存量|保有量|库存|待售|存款|贷款|平均|月均|日均|人均|均价|价格|指数|率|average|balance|"
                      r"price|per\b|rate", re.IGNORECASE)
_AT_THE_END = re.compile(r"(?:月|年|季度?)(?:末|底)")
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_PER_DAY = re.compile(r"日产$|日均$")
_NEAREST = 8  # the months to date of a part's quantity looked at either side of it, in the text's order
_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "Q1-3": (1, 9), "H1": (1, 6), "H2": (7, 12),
             "FY": (1, 12)}


def _months(part: str) -> tuple[int, int] | None:
    """The first and last month a part of a year spans: M4 → (4, 4), M1-10 → (1, 10), Q3 → (7, 9)."""
    if part in _QUARTERS:
        return _QUARTERS[part]
    found = re.fullmatch(r"M(\d{1,2})(?:-(\d{1,2}))?", part)
    if found is None:
        return None
    first = int(found.group(1))
    last = int(found.group(2) or first)
    return (first, last) if 1 <= first <= last <= 12 else None


def months_to_date(doc: Doc) -> Iterable[Relation]:
    # the months to date of each quantity (name, member) that can hold another's months (from January, more than one
    # month), in the text's order: a part's wholes are looked for among the nearest of its own quantity's, in its
    # paragraph and the two either side, never through every flow of a run-on text
    wholes_of: dict[tuple[str, str], list[tuple[int, dict, str, tuple[int, int]]]] = {}
    ordered = []
    for claim in doc.claims:
        if claim["kind"] != "level" or claim.get("qualifier") not in ("exact", None):
            continue
        name = metric_key(claim)
        named = name + str(claim.get("metric") or "")
        if len(name) < 2 or _NO_FLOW.search(named) or NETTED.search(named) or _PER_DAY.search(
                doc.before(claim, 4)) or doc.after(claim, 2).lstrip()[:1] in ("/", "／"):
            continue  # (日产305.37万吨/日; 累计日产291.52万吨: an amount a day, no flow summed over the months)
        clause = _CLAUSE_END.split(doc.before(claim, 24))[-1]
        if _AT_THE_END.search(f"{doc.period(claim) or ''}|{clause}"):
            continue  # 6月末, 年底: a level at a moment (a stock), no flow over the month
        if of_a_year_before(doc, claim):
            continue  # (That compared with a loss of $770,691 … a year earlier: not the time carried to it)
        year, part = period_parts(doc.period(claim))
        part = part or english_months(doc.period(claim))  # (March; the first six months of 2023)
        span = _months(part)
        if span is None and not part and _TO_DATE.search(f"{claim.get('metric') or ''}{doc.before(claim, 16)}") \
                and _THIS_YEAR.search(str(doc.period(claim) or "今年")):
            span = (1, 12)  # 截至今年…累计零售量: the year to date, which holds every month told of it
        if span is not None and (part != "FY" or (span == (1, 12) and not part)):
            # (a year's figure is often a plan or a forecast: left alone)
            ordered.append((claim, year, span))
            if span[0] == 1 and span[1] > 1:
                wholes_of.setdefault(_quantity(claim), []).append((int(claim["_index"]), claim, year, span))
    for part_claim, part_year, (first, last) in ordered:
        paragraph, same = doc.paragraph(part_claim), wholes_of.get(_quantity(part_claim), [])
        at = bisect.bisect_left(same, int(part_claim["_index"]), key=itemgetter(0))
        # (a release of short paragraphs: the month's in the first, the quarter's two paragraphs on)
        near = [f[1:] for f in same[max(0, at - _NEAREST):at + _NEAREST]
                if abs(doc.paragraph(f[1]) - paragraph) <= 2 and one_owner(part_claim, f[1])]
        wholes = [(abs(int(whole["start"]) - int(part_claim["start"])), whole) for whole, whole_year, (start, end)
                  in near if start <= first and last <= end and (start, end) != (first, last)
                  and not (part_year and whole_year and part_year != whole_year) and same_unit(part_claim, whole)]
        if not wholes:
            continue  # the months to date that hold the part's month, of its quantity, near it
        whole = min(wholes, key=lambda found: found[0])[1]
        gap = excess(part_claim, whole)
        arithmetic = (f"{shown(part_claim)} ({doc.period(part_claim)}) {'>' if gap else '≤'} "
                      f"{shown(whole)} ({doc.period(whole)}), whose time holds it")
        yield Relation(doc.name, "parts_vs_total", (whole, part_claim), whole.get("metric"), bounds(part_claim),
                       (float("-inf"), bounds(whole)[1]), gap, arithmetic)


def _quantity(claim: dict) -> tuple[str, str]:
    """One quantity of one member, named alike (10月新能源汽车销量 and 前10月新能源汽车销量; 累计 says only that it
    is summed to date); whose it is, :func:`one_owner` judges."""
    return shortened(plain(claim.get("metric")).replace("累计", "")), plain(claim.get("segment"))


def one_owner(a: dict, b: dict) -> bool:
    """Whether two figures are of one owner: named alike, or one name the end of the other (Singapore Changi Airport
    and Changi Airport), or neither named."""
    first, second = owner_key(a), owner_key(b)
    return first == second or bool(first and second and (first.endswith(second) or second.endswith(first)))


# The year to date: 累计 said of a flow of this year (截至今年，累计零售量; 年初以来累计).
_TO_DATE = re.compile(r"累计|截至|year[- ]to[- ]date", re.IGNORECASE)
_THIS_YEAR = re.compile(r"^(?:今年|本年|年初以来|年初至今|截至目前|目前|this year|year to date)$", re.IGNORECASE)
