"""parts_vs_total for a breakdown closed by "the rest": 中国黄金实际消费量为541.22吨…。从具体消费品来看，
黄金饰品消费量为351.84吨…；金条和金币分别消耗133.61吨和4.1吨…；工业和其他51.67吨. When the last amount of
a sentence is named as the others (其他, 其它, 其余), the amounts of its unit in that sentence are a whole
breakdown of the total stated just before them: they make the total, less the rounding of each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, same_unit
from checks.relations.parts import _a_level, _relation
from checks.relations.periods import periods_conflict
from checks.relations.statements import A_YEAR_BEFORE

# The rest, named in the last amount's clause: 工业和其他, 工业及其他用金, 其余.
# (计算机、通信和其他电子设备制造业 is one industry's name, not the rest)
_THE_REST = re.compile(r"(?:^|和|及|与|、)(?:其他|其它|其余)[\u4e00-\u9fff]{0,3}?(?:为|有|达|共|约|是|合计)?$")
_CLAUSE = re.compile(r"[，,；;：:。]")
# The words that open the breakdown of a total: 其中, 从具体消费品来看, 具体看, 分…看.
_BREAKS_DOWN = re.compile(r"其中|具体|来看|看[，,:：]")
_FULL_STOP = re.compile(r"[。！？!?\n]")
_FEWEST = 3  # amounts, the rest among them: fewer is no breakdown one can tell from a pair


def parts_closed_by_the_rest(doc: Doc) -> Iterable[Relation]:
    levels = [c for c in doc.claims if _a_level(doc, c)]
    for index, rest in enumerate(levels):
        clause = _CLAUSE.split(doc.before(rest, 24))[-1]
        if not _THE_REST.search(clause.strip()) or "其中" in clause:
            continue
        members = [rest]
        for claim in reversed(levels[:index]):
            if _FULL_STOP.search(doc.between(claim, rest)):
                break  # (the sentence's clauses after ；are its own)
            if same_unit(claim, rest) and not A_YEAR_BEFORE.search(doc.before(claim, 12)):
                members.insert(0, claim)
        total = _total_before(doc, levels, members)
        if total is not None and len(members) >= _FEWEST:
            yield _relation(doc, total, members, complete=True)


def _total_before(doc: Doc, levels: list[dict], members: list[dict]) -> dict | None:
    """The amount the breakdown is of: the nearest level of its unit before the first member, larger than every
    member, of no other time, with words that break it down (_BREAKS_DOWN) between it and the first member, in the
    members' paragraph or the one before."""
    first = members[0]
    largest = max(bounds(m)[1] for m in members)
    for claim in reversed(levels[:levels.index(first)]):
        if doc.paragraph(first) - doc.paragraph(claim) > 1:
            return None
        if not same_unit(claim, first) or A_YEAR_BEFORE.search(doc.before(claim, 12)):
            continue
        if bounds(claim)[0] <= largest or periods_conflict(doc.period(claim), doc.period(first)) \
                or not _BREAKS_DOWN.search(doc.between(claim, first)):
            return None
        return claim
    return None
