"""parts_vs_total for the parts a Chinese 其中 lists after a whole: "全市快递业务量8.2亿件，快递业务收入61亿元…。
其中，同城快递业务量2.1亿件…；异地快递业务量5.6亿件…" (each kind of delivery is part of all deliveries).

Where 其中 opens a sentence, the parts are the first level of one unit in each item of the list (items part at ；), up
to the sentence's end, and the whole is a level of that unit in the sentence before. Inside a clause, 其中 opens the
parts of one item of a list (财政总收入3.22亿元，其中地方财政收入2.06亿元；… and 第二产业…，其中工业…；第三产业…): the
parts are its levels up to the item's ；, and the whole a level of the item before the word. Either way the whole is
the one whose name ends most as the first part's (累计装机容量 of 光伏电站累计装机容量, not 新增装机容量), and the list
need not be whole, so its parts add up to no more than the whole (less the rounding of each). Read only for parts in
the whole's unit word and named as kinds of its quantity (see _a_kind_of); not for a rate per unit (公斤/公顷), a
figure that may be negative or a net (its items may exceed it), an average or a figure per head, or a plan's parts
(see _comparable).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, shared_end
from checks.relations.parts import _a_level as a_summable_level
from checks.relations.parts import _relation as parts_relation
from checks.relations.statements import projected

_OPENS = re.compile(r"其中\s*[，,：:]?")
_ITEM_END = re.compile(r"[；;]")
_FULL_STOP = re.compile(r"[。！？!?\n]")
_ITEM_OR_FULL_STOP = re.compile(r"[；;。！？!?\n]")
_STOP_BEFORE = re.compile(r"。\s*$")  # the full stop 其中 opens its sentence after
_NOT_SUMMED = re.compile(r"分|点|倍|位|名|度|%|个百分点")  # a score, an index, a rank, a rate: no parts add to them
_NEGATIVE = re.compile(r"利润|盈利|亏损|净|差额|顺差|逆差|结余|损益")
_REACH = 12  # claims after 其中 read as its list, and before it as its whole, at most (a run-on text: linear time)
_TEXT_REACH = 600  # characters after 其中 its list may run


def parts_after_of_which(doc: Doc, found: Iterable[Relation] = ()) -> Iterable[Relation]:
    """The parts each 其中 lists against the whole before it (see the module), unless a relation found before holds
    each of them against it."""
    if "其中" not in doc.text:
        return
    related = {(id(r.claims[0]), id(part)) for r in found if r.relation == "parts_vs_total" for part in r.claims[1:]}
    claims = doc.claims
    starts = [int(c["start"]) for c in claims]  # (claims in order: where a 其中's neighbours are, found by bisection)
    for opened in _OPENS.finditer(doc.text):
        stop = _STOP_BEFORE.search(doc.text, max(0, opened.start() - 40), opened.start())
        # a 其中 inside a clause opens one item's parts, up to the item's end: 第二产业…，其中工业…；第三产业…
        ended = (_FULL_STOP if stop else _ITEM_OR_FULL_STOP).search(doc.text, opened.end(), opened.end() + _TEXT_REACH)
        sentence_end = ended.start() if ended else opened.end() + _TEXT_REACH
        first = bisect.bisect_left(starts, opened.end())
        after = [c for c in claims[first:first + _REACH] if _a_level(doc, c) and int(c["start"]) < sentence_end]
        # its whole: in the sentence before a sentence-opening 其中, else in its own clauses since the item began
        before_start = doc.sentences.span(stop.start())[0] if stop else _item_start(doc, opened.start())
        last = bisect.bisect_left(starts, opened.start())
        reach_back = max(bisect.bisect_left(starts, before_start), last - _REACH)
        before = [c for c in claims[reach_back:last] if _a_level(doc, c) and int(c["start"]) >= before_start]
        for unit in dict.fromkeys(c["unit"] for c in after):
            of_unit = [c for c in after if c["unit"] == unit]
            parts = _items(doc, opened.end(), of_unit) if stop else of_unit
            whole = _whole_of(before, parts)
            if whole is None or not _comparable(doc, whole, parts) \
                    or all((id(whole), id(part)) in related for part in parts):
                continue
            yield parts_relation(doc, whole, parts, False)


def _item_start(doc: Doc, at: int) -> int:
    """Where the item of a list (or the sentence) that holds ``at`` begins: past the last ； before it, within reach."""
    floor = max(doc.sentences.span(at)[0], at - _TEXT_REACH)  # (a run-on sentence: looked back a list's reach only)
    text = doc.text
    return max(floor, text.rfind("；", floor, at) + 1, text.rfind(";", floor, at) + 1)


def _whole_of(before: list[dict], parts: list[dict]) -> dict | None:
    """The level of the sentence before, of the parts' unit, whose name ends most as the first part's does (累计装机容量
    of 光伏电站累计装机容量, not 新增装机容量); none when two end alike as much."""
    candidates = [c for c in before if c["unit"] == parts[0]["unit"]] if parts else []
    if not candidates:
        return None
    named = str(parts[0].get("metric") or "")
    shared = [len(shared_end([str(c.get("metric") or ""), named])) for c in candidates]
    best = max(shared)
    return candidates[shared.index(best)] if shared.count(best) == 1 else None  # (two alike: unsure which)


def _a_level(doc: Doc, claim: dict) -> bool:
    """A level that adds up (parts.py's test: no average, score, rate per unit or gap), stated as a positive figure
    and no bound below it (最多 / under: its parts may be anything)."""
    return claim.get("qualifier") in (None, "exact", "over", "approx") and float(claim["value"]) > 0 \
        and a_summable_level(doc, claim)


def _items(doc: Doc, start: int, levels: list[dict]) -> list[dict]:
    """The first of ``levels`` (of one unit) in each item of the list that opens at ``start`` (items part at ；);
    none when an item holds a 其中 of its own before its figure (its parts, not the list's)."""
    items: dict[int, dict] = {}
    for level in levels:
        opening = doc.text[start:int(level["start"])]
        item = len(_ITEM_END.findall(opening))
        if item not in items:
            if "其中" in _ITEM_END.split(opening)[-1]:
                return []
            items[item] = level
    return list(items.values())


def _comparable(doc: Doc, whole: dict, parts: list[dict]) -> bool:
    """Whether the parts may be read against the whole (see the module): each written in the whole's unit word
    (亿笔, 万亿元: not 人次 against 名) but a score's, an index's, a rank's or a rate's, each named as a kind of the
    whole's quantity (see _a_kind_of), none a net figure. (A rate per unit, 公斤/公顷, an average or a figure per head,
    城镇居民人均收入 above 全体居民人均收入, is no level that adds up: see _a_level.)"""
    names = [str(c.get("metric") or "") for c in (whole, *parts)]
    if any(_NEGATIVE.search(name) for name in names) or any(projected(p) != projected(whole) for p in parts):
        return False  # (全年计划完成投资300亿元，其中9月完成投资…: a plan's, not its parts done)
    word = _unit_word(whole)
    if not word or _NOT_SUMMED.match(word):
        return False
    return all(_unit_word(part) == word and _a_kind_of(names[0], name)
               for part, name in zip(parts, names[1:], strict=True))


_MAGNITUDE = re.compile(r"^[\d.,]+\s*[十百千万亿]*")


def _unit_word(claim: dict) -> str:
    """The word a figure is counted in, past its digits and magnitude (632.62亿笔: 笔; 739.77万亿元: 元)."""
    return _MAGNITUDE.sub("", str(claim["text"])).strip()


def _a_kind_of(whole: str, part: str) -> bool:
    """Whether a part's name says it is a kind of the whole's quantity: the two end alike in four characters at
    least (电子支付业务 and 网上支付业务; not 各项存款余额 and 各项贷款余额), and the part's is no shorter name of the
    whole's end (A级景区 is no kind of 5A级景区)."""
    bare = whole.replace("总", "")  # 财政总收入 of 地方财政收入, 总人口 of 城镇人口
    return (len(shared_end([whole, part])) >= 4 or (bare != whole and len(bare) >= 2 and part.endswith(bare)
                                                    and part != bare)) and not whole.endswith(part)
