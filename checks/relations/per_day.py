"""share_vs_counts for a daily average: a total over the days of its period and the amount a day said after it
(10月1日至7日，全国预计共发送旅客4.03亿人次，日均5750万人次: 4.03亿 over 7 days is 5757万 a day).

The total is the figure just before 日均, in its clause chain (…X，日均Y); the days are those of a date range (10月1日
至7日, 1月28日至2月3日) in the total's sentence, else the days of its period when that is one month (not February),
else the one length the document's date ranges give. A holiday's length in words (国庆7天假期) is left alone: it is
as often the length of the year compared with (中秋国庆假期 of 8 days against 2022年同期(国庆7天假期)). Unsure of the
days, no relation. A daily amount may be cut, not rounded (83844班 over 7 days, 11977班 a day): one unit of its last
digit either way is allowed.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, interval_text, like, same_unit

# …4.03亿人次，日均5750万人次; …，日均发送旅客1186.8万人次: the daily amount right after its total's clause
_DAILY = re.compile(r"\s*[，,]\s*(?:日均|平均每[天日])\s*(?P<named>[\u4e00-\u9fff]{0,6}?)(?:为|达到?|约|超过?|近)?\s*$")
_TRADED = re.compile(r"成交|交易额|交易量|换手")
_CHANGE_BETWEEN = re.compile(r"\s*[，,]\s*(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期|较去年同期)?"
                             r"(?:增加|减少|增长|下降|增|减)了?\s*")
_RANGE = re.compile(r"(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日?\s*(?:至|到|—|-|–|~)\s*(?:(?P<m2>\d{1,2})月)?"
                    r"(?P<d2>\d{1,2})日")
# A total's period that is one month (1月, 今年10月份): February's days depend on the year
_MONTH = re.compile(r"(?:(?:今年|去年|上年|本年|(?:19|20)\d\d年)\s*)?(?P<month>\d{1,2})\s*月份?")


def daily_average(doc: Doc) -> Iterable[Relation]:
    """X，日均Y: Y times the days of X's period is X, within the rounding of both."""
    if "日均" not in doc.text and "平均每" not in doc.text:
        return
    for index, daily in enumerate(doc.claims[1:], start=1):
        total = doc.claims[index - 1]
        if total["kind"] in ("change", "growth") and index >= 2 and _CHANGE_BETWEEN.fullmatch(
                doc.between(doc.claims[index - 2], total)):
            total = doc.claims[index - 2]  # 累计发送旅客4801万人次，同比增加561万人次，日均…: past the total's change
            joined = _DAILY.fullmatch(doc.between(doc.claims[index - 1], daily))
        else:
            joined = _DAILY.fullmatch(doc.between(total, daily))
        if daily["kind"] != "level" or total["kind"] != "level" or not same_unit(total, daily) or joined is None \
                or not doc.same_sentence(total, daily) or "日均" in doc.before(total, 4) \
                or joined.group("named") not in re.split(r"[，,。；;：:]", doc.before(total, 24))[-1]:
            continue  # 累计加开列车8633列，日均开行9458列: the trains run a day, not the extra ones
        days = None if _TRADED.search(f"{total.get('metric') or ''} {doc.before(total, 24)}") else _days(doc, total)
        if days is None:  # (a market's daily turnover is over its trading days, which the calendar does not tell)
            continue
        low, high = bounds(total)
        implied = (low / days, high / days)
        written_low, written_high = bounds(daily)
        stated = (written_low - (written_high - written_low) / 2, written_high + (written_high - written_low) / 2)
        gap = max(0.0, stated[0] - implied[1], implied[0] - stated[1])
        each = float(f"{(low + high) / 2 / days:.4g}")
        arithmetic = (f"{total['text']} over {days} days is {like(daily, each)} a day "
                      f"({interval_text(implied)} allowing for rounding); stated {daily['text']} a day")
        yield Relation(doc.name, "share_vs_counts", (total, daily), total.get("metric"), stated, implied, gap,
                       arithmetic)


# A period's length told in words beside its dates: (2月2日至3月13日，共40天), 为期7天, 历时40天
_STATED_LENGTH = re.compile(r"(?:共|为期|历时|合计)\s*(\d{1,2})\s*[天日](?![内前后])")
_REACH = 200  # characters either side of a total where its sentence's date range is read (a run-on text is no sentence)


def _days(doc: Doc, claim: dict) -> int | None:
    start, end = doc.sentence(claim)
    window = (max(start, int(claim["start"]) - _REACH), min(end, int(claim["end"]) + _REACH))
    stated = {int(m.group(1)) for m in _STATED_LENGTH.finditer(doc.text, *window)}
    if stated:  # (2月2日至3月13日，共40天: the length told beside the range, whatever February's days)
        return stated.pop() if len(stated) == 1 else None
    ranges = list(_RANGE.finditer(doc.text, *window))
    own = {_length(m) for m in ranges} - {None}
    if len(own) == 1:
        return own.pop()
    if own or ranges:  # (a range of its own of unknown length: not the length of another range of the text)
        return None
    month = _MONTH.fullmatch(str(claim.get("period") or ""))
    if month is not None:  # 1月，民航客运总量为5426万人次，日均175万人次: the month's days, not a holiday's elsewhere
        number = int(month.group("month"))
        return None if number == 2 or not 1 <= number <= 12 else calendar.monthrange(2023, number)[1]
    ranges = getattr(doc, "_day_ranges", None)
    if ranges is None:  # the document's ranges, read once a document, not once a total
        ranges = doc._day_ranges = {_length(m) for m in _RANGE.finditer(doc.text)} - {None}  # type: ignore[attr-defined]
    return next(iter(ranges)) if len(ranges) == 1 else None


def _length(match: re.Match[str]) -> int | None:
    """The days a date range spans, both ends counted (10月1日至7日: 7; 1月28日至2月3日: 7); None across February's
    end, whose length depends on the year (春运 1月26日至3月5日)."""
    first_month, first_day = int(match.group("m1")), int(match.group("d1"))
    last_month = int(match.group("m2") or first_month)
    last_day = int(match.group("d2"))
    if first_month <= 2 < last_month or (last_month < first_month and last_month > 2):
        return None
    try:
        first = datetime.date(2023, first_month, first_day)
        last = datetime.date(2023 if last_month >= first_month else 2024, last_month, last_day)
    except ValueError:
        return None
    days = (last - first).days + 1
    return days if 1 < days <= 62 else None
