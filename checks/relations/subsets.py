"""parts_vs_total for a figure that is a part of another by its time or by what it leaves out:

- a quarter of a half or a year, or a half of a year, for a quantity that cannot fall below zero (营收, 销量,
  shipments), in its paragraph or the next: 上半年营业收入35.01万亿元 … 第二季度营收18.11万亿元 (Q2 is in H1, so no
  larger);
- the same quantity with a part taken out: 全市场上市公司实现营业收入35.01万亿元 … 剔除金融行业，实体上市公司实现营收
  30.42万亿元; "excluding fuel, sales were …".

The two figures are of one quantity (its name, synonyms made one), one unit and one owner for a part of a time; the
larger time must hold the smaller one (H1 holds Q2, not Q3), in the same year or with no year said for one. Each
pair is held alone; parts are not summed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, metric_key, owner_key, plain
from checks.relations.periods import period_parts
from checks.relations.within import no_larger

# Quantities that count or sum what happened, never below zero (a profit may be a loss in one quarter)
_NOT_NEGATIVE = re.compile(r"营收|营业收入|销售收入|销售额|销量|产量|出货量|进出口|出口|进口|成交额|交易额|游客|人次|"
                           r"客流|客运量|货运量|发电量|用电量|revenue|sales|shipments|exports|imports|output|visitors|"
                           r"passengers|deliveries", re.IGNORECASE)
_NEVER = re.compile(r"利润|净利|亏损|盈利|逆差|顺差|profit|income|loss|balance|deficit|surplus", re.IGNORECASE)
_MONTHS = {"Q1": range(1, 4), "Q2": range(4, 7), "Q3": range(7, 10), "Q4": range(10, 13), "H1": range(1, 7),
           "H2": range(7, 13), "Q1-3": range(1, 10), "FY": range(1, 13)}
# (not an effect taken out, 剔除汇率因素后, excluding currency effects: the figure adjusted may well be larger)
_LEFT_OUT = re.compile(r"(?:剔除|扣除|除去|不含|不包括)(?![^，,。；;\d]{0,12}?(?:因素|影响|汇率|价格|通胀|季节|口径))"
                       r"[^，,。；;\d]{1,12}?(?:后|外)?\s*[，,]|\b(?:excluding|excl\.|leaving\s+out|stripping\s+out)\s+"
                       r"(?![^,;.\d]{0,30}?(?:effects?|impacts?|currenc|exchange|charges?|items?|one-off|special|costs?|"
                       r"inflation|seasonal|adjust))[^,;.\d]{1,30},", re.IGNORECASE)
_REACH = 30  # claims before a part where its whole is looked for
_FULL_YEAR = re.compile(r"全年|年度|1-12月|1—12月|full[- ]year|annual|fiscal\s+year|for\s+the\s+year", re.IGNORECASE)


def parts_of_a_time_or_less_a_part(doc: Doc) -> Iterable[Relation]:
    levels = [c for c in doc.claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp")
              and c.get("qualifier") in ("exact", None) and _NOT_NEGATIVE.search(str(c.get("metric") or ""))
              and not _NEVER.search(str(c.get("metric") or ""))]
    left_out = [_left_out(doc, c) for c in levels]  # each level's, read once (not once per pair)
    months = [_months(doc, c) for c in levels]
    for index, part in enumerate(levels):
        if not left_out[index] and months[index] is None:
            continue
        for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
            whole = levels[back]
            if whole["unit"] != part["unit"] or metric_key(whole) != metric_key(part) or left_out[back] \
                    or plain(whole.get("segment")) != plain(part.get("segment")):
                continue  # (第三产业's and 第二产业's; North American sales and international sales excluding Asia)
            if left_out[index] and _same_time(doc, whole, part):
                yield no_larger(doc, whole, part, "the same quantity with a part left out,", "the whole")
                break
            if months[index] is not None and owner_key(whole) == owner_key(part) \
                    and _holds(months[back], months[index]) and doc.paragraph(part) - doc.paragraph(whole) <= 1:
                yield no_larger(doc, whole, part, "a part of its time,", "the whole")
                break


def _left_out(doc: Doc, claim: dict) -> bool:
    begin = doc.sentence(claim)[0]
    return _LEFT_OUT.search(doc.text, max(begin, int(claim["start"]) - 40), int(claim["start"])) is not None


def _months(doc: Doc, claim: dict) -> tuple[str, range] | None:
    """The months of a quarter, a half or a named full year (a month's part of its months to date is months_to_date's:
    the nearest of them, of its own member)."""
    year, part = period_parts(doc.period(claim))
    if part == "FY" and not _FULL_YEAR.search(str(doc.period(claim))):
        return None  # 2021年 alone may be 2021年同期, the quarter a comparison names, not the year
    return (year, _MONTHS[part]) if part in _MONTHS else None


def _holds(held: tuple[str, range] | None, months: tuple[str, range]) -> bool:
    """Whether a whole's months hold a part's, in one year (第二季度 of 2025年上半年: a part's year left unsaid is the
    whole's)."""
    if held is None or (held[0] and months[0] and held[0] != months[0]):
        return False
    return set(months[1]) < set(held[1])


def _same_time(doc: Doc, whole: dict, part: dict) -> bool:
    return period_parts(doc.period(whole)) == period_parts(doc.period(part))
