"""Periods as a year and a part of the year, for telling whether two figures can be of one time."""

from __future__ import annotations

import re
from functools import lru_cache

from checks.relations.base import Doc, plain

_YEAR = re.compile(r"((?:19|20)\d\d)\s*(?:年|财年|fiscal|fy)?", re.IGNORECASE)
_PART_OF_YEAR = (
    (re.compile(r"前三季度|1-9月|1—9月|一至九月|first[- ]nine[- ]months", re.IGNORECASE), "Q1-3"),
    (re.compile(r"上半年|1-6月|一至六月|first[- ]half|h1", re.IGNORECASE), "H1"),
    (re.compile(r"下半年|second[- ]half|h2", re.IGNORECASE), "H2"),
    (re.compile(r"第?一季度|第一季|first[- ]quarter|q1", re.IGNORECASE), "Q1"),
    (re.compile(r"第?二季度|第二季|second[- ]quarter|q2", re.IGNORECASE), "Q2"),
    (re.compile(r"第?三季度|第三季|third[- ]quarter|q3", re.IGNORECASE), "Q3"),
    (re.compile(r"第?四季度|第四季|fourth[- ]quarter|q4", re.IGNORECASE), "Q4"),
    (re.compile(r"全年|年度|full[- ](?:fiscal |financial )?year", re.IGNORECASE), "FY"),
)

_NUMERAL = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _month(numeral: str) -> str:
    """A month's number as digits, whether written 7 or 七 (前七个月 and 前7个月 are one period): 十二 → 12."""
    if numeral.isdigit():
        return str(int(numeral))
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return str(_DIGITS.get(numeral, 0))
    return str((_DIGITS.get(tens, 0) if tens else 1) * 10 + _DIGITS.get(ones, 0))
_MONTHS = re.compile(rf"{_NUMERAL}\s*月?(?:份)?\s*[-—–~～至到]\s*{_NUMERAL}\s*月")  # 1~8月, 1-10月, 1月至9月
# The first months that make a part of the year: 1-9月 is the first three quarters, 1-6月 the first half.
_MONTHS_AS_PART = {"M1-3": "Q1", "M1-6": "H1", "M1-9": "Q1-3", "M1-12": "FY", "M7-12": "H2"}
_FIRST_MONTHS = re.compile(rf"[前首]{_NUMERAL}个?月")  # 前两个月
_MONTH = re.compile(rf"{_NUMERAL}月")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*年(?:度)?\s*")
# An English month alone, with its day or year (March; Sept 30; March 2018), and the first months of a year (the
# first six months of 2023): not a window that ends in a month (three months ended Sept 30 is no September)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = re.compile(r"\s*(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2})?"
                       r"(?:,?\s+(?:19|20)\d\d)?\s*", re.IGNORECASE)
_EN_FIRST_MONTHS = re.compile(r"\bfirst\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
                              r"\s+months\b", re.IGNORECASE)
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11}


def period_parts(period: object) -> tuple[str, str]:
    """A period as (year, part of the year), either empty when unstated: 2020年第三季度 → (2020, Q3);
    三季度 → ("", Q3)."""
    return _period_parts(str(period or ""))


# A document's few periods are asked for again and again (every pair of figures a relation compares): each is
# parsed once, by up to a dozen regular expressions.
@lru_cache(maxsize=1 << 12)
def _period_parts(text: str) -> tuple[str, str]:
    year = _YEAR.search(text)
    part = next((name for pattern, name in _PART_OF_YEAR if pattern.search(text)), "")
    months = _MONTHS.search(text)
    if not part and months:
        part = f"M{_month(months.group(1))}-{_month(months.group(2))}"  # 1~8月, 1-10月
    if not part:
        first_months = _FIRST_MONTHS.search(text)
        part = f"M1-{_month(first_months.group(1))}" if first_months else ""
    if not part:
        month = _MONTH.search(text)
        part = f"M{_month(month.group(1))}" if month else ""
    part = _MONTHS_AS_PART.get(part, part)
    if year and not part and _YEAR_ALONE.fullmatch(text):
        part = "FY"  # 2024年 alone: the whole year
    return (year.group(1) if year else "", part)


def english_months(period: object) -> str:
    """The months an English period spans, as M3 or M1-6 (H1 for the first six months), when it is a month alone or
    a year's first months, else "". Only the months to date read them: to :func:`period_parts`, which every relation
    reads, an English month is no part of a year (two statements "of June" are too often of two quantities that
    the English reading does not yet tell apart)."""
    text = str(period or "")
    month = _EN_MONTH.fullmatch(text)
    if month is not None and month.group("month")[:3].lower() in _EN_MONTHS:
        return f"M{_EN_MONTHS.index(month.group('month')[:3].lower()) + 1}"
    first = _EN_FIRST_MONTHS.search(text)
    if first is not None:
        count = first.group("count")
        months = f"M1-{int(count) if count.isdigit() else _EN_COUNTS[count.lower()]}"
        return _MONTHS_AS_PART.get(months, months)
    return ""


_PAST_YEAR = re.compile(r"去年|上年|前年|last\s+year|the\s+previous\s+year|the\s+prior\s+year", re.IGNORECASE)


def past_year_against_part(a: object, b: object) -> bool:
    """Whether one period is the past year as a whole (去年, last year) and the other a part of a year (2017年上半年):
    not one time."""
    (year_a, part_a), (year_b, part_b) = period_parts(a), period_parts(b)
    return bool((part_b and not year_a and _PAST_YEAR.fullmatch(plain(a) or "")) or (
        part_a and not year_b and _PAST_YEAR.fullmatch(plain(b) or "")))


def years_differ(a: object, b: object) -> bool:
    """Whether two periods name two different years (2012年's share, 2013年's total)."""
    (year_a, _), (year_b, _) = period_parts(a), period_parts(b)
    return bool(year_a and year_b and year_a != year_b)


def compared_with(claims: list[dict], level: dict) -> bool:
    """Whether a level is the earlier level a rate among ``claims`` is measured against (its base_value): a level
    of another time than the rate's own."""
    return any(c.get("base_value") is not None and float(c["base_value"]) == float(level["value"]) for c in claims)


# A time of the year before the one the text speaks of (去年同期, 上年, a year earlier), no year named.
_YEAR_BEFORE = re.compile(r"去年|上一?年|前一年|\b(?:last|prior|previous)\s+year|\ba\s+year\s+(?:earlier|ago|before)",
                          re.IGNORECASE)


def years_apart(a: object, b: object) -> bool:
    """Whether one of two stated periods, naming no year, is the year before's and the other not (去年同期 and
    第三季度)."""
    return bool(plain(a) and plain(b)) and not (period_parts(a)[0] or period_parts(b)[0]) and \
        bool(_YEAR_BEFORE.search(str(a))) != bool(_YEAR_BEFORE.search(str(b)))


# A net flow or balance, netted over its time (净流入, 顺差, net inflow, surplus): a part of a shorter time may
# exceed it, the rest of its time being of the other sign.
NETTED = re.compile(r"净流|净买|净卖|净额|净增|顺差|逆差|差额|结余|\bnet\s+(?:flows?|inflows?|outflows?|buy|sell|"
                    r"purchases?|sales|additions?)\b|surplus|deficit|balance", re.IGNORECASE)


def apart_in_time(whole: dict, whole_period: object, part_period: object) -> bool:
    """Whether a figure before a part is of another time than it in a way that keeps it from being its whole: the
    year before's (see years_apart), or a net figure of a longer time (上半年净流入0.29万亿元，其中二季度单季净流入
    0.79万亿元: the first quarter's outflow is netted in)."""
    return years_apart(whole_period, part_period) or bool(
        plain(whole_period) and plain(part_period) and plain(whole_period) != plain(part_period)
        and NETTED.search(str(whole.get("metric") or "")))


def periods_conflict(a: object, b: object) -> bool:
    """Whether two periods are known to differ: different years, or different parts of a year (an English span of
    months and a month or another span: January to June 2017 is not June 2017)."""
    (year_a, part_a), (year_b, part_b) = period_parts(a), period_parts(b)
    if not (year_a or part_a or year_b or part_b) and plain(a) and plain(b):
        # this afternoon and mid afternoon; 今年 and 去年 (but the latest quarter is the three months ended Sept. 30)
        return plain(a) != plain(b) and not all(_A_QUARTER.match(str(p)) for p in (a, b))
    if years_apart(a, b):
        return True  # 较上一年同期的8.24亿美元 and 第三季度: the year before's quarter and this one's
    spans = [_EN_SPAN.search(str(p or "")) for p in (a, b)]
    first_months = [english_months(p) for p in (a, b)]
    if any(spans) and (months := [_span(s) if s else m for s, m in zip(spans, first_months, strict=True)]) \
            and all(months) and months[0] != months[1]:
        return True
    if all(first_months) and first_months[0] != first_months[1] and not all(
            re.fullmatch(r"M\d+", m) for m in first_months):
        return True  # the first 10 months of 2019 and October 2019; March and the first three months (two months
        # alone are not told apart, as before: June 2017 and May 2017)
    if any(part and re.fullmatch(r"M\d+", months or "") for part, months in ((part_a, first_months[1]),
                                                                           (part_b, first_months[0]))):
        return True  # the first half of this year and June: a part of a year is no month of it
    days = [_days(p) for p in (a, b)]
    if all(days) and days[0] != days[1]:
        return True  # 9月12日至15日 and 9月15日: the holiday's four days and its last
    return bool(year_a and year_b and year_a != year_b) or bool(part_a and part_b and part_a != part_b)


_DAYS = re.compile(r"(?:(?P<month>\d{1,2})月)?(?P<first>\d{1,2})日(?:\s*(?:至|到|[-—–~－])\s*"
                   r"(?:(?P<to_month>\d{1,2})月)?(?P<last>\d{1,2})日?)?")


def _days(period: object) -> tuple[str, ...] | None:
    """The days a Chinese period names, as (month, first day, month, last day), or None when it names no day."""
    found = _DAYS.search(str(period or ""))
    if found is None:
        return None
    month = found.group("month") or ""
    return month, found.group("first"), found.group("to_month") or month, found.group("last") or found.group("first")


# The report's own quarter, said without its name: the latest quarter, the quarter, the three months ended Sept. 30.
_A_QUARTER = re.compile(r"(?:the\s+)?(?:(?:latest|most\s+recent|this)\s+)?quarter$|(?:the\s+)?three\s+months\s+"
                        r"(?:ended|ending|to)\b", re.IGNORECASE)
_EN_SPAN = re.compile(r"(?P<first>January|February|March|April|May|June|July|August|September|October|November|"
                      r"December)(?:\s+(?:to|through)\s+|\s*[-–—]\s*)(?:\d{1,2}\s+)?(?P<last>January|February|March|"
                      r"April|May|June|July|August|September|October|November|December)", re.IGNORECASE)


def _span(found: re.Match[str]) -> str:
    first, last = (_EN_MONTHS.index(found.group(end)[:3].lower()) + 1 for end in ("first", "last"))
    return _MONTHS_AS_PART.get(f"M{first}-{last}", f"M{first}-{last}")  # January to June: the first half


def same_time(a: object, b: object) -> bool:
    """Whether two periods are both stated and name one part of the year (2018年10月份 and 10月份)."""
    (year_a, part_a), (year_b, part_b) = period_parts(a), period_parts(b)
    return bool(part_a) and part_a == part_b and not (year_a and year_b and year_a != year_b)


_SINCE = re.compile(r"\b(?:than\s+for|compared\s+with|compared\s+to|from)\s+(?P<period>(?:January|February|March|April|"
                    r"May|June|July|August|September|October|November|December)\s+to\s+[A-Z][a-z]+\s+(?:19|20)\d\d)")


def compared_apart(doc: Doc, first: dict, second: dict) -> bool:
    """Whether two figures are compared with two different spans of months (two releases' figures)."""
    spans = {compared_with_period(doc.text, doc.sentence(c), int(c["start"])) for c in (first, second)} - {""}
    return len(spans) == 2


def compared_with_period(doc_text: str, sentence: tuple[int, int], at: int) -> str:
    """The span of months a sentence compares its figure at ``at`` with (37,000 more than for July to September
    2016), "" if none, read near the figure: two statements compared with two spans are of two releases' periods,
    not one figure restated."""
    found = _SINCE.search(doc_text, max(sentence[0], at - 300), min(sentence[1], at + 300))
    return found.group("period") if found else ""


def reached_from(doc: Doc, first: dict, second: dict) -> bool:
    """Whether one figure is the level a change in its sentence reached from an earlier level of the time the other
    figure states as its own (fell 5.6% to US$62 billion from a revised US$65.64 billion in February … February's
    shortfall was previously estimated at US$65.74 billion: March's deficit and February's)."""
    for level, other in ((first, second), (second, first)):
        own = plain(other.get("period"))
        if not own:
            continue
        sentence = doc.in_sentence(level)
        for change in sentence:
            if change.get("level_after") is None or change.get("base_value") is None \
                    or float(change["level_after"]) != float(level["value"]):
                continue
            base = next((c for c in sentence if c is not level and float(c["value"]) == float(change["base_value"])),
                        None)
            if base is not None and plain(doc.period(base)) == own:
                return True
    return False


_TO_DATE = re.compile(r"以来|累计|year[- ]to[- ]date|so far this year|\bYTD\b", re.IGNORECASE)


def one_to_date(a: object, b: object) -> bool:
    """Whether one period is a span to date and the other a part of the year (今年以来 and 9月)."""
    spans = [bool(_TO_DATE.search(str(p or ""))) for p in (a, b)]
    return spans[0] != spans[1] and bool(period_parts(b if spans[0] else a)[1])


# A part of a year named in an English period (December 2016, in the fourth quarter, first half).
_PART_EN = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"quarter|half)\b")
_BARE_YEAR = re.compile(r"(?:in\s+|for\s+)?(?:19|20)\d\d")


def year_and_its_part(first: dict, second: dict) -> bool:
    """December 2016's deficit and 2016's, 9月's and 今年以来's: a part of a year is no restatement of the year's."""
    periods = [str(c.get("period") or "").strip() for c in (first, second)]
    bare = [bool(_BARE_YEAR.fullmatch(p)) for p in periods]
    parted = [not year_alone and (bool(_PART_EN.search(period)) or bool(period_parts(period)[1]))
              for period, year_alone in zip(periods, bare, strict=True)]
    return (bare[0] and parted[1]) or (bare[1] and parted[0]) or one_to_date(*periods)


def month_a_year_apart(a: object, b: object) -> bool:
    """Whether one period is a month alone and the other the same month with its year (exports in September, and in
    September 2023): in a text's body, this year's month against the year before's."""
    (year_a, _), (year_b, _) = period_parts(a), period_parts(b)
    months = [english_months(p) for p in (a, b)]
    return bool(all(months) and months[0] == months[1] and bool(year_a) != bool(year_b))


# A sentence about the same time a year before: That compared with a loss of $770,691 on sales of $511,301 a year
# earlier; 上年同期为1.2亿元
_A_YEAR_BEFORE = re.compile(r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)|\b(?:last|previous|prior)\s+year|上年同期|"
                            r"去年同期", re.IGNORECASE)


_NEAR_A_YEAR = 160  # characters either side of a figure where its sentence's "a year earlier" is looked for


def of_a_year_before(doc: Doc, claim: dict) -> bool:
    """Whether a figure of no time of its own stands in a sentence of levels only about the time a year before, so
    that the time carried to it from the sentences before is not its own (a sentence with a movement, rose 9% to
    $17.6bn from $16bn last year, tells this year's level beside last year's)."""
    if plain(claim.get("period")):
        return False
    start, end = doc.sentence(claim)  # (read near the figure: a run-on text is one sentence)
    return _A_YEAR_BEFORE.search(doc.text, max(start, int(claim["start"]) - _NEAR_A_YEAR),
                                 min(end, int(claim["end"]) + _NEAR_A_YEAR)) is not None \
        and all(c["kind"] == "level" for c in doc.near(claim, 4) if doc.same_sentence(c, claim))


_NAMED_YEAR = re.compile(r"((?:19|20)\d\d)\s?年")


def _year_unsaid(doc: Doc, first: dict, second: dict) -> tuple[str, dict, str] | None:
    """(the period without its year, its figure, the other's year) when two figures' periods are the same part of a
    year and only one names its year (2017年1月 and 今年1月份; 2019年第三季度 and 第三季度), else None."""
    periods = str(doc.period(first) or ""), str(doc.period(second) or "")
    (year_a, part_a), (year_b, part_b) = period_parts(periods[0]), period_parts(periods[1])
    if part_a != part_b or not part_a or bool(year_a) == bool(year_b):
        return None
    return (periods[1], second, year_a) if year_a else (periods[0], first, year_b)


def this_year(doc: Doc, first: dict, second: dict) -> bool:
    """Whether two figures' periods are one, one of them said of this year (2017年1月 and 今年1月份, in a text whose
    latest year named is 2017), or with no year after text whose last year named is the other's (2020年4月，…同比增长
    17.2%。…4月国内智能手机出货量同比增长17.2%: 2020's April): the same part of the year, one with the year."""
    unsaid = _year_unsaid(doc, first, second)
    if unsaid is None:
        return False
    relative, unnamed, year = unsaid
    if relative.startswith(("今年", "本年")):
        return year == _latest_year(doc.text)
    told = _ANY_YEAR.findall(doc.text, max(0, int(unnamed["start"]) - 400), int(unnamed["start"]))
    return bool(told) and told[-1] == year


def periods_differ(doc: Doc, first: dict, second: dict) -> bool:
    """Whether two figures' periods are known to differ (periods_conflict), or are the same part of two years: one of
    them this year (今年前三季度 and 2023年前三季度, in a text whose latest year named is 2024), or with no year, told
    after another year only (发布了2020年第三季度财报…第三季度…, and 2019年第三季度 paragraphs later)."""
    if periods_conflict(str(doc.period(first) or ""), str(doc.period(second) or "")):
        return True
    unsaid = _year_unsaid(doc, first, second)
    if unsaid is None:
        return False
    relative, unnamed, year = unsaid
    named = _first_named(doc.text)  # (the text before the figure read once a text, not once a pair)
    if any(at < int(unnamed["start"]) for at in named.values()) and named.get(year, len(doc.text)) >= int(
            unnamed["start"]):
        return True  # 发布了2020年第三季度财报…第三季度…: 2020's quarter, not the 2019年第三季度 told later
    latest = _latest_year(doc.text)
    if relative.startswith(("今年", "本年")):
        return bool(latest) and year != latest
    # (DISH added 28,000 in the third quarter …, 75,000 in the third quarter 2013, in a report that named 2014 first:
    # the quarter without its year is the report's, the latest year told before it)
    return bool(latest) and year < latest and named.get(latest, len(doc.text)) < int(unnamed["start"])


@lru_cache(maxsize=16)
def _first_named(text: str) -> dict[str, int]:
    """Where a text first names each year (2020年)."""
    first: dict[str, int] = {}
    for found in _ANY_YEAR.finditer(text):
        first.setdefault(found.group(1), found.start())
    return first


_ANY_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


@lru_cache(maxsize=16)  # asked for every pair of figures of one month, one with its year and one with 今年
def _latest_year(text: str) -> str:
    """The latest year a text names (2017年), else ""."""
    return max(_NAMED_YEAR.findall(text), default="")
