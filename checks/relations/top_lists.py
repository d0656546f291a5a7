"""rank_vs_values for the leaders listed in order: 位居前3位的依次是故意伤害罪5 594件，盗窃罪4 845件，交通肇事罪2 023件;
中国是最大的进口来源国，进口金额为368亿美元；其次为韩国209亿美元；东盟176亿美元; the top source markets were Indonesia
(1.87 million), China (1.13 million), Malaysia (891,900).

The items are the levels of one unit after the cue, in its sentence, one a clause (a rate beside an item is the
item's change, not an item); each is no larger than the one before it, allowing for rounding. A value far above the
one before it (five times) is more likely a figure read without its scale (China (1.13), in millions) than a list out
of order, so the list is left there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, shown
from checks.relations.stems import document_holds

_ZH_TOP_N = r"前(?:\d{1,2}|[二三四五六七八九十]{1,2})(?:位|名|大|强)"
# 位居前3位的依次是, 前五大客源国分别为, 前三名依次为: the leaders, named in order
# (拥有五星级酒店最多的三省分别为: the most of a few, in order too)
IN_ORDER_ZH = re.compile(rf"(?:{_ZH_TOP_N}|(?:最多|最大|最高)的(?:\d|[二三四五六七八九十]){{1,2}}[\u4e00-\u9fff]?)"
                         r"[^，,。；;\d]{0,10}?(?:(?:依次|分别)(?:是|为)[：:]?|(?:是|为)?[：:])"
                         # 居民选择比例由高到低排序为：教育(28.4%)、…
                         r"|[由从]高到低(?:排序|排列|依次)?(?:是|为)?[：:]")
# 位居榜首，北京、海南分别以494.85元/间夜、398.87元/间夜紧随其后: the leader, then its followers in order
FOLLOWERS_ZH = re.compile(r"(?:位居|位列|排名|居)(?:榜首|第一|首位)[，,]\s*[^，,。；;\d]{1,30}?分别以")
_FOLLOWED = re.compile(r"紧随其后|次之")
# 最大的进口来源国…；其次为韩国: the first of the list, then the rest
NEXT_ZH = re.compile(r"其次(?:分别)?(?:是|为)[：:]?")
TOP_ZH = re.compile(r"最大|第一大|首位|居首|最多|榜首|之首")
IN_ORDER_EN = re.compile(r"\b(?:the\s+)?(?:top|largest|biggest|leading)\s+(?:(?:\d+|two|three|four|five|six|seven|"
                         r"eight|nine|ten)\s+)?(?:[\w-]+\s+){0,3}?(?:markets|sources|countries|nations|cities|"
                         r"destinations|products|exporters|importers|partners|brands|companies|firms|sellers)\b"
                         r"(?:[^.;\d]|(?<=\b[A-Z])\.){0,40}?\b(?:were|are|was|included)\s*:?\s*", re.IGNORECASE)
_CLAUSE = re.compile(r"[，,；;、\n]|\band\b|[)）]")
_FAR_ABOVE = 5.0
_ITEM_LINE = re.compile(r"\s*\n[ \t]*[^\n\d]{1,20}[:：]?\s*\d[^\n]{0,30}")
# Words that say a figure sums the items before it: no item of the list.
_SUMMED_BEFORE = re.compile(r"(?:合计|共计|总计|总共|合共|加总|together|combined|in\s+total|a\s+total\s+of)"
                            r"[^，,。；;\d]{0,8}$", re.IGNORECASE)
_SPAN = 2000  # characters a list is read over, either side of its cue
_FULL_STOP = re.compile(r"(?<!\b[A-Z])\.(?=\s|$)")
_READ = 40  # figures after a cue read for its items: a list, not the rest of a run-on text


def top_lists(doc: Doc) -> Iterable[Relation]:
    starts = [int(c["start"]) for c in doc.claims]
    if document_holds(doc.text, ("前", "其次", "最多的", "最大的", "最高的", "高到低")):
        for cue in IN_ORDER_ZH.finditer(doc.text):
            yield from _in_order(doc, starts, cue.end(), None)
        for cue in NEXT_ZH.finditer(doc.text):
            first = _first_before(doc, starts, cue.start())
            if first is not None:
                yield from _in_order(doc, starts, cue.end(), first)
    if document_holds(doc.text, ("榜首", "第一", "首位")) and document_holds(doc.text, ("紧随其后", "次之")):
        for cue in FOLLOWERS_ZH.finditer(doc.text):
            first = _first_before(doc, starts, cue.start(), lead=True)
            followed = _FOLLOWED.search(doc.text, cue.end(), cue.end() + 80)
            if first is not None and followed is not None:
                yield from _in_order(doc, starts, cue.end(), first, followed.start())
    if document_holds(doc.text, ("top", "largest", "biggest", "leading")):
        for cue in IN_ORDER_EN.finditer(doc.text):
            yield from _in_order(doc, starts, cue.end(), None)


def _first_before(doc: Doc, starts: list[int], at: int, lead: bool = False) -> dict | None:
    """The leader a 其次 list follows: the last level before it in its sentence, named the largest just before its
    figure (中国仍是越南最大的进口来源国，进口金额为368亿美元，增长18.1%；其次为)."""
    back = max(0, at - _SPAN)  # its clauses may end with ；(a run-on text is read no further back than _SPAN)
    start = max(doc.text.rfind("。", back, at), doc.text.rfind("\n", back, at), back - 1) + 1
    cue_at = bisect.bisect_left(starts, at)
    before = doc.claims[max(0, cue_at - 4):cue_at]
    levels = [c for c in before if int(c["start"]) >= start and c["kind"] in ("level", "share", "ratio")]
    if not levels:
        return None
    first = levels[-1]  # 最大的进口来源国，进口金额为368亿美元; 中国游客以104,570人次居首
    told = doc.text[max(start, int(first["start"]) - 30):at]
    return first if lead or TOP_ZH.search(told) else None


def _in_order(doc: Doc, starts: list[int], at: int, first: dict | None, until: int | None = None) \
        -> Iterable[Relation]:
    end = until or min((found for found in (doc.text.find(stop, at, at + _SPAN) for stop in "。\n") if found >= 0),
                       default=min(len(doc.text), at + _SPAN))
    if end == at or not doc.text[at:end].strip():  # 前五大游客是:\n中国:4,398,623人次\n马来西亚:…: a line an item
        end = at
        while (line := _ITEM_LINE.match(doc.text, end)) is not None:
            end = line.end()
    if doc.text[at:end].count(".") and not re.search(r"[\u4e00-\u9fff]", doc.text[at:at + 4]):
        # an English list ends at its full stop (not at U.S., nor at the semicolons between its items)
        stop = _FULL_STOP.search(doc.text, at, end)
        end = stop.start() if stop is not None else end
    items = [first] if first is not None else []
    following = bisect.bisect_left(starts, at)
    for claim in doc.claims[following:following + _READ]:
        if int(claim["start"]) >= end:
            break
        if _SUMMED_BEFORE.search(doc.before(claim, 12)):
            break  # (前三名…分别为212.03亿元、110.72亿元、99.61亿元，前三名合计募资422.36亿元: their sum ends the list)
        if claim["kind"] not in ("level", "share", "ratio") or doc.before(claim, 1) == "这":
            continue  # (shares of the leaders in order: 依次是住房问题、稳定物价和收入分配，占比分别为…; not changes;
            # 选择这三种投资方式的居民占比分别为: the list's size said again, no item)
        if items and (claim["unit"] != items[0]["unit"]
                      or not _CLAUSE.search(doc.text, int(items[-1]["end"]), int(claim["start"]))):
            continue  # another figure of the same item (its change, its share), not the next item
        items.append(claim)
    for higher, lower in pairwise(items):
        if float(lower["value"]) > _FAR_ABOVE * float(higher["value"]):
            return
        stated = f"{shown(higher)} then {shown(lower)}, listed in order from the largest"
        yield in_order(doc.name, (higher, lower), lower.get("metric"), higher, lower, stated, f"{stated}, out of order")


# $33.3 million bow, slightly ahead of the opening weekends of … Where The Wild Things Are ($32.6 million), … and
# Into The Woods ($31 million): a figure set against a list of rivals, each named with its figure in brackets
AHEAD_OF = re.compile(r"\b(?P<more>(?:just\s+|slightly\s+|well\s+)?(?:ahead\s+of|above|topping|outpacing))|"
                      r"\b(?P<less>(?:just\s+|slightly\s+|well\s+)?(?:behind|below|trailing))\b", re.IGNORECASE)
_BRACKETED = re.compile(r"[^.;()]{1,80}?\(\s*$")
_NEXT_ITEM = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^.;()\d]{1,80}?\(\s*$")


def ahead_of_bracketed(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("ahead", "above", "topping", "outpacing", "behind", "below", "trailing")):
        return
    starts = [int(c["start"]) for c in doc.claims]
    for cue in AHEAD_OF.finditer(doc.text):
        at = bisect.bisect_left(starts, cue.start())
        if at == 0 or at >= len(doc.claims):
            continue
        figure, first = doc.claims[at - 1], doc.claims[at]
        said = doc.text[int(figure["end"]):cue.start()]
        if not doc.same_sentence(figure, first) or not _BRACKETED.fullmatch(doc.text, cue.end(), int(first["start"])) \
                or len(said) > 30 or ";" in said:
            continue  # the figure the rivals are set against stands just before the word
        rivals = [first]
        for claim in doc.claims[at + 1:at + 8]:
            if not _NEXT_ITEM.fullmatch(doc.text, int(rivals[-1]["end"]), int(claim["start"])):
                break
            rivals.append(claim)
        for rival in rivals:
            if rival["unit"] != figure["unit"] or rival["kind"] != figure["kind"]:
                continue
            higher, lower = (figure, rival) if cue.group("more") else (rival, figure)
            stated = f"{shown(figure)} said to be {cue.group(0).strip()} {shown(rival)}"
            yield in_order(doc.name, (figure, rival), figure.get("metric"), higher, lower, stated,
                           f"{stated}, but it is not")
