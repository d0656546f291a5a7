"""parts_vs_total for the kinds of one quantity listed clause by clause, each named as a kind of the whole: after a
whole named with 中 (游戏市场实际销售收入中客户端…A，网页…B), or after the figure right before 其中 (医院3.0万个，其中：
公立医院…，民营医院…). Split from among.py, which reads the other parts after 其中."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, like, metric_key, plain, same_unit, shared_end, shown
from checks.relations.part_marker import PART_BEFORE
from checks.relations.periods import periods_conflict
from checks.relations.statements import projected

# 我国游戏市场实际销售收入中客户端网络游戏市场实际销售收入608.9亿元，网页游戏…: a whole named (not stated) with 中,
# then its kinds, each its own name ending in the whole's quantity.
_NAMED_WHOLE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{4,24}?)中\s*[，,]?\s*$")
_QUANTITY_SHARED = 4  # characters the kinds' names and the whole's share at their end, at least
_CLAUSE_REACH = 120  # the whole's name (24 characters at most), 中 and the first kind's name fit well within it


def kinds_of_a_named_whole(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """Kinds of a whole named with 中 right before the first (游戏市场实际销售收入中客户端…A，网页…B): their sum is no
    more than the whole stated before, in the text, of that very quantity, unit and time (1144.8亿元)."""
    for index, first in enumerate(levels):
        # the clause before the figure, within _CLAUSE_REACH characters (a run-on sentence is not read whole)
        start = int(first["start"])
        clause = re.split(r"[，,；;。：:]", doc.text[max(doc.sentence(first)[0], start - _CLAUSE_REACH):start])[-1]
        at = clause.find("中")
        named = _NAMED_WHOLE.match(clause[:at + 1]) if at > 0 else None
        if named is None:
            continue
        whole_name = named.group("whole")
        parts, names = [first], [clause[at + 1:]]
        for part in levels[index + 1:index + 12]:
            gap = re.split(r"[，,；;：:]", doc.between(parts[-1], part))
            if len(gap) != 2 or gap[0].strip() or not doc.same_sentence(first, part) or not same_unit(part, first):
                break  # one clause each, in the named whole's sentence
            parts.append(part)
            names.append(gap[1])
        quantity = shared_end([whole_name, *names])
        if len(parts) < 2 or len(quantity) < _QUANTITY_SHARED or len(set(names)) != len(names):
            continue
        whole = next((c for c in reversed(levels[max(0, index - 40):index]) if same_unit(c, first)
                      and metric_key(c).endswith(quantity) and whole_name.endswith(metric_key(c))
                      and not periods_conflict(doc.period(c), doc.period(first))), None)
        if whole is not None:
            yield _kinds_relation(doc, whole, parts)


def _kinds_relation(doc: Doc, whole: dict, parts: list[dict]) -> Relation:
    stated = sum(bounds(p)[0] for p in parts)
    gap = max(0.0, stated - bounds(whole)[1])
    total = like(parts[0], sum(float(p["value"]) for p in parts))
    arithmetic = (f"{' + '.join(shown(p) for p in parts)} = {total} {'>' if gap else '≤'} whole {shown(whole)}")
    return Relation(doc.name, "parts_vs_total", (whole, *parts), whole.get("metric"), (stated, stated),
                    (-math.inf, bounds(whole)[1]), gap, arithmetic)


_JUST_BEFORE = re.compile(r"\s*[，,]?\s*")  # between a whole and the 其中 right after it
_ONE_CLAUSE = re.compile(r"\s*[，,；;、]\s*[^，,；;、。！？!?\d]{0,16}")


def kinds_after_among(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """医院3.0万个，其中：公立医院12566个，民营医院17153个: the figure right before 其中, and the parts after it whose
    names end with its name (kinds of 医院), one a clause: no more than it. 其中 may refer to a total further back
    (parts_after_among takes the largest); here the names say which total they break down."""
    text = doc.text
    for index, part in enumerate(levels[1:], start=1):
        marker = PART_BEFORE.search(text, max(0, int(part["start"]) - 12), int(part["start"]))
        whole = levels[index - 1]
        name = plain(whole.get("segment")) + metric_key(whole)  # (第二产业增加值: 第三产业's is no kind of it)
        if marker is None or len(name) < 2 or not same_unit(whole, part) \
                or not _JUST_BEFORE.fullmatch(text, int(whole["end"]), marker.start()):
            continue
        parts = [part]
        for claim in levels[index + 1:index + 12]:
            if not _ONE_CLAUSE.fullmatch(doc.between(parts[-1], claim)) or not same_unit(claim, part) \
                    or (projected(claim) and not projected(whole)):
                break  # (…，即将突破1万家门店: a projection, no kind of the stores open)
            parts.append(claim)
        names = [plain(c.get("segment")) + metric_key(c) for c in parts]
        while len(parts) > 1 and not names[len(parts) - 1].endswith(name):
            parts.pop()
        if len(parts) >= 2 and all(n.endswith(name) and n != name for n in names[:len(parts)]) \
                and len(set(names[:len(parts)])) == len(parts):
            yield _kinds_relation(doc, whole, parts)
