"""The scope a Chinese sentence names once for several quantities (全区规模以上工业产值增长30.3%，增加值增长
18.7%; 商品房销售面积16.93万平方米，销售额12.4亿元): a later clause that names only the quantity's head is of the
same scope."""

from __future__ import annotations

import re

# The scopes statistics releases name a set of quantities within (规模以上工业, 限额以上单位, 商品房), and the
# quantity's head after them: the scope ends where its first quantity's name begins.
_SCOPED = re.compile(r"(?P<scope>(?:规模以上|规上|限额以上|限上)[\u4e00-\u9fff]{0,6}?"
                     r"(?:工业企业|工业|企业|单位|批发和零售业|住宿和餐饮业|服务业)|商品房|商品住宅|新建商品住宅|房地产开发企业)"
                     r"(?P<head>[\u4e00-\u9fff]{2,8})$")
SCOPE_OPENING = re.compile(r"规模以上|规上|限额以上|限上")  # a scope's name opens so: not cut as a group counted
# The bare heads a clause may name after a scope has been named: 增加值, 产值, 销售额, 营业收入, 利润总额….
_HEAD = re.compile(r"(?:工业)?(?:增加值|总产值|产值|销售产值|出口交货值|销售额|销售面积|营业收入|主营业务收入|利润总额|"
                   r"利润|利税|营收|零售额|商品零售额|餐饮收入|投资|待售面积|施工面积|新开工面积|竣工面积|用电量|能耗|户数|"
                   r"企业数|从业人员)")


def scoped(metric: str | None, earlier: str | None) -> str | None:
    """The metric with the scope the quantity before it in the sentence was named in, when it names only a bare head
    (增加值 after 规模以上工业产值: 规模以上工业增加值), else None."""
    if not metric or not earlier or not _HEAD.fullmatch(metric):
        return None
    found = _SCOPED.search(earlier)
    if found is None or metric in earlier or not _HEAD.fullmatch(found.group("head")):
        return None
    return found.group("scope") + metric
