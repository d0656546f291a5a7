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
# The kinds a statistics release writes into a whole's name to name a part of it (规模以上[生产性]服务业, 规模以上
# [高技术]制造业): only these, for a word written in may as well widen the quantity or name another (总, 外, 储备,
# 潜在, 理论, 开通以来 …).
_KIND = re.compile(r"生产性|生活性|高技术|高新技术|科技|战略性新兴|新兴|数字经济核心|数字|现代|知识密集型|高端")
# Quantities that can be of either sign, or a difference of two: a part may exceed the whole (归母净利润, 扣非净利润).
_NET = re.compile(r"利|盈|亏|损|净|差|结余|余额|顺差|逆差")
# The services above the size threshold, as the statistics offices count them, and the industries they count: not
# wholesale and retail, hotels and catering or property development, which are counted apart (限额以上).
_SERVICES = re.compile(r"(?:全部)?(?:规模以上|规上)服务业")
_SERVICE_INDUSTRY = re.compile(r"交通运输|仓储|邮政|信息传输|软件和信息技术|互联网和相关服务|租赁和商务|商务服务|"
                               r"科学研究|研究和试验|专业技术|水利|环境和公共设施|居民服务|修理和其他|教育|卫生和社会工作|"
                               r"文化体育和娱乐|文化、体育和娱乐|其他营利性|营利性服务业|非营利性服务业|物业管理")


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
        segment = plain(part.get("segment"))
        if part.get("basis") or not _usable(key) or not (
                _SERVICE_INDUSTRY.match(segment) if segment else _KIND.search(key)):
            continue  # (asked once a part: most figures name no kind and no industry, and look no further)
        found = [w for w in doc.near(part) if id(w) in whole_ids and w is not part
                 and int(w["start"]) < int(part["start"]) and _narrows(segment, key, metric_key(w))
                 and owner_key(w) == owner_key(part) and _places(doc, w) >= _places(doc, part) and same_unit(w, part)
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


# A place named in a figure's sentence before it (全省, 江苏省, 我市): a part of one is no part of another's whole.
_PLACE = re.compile(r"全[国省市区县]|我[国省市区县]|本[省市区县]|[\u4e00-\u9fff]{2,3}[省市](?![场民级内外委长])")


def _places(doc: Doc, claim: dict) -> frozenset[str]:
    """The places named before a figure in its sentence, at most 60 characters back (a run-on text is one sentence);
    worked out once per claim (kept in the claim's dict)."""
    found = claim.get("_places")
    if found is None:
        start = int(claim["start"])
        found = claim["_places"] = frozenset(_PLACE.findall(doc.text, max(doc.sentence(claim)[0], start - 60), start))
    return found


def _usable(key: str) -> bool:
    return len(key) >= 2 and _CJK.fullmatch(key) is not None and not _NET.search(key)


def _narrows(segment: str, key: str, whole_key: str) -> bool:
    """Whether the part's name (its segment and key) narrows the whole's: one of the kinds written into it (see
    _KIND), or the whole being the services above the size threshold and the part one of the industries they count."""
    if not segment:
        inserted = len(key) - len(whole_key)
        if inserted < 2 or len(whole_key) < 3:
            return False
        return any(key[:cut] == whole_key[:cut] and key[cut + inserted:] == whole_key[cut:]
                   and _KIND.fullmatch(key[cut:cut + inserted]) for cut in range(len(whole_key)))
    population = whole_key[:-len(key)] if whole_key.endswith(key) and len(whole_key) > len(key) else ""
    return bool(_SERVICES.fullmatch(population)) and _SERVICE_INDUSTRY.match(segment) is not None


def a_threshold(doc: Doc, claim: dict) -> bool:
    """A bound that members of a group counted in its sentence pass, not a total: "Four provinces saw foreign trade
    exceed $100 billion" (each of the four's trade is above it; 总额超过16553亿元 is a total, more than it)."""
    return bounds(claim)[1] == math.inf and any(
        other is not claim and other["unit"] == "count" and other["kind"] == "level"
        and int(other["start"]) < int(claim["start"]) for other in doc.in_sentence(claim))
