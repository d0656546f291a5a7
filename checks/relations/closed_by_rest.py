"""parts_vs_total for breakdowns told apart from their totals by their words, in Chinese:

- closed by "the rest": 中国黄金实际消费量为541.22吨…。从具体消费品来看，黄金饰品消费量为351.84吨…；金条和金币分别消耗
  133.61吨和4.1吨…；工业和其他51.67吨. When the last amount of a sentence is named as the others (其他, 其它, 其余),
  the amounts of its unit in that sentence are a whole breakdown of the total stated just before them;
- told as a named total's make-up: 从社会消费品零售总额的行业构成看，批发业…；零售业…: the sentence's amounts make it;
- bulleted or numbered after 其中: at a line's end (其中:\n●铁路…\n●公路…; 其中:\n(1)…\n(2)…): each line's first
  amount is a part, and the parts are no more than the total, or make it when the last line is the rest (其他…).

A whole breakdown makes the total, less the rounding of each amount.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, plain, same_unit
from checks.relations.parts import _a_level, _relation
from checks.relations.periods import periods_conflict
from checks.relations.statements import A_YEAR_BEFORE

# The rest, named in the last amount's clause: 工业和其他, 工业及其他用金, 其余.
# (计算机、通信和其他电子设备制造业 is one industry's name, not the rest)
_THE_REST = re.compile(r"(?:^|和|及|与|、)(?:其他|其它|其余)[\u4e00-\u9fff]{0,3}?(?:为|有|达|共|约|是|合计)?$")
_CLAUSE = re.compile(r"[，,；;：:。]")
# The words that open the breakdown of a total: 其中, 从具体消费品来看, 具体看, 分…看.
_BREAKS_DOWN = re.compile(r"其中|具体|来看|构成看|结构看|看[，,:：]")
_FULL_STOP = re.compile(r"[。！？!?\n]")
_FEWEST = 3  # amounts, the rest among them: fewer is no breakdown told apart from a pair
# A sentence that tells a named total's whole make-up: 从社会消费品零售总额的行业构成看 (not 分收入结构看, which may
# list a few items only).
_COMPOSED = re.compile(r"从(?P<whole>[^，,。；;]{2,24}?)的[^，,。；;]{0,6}构成(?:来)?看")
_COMPOSED_REACH = 200  # characters back from an amount its sentence's opening words are looked for (a run-on text)


def parts_closed_by_the_rest(doc: Doc) -> Iterable[Relation]:
    levels = [c for c in doc.claims if _a_level(doc, c)]
    yield from _composed(doc, levels)
    yield from _bulleted(doc, levels)
    for index, rest in enumerate(levels):
        clause = _CLAUSE.split(doc.before(rest, 24))[-1]
        if not _THE_REST.search(clause.strip()) or "其中" in clause:
            continue
        members, first = [rest], index
        for at in range(index - 1, max(-1, index - 1 - _MOST_PARTS), -1):
            claim = levels[at]
            if _FULL_STOP.search(doc.between(claim, rest)):
                break  # (the sentence's clauses after ；are its own)
            if same_unit(claim, rest) and not A_YEAR_BEFORE.search(doc.before(claim, 12)):
                members.insert(0, claim)
                first = at
        total = _total_before(doc, levels, members, first)
        if total is not None and len(members) >= _FEWEST:
            yield _relation(doc, total, members, complete=True)


def _composed(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """从社会消费品零售总额的行业构成看，批发业零售额20.42亿元…；零售业49.82亿元…；住宿业2.11亿元…；餐饮业1.80亿元: the
    amounts of one unit in a sentence that opens by saying it tells the total's make-up (see _COMPOSED) make it."""
    for index, first in enumerate(levels):
        floor = max(0, int(first["start"]) - _COMPOSED_REACH)
        start = max(floor, doc.text.rfind("。", floor, int(first["start"])) + 1)
        named = _COMPOSED.search(doc.text, start, int(first["start"]))
        if named is None or _FULL_STOP.search(doc.text, start, int(first["start"])) or (
                index and int(levels[index - 1]["start"]) >= named.end()
                and not _FULL_STOP.search(doc.between(levels[index - 1], first))):
            continue  # (the first amount after the words only)
        members = [first]
        for claim in levels[index + 1:index + 1 + _MOST_PARTS]:
            if _FULL_STOP.search(doc.between(first, claim)):
                break
            if same_unit(claim, first) and not A_YEAR_BEFORE.search(doc.before(claim, 12)):
                members.append(claim)
        total = _total_before(doc, levels, members, index)
        if total is not None and len(members) >= 2 \
                and plain(total.get("metric")) and plain(total.get("metric")) in plain(named.group("whole")):
            yield _relation(doc, total, members, complete=True)


# 其中: at a line's end, then one line a part, each opened by a bullet.
_AMONG_THEM = re.compile(r"其中\s*[:：]\s*\n")
# (numbered too: (1)工资奖金津补贴…, 1. …, ①…)
_BULLET = re.compile(r"[ \t\u3000]*(?:[●•·▪◆■◇○\-–—*]|[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])")
# A bulleted line naming the rest (…\n(4)其他工资福利支出…): the lines before it and it make the whole total.
_REST_LINE = re.compile(r"\s*(?:其他|其它|其余)")
_MOST_PARTS = 40  # amounts a breakdown is read over, either way: no walk through a run-on text


def _bulleted(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """全社会跨区域人员流动量90.2亿人次…。其中:\n●铁路旅客发送量5.1亿人次…\n●公路…83.9亿人次…: the first amount of each
    bulleted line after 其中: is a part of the amount before it, of its unit; the parts are no more than it."""
    if "其中" not in doc.text:
        return
    starts = [int(c["start"]) for c in levels]  # (found by bisection: linear in the text's length)
    for found in _AMONG_THEM.finditer(doc.text):
        before = bisect.bisect_left(starts, found.start())
        total = levels[before - 1] if before else None
        if total is None or _FULL_STOP.search(doc.text, int(total["end"]), found.start() - 1):
            continue  # (the total in the sentence 其中 ends)
        parts, at, lines, rest, shape = [], found.end(), 0, False, None
        while (bullet := _BULLET.match(doc.text, at)) and len(parts) < _MOST_PARTS:
            if shape not in (None, _shape(bullet.group())):
                break  # (1)…(4)… then 2.机关商品和服务支出: the list of the level above goes on
            shape = _shape(bullet.group())
            end = doc.text.find("\n", at)
            end = len(doc.text) if end < 0 else end
            on_line = levels[bisect.bisect_left(starts, at):bisect.bisect_left(starts, end)]
            first = next((c for c in on_line if same_unit(c, total)), None)
            if first is not None:
                parts.append(first)
            lines, rest, at = lines + 1, _REST_LINE.match(doc.text, bullet.end()) is not None, end + 1
        if len(parts) >= 2 and all(bounds(p)[1] < bounds(total)[0] for p in parts):
            yield _relation(doc, total, parts, complete=rest and len(parts) == lines)


def _shape(bullet: str) -> str:
    """A bullet with its numbers made alike: (1) and (4) are one list's, 2. another's."""
    return re.sub(r"\d+", "0", re.sub(r"[①-⑳]", "①", bullet.strip()))


def _total_before(doc: Doc, levels: list[dict], members: list[dict], at: int) -> dict | None:
    """The amount the breakdown is of: the nearest level of its unit before the first member, larger than every
    member, of no other time, with words that break it down (_BREAKS_DOWN) between it and the first member, in the
    members' paragraph or the one before; ``at``, the first member's place among ``levels``."""
    first = members[0]
    largest = max(bounds(m)[1] for m in members)
    for claim in reversed(levels[max(0, at - _MOST_PARTS):at]):
        if doc.paragraph(first) - doc.paragraph(claim) > 1:
            return None
        if not same_unit(claim, first) or A_YEAR_BEFORE.search(doc.before(claim, 12)):
            continue
        if bounds(claim)[0] <= largest or periods_conflict(doc.period(claim), doc.period(first)) \
                or not _BREAKS_DOWN.search(doc.between(claim, first)):
            return None
        return claim
    return None
