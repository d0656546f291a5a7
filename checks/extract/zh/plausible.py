"""Whether a match of the scanner is a figure or a word that looks like one: a date (2021年), an article (一家), a
time window (近三年, 4小时内), an age group (18—35岁的), a name (2018天猫, 4万亿俱乐部)."""

from __future__ import annotations

import re

from checks.extract.zh.numerals import CN_DIGIT
from checks.extract.zh.units import Unit

# 两年平均增长: the span averaged over; 十年期国债: a term, not a duration stated
_WINDOW_AFTER = re.compile(r"内|之内|以来|来|期间|间|后|前|里|平均|期")
_WINDOW_BEFORE = ("近", "过去", "未来", "最近", "今后", "前", "头", "首", "每", "这", "此后")
_DURATION_VERBS = ("为期", "历时", "用时", "耗时", "仅用", "长达", "持续", "缩短", "延长", "提前", "只用", "需要",
                   "需", "花费", "达")
_LONE_ONE = {"一", "壹"}
# holiday_length: the days of the holiday or season a text's figures are of, a scope and no claim
#   国庆节假日7天，全国国内出游… → 7天; “五一”5天假期 → 5天; 春运40天 → 40天; not 票房连续6天破亿
HOLIDAY_BEFORE = re.compile(r"(?:假期|假日|长假|黄金周|春运|档期)(?:共有|共计|共|为期|为|有)?$")
HOLIDAY_AFTER = re.compile(r"(?:小长假|长假|假期|黄金周)")
# 三元电池, 三元材料: ternary (three-element) battery chemistry, not three yuan
_ELEMENTS_AFTER = ("电池", "材料", "锂", "正极", "前驱体", "动力电池", "体系", "化合物")
_MAGNITUDE_CUES = ("突破", "破", "过", "超", "逾", "达", "近", "上", "到", "至")


def plausible(text: str, m: re.Match[str], unit: Unit) -> bool:
    """Reject what has the form of a quantity but is a date, an article, a time window or an age group."""
    # read in one call: every figure comes here
    numeral_text, lead, bare, unit_text, mid1, tail, n2 = m.group("n1", "lead", "bare", "unit", "mid1", "tail", "n2")
    before = text[max(0, m.start() - 4):m.start()]
    after = text[m.end():m.end() + 2]
    if unit.code == "year" and unit.family == "duration":
        is_digit_run = numeral_text.isdigit() or all(ch in CN_DIGIT for ch in numeral_text)
        if is_digit_run and len(numeral_text) == 4:
            return False  # 2021年, 二〇二一年: a date
        if numeral_text.isdigit() and len(numeral_text) == 2 and re.match(r"[Qq第一二三四上下前全初底末]", after):
            return False  # 25年Q1, 24年上半年: a year written short
    if numeral_text in ("零", "〇") and not lead and unit.family in ("count", "duration", "measure"):
        return False  # 零部件, 零售, 零食: words that start with 零
    if bare is not None and text.startswith("俱乐部", m.end()):
        return False  # 4万亿俱乐部: a name
    if unit_text == "元" and not numeral_text.isdigit() and text.startswith(_ELEMENTS_AFTER, m.end()):
        return False  # 三元电池: a battery's chemistry
    if unit_text == "天" and text.startswith(("猫", "津", "下", "然", "气", "地", "使", "价"), m.end()):
        return False  # 2018天猫: a name
    if not (mid1 or lead or before.endswith(_MAGNITUDE_CUES)) and (
            (len(numeral_text) == 1 and numeral_text != "十") or bare is not None) and not any(
            ch in CN_DIGIT or ch.isdigit() or ch in "几幾余多数" for ch in numeral_text):
        return False  # 千家万户, 百年, 百亿补贴: words, not figures; 突破万亿元 is a figure
    if unit.family == "duration":
        if _WINDOW_AFTER.match(after) and not tail:
            return False
        if before.endswith(_WINDOW_BEFORE):  # one call for the tuple, no generator
            return False
        if lead in ("近", "将近") and not _duration_verb(text, m):
            return False  # 近三年: a window, not "nearly three years"
        if unit_text == "天" and (HOLIDAY_AFTER.match(text, m.end()) or HOLIDAY_BEFORE.search(
                text, max(0, m.start() - 8), m.start())):
            return False  # 国庆节假日7天, 5天假期, 春运40天: the length of the holiday the figures are of
    if unit.family == "score" and (not numeral_text.replace(".", "").isdigit() or before[-1:] in ("点", "时", ":")):
        return False  # 十分 is "very"; 8点30分 is a time
    if unit.family == "age" and (n2 or tail or after[:1] in ("的", "之", "及", "人", "群")):
        return False  # 18—35岁的年轻消费者: a group, not a figure
    return not (numeral_text in _LONE_ONE and not lead and not mid1 and unit.family in ("count", "duration")
                and not _duration_verb(text, m))


def _duration_verb(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 3):m.start()]
    return before.endswith(_DURATION_VERBS)


# A group a bound defines, after the bound and 的 (…的行业大类, …人口的城市, …的家庭).
_GROUP_DEFINED = re.compile(r"的[\u4e00-\u9fff]{0,8}?(?:城市|省份|省|企业|家庭|居民|人口|行业|品牌|房企|银行|地区|国家|"
                            r"人群|用户|商品|产品|车型|住房|户|门类|大类|县|区)")
# A group a bound defines, then its share (月收入1000元以下占5.8%, 1500-2000元之间的占10%, 3000元及以上的家庭占).
_BOUND_SHARE = re.compile(r"(?:之间|以内)?(?:的)?(?:家庭|户|人群|居民|受访者|样本|企业)?(?:各|分别|约)?"
                          r"占(?![用有地领据])")
_BOUNDS = ("over", "at_least", "under", "at_most", "range")
# A class a bound names, right after it (144平方米以上大户型, 90平方米及以下小户型, 100亿元以上企业).
_COUNTERS = "个座家名只件位所项款辆台部次户人"
_CLASS_AFTER = re.compile(r"(?:中等|[大中小超特])?(?:户型|车型|房企|企业|家庭|阵营|品牌|城市)")
# The first of two bounds of one group (5000元以上以及200元以下的家庭各占1%): the next bound, then the group.
_NEXT_BOUND = re.compile(r"\s*(?:以及|和|与|或|、)\s*[\d.]+\s*[\u4e00-\u9fff]{0,3}?(?:及以上|及以下|以上|以下|之间)")


def defines_group(text: str, end: int, qualifier: str) -> bool:
    """Whether a figure ending at ``end`` is the bound of a group rather than a claim: it bounds (超过, 以下, a range)
    and a group follows it (超过500亿元的行业大类, 200元-600元的家庭) or the group's share (1000元以下占5.8%); 90%的
    家庭 is a share, not a bound."""
    if qualifier not in _BOUNDS and not text.startswith(("以上", "以下"), end - 2):
        return False
    paired = _NEXT_BOUND.match(text, end) if text.startswith(("以", "和", "与", "或", "、"), end) else None
    end = paired.end() if paired is not None else end
    if text.startswith("的", end) and _GROUP_DEFINED.match(text, end):
        return True
    # a class right after a bound of a size (144平方米以上大户型), not a count of the class (超过60个品牌, 一百多座城市)
    sized = text.startswith(("以上", "以下"), end - 2) or (qualifier == "range" and text[end - 1] not in _COUNTERS)
    if sized and _CLASS_AFTER.match(text, end):
        return True
    return "占" in text[end:end + 12] and _BOUND_SHARE.match(text, end) is not None
