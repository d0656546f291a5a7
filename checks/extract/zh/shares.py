"""Of what a Chinese share is: the whole named before it (占全部订单的23.5%) and the group a bound defines
(月收入1000元以下占5.8%: the share of those whose income is below 1000元)."""

from __future__ import annotations

import re

from checks.extract.grammar import Rule
from checks.extract.zh.measure import clean

# What a share is of: 占社会消费品零售总额的比重, 在全部订单中占比.
_WHOLE = re.compile(
    r"(?<!应)(?:占|占据|占到|占了)(?!比)(?P<a>[^，,。；;占]{2,24}?)(?:的)?(?:比重|比例|份额|总量|总数|总额|)?\s*(?:分别)?(?:为|达|达到|是|约)?\s*$"
    # 在电信主营业务收入中所占的比重从上年同期的(31.37%): the whole, then the earlier share the change starts from
    r"|在(?P<b>[^，,。；;在]{2,20}?)中(?:所占)?(?:的)?(?:占比|比重|份额)(?:分别)?"
    r"(?:为|达|达到|是|由|从(?:上年同期|去年同期|上年|去年|上月|上季度)?的?)?\s*$")

_NUMBER = r"\d[\d.,]*\s*(?:万|千|百|亿)?"
_UNIT = r"(?:元|平方米|岁|人|家|辆|台|件|小时|分钟|天|个月|年|公里|千克|吨)?"
_BOUNDED = re.compile(r"以上|以下|以内|[~～\-—至到]")
# A bound that defines a group (1000元以下, 1000~3000元之间, 3000元及以上, 200元-600元的家庭), then the group's share;
# quantities.py keeps the bound itself out of the claims.
BOUND_GROUP = Rule(
    "bound_group_share",
    rf"(?P<bound>{_NUMBER}{_UNIT}(?:\s*[~～\-—至到]\s*{_NUMBER}{_UNIT})?(?:及|或)?(?:以上|以下|以内)?)"
    r"(?P<between>之间|以内)?(?:的)?(?:家庭|户|人群|居民|受访者|样本|企业)?(?:各|分别|约)?占(?:比)?(?:为|达)?\s*$",
    # a bound must bound (以上, 以下, a range, 之间): 营收3000元占 names an amount, no group
    lambda m: m.group("bound").replace(" ", "") if _BOUNDED.search(m.group("bound")) or m.group("between") else None,
    (("1000元以下占", "1000元以下"), ("1000~3000元之间占", "1000~3000元"), ("3000元及以上的家庭占", "3000元及以上"),
     ("营收3000元占", None)),
)


def whole_before(phrase: str) -> str | None:
    """What a share is a share of, when the words before it name it (占全部订单的 → 全部订单)."""
    found = _WHOLE.search(phrase)
    if found is None:
        return None
    whole = clean(found.group("a") or found.group("b") or "")
    return None if whole in _SHARE_WORDS else whole  # 所占份额为22.7%: 份额 names the share, no whole


_SHARE_WORDS = {"比重", "比例", "份额", "份额为", "比重为", "比例为"}


def bound_group(phrase: str) -> tuple[str, str] | None:
    """The bound that defines the group a share is of, and the words before it, when a phrase ends with one and 占
    (城镇受访者月收入1000元以下占 → 1000元以下, 城镇受访者月收入); a bound must bound (以上, 以下, a range)."""
    if "占" not in phrase[-6:] or not any(ch.isdigit() for ch in phrase):
        return None  # most phrases end otherwise: a plain test before the pattern
    found = BOUND_GROUP.compiled.search(phrase)
    bound = BOUND_GROUP.produce(found) if found is not None else None
    return (bound, phrase[:found.start()]) if found is not None and bound is not None else None
