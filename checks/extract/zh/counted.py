"""What a Chinese count counts, read after it: the noun counted (200个品牌), cut where a quantity of the group
begins (3万个中小品牌销量增长200% counts 中小品牌), the group described by the figure said of each of its members
(4个省份旅游总收入超过80亿元 counts the 省份 whose 旅游总收入 is over 80亿元), without the 外 of a 除…外 clause, and
the one who brings what is counted (京东邀请超过200个品牌: 京东's)."""

from __future__ import annotations

import re

from checks.extract.zh.measure import RECEIVING, clean, is_quantity, split

# brought: the one who brings what a count counts, right before it (京东邀请超过200个品牌参与; 活动吸引3万名游客)
BRINGING_VERBS = ("邀请", "吸引", "联合", "携手", "组织", "招募", "帮助", "助力")
BRINGING_VERB = re.compile("|".join(BRINGING_VERBS))
BRINGING = re.compile(r"(?:^|[，,。；;：:\s])(?P<owner>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:共|累计|已|还|再)?"
                      rf"(?:{'|'.join(BRINGING_VERBS)})了?\s*$")
# A public body right before a count owns what it counts (省政府51件民生实事; 市政府20件)
_ORGANISATIONS = ("政府", "人大", "政协", "党委", "市委", "省委", "县委", "区委")
_BODY_BEFORE = re.compile(rf"(?:^|[，,。；;：:\s])(?P<owner>[\u4e00-\u9fff]{{0,6}}(?:{'|'.join(_ORGANISATIONS)}))\s*$")
# counted_group: the group a count counts, before a quantity of the group's (3万个中小品牌销量 → 中小品牌)
COUNTED_GROUP = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|品牌|商家|商户|厂商|门店|店铺|机构|单位|城市|省份|银行)")
# each_over: the quantity and the figure said of each of the group, up to the clause's end
#   4个省份旅游总收入超过80亿元 → 旅游总收入超过80亿元
EACH_OVER = re.compile(r"(?P<quantity>[\u4e00-\u9fff]{2,10}?)(?P<bound>超过|超|突破|逾|达到|达|不足|低于|高于)"
                       r"(?P<figure>[\d.]+[\u4e00-\u9fff]{1,4}|[千百万亿]{1,3}[\u4e00-\u9fff]{0,3})(?=[，,。；;]|$)")


# predicated: the members of a breakdown counted by what they did (34个行业盈利; 37个行业利润同比增长, 1个行业亏损下降):
# the count is of the members that did it, not of the members, nor a quantity of theirs
#   行业利润同比增长， → 利润同比增长的行业; 行业盈利。 → 盈利的行业
_PREDICATED_GROUPS = ("行业", "企业", "公司", "城市", "省份", "地区", "省区市", "门类", "大类")
PREDICATED = re.compile(rf"(?P<group>{'|'.join(_PREDICATED_GROUPS)})"
                        r"(?P<did>[\u4e00-\u9fff]{0,8}?(?:盈利|亏损|扭亏为盈|扭亏|由亏转盈|由盈转亏|增长|增加|下降|减少|"
                        r"上涨|下跌|回升|收窄|扩大))(?=[，,。；;、]|$)")


def predicated(text: str, after: int) -> str | None:
    """The members counted by what they did (盈利的行业), when the words after a count at ``after`` say it."""
    if not text.startswith(_PREDICATED_GROUPS, after):
        return None  # most counts are of something else: a look at the next characters is the cheap answer
    did = PREDICATED.match(text, after, after + 24)
    return f"{did.group('did')}的{did.group('group')}" if did is not None else None


def counted(text: str, after: int, noun: str, before: str) -> tuple[str | None, str | None]:
    """The noun a count counts, read from ``noun`` (the words after the figure, from ``after``), and the one who
    brings it when the words before the figure name one."""
    if noun.endswith("外") and "除" in before:
        noun = re.sub(r"(?:以|之)?外$", "", noun)  # 除推出10项举措外: the measures, not 外
    did = predicated(text, after)
    grouped = COUNTED_GROUP.match(noun) if did is None else None
    if did is not None:
        noun = did  # 14个行业减少: the industries whose figure fell
    elif grouped is not None:
        rest = after + grouped.end()
        each = EACH_OVER.match(text, rest, rest + 24)
        if each is not None and (is_quantity(each.group("quantity")) or each.group("quantity").startswith(RECEIVING)):
            noun = f"{text[rest:each.end()]}的{grouped.group(0)}"  # the group, by what is said of each of it
        elif is_quantity(noun[grouped.end():]):
            noun = grouped.group(0)  # 3万个中小品牌销量增长200%: the brands are counted, not their 销量
    owner = None
    if before.endswith(_ORGANISATIONS):  # 省政府51件民生实事, 市政府20件: the body whose they are
        bodied = _BODY_BEFORE.search(before)
        owner = bodied.group("owner") if bodied is not None else None
    elif BRINGING_VERB.search(before):  # one search for the verbs, no generator over them
        bringer = BRINGING.search(before)  # 京东邀请超过200个品牌: 京东 brings them, the brands are counted
        owner = split(clean(bringer.group("owner"))).metric if bringer is not None \
            and clean(bringer.group("owner")) else None
    return noun or None, owner
