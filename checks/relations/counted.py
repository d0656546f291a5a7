"""parts_vs_total for members counted by what became of them: 在41个工业大类行业中，29个行业利润增加，1个行业持平，11个
行业减少; 70个大中城市中，价格下降的城市有64个，持平的城市有4个，上涨的城市有2个.

A count of a group followed by 中 opens a sentence whose next clauses each open with a count of the same counter (29
个行业…，1个行业…): the members sorted by what happened to them, which do not overlap, so they add up to no more
than the group. A clause with a threshold (超过, 以上: 7个省份收入超过400亿元，9个省份游客超过千万) or a part of a part
(其中) counts members that may overlap, and ends the list. The members may also be counted at their clauses' ends,
each clause saying what became of them and naming the group's noun before 有 (价格下降的城市有64个).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds
from checks.relations.parts import _a_level

_AMONG = re.compile(r"\s*(?P<noun>[\u4e00-\u9fff]{0,10}?)中\s*[，,]\s*(?:有)?\s*$")
# 51件民生实事中44件已全部落实到位: the group, then its first member's count right after 中
_AMONG_DIRECT = re.compile(r"\s*(?P<noun>[\u4e00-\u9fff]{1,10}?)中\s*(?:有)?\s*$")
# A clause whose members may also be counted in another: a threshold, a part of a part, a share (均达到序时进度 is
# what became of them, no threshold: 均 and 达到 overlap only before a figure).
_OVERLAPS = re.compile(r"超过|以上|以下|高于|低于|不足|不到|逾|其中|占|分别|"
                       r"(?:均|都)?(?:达到|达|在|为)(?=\s*[\d一二三四五六七八九十百千万亿])")
# 需要跨年度实施的7件: a clause that says what became of the members before it counts them
_OPENS = re.compile(r"[，,；;]\s*(?:有|另有|还有)?\s*$|[，,；;]\s*[^，,；;。！？!?\n\d]{2,12}的\s*$")
_MEMBERS_REACH = 12  # counts after the group's where its members may be counted
# 价格下降的城市有64个: a member counted at its clause's end, what became of it and the group's noun before 有.
_CLOSES = re.compile(r"[，,；;]\s*(?P<what>[^，,；;。！？!?\n\d]{1,16}?)的(?P<noun>[\u4e00-\u9fff]{1,4})有\s*$")


def counted_among(doc: Doc) -> Iterable[Relation]:
    """在39个行业中，23个行业增加，14个行业减少: the counts that open the clauses after a group's (with the same
    counter, the group's noun or none after them, and no other figure) against the group: no more than it. The group
    and its first member are often one figure, read as a share (39个行业中，23个: 23 of 39)."""
    for head in doc.claims:
        found = _group(doc, head)
        if found is None:
            continue
        size, first, noun = found
        parts = [] if first is None else [head]
        counted = [] if first is None else [first]
        for part in doc.claims[int(head["_index"]) + 1:int(head["_index"]) + _MEMBERS_REACH]:
            before = doc.between(parts[-1] if parts else head, part)
            if re.search(r"[。！？!?\n]", before) or part["unit"] != "count" or _counter(part) != _counter(head) \
                    or not _a_level(doc, part):
                break
            if not _OPENS.search(before) and not _closes(doc, before, part, noun) \
                    and not (not parts and _AMONG_DIRECT.fullmatch(before)):
                break
            clause = doc.text[int(part["end"]):int(part["end"]) + 30]
            clause = clause[:_clause_end(clause)] if _clause_end(clause) >= 0 else clause
            if _OVERLAPS.search(clause) or not _of_the_group(clause, noun):
                break  # 7个省份收入超过400亿元; 29个城市 among 行业: members that may overlap, or another group
            parts.append(part)
            counted.append(float(part["value"]))
        if len(counted) >= 2:
            yield _relation(doc, head, size, parts, counted)
        elif first is None:
            yield from (_relation(doc, head, size, [part], [float(part["value"])]) for part in _each(doc, head, noun))


_SAMPLED = re.compile(r"^(?P<size>\d+)(?P<counter>[个家项座所])(?P<noun>[\u4e00-\u9fff]{0,10}?)中\s*[，,]\s*(?:有)?"
                      r"(?P<first>\d+)(?P=counter)$")


def _group(doc: Doc, claim: dict) -> tuple[float, float | None, str] | None:
    """(the group's size, its first member's count when one figure holds both, the group's noun) of a figure that
    opens 在…中, else None."""
    if claim["kind"] == "share":
        sampled = _SAMPLED.match(str(claim["text"]))
        if sampled is None:
            return None
        return float(sampled.group("size")), float(sampled.group("first")), sampled.group("noun")
    if claim["unit"] != "count" or "中" not in doc.after(claim, 14) or not _a_level(doc, claim):
        return None
    opened = doc.text[int(claim["end"]):int(claim["end"]) + 16]
    end = _clause_end(opened)
    among = _AMONG.match(opened[:end + 1]) if end >= 0 else None
    if among is None and int(claim["_index"]) + 1 < len(doc.claims):
        after = doc.claims[int(claim["_index"]) + 1]
        among = _AMONG_DIRECT.fullmatch(doc.between(claim, after)) if _counter(after) == _counter(claim) else None
    return (float(claim["value"]), None, among.group("noun")) if among else None


def _closes(doc: Doc, before: str, part: dict, noun: str) -> bool:
    """Whether a count ends a clause that says what became of members of the group (，价格下降的城市有64个，): the
    group's noun (or its last word) before 有, nothing after the count but the clause's end, and no threshold."""
    found = _CLOSES.search(before)
    if found is None or _OVERLAPS.search(found.group("what")) or not noun.endswith(found.group("noun")):
        return False
    return re.match(r"\s*(?:[，,；;。！？!?\n]|$)", doc.after(part, 2)) is not None


# 70个大中城市中，…上涨城市(分别)有74个(和57个): members of the group counted by what became of them, each no more
# than the group (two counts of one clause after 分别 may overlap: each is judged alone).
_HAS = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,4})(?:分别)?有\s*$")
_AND_NEXT = re.compile(r"\s*(?:和|、|与)\s*$")


def _each(doc: Doc, head: dict, noun: str) -> list[dict]:
    """The counts after a group's, in its sentence, that say how many of its members did something (see _HAS)."""
    found: list[dict] = []
    for part in doc.claims[int(head["_index"]) + 1:int(head["_index"]) + _MEMBERS_REACH]:
        if not doc.same_sentence(part, head) or part["unit"] != "count" or _counter(part) != _counter(head):
            break
        has = _HAS.search(doc.between(found[-1] if found else head, part))
        if (has is None or not noun.endswith(has.group("noun")[-2:])) and not (
                found and _AND_NEXT.fullmatch(doc.between(found[-1], part))):
            break
        found.append(part)
    return found


def _counter(claim: dict) -> str:
    text = str(claim["text"])
    return text[-1] if text and not text[-1].isdigit() else ""


_VERB_FIRST = "已均都全完达实持增减亏盈未正获"


def _of_the_group(clause: str, noun: str) -> bool:
    """Whether a member's clause counts the group's kind: the group's noun (or its last word) after the count, or
    no noun at all (1个持平)."""
    if not clause or not "\u4e00" <= clause[0] <= "\u9fff" or not noun or clause[0] in _VERB_FIRST:
        return True  # (44件已全部落实到位: what became of them, no noun)
    return clause[:2] in noun or noun.endswith(clause[:2])


def _relation(doc: Doc, head: dict, size: float, parts: list[dict], counted: list[float]) -> Relation:
    total = sum(counted)
    gap = max(0.0, total - size)
    written = " + ".join(f"{value:g}" for value in counted)
    arithmetic = f"{written} = {total:g} {'>' if gap else '≤'} the {size:g} counted in all ({head['text']})"
    claims = (head, *[p for p in parts if p is not head])
    return Relation(doc.name, "parts_vs_total", claims, head.get("metric"), (total, total), (-math.inf, size), gap,
                    arithmetic)


def _clause_end(text: str) -> int:
    found = re.search(r"[，,；;。！？!?\n]", text)
    return found.start() if found else -1


# 37个大类行业中21个: the group's size and the members counted, one figure read as a share.
_SAMPLE = re.compile(r"^(?P<size>\d+)(?P<counter>[个家项座所名户人])[\u4e00-\u9fff]{0,10}?中\s*[，,]?\s*(?:有)?"
                     r"(?P<count>\d+)(?P=counter)?$")
# …生产实现增长，增长面为56.8%: the share the count makes, named after it (面, 比例, 比重, 占比) in its sentence.
_SHARE_NAMED = re.compile(r"[^。；;！？!?\d]{0,24}?(?:面|比例|比重|占比)\s*(?:为|达到?|是)?\s*$")


def share_of_the_counted(doc: Doc) -> Iterable[Relation]:
    """37个大类行业中21个行业生产实现增长，增长面为56.8%: the count of a group told as a share (21 of 37, 56.76%) and
    the percent said of it after, in its sentence: one share, told twice."""
    for index, sample in enumerate(doc.claims[:-1]):
        found = _SAMPLE.match(str(sample["text"])) if sample["kind"] == "share" else None
        told = doc.claims[index + 1]
        if found is None or told["kind"] != "share" or told["unit"] != "percent" or told.get("whole") \
                or not doc.same_sentence(sample, told) or not _SHARE_NAMED.fullmatch(doc.between(sample, told)):
            continue
        size, count = float(found.group("size")), float(found.group("count"))
        if not 0 < count <= size:
            continue
        share = count / size * 100
        low, high = bounds(told)
        gap = max(0.0, low - share, share - high)
        arithmetic = (f"{count:g} of {size:g} ({sample['text']}) is {share:.2f}%; stated {told['text']}")
        yield Relation(doc.name, "share_vs_counts", (sample, told), told.get("metric"), (low, high), (share, share),
                       gap, arithmetic)


def group_restated(doc: Doc) -> Iterable[Relation]:
    """在615家五星级酒店中，有152家属国有: the group a sample phrase counts its members among, against the count of
    the same noun and counter stated before it, its noun before its figure (其中五星级酒店615家; not 34个工业行业实现
    同比增长, a count of the members that grew): one count, told twice."""
    for index, sample in enumerate(doc.claims):
        found = _SAMPLE.match(str(sample["text"])) if sample["kind"] == "share" else None
        if found is None:
            continue
        noun = str(sample["text"])[len(found.group("size")) + len(found.group("counter")):].split("中")[0]
        counter = found.group("counter")
        if len(noun) < 2:
            continue
        told = [c for c in doc.claims[max(0, index - 40):index] if c["kind"] == "level" and c["unit"] == "count"
                and int(c["end"]) <= int(sample["start"]) and noun in doc.before(c, len(noun) + 4)
                and str(c["text"]).endswith(counter) and str(c.get("metric") or "").endswith(noun)]
        if len(told) != 1:
            continue
        size = float(found.group("size"))
        low, high = bounds(told[0])
        gap = max(0.0, low - size, size - high)
        arithmetic = (f"the {size:g}{counter}{noun} {sample['text']} counts among and {told[0]['text']} state one "
                      f"count{'' if not gap else ', but differ'}")
        yield Relation(doc.name, "restated", (told[0], sample), told[0].get("metric"), (size, size), (low, high), gap,
                       arithmetic)
