"""Members of a breakdown named as categories of goods (日用品类, 石油及制品类) and the frame that names the total they
are members of (在限额以上单位商品零售额中，…): the member is the figure's segment, the total's quantity its metric.

Each rule is a small named pattern with its examples, in the manner of :mod:`checks.extract.grammar`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.extract.zh.measure import Measure, clean, is_member, is_quantity, split

# category: a class of goods, its name ending in 类, then, optionally, the quantity it is given in
#   粮油食品类商品零售额 → 粮油食品类 + 商品零售额; 日用品类 → 日用品类; 家用电器和音像器材类 → the whole name
#   限上法人单位基本生活类商品零售额 → 基本生活类 + 限上法人单位商品零售额 (the scope stays with the quantity)
# not a determiner's class (各类, 此类, 两类), a bare word that ends alike (品类, 人类: two characters) nor a rank of
# classes (行业大类, 门类)
#   我市食品烟酒类价格 → 食品烟酒类 + 价格, 我市's (a deictic owner first)
CATEGORY = re.compile(r"(?P<owner>[全我本该][国省市区县州])?(?P<scope>.{2,12}?(?:单位|以上|限上|规上))?"
                      r"(?P<member>(?![各此该这那某多几两一二三四五六七八九十每其本])[\u4e00-\u9fff、和及]{2,10}?(?<![大门小种分])类)"
                      r"(?P<rest>[\u4e00-\u9fff]{2,10})?")
# among_total: a clause that opens a sentence and names the total its items are members of
#   在限额以上单位商品零售额中，石油及制品类同比增长22.0% → 限额以上单位商品零售额
AMONG_TOTAL = re.compile(r"\s*(?:其中[，,]?)?在(?P<total>[^，,。；;：:\d在中]{2,24})中[，,]")


# industry_item: an industry named alone before its change, in a sentence that lists parts after 其中
#   四大支柱产业产值合计增长27.5%，其中新型建材产业增长40.9%、医药食品产业增长21.2% → 新型建材产业, 医药食品产业
#   (a member of the total just read, though its name may end as a firm's does: 医药食品 is no owner)
INDUSTRY_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}(?:产业|行业|板块)")


# named_after_among: a member named alone right after 其中, no quantity in its name, the figure right after it
#   手机出货量2323.8万部，同比下降34.1%，其中，5G手机1792.0万部 → 5G手机 (of 手机出货量, the whole's quantity)
#   (not 其中出口1.32万亿元: 出口 names a quantity of its own)
NAMED_AFTER_AMONG = re.compile(r"其中[，,：:]?\s*(?P<member>[^，,。；;：:\s]{2,8}?)\s*"
                               r"(?:为|达|达到|有|共|共有|累计)?\s*$")


# A word that ends the name of a quantity, though is_quantity reads the words alone as an action's (出口, 零售)
QUANTITY_WORD_END = re.compile(r"(?:出口|进口|零售|销售|票房|面积|投资|消费|支出|收入|项目|产量|销量|人次|人数|旅客)$|"
                               r"预计|发送|完成|实现|接待|运输")  # (铁路预计发送旅客: a quantity and a verb)


def industry_item(phrase: str | None, text: str, sentence_start: int, before: int, moved: bool,
                  whole: Callable[[], str | None]) -> bool:
    """Whether a phrase is only an industry's name, in a sentence that names the parts of a total after 其中 (its
    change), or a member named alone right after 其中 (see NAMED_AFTER_AMONG) that shares a word with the quantity
    ``whole`` names (5G手机 of 手机出货量)."""
    if not phrase:
        return False
    if moved and INDUSTRY_ITEM.fullmatch(phrase) is not None:
        return text.find("其中", sentence_start, before) >= 0
    if text.find("其中", max(sentence_start, before - 16), before) < 0:
        return False  # (a window of the member's width: a run-on sentence is not read back for every figure)
    named = NAMED_AFTER_AMONG.search(text, max(sentence_start, before - 16), before)
    if named is None or named.group("member") != phrase or is_quantity(phrase) or QUANTITY_WORD_END.search(phrase):
        return False
    of = whole() or ""
    # (北京平均招聘薪酬 of 平均薪酬 ends as the quantity does: a member and the quantity, read as such elsewhere)
    return not phrase.endswith(of[-2:]) and any(phrase[at:at + 2] in of for at in range(len(phrase) - 1))


def category(phrase: str | None) -> tuple[str, str | None, str | None] | None:
    """A class of goods, the quantity named after it and a deictic owner before it, when the phrase is one
    (粮油食品类商品零售额)."""
    if not phrase or "类" not in phrase:
        return None
    found = CATEGORY.fullmatch(phrase)
    if found is None:
        return None
    rest = found.group("rest")
    return found.group("member"), (found.group("scope") or "") + rest if rest else None, found.group("owner")


def among_total(text: str, sentence_start: int, before: int) -> str | None:
    """The total a sentence's opening clause names its items as members of (在…中，), when it opens so."""
    if not text.startswith(("在", "其中"), sentence_start) and not text[sentence_start:sentence_start + 4].lstrip() \
            .startswith(("在", "其中")):
        return None  # most sentences open otherwise: a look at their first characters is the cheap answer
    found = AMONG_TOTAL.match(text, sentence_start, before)
    return found.group("total") if found is not None else None


# bound_class: a class a bound defines, named before a figure's quantity
#   营收达亿元以上企业共实现营业收入 → 营收达亿元以上企业 + 共实现营业收入
BOUND_CLASS = re.compile(r"(?:以上|以下)(?:中等|[大中小超特])?(?:户型|车型|房企|企业|家庭|阵营|品牌|城市)")


def bound_class(phrase: str) -> tuple[str, str] | None:
    """The class a bound defines (亿元以上企业) and the words after it, when the phrase opens with one."""
    if "以上" not in phrase and "以下" not in phrase:
        return None
    found = BOUND_CLASS.search(phrase)
    return None if found is None else (phrase[:found.end()], phrase[found.end():])


def of_total(text: str, measure: Measure, sentence_start: int, start: int,
             member_metric: Callable[[], str | None]) -> Measure | None:
    """A member of a breakdown of goods (粮油食品类商品零售额增长10.4%，日用品类增长16.8%; 在限额以上单位商品零售额中，
    新能源汽车增长75.3%): the member is the segment, of the quantity its own words name, else of the total its
    sentence opens with, else (a class of goods) of the quantity of the figure just before (``member_metric``)."""
    if measure.segment is not None or not measure.metric:
        return None
    classed = category(measure.metric)
    if classed is not None and classed[1] is not None:
        return Measure(classed[1], measure.subject or classed[2], classed[0]) if is_quantity(classed[1]) else None
    total = among_total(text, sentence_start, start)
    if (classed is None and total is None) or is_quantity(measure.metric):
        return None  # no class and no total (most phrases): the cheap tests first
    named = split(clean(total)).metric if total is not None else None
    if named is not None and is_quantity(named):
        return Measure(named, measure.subject, measure.metric)
    named = member_metric() if classed is not None else None
    return Measure(named, measure.subject, classed[0]) if named is not None and classed is not None else None


PARALLEL_NAME = 6  # the longest bare name read as a member parallel to the one before


def parallel_member(name: str, earlier: str, earlier_member: str | None) -> tuple[str, str] | None:
    """The quantity and the member a bare name stands for when the figure before it in its sentence measured a
    parallel member's quantity (甲平台占比为55.1%，乙平台为25.3%: 乙平台's 占比; 轻型68例，中型42例): the name
    and the earlier one's member end alike, and what follows that member in the earlier quantity is a quantity."""
    if not 2 <= len(name) <= PARALLEL_NAME or is_quantity(name):
        return None
    if earlier_member is not None:  # …，乙平台为25.3%，丙平台为9.1%: of the quantity the member before was read in
        return (earlier, name) if earlier_member[-2:] == name[-2:] and earlier_member != name else None
    for end in range(len(earlier) - 2, 1, -1):
        member, quantity = earlier[:end], earlier[end:]
        if member[-2:] == name[-2:] and member != name and is_quantity(quantity):
            return quantity, name
    return None


# industry_joined: an industry whose name holds 、 (电力、热力生产和供应业; 计算机、通信和其他电子设备制造业), its
# figure's clause opening after the 、: the pieces before it are its name's when none names an industry of its own
#   其中，电力、热力生产和供应业增长5% → 电力、热力生产和供应业; not 纺织业、服装业增长5% (two industries)
JOINED_PIECES = re.compile(r"(?:^|(?<=[，,：:；;。\n]))(?P<pieces>(?:[\u4e00-\u9fff]{1,6}(?<!业)、)+)$")
JOINED_REACH = 24  # characters before the clause in which the pieces are looked for


def industry_joined(text: str, sentence_start: int, clause: int, name: str) -> str:
    """The whole name of the industry ``name`` ends when its clause (from ``clause``) opens after a 、 within it."""
    if clause <= sentence_start or text[clause - 1] != "、" or not text.startswith(name, clause):
        return name  # most clauses open after a comma: the look at one character is the cheap answer
    found = JOINED_PIECES.search(text, max(sentence_start, clause - JOINED_REACH), clause)
    if found is None:
        return name
    joined = clean(found.group("pieces") + name)
    return joined if joined is not None and joined.endswith(name) and is_member(joined) else name
