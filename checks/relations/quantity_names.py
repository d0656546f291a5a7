"""Whether two names of figures name one quantity: the keys restated pairs figures by (a stock's rate is its
balance's), names that end alike (零售额 of 全市网络零售额) unless what sets the longer apart is a member of a
breakdown (一般贸易进出口 is a part of 进出口), and English names too short to tell."""

from __future__ import annotations

import re

from checks.relations.base import Doc, canonical, metric_key
from checks.relations.breakdowns import membership

# A word that alone makes a quantity a kind of another (智能手机 of 手机, 新能源汽车 of 汽车)
_KIND = re.compile(r"智能|5G|4G|新能源|燃油|电动|国产|进口车|二手")
_PER_HEAD = re.compile(r"人均|户均|日均|月均|年均|场均|均$|percapita|perhead|average")


def stock(claim: dict) -> str:
    """A quantity's key; a stock's rate is its balance's (广义货币增长9.7%, 广义货币余额同比增长9.7%), a rate of a
    quantity's size its own (中非贸易规模…同比增长7.4%, 中非贸易同比增长7.4%)."""
    key = metric_key(claim)
    return key[:-2] if claim["kind"] == "growth" and key.endswith(("余额", "规模")) and len(key) > 4 else key


def one_word(claim: dict) -> bool:
    """Whether an English name is a single word (issue, sales, rate), too short to match another by their ends: it
    ends too many names to say that two figures measure one quantity (13% for education in 2013; almost a quarter of
    adults mentioned one issue). Two names match by their ends unless both are English and either is one word."""
    name = str(claim.get("metric") or "")
    return name.isascii() and len(name.split()) < 2


def same_quantity(a: str, b: str, loose: bool) -> bool:
    """Equal names, or one the end of the other (零售额 of 全市网络零售额), long enough to name one quantity: four
    characters, or three where a headline is restated in the text; or the same owner's name before synonyms
    (腾讯营收, 腾讯总收入)."""
    shortest = 3 if loose else 4
    if a == b:
        return True
    if (a.endswith(b) and len(b) >= shortest) or (b.endswith(a) and len(a) >= shortest):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        prefix = longer[:-len(shorter)]
        # 一般贸易进出口 is a part of 进出口, 智能手机出货量 a kind of 手机出货量, 人均地区生产总值 an amount per
        # head of 地区生产总值: none the other restated
        return membership(prefix) is None and not _KIND.fullmatch(prefix) and not _PER_HEAD.search(prefix)
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return shared >= 2 and bool(canonical(a[shared:])) and canonical(a[shared:]) == canonical(b[shared:]) \
        and canonical(a[shared:]) != a[shared:] + "x"


_CJK = re.compile(r"[\u4e00-\u9fff]")


def group_bound(doc: Doc, claim: dict) -> bool:
    """Whether a bound names a group rather than states a level: a noun right after it (4000元以下期望月薪的占比,
    亿元以上企业, 60岁以上的老人), not a clause's end (增长10%以上，)."""
    return str(claim["text"]).endswith(("以下", "以上", "以内")) and _CJK.match(doc.text, int(claim["end"])) is not None


# 新签约亿元以上工业项目219个，总投资1115.2亿元: a count, then what is said of what it counts (past its share and the
# amount before a share: 项目58个、占比26.5%，总投资355.1亿元、占比31.8%), up to the clause's ；
_OF_THE_COUNTED = re.compile(r"[^；;。！？\n\d]{0,16}")
_AMONG = re.compile(r"中\s*[，,]|之中")
_GROUPS = ("个", "家", "项", "所", "座", "只", "款")  # units of a group (not 批次, 人次: counts of events)


def counted_group(doc: Doc, claim: dict) -> float | None:
    """The count a figure is said of, told before it in its clause (项目219个，总投资1115.2亿元: 219), else None: two
    figures of different counted groups (新签约 and 新落地 projects) are two quantities."""
    index = int(claim["_index"])
    later = claim
    for earlier in reversed(doc.claims[max(0, index - 3):index]):
        between = doc.between(earlier, later)
        if not doc.same_sentence(earlier, claim) or not _OF_THE_COUNTED.fullmatch(between) or _AMONG.search(between):
            return None  # (20个省份中，四川以580.42亿元: a member's, among the counted)
        if earlier["unit"] == "count" and earlier["kind"] == "level" and str(earlier["text"]).endswith(_GROUPS):
            return float(earlier["value"])
        later = earlier
    return None
