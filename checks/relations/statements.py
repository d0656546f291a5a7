"""What sets one statement of a quantity apart from another, though both name it alike.

Official statistics and results give one quantity several ways: in a series (seasonally adjusted, trend, original
terms), adjusted (excluding a one-off, 扣非, 剔除…后), or as the other side of a comparison (compared with growth of
0.4% in the quarter before; 较去年同期的8.65亿元; 从12.5万辆增至1009万辆: the earlier level). Two such figures are
two statements, not one made twice. Each reading looks at a bounded window around the figure in its sentence, so the
work per figure does not grow with the length of a run-on text.
"""

from __future__ import annotations

import re

from checks.relations.base import Doc, metric_key
from checks.relations.stems import holds
from checks.relations.targets import TARGET_NOUN, TARGET_TIME, TARGET_WORDS
from checks.relations.units import in_money

WINDOW = 120  # characters read either side of a figure, within its sentence

# The series of a statistic: a month's rise seasonally adjusted, in trend terms, in original terms, in volume terms;
# a company's growth at constant currency or as reported (up 10.6% on a constant currency basis; up 30.0% on a
# reported basis: two measures of one change).
_SERIES = re.compile(
    r"(?P<sa>seasonally[- ]adjusted|季节调整|季调)|(?P<trend>\btrend\b|趋势值)|(?P<original>original terms|"
    r"unadjusted|not seasonally adjusted|原始值)|(?P<volume>volume terms|chain volume|constant prices|不变价)|"
    r"(?P<currency>constant[- ]currenc(?:y|ies)|constant exchange rates|不变汇率|固定汇率)|"
    r"(?P<reported>reported basis|as reported)", re.IGNORECASE)
_SERIES_WORDS = ("seasonally", "季节调整", "季调", "trend", "趋势值", "original terms", "unadjusted", "原始值",
                 "volume terms", "chain volume", "constant prices", "不变价", "constant", "不变汇率", "固定汇率",
                 "reported basis", "as reported")  # one of which every match holds
# Said of a figure adjusted for something: Excluding this adjustment, …; adjusted EPS; 扣非; 剔除…后; 除汽车以外的.
_ADJUSTED = re.compile(
    r"\b(?:excluding|excludes|ex-items|non-GAAP|pro[- ]forma|underlying)\b|(?<!seasonally )(?<!seasonally-)"
    r"(?<!inflation-)\badjusted\b|剔除|扣除(?!价格)|扣非|不含|"
    r"经调整|调整后|除[^，,。；;\d]{1,12}(?:以)?外|不按(?:照)?[^，,。；;\d]{0,8}会计准则|非[^，,。；;\d]{0,6}会计准则",
    re.IGNORECASE)  # (不按照美国通用会计准则, 每股收益为0.15美元: the non-GAAP figure)
_ADJUSTED_WORDS = ("exclud", "ex-items", "non-gaap", "pro", "underlying", "adjusted", "不含", "调整", "除", "扣非",
                   "会计准则")
# The other side of a comparison, right before a figure: compared with (growth of) 0.4%; versus; 较去年同期的; the
# prior year's figure in brackets.
_COMPARED = re.compile(
    r"(?:compared (?:with|to)|versus|vs\.?|against|up from|down from|(?:improvement|deterioration) (?:from|on|over))"
    # (an improvement from the surplus recorded in June 2017 of R8,7-billion)
    r"\s+(?:(?:a|an|the)\s+)?(?:\w+\s+(?:(?:recorded|reported|posted)\s+)?(?:(?:in|for)\s+\w+(?:\s+\d{4})?\s+)?of\s+)?$"
    r"|(?:比|较)(?:上年|去年|上月|上季度?|前一年|前年)?(?:同期)?的\s*$"
    r"|[(（](?:19|20)\d\d(?:/\d\d)?\s*[:：]\s*$", re.IGNORECASE)  # a results table's comparative: 14.0p (2011: 11.5p)
_COMPARED_ENDS = ("的", ":", "：")
# A level a move started from: 从12.5万辆增至1009万辆, 渗透率从0.2%提升至14%.
_FROM = re.compile(r"从\s*$")
_TO = re.compile(r"\s*[^，,。；;\d]{0,4}?(?:至|到)\s*[-+]?\d")


def _window(doc: Doc, claim: dict) -> tuple[int, int]:
    start, end = doc.sentence(claim)
    return max(start, int(claim["start"]) - WINDOW), min(end, int(claim["end"]) + WINDOW)


def series(doc: Doc, claim: dict) -> str:
    """The series a figure's sentence names near it (sa, trend, original, volume), or ""."""
    start, end = _window(doc, claim)
    if not holds(doc.text[start:end], _SERIES_WORDS):
        return ""
    found = _SERIES.search(doc.text, start, end)
    return (found.lastgroup or "") if found is not None else ""


def adjusted(doc: Doc, claim: dict) -> bool:
    """Whether a figure's sentence says, before it, that it leaves something out (Excluding this adjustment, …)."""
    start = _window(doc, claim)[0]
    return holds(doc.text[start:int(claim["start"])], _ADJUSTED_WORDS) \
        and _ADJUSTED.search(doc.text, start, int(claim["start"])) is not None


def other_side(doc: Doc, claim: dict) -> bool:
    """Whether a figure is what another is compared with (compared with growth of 0.4%; 较去年同期的8.65亿元) or the
    level a move started from (从0.2%提升至14%): an earlier or another figure, not this one's statement."""
    before = doc.before(claim, 64)
    # Every form of _COMPARED ends the words before the figure with a space, 的 or a colon (spaces after them
    # aside): words that end otherwise, as most Chinese figures' do, need not be searched
    if (before[-1:].isspace() or before.endswith(_COMPARED_ENDS)) and _COMPARED.search(before) is not None:
        return True
    if _TARGET_COMPARED.search(before) is not None and _A_TARGET.match(doc.after(claim, 12)) is not None:
        return True  # 覆盖率达92.8%，高于年初85%的目标任务: the target it is held against
    return _FROM.search(before) is not None and _TO.match(doc.after(claim, 12)) is not None


_TARGET_COMPARED = re.compile(rf"(?:{TARGET_WORDS}){TARGET_TIME}?\s*$")
_A_TARGET = re.compile(rf"\s*的?\s*{TARGET_NOUN}")


# What a figure is measured against, said after it: 5.2% higher than the pre-downturn peak; 比全国平均水平高.
_THAN = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:higher|lower|more|less|above|below|greater|smaller|bigger)\s+than\s+"
                   r"(?P<ref>[^,.;:()]{1,60})", re.IGNORECASE)
# A reference that is only an earlier time (than a year earlier, than in 2019, than the same quarter last year).
_A_TIME = re.compile(r"(?:(?:in|on|at)\s+)?(?:(?:a|the|one)\s+)?(?:(?:same|previous|prior|preceding)\s+)?"
                     r"(?:(?:year|month|quarter|week|period)s?\b|last\b|\d{4}\b)", re.IGNORECASE)


def reference(doc: Doc, claim: dict) -> str:
    """What a figure is said to be higher or lower than, when that is not just an earlier time (the peak of 2008),
    lower-cased; "" otherwise. A gap to a peak is not the rise over the quarter before."""
    found = _THAN.match(doc.after(claim, 90))
    if found is None or _A_TIME.match(found.group("ref").strip()):
        exceeding = _EXCEEDING_BY.search(doc.before(claim, 60))  # (… exceeding the value of exports by $53.1 billion)
        return " ".join(exceeding.group("ref").lower().split()) if exceeding else ""
    return " ".join(found.group("ref").lower().split())


# What a figure is the gap to, said before it: imports exceeding the value of exports by $53.1 billion.
_EXCEEDING_BY = re.compile(r"\b(?:exceed(?:ing|ed|s)?|outpac(?:ing|ed|es)|surpass(?:ing|ed|es)?)\s+"
                           r"(?P<ref>[^,.;:()\d]{1,40}?)\s+by\s+$", re.IGNORECASE)


# grew 12% from the previous quarter, 5% on the year: a comparison the reading may not have taken as the basis
COMPARED_AFTER = re.compile(r"\s*,?\s*(?:from|over|on|against|versus|vs\.?|compared|than|year|quarter|month|"
                             r"sequential|较|比|同比|环比)", re.IGNORECASE)


def timed(doc: Doc, claim: dict) -> bool:
    """Whether any figure of the document of the claim's quantity has a time of its own, or its paragraph one (the
    quantities with a time worked out once a document, not once a figure: a long text has thousands)."""
    timed = getattr(doc, "_timed_quantities", None)
    if timed is None:
        timed = {metric_key(c) for c in doc.claims if doc.period(c)}
        doc._timed_quantities = timed  # type: ignore[attr-defined]
    return metric_key(claim) in timed


def quoted(doc: Doc, claim: dict) -> bool:
    """Whether a figure stands inside a quotation of its paragraph (said in a statement: "With … growth of 83% …")."""
    paragraph = doc.paragraph(claim)
    before = doc.text[doc.breaks[paragraph - 1] if paragraph else 0:int(claim["start"])]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
        or before.count("「") > before.count("」")


STATED_REACH = 200  # characters either side of a figure within which its sentence is read for a word it states


# 与去年同期的5420万部相比: an amount of the year before, told beside this year's
A_YEAR_BEFORE = re.compile(r"(?:去年|上年)同期的?\s*$")


def stated_near(doc: Doc, claim: dict, words: str) -> bool:
    """Whether a figure's sentence states ``words`` within STATED_REACH characters of it (its own time, say): a
    bounded read, so that a run-on sentence is not read whole for each of its figures."""
    start, end = doc.sentence(claim)
    return doc.text.find(words, max(start, int(claim["start"]) - STATED_REACH),
                         min(end, int(claim["end"]) + STATED_REACH)) >= 0


_A_CLAUSE_SET_END = re.compile(r"[。！？!?\n；;]")
_PULLED = re.compile(r"(?:上拉|下拉|拉动|拉低|拉高)[^，,。；;]{0,20}$")


def contributor(doc: Doc, claim: dict) -> str:
    """Whose contribution to a whole's growth a figure is (贡献率 118.4%, 上拉增速1.2个百分点): the member named by
    the nearest figure before it in its clauses (电子行业增长12.0%，占比为4.6%，对全区工业增长的贡献率为118.4%: 电子
    行业's), or "". Two members' contributions name the same quantity and the same whole; only the member said
    before each tells them apart."""
    if "贡献" not in str(claim.get("metric") or "") and not _PULLED.search(doc.before(claim, 24)):
        return ""
    for index in range(int(claim["_index"]) - 1, max(-1, int(claim["_index"]) - 6), -1):
        before = doc.claims[index]
        if _A_CLAUSE_SET_END.search(doc.between(before, claim)):
            return ""
        if before.get("segment"):
            return str(before["segment"])
    return ""


def projected(claim: dict) -> bool:
    """Whether a figure is a forecast, a plan or a target rather than a result (NaN: not read, so no)."""
    return bool(claim.get("projected")) and claim["projected"] == claim["projected"]


# Comparable (same-store, like-for-like, organic) growth: a rate of no levels the text gives
_COMPARABLE = re.compile(r"\b(?:comps?|comparable|same[- ]store|like[- ]for[- ]like)\b|\borganic(?:ally)?\s+(?:growth|"
                         r"sales|revenue|basis)", re.IGNORECASE)


def comparable(doc: Doc, rate: dict) -> bool:
    """Whether a rate is of comparable sales: by its name, or by the words right after it in its clause (0.2% comp
    growth; not the organic rate after a comma: Net sales rose 2%, or 6% on an organic basis)."""
    return bool(_COMPARABLE.search(f"{rate.get('metric')} {re.split(r'[,.;]', doc.after(rate, 30))[0]}"))


_PER_SHARE = re.compile(r"\s*,?\s*(?:per|a)\s+(?:diluted\s+|basic\s+)?share\b", re.IGNORECASE)
_CENTS = re.compile(r"(?<!per\s)(?<!per)\bcents?$|¢$", re.IGNORECASE)  # 88 cents, not 1.8 percent or per cent


# A dividend of a few units of money is one per share (the N2.59 interim dividend; an interim dividend of N2.95
# per share), not the sum paid out
_DIVIDEND = re.compile(r"\bdividends?\b", re.IGNORECASE)


def per_share(doc: Doc, claim: dict) -> bool:
    """Whether a figure is an amount per share (88 cents a share, 40 cents per diluted share)."""
    return bool(_PER_SHARE.match(doc.after(claim, 24)) or _CENTS.search(str(claim["text"]))) or (
        claim["kind"] == "level" and 0 < abs(float(claim["value"])) < 100 and in_money(claim)
        and (bool(_DIVIDEND.search(str(claim.get("metric") or "")))
             or _PER_SHARE_BASIS.search(doc.text, doc.sentence(claim)[0], int(claim["start"])) is not None))


# On a per-share basis, the company said it had profit of $1.13: the sentence says the amounts are per share
_PER_SHARE_BASIS = re.compile(r"\bper[- ]share\s+basis\b", re.IGNORECASE)


def levels_differ(first: dict, second: dict) -> bool:
    """Two changes that arrive at levels apart by more than a quarter of the larger are changes of two things."""
    a, b = first.get("level_after"), second.get("level_after")
    if a is None or b is None or not a or not b:
        return False
    low, high = sorted((abs(float(a)), abs(float(b))))
    return low < 0.75 * high


# A figure its sentence says was an earlier state (the policy rate was last increased … to 8.5 percent on May 8; over
# three months ago): not the current figure a lead states, though both name the quantity alike.
_EARLIER = re.compile(r"\b(?:ago|last\s+(?:increased|raised|hiked|cut|lowered|reduced|changed)|previously|"
                      r"at\s+that\s+time)\b", re.IGNORECASE)


_NEAR = 160  # characters either side of a figure, within its sentence, where its time is told


def told_earlier(doc: Doc, first: dict, second: dict) -> bool:
    """Whether one of two figures is told as an earlier state in its sentence and the other is not."""
    said = []
    for claim in (first, second):
        start, end = doc.sentence(claim)
        said.append(_EARLIER.search(doc.text, max(start, int(claim["start"]) - _NEAR),
                                    min(end, int(claim["end"]) + _NEAR)) is not None)
    return said[0] != said[1]


# Words after a figure that make it a difference from a forecast ($59.6 million, or 1.6 percent, more than anticipated):
# its percentage is of the forecast, not of the total stated.
OVER_ESTIMATE = re.compile(r"\s*,?\s*(?:(?P<more>more|higher|above)|less|lower|below)\s+(?:than\s+)?"
                           r"(?:anticipat|expect|estimat|project|budget)", re.IGNORECASE)


_OPENED_BASIS = re.compile(r"\s*(?:从|按)?(?P<basis>环比|同比)(?:来看|看|方面|情况看)[，,：:]")


def opened_basis(doc: Doc, claim: dict) -> str:
    """The basis a figure's paragraph opens with (环比看，9月份…食品价格上涨0.1%: month on month), or ""."""
    paragraph = doc.paragraph(claim)
    found = _OPENED_BASIS.match(doc.text, doc.breaks[paragraph - 1] if paragraph else 0)
    return found.group("basis") if found is not None else ""
