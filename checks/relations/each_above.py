"""rank_vs_values for a mark said of every member of a group, then the members' own figures: 三省收入均超过百亿元，
分别为120亿元、108亿元和101亿元; 两家均在10亿元以上，分别为15亿元、12亿元; 四家银行净利润均超过千亿元。其中，工行以
1500亿元位居榜首.

The mark is a bound (超过, 逾, 以上, 低于, 不足) told with 均, 都 or 全部 before it. The members' figures are the list
that 分别 or 依次 opens right after it, or the first figure of the next clause when that clause opens with 其中 and
names one of the group listed before the mark (工行 for 工商银行: its characters in order): a part of the group's total
(两市成交额均超1万亿元。其中，沪市…) names none of them. Each figure must lie on the side of the mark; figures of
another unit or kind are not read. (bound_after.py reads the other order: the figures first, then 均超过30%.)"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import LIST_GAP, Doc, Relation, same_unit, shown
from checks.relations.bound_after import against_mark

_EACH = re.compile(r"(?:均|都|全部|全都|皆)\s*(?:在|达到?|已)?\s*$")
_OVER = ("over", "at_least")
_UNDER = ("under", "at_most")
_RESPECTIVELY = re.compile(r"\s*[，,]\s*(?:分别|依次)(?:为|是|达到?|实现|收入|录得)?\s*$")
_OF_WHICH = re.compile(r"^\s*(?:以上|以下)?\s*[。；;]\s*其中\s*[，,]?\s*(?P<clause>[^，,。；;]{0,30})$")
_NAMES = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}")
_SPLIT = re.compile(r"[、，,和及与]|以及")
_GROUP_REACH = 120  # characters before the mark where the group is listed


def each_above(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, mark in enumerate(claims):
        qualifier = mark.get("qualifier")
        if qualifier not in (*_OVER, *_UNDER) or mark["kind"] not in ("level", "share", "ratio") \
                or not _EACH.search(doc.before(mark, 6)) or index + 1 >= len(claims):
            continue
        above = qualifier in _OVER
        for member in _respectively(doc, index) or _of_which(doc, index):
            said = f"{shown(member)} is one of a group said to be each {'above' if above else 'below'} {shown(mark)}"
            yield against_mark(doc, member, mark, above, said, mark.get("metric"))


def _fits(mark: dict, figure: dict) -> bool:
    return figure.get("qualifier") == "exact" and figure["kind"] == mark["kind"] and same_unit(figure, mark)


def _respectively(doc: Doc, index: int) -> list[dict]:
    """The figures of the list 分别 opens right after the mark."""
    mark, claims = doc.claims[index], doc.claims
    first = claims[index + 1]
    if not _RESPECTIVELY.fullmatch(doc.between(mark, first)) or not _fits(mark, first):
        return []
    listed = [first]
    for claim in claims[index + 2:index + 14]:
        if not _fits(mark, claim) or not LIST_GAP.fullmatch(doc.between(listed[-1], claim)):
            break
        listed.append(claim)
    return listed


def _of_which(doc: Doc, index: int) -> list[dict]:
    """The first figure of the clause after the mark's that opens with 其中 and names one of the group."""
    mark, figure = doc.claims[index], doc.claims[index + 1]
    opened = _OF_WHICH.match(doc.between(mark, figure))
    if opened is None or not _fits(mark, figure):
        return []
    start = max(doc.sentence(mark)[0], int(mark["start"]) - _GROUP_REACH)  # (a run-on text's sentence: bounded)
    group = [name for piece in _SPLIT.split(doc.text[start:int(mark["start"])]) for name in _NAMES.findall(piece)]
    named = _NAMES.match(opened.group("clause"))
    if named is None or len(group) < 2 or not any(_abbreviates(named.group()[:4], name) for name in group):
        return []
    return [figure]


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` or its characters in order from its first (工行 for 工商银行)."""
    if name.startswith(short) or short.startswith(name):
        return True
    at = 0
    for char in short[:2]:
        at = name.find(char, at) + 1
        if at == 0:
            return False
    return short[0] == name[0]
