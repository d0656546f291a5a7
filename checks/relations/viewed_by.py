"""parts_vs_total for a breakdown a heading announces: 从存款结构看，住户存款余额…；非金融企业存款余额… (deposits by
holder), 从出口产品看，…出口机电产品… (exports by product), 主要税收收入项目情况如下：增值税…；企业所得税… (the main
items of tax revenue).

The heading names the whole the figures after it break down (存款, 出口, 税收收入); the whole is the nearest amount
before the heading of that name (各项存款余额, 出口, 地方税收收入), of the same unit and a time that may be the parts',
itself no part (其中…). The heading does not say the breakdown is whole (主要 items; other holders' deposits), so the
parts may only not exceed it. The parts are the amounts of the heading's paragraph after it (for 如下, the lines
that follow, up to the next heading line), each of the same unit, no part of a part, no earlier level.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, canonical, label, metric_key, plain, same_unit
from checks.relations.breakdowns import partition_of
from checks.relations.part_marker import PART_BEFORE
from checks.relations.parts import _a_level, _relation
from checks.relations.periods import periods_conflict
from checks.relations.statements import other_side
from checks.relations.summed_elsewhere import of_their_sum

# 从存款结构看，; 从出口产品看，; 分贷款期限看，: the whole's noun, then the aspect it is broken down by
# (分主要科目看：, 分主要税种看：: no noun but 主要; the kind says the whole: taxes are of 税收收入, a budget's items
# of the amount the sentence before leads with)
_VIEWED_BY = re.compile(r"(?:从|分)(?P<noun>[\u4e00-\u9fff]{1,8}?)"
                        r"(?P<kind>结构|期限|构成|类型|产品|品种|方式|主体|项目|科目|税种|来源|用途|部门)(?:来)?看\s*[，,：:]")
# 从上半年全市地方财政收入分结构完成情况看，: the whole's name (less its time and owner), then how it is broken down
_VIEWED_STATE = re.compile(r"从(?:(?:19|20)\d\d年|今年|去年|上半年|下半年|前三季度|全年|第?[一二三四]季度|"
                           r"\d{1,2}\s*[-~～至]\s*\d{1,2}月份?)?(?:全市|全省|全国|全区|全县|本市|本省)?"
                           r"(?P<noun>[\u4e00-\u9fff]{2,10}?)分(?P<kind>结构|项目|科目|税种|来源|用途|部门)"
                           r"(?:完成|实现|增长)?情况(?:来)?看\s*[，,：:]")
_KIND_WHOLE = {"税种": "税收收入"}
_ANY_VIEW = re.compile(r"(?:从|分|按)[\u4e00-\u9fff]{1,10}?(?:来)?看\s*[，,：:]")
# 主要税收收入项目情况如下：; 主要支出科目情况如下：
_ITEMS_BELOW = re.compile(r"主要(?P<noun>[\u4e00-\u9fff]{1,10}?)(?:项目|科目)(?:情况)?如下\s*[：:]")
# A heading line that ends the items listed below one: (二)…, 二、…
_NEXT_HEADING = re.compile(r"\n\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
# A whole of the noun's name: the noun itself or ending with it (地方税收收入), or holding it as 各项/总 (各项存款余额)
_ALL_OF = ("各项", "总")
_PARAGRAPHS_BACK = 6
_LISTED_PART = re.compile(r"其中[^。！？\n]*$")  # a 其中 list's clause, up to a figure of it
_MOST_PARTS = 30  # amounts a heading's breakdown may hold
_BACK = 80  # amounts before a heading among which its whole is looked for


def breakdown_under_a_heading(doc: Doc) -> Iterable[Relation]:
    text = doc.text
    if "看" not in text and "如下" not in text:
        return
    levels = [c for c in doc.claims if _a_level(doc, c)]
    starts = [int(c["start"]) for c in levels]  # in order: a heading's parts and whole found by bisection
    for pattern in (_VIEWED_BY, _VIEWED_STATE, _ITEMS_BELOW):
        last_end, last_whole = -1, None  # a heading right after another's breakdown views the same whole again
        for heading in pattern.finditer(text):
            noun = heading.group("noun")
            kind = heading.groupdict().get("kind")
            if noun in ("主要", "各") and kind is not None:
                noun = _KIND_WHOLE.get(kind, "")
            if len(noun) < 2 and kind not in ("科目", "项目"):
                continue
            end = _breakdown_end(text, heading.end(), pattern is _ITEMS_BELOW)
            first = bisect.bisect_left(starts, heading.end())
            parts = levels[first:min(bisect.bisect_left(starts, end), first + _MOST_PARTS)]
            before = levels[max(0, first - _BACK):first]
            whole = _whole(doc, before, heading.start(), noun, parts) if noun else _lead_before(doc, before,
                                                                                                 heading.start())
            if whole is None and heading.start() == last_end:
                whole = last_whole  # 从收入结构看：…；从征收部门看：税务部门…: the revenue again, by who collects it
            last_end, last_whole = end, whole
            if whole is None:
                continue
            parts = [p for p in parts if same_unit(p, whole) and not _aside(doc, p)
                     and not periods_conflict(doc.period(whole), doc.period(p))]
            if parts:  # (主要 items that add up exactly to another figure than the one named: of that one)
                yield from of_their_sum(doc, [_relation(doc, whole, parts, complete=False)], _relation)


def _breakdown_end(text: str, start: int, lines_below: bool) -> int:
    """Where a heading's breakdown ends: its paragraph's end, or for items listed below it, the next heading line."""
    if not lines_below:
        found = text.find("\n", start)
        end = found if found >= 0 else len(text)
        # (从收入结构看：…；从征收部门看：…；从层级看：…: the next heading in the paragraph starts another breakdown)
        following = _ANY_VIEW.search(text, start, end)
        return following.start() if following else end
    found = _NEXT_HEADING.search(text, start)
    return found.start() if found else len(text)


def _whole(doc: Doc, levels: list[dict], at: int, noun: str, parts: list[dict]) -> dict | None:
    """The nearest amount before the heading of the noun's name (a part itself only when its name ends with the noun),
    of the parts' unit, else none."""
    if not parts:
        return None
    paragraph = doc.paragraph(parts[0])
    members = partition_of([label(doc, p) for p in parts]) is not None
    ended: dict | None = None  # (地方财政收入 before 市本级地方财政收入: the amount of the very name, else the nearest)
    for claim in reversed(levels):  # (the amounts before the heading, at most _BACK of them)
        if int(claim["end"]) > at:
            continue
        if paragraph - doc.paragraph(claim) > _PARAGRAPHS_BACK:
            return ended
        if claim.get("segment"):
            continue  # a member's figure (对非洲进出口…) is no whole of the owner's
        if members and _LISTED_PART.search(doc.text, max(0, int(claim["start"]) - 200), int(claim["start"])):
            # 总收入67949万元…。其中：…；上划省级收入4163万元。分收入结构看：税收收入…非税收入…: members of a known
            # breakdown are of the total, not of a part listed after its 其中 (其中税收收入22.1亿元。分收入结构看：
            # 增值税…: the taxes' own items)
            continue
        # 进出口 is no kind of 出口: its name is taken out before the noun is looked for
        names = [n.replace("进出口", "") for n in (canonical(metric_key(claim)), plain(claim.get("metric")))]
        # 其中：地方税收收入865.4亿元 is still 税收收入; 其中，人民币各项存款余额… is a part of 各项存款, not it
        if noun in names or (any(noun in n and any(w in n for w in _ALL_OF) for n in names)
                             and not _aside(doc, claim)):
            return claim if same_unit(claim, parts[0]) else ended
        if ended is None and any(n.endswith(noun) for n in names):
            if not same_unit(claim, parts[0]):
                return None
            ended = claim
    return ended


def _lead_before(doc: Doc, levels: list[dict], at: int) -> dict | None:
    """The amount the sentence right before a heading of a budget's items leads with (全市一般公共财政支出1678.8亿元，
    增长16%。分主要科目看：), no member's and no part's, else none."""
    before = [c for c in levels if int(c["end"]) <= at]
    if not before:
        return None
    sentence = doc.sentence(before[-1])
    if doc.text[sentence[1]:at].strip(" \n。"):
        return None  # words between the sentence and the heading: not its lead
    lead = next(c for c in before if doc.sentence(c) == sentence)
    return None if lead.get("segment") or _aside(doc, lead) else lead


# Money paid back out of the whole (出口退税 among the main items of tax revenue): subtracted from it, no part of it.
_PAID_BACK = re.compile(r"退税|退库|退还|返还")


def _aside(doc: Doc, claim: dict) -> bool:
    """A part of a part (其中…), the other side of a comparison (去年同期为…) or money paid back (出口退税): no part
    of the breakdown."""
    return PART_BEFORE.search(doc.text, max(0, int(claim["start"]) - 30), int(claim["start"])) is not None \
        or other_side(doc, claim) or _PAID_BACK.search(doc.text, max(0, int(claim["start"]) - 8),
                                                       int(claim["start"])) is not None
