"""Names listed in a Chinese clause before the figures a later 分别 clause gives them (对欧盟、香港出口强劲，同比分别
增长…; 净流入资金居前的概念有A、B、C等，净流入资金分别为…), and the nouns of quantity such a list may end with."""

from __future__ import annotations

import re

from checks.extract.zh.measure import clean, is_quantity, split

# The nouns of quantity a list of members may end with (鸡肉和猪肉价格分别上涨…: 价格 is the quantity, 猪肉 a member).
QUANTITY_HEAD = re.compile(r"所占比重|所占比例|快递业务量|业务量|价格|销量|产量|出货量|交付量|零售额|销售额|销售|"
                           r"营业额|营收|收入|利润|"
                           r"净利润|增加值|产值|投资|进出口|出口|进口|人数|数量|规模|占比|比重|份额|支出|消费|用户|客流|人次")

# The owner, the members, the quantity of a list, and whether the members are quantities themselves
Members = tuple[str | None, tuple[str, ...], str | None, bool]


# names_before: names listed in a clause, then the quantity they share (a 分别 clause follows with their figures)
#   对欧盟、香港出口强劲 → 欧盟, 香港; 出口
#   甲公司、乙公司两家企业的研发投入超过百亿元 → 甲公司, 乙公司; (the quantity of the figure read in the clause)
#   仅甲银行和乙银行不良贷款率上升 → 甲银行, 乙银行 (the last name ends as the others do); 不良贷款率
#   主力资金净流入居前的个股还有五矿稀土、天赐材料、江淮汽车 → 五矿稀土, 天赐材料, 江淮汽车 (还有/包括 opens them;
#   the quantity is the one the 分别 clause after names: 净流入金额分别为…); 涨幅居前的概念有A、B、C等 → A, B, C
NAMES_OPENING = re.compile(r"(?:^|(?<=[，,：:；;。\s]))(?:仅|而|但|其中|同时|此外|另外)?(?:[^，,：:；;。、\s]{0,4}?对)?"
                           r"(?:[^，,：:；;。、\s]{0,24}?(?:还有|包括|依次为|依次是|居前的(?:[^，,：:；;。、\s]{1,4})?有(?!色)))?"
                           r"(?P<names>(?:[\u4e00-\u9fffA-Za-z]{2,8}[、和])+)(?P<last>[^，,。；;：:、]{2,40}?)(?:等)?$")
NAMES_REACH = 80  # characters of the clause before in which the names are looked for
_NAMES_END = re.compile(r"[\d一二两三四五六七八九十]+(?:家|个|只|所|位)|的")  # 两家企业的: the count of the names


def names_before(text: str, start: int, end: int) -> Members | None:
    """The owner, the names a clause ``text[start:end]`` lists, the quantity named after them (None when it names
    none), and whether the names are quantities themselves (资产利润率和资本利润率均有所下降)."""
    if text.find("、", start, end) < 0 and text.find("和", start, end) < 0:
        return None
    found = NAMES_OPENING.search(text, start, end)
    if found is None:
        return None
    listed = re.split(r"[、和]", found.group("names")[:-1])
    last = found.group("last")
    if all(is_quantity(n) and clean(n) == n for n in listed):
        # 营业收入和净利润规模均为第一: the quantities, each figure one of them in turn (the last, up to its end)
        named = next((last[:end] for end in range(len(last), 1, -1) if is_quantity(last[:end])), None)
        first = split(listed[0])  # 甲银行营业收入和净利润: 甲银行's
        owned = first.subject is not None and first.metric is not None
        quantities = (first.metric if owned else listed[0], *listed[1:], named)
        return (first.subject if owned else None, quantities, None, True) \
            if named is not None and is_quantity(named) else None
    ending = listed[0][-2:]
    alike = last.find(ending, 1) if all(n.endswith(ending) for n in listed) else -1
    if alike > 0:  # 甲银行和乙银行不良贷款率: the last name ends as the others do, its quantity after it
        name, quantity = last[:alike + 2], clean(last[alike + 2:])
        quantity = quantity if quantity is not None and is_quantity(quantity) else None
        at = len(name)
    else:
        head = QUANTITY_HEAD.search(last, 2)
        ends = [at.start() for at in (head, _NAMES_END.search(last, 2)) if at is not None]
        if not ends and not (found.end() == end and 2 <= len(last) <= 8 and not is_quantity(last)):
            return None
        at = min(ends) if ends else len(last)  # 江淮汽车 at the clause's end: a name, its quantity said after
        name, quantity = last[:at], head.group(0) if head is not None and head.start() == at else None
    names = (*listed, name)
    if not 2 <= len(name) <= 8 or any(is_quantity(n) or clean(n) != n for n in names):
        return None
    return None, names, quantity, False
