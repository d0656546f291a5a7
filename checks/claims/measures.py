"""What a figure measures as one key (the claims table's `measure` column): its owner, member, quantity, period and
basis, each normalised, so that two statements of one quantity have the same key and two different quantities do
not. Spacing, punctuation and case are taken out; names of one owner (全国, 我国, 中国) and of one quantity (营业收入,
营收; revenue, sales) are made one; a pronoun (公司, the company) names no owner; year-on-year and period-on-period
bases are named alike in every wording (同比, 较上年同期, year on year; 环比, month on month)."""

from __future__ import annotations

import re
from functools import lru_cache

_PLAIN = re.compile(r"[\s，,。；;：:、“”\"'‘’（）()《》\-–—.]")
# Names of one quantity, for finding a total or a whole by its name (not for deciding a restatement).
SYNONYMS = (
    ("营业收入", "营收", "收入", "总收入", "总营收", "营业总收入", "营业额", "revenue", "revenues", "sales", "turnover",
     "netsales", "totalrevenue", "totalrevenues", "营收规模", "营业收入规模", "收入规模"),
    ("销量", "销售量", "总销量", "销售总量"),
    ("净利润", "归母净利润", "净利", "netincome", "netprofit", "profit", "earnings"),
    ("gdp", "地区生产总值", "国内生产总值", "生产总值", "经济总量"),
    ("社会消费品零售总额", "社零总额", "消费品零售额", "零售额", "社会消费品零售额"),
    ("进出口", "进出口总值", "进出口总额", "外贸进出口", "货物贸易进出口总值", "贸易总值", "外贸总值", "外贸进出口总值",
     "外贸进出口总额", "贸易总额", "总贸易", "总贸易额"),
    ("游客", "旅游者", "游客人数", "旅游者人数", "旅游人数"),
    ("passengers", "pax", "passengertraffic", "passengernumbers"),  # pax: the trade's word in headlines
    ("unemployment", "jobless", "joblesstotal", "unemployed", "numberofunemployed", "失业人数", "失业人口"),
    ("unemploymentrate", "joblessrate"),
    ("employment", "jobs", "totalemployment"),
    # an airline's traffic is its revenue passenger miles (kilometres); its capacity, its available seat miles
    ("traffic", "revenuepassengermiles", "revenuepassengerkilometres", "revenuepassengerkilometers", "rpms", "rpks"),
    ("capacity", "availableseatmiles", "availableseatkilometres", "availableseatkilometers", "asms", "asks"),
)
_CANONICAL = {_PLAIN.sub("", name).lower(): group[0] for group in SYNONYMS for name in group}
# Names of one owner: the country as 全国, 我国, 中国 or 国内; a pronoun names no one.
OWNERS = {"我国": "全国", "中国": "全国", "国内": "全国", "全国": "全国",
          # the indexes' short names, as headlines write them (恒指收跌2.28%: 香港恒生指数…跌幅2.28%)
          "恒指": "恒生指数", "香港恒生指数": "恒生指数", "国指": "恒生国企指数", "国企指数": "恒生国企指数",
          "沪指": "上证指数", "上证综指": "上证指数", "深成指": "深证成指", "创业板指": "创业板指数"}
PRONOUNS = {"公司", "该公司", "集团", "该集团", "本行", "该行", "本公司", "thecompany", "company", "thegroup", "group"}
_YEAR_ON_YEAR = re.compile(r"同比|按年|上年|去年|同期|year[- ]on[- ]year|from a year|a year (?:earlier|ago)|annual",
                           re.IGNORECASE)
_PERIOD_ON_PERIOD = re.compile(r"环比|按季|按月|上季|上月|上一季度|month[- ]on[- ]month|quarter[- ]on[- ]quarter|"
                               r"previous (?:month|quarter)|sequential", re.IGNORECASE)


def plain(text: object) -> str:
    return _plain(str(text or ""))


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> str:
    """Spacing, punctuation and case taken out (asked for the same few metrics and owners again and again)."""
    return _PLAIN.sub("", text).lower()


def canonical(name: object) -> str:
    """A quantity's name with synonyms made one (营业收入 and 营收; revenue and sales), for finding totals."""
    key = shortened(plain(name))
    return _CANONICAL.get(key, key)


def shortened(name: str) -> str:
    """A plain name with the words releases shorten written short: 规模以上工业 as 规上工业."""
    return name.replace("规模以上", "规上") if "规模以上" in name else name


# The text's own place, named by a pronoun of its level: 该镇, 全镇, 本镇 and 我镇 are one town.
_OWN_PLACE = re.compile(r"[该全本我](?P<level>[省市县区镇乡州旗])")


def owner(subject: object) -> str:
    """Who a figure is about, normalised (我国 and 全国 are one owner; 该镇 and 全镇 one town); a pronoun (公司, the
    company) names no one."""
    name = plain(subject)
    if name in PRONOUNS:
        return ""
    own_place = _OWN_PLACE.fullmatch(name)
    if own_place:
        return f"全{own_place.group('level')}"
    if name.startswith("我国") and len(name) > 2:  # 我国新能源 and 全国新能源 (中国… may be a firm)
        return "全国" + name[2:]
    return OWNERS.get(name, name)


def basis(text: object) -> str:
    """A comparison's basis named alike in every wording: 同比 for year on year, 环比 for period on period."""
    return _basis(str(text)) if text else ""


@lru_cache(maxsize=1 << 12)
def _basis(text: str) -> str:
    """(the same few bases, 同比 and 较上年同期, are asked for by most figures of a corpus)"""
    if _PERIOD_ON_PERIOD.search(text):
        return "环比"
    if _YEAR_ON_YEAR.search(text):
        return "同比"
    return plain(text)


def measure_key(subject: object, segment: object, metric: object, period: object, compared: object) -> str | None:
    """The key of what a figure measures, `owner|member|quantity|period|basis`; None when no quantity is read."""
    quantity = canonical(metric)
    if not quantity:
        return None
    return "|".join((owner(subject), plain(segment), quantity, period_key(period), basis(compared)))


def period_key(period: object) -> str:
    """A period named alike in its written forms: 1-9月份 and 1—9月 are one."""
    return plain(period).replace("月份", "月")
