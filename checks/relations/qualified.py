"""parts_vs_total for a part the text names by narrowing its whole's name (Chinese texts), never larger than the whole:

- a kind written into the whole's name: 全市规模以上服务业实现营业收入877.9亿元 … 全市规模以上生产性服务业实现营业收入
  628.6亿元 (规模以上|生产性|服务业营业收入);
- one industry of the industries the whole counts: 全区完成规模以上服务业营业收入108.1亿元 … 交通运输仓储邮政业营业收入
  30.1亿元 (规模以上服务业|营业收入, and 营业收入 of 交通运输仓储邮政业).

The whole is stated before the part, of its owner, time and unit. Net quantities (profits, balances of both signs)
are left out: a narrower group's profit can exceed the whole's when the rest loses money.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    excess,
    metric_key,
    owner_key,
    plain,
    same_unit,
    shown,
    specific,
)
from checks.relations.periods import one_to_date, periods_conflict
from checks.relations.statements import projected

_CJK = re.compile(r"[\u4e00-\u9fff]+")
# Words that widen or change a quantity rather than narrow it: 旅游总收入 is the whole of 旅游收入, 进出口 holds 进口,
# 营业外收入 is no part of 营业收入, 人均 and 同比 name other measures, 历年 and 当月 other times, 预约 and 受理 other
# stages (离婚预约登记 may exceed 离婚登记).
_WIDENING = re.compile(r"总|全|合计|累计|以上|以下|出|进|和|及|与|外|增|同比|人均|平均|均|率|比|历|年|月|季|期|"
                       r"预|申请|受理|审|办|计划|目标|签约|意向|报名")
# Quantities that can be of either sign, or a difference of two: a part may exceed the whole (归母净利润, 扣非净利润).
_NET = re.compile(r"利|盈|亏|损|净|差|结余|余额|顺差|逆差")
_INDUSTRY = "业"  # 服务业, 交通运输仓储邮政业: an industry the whole's population (规模以上服务业) holds


def narrowed_parts(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """Each part named by narrowing a whole stated before it (see the module's docstring) against the nearest such
    whole: part ≤ whole."""
    wholes = [c for c in levels if not c.get("segment") and specific(c) and not c.get("basis")
              and _usable(metric_key(c))]
    if not wholes:
        return
    whole_ids = {id(c) for c in wholes}
    for part in levels:
        key = metric_key(part)
        if part.get("basis") or not _usable(key):
            continue
        found = [w for w in doc.near(part) if id(w) in whole_ids and w is not part
                 and int(w["start"]) < int(part["start"]) and _narrows(part, key, metric_key(w))
                 and owner_key(w) in ("", owner_key(part)) and same_unit(w, part)
                 and not periods_conflict(doc.period(w), doc.period(part))
                 and not one_to_date(doc.period(w), doc.period(part)) and projected(w) <= projected(part)]
        if not found:
            continue
        whole = found[-1]
        gap = excess(part, whole)
        arithmetic = (f"part {shown(part)} ({plain(part.get('segment'))}{part.get('metric')}) "
                      f"{'>' if gap else '≤'} whole {shown(whole)} ({whole.get('metric')})")
        yield Relation(doc.name, "parts_vs_total", (whole, part), whole.get("metric"), bounds(part),
                       (-math.inf, bounds(whole)[1]), gap, arithmetic)


def _usable(key: str) -> bool:
    return len(key) >= 2 and _CJK.fullmatch(key) is not None and not _NET.search(key)


def _narrows(part: dict, key: str, whole_key: str) -> bool:
    """Whether the part's name narrows the whole's: a kind written into it (not at its end, where a word makes
    another measure: 出口 and 出口额增速), or the whole's population ending in an industry and the part one industry."""
    segment = plain(part.get("segment"))
    if not segment:
        if len(key) - len(whole_key) < 2 or len(whole_key) < 3:
            return False
        inserted = len(key) - len(whole_key)
        # inside the name, two characters or more from either end: a word before the whole's bare name (欧盟出口额,
        # 审结刑事案件, 蔬菜总产量 of a text whose 总产量 is the grain's) names another thing as often as a kind of it
        for cut in range(2, len(whole_key) - 1):
            if key[:cut] == whole_key[:cut] and key[cut + inserted:] == whole_key[cut:]:
                return not _WIDENING.search(key[cut:cut + inserted])
        return False
    population = whole_key[:-len(key)] if whole_key.endswith(key) and len(whole_key) > len(key) else ""
    return (len(population) >= 3 and population.endswith(_INDUSTRY) and segment.endswith(_INDUSTRY)
            and _CJK.fullmatch(segment) is not None and segment not in population and population not in segment)
