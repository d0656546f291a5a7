"""parts_vs_total for a sum told as it is made (一般公共预算收入完成147.1亿元…。加上转移性收入49.2亿元,
收入合计196.3亿元): the amount added (after 加上) and the amount it is added to (the last of its unit before in its
paragraph, not a part after 其中) make the total after 合计, 总计 or 共计 in the added amount's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, like, same_unit, shown

_PLUS = re.compile(r"(?:再)?加上[^，,。；;\d]{0,20}$")
_TOTAL = re.compile(r"^[^。；;\d]{0,12}?(?:合计|总计|共计)(?:为|达)?\s*$")
# An amount restated on another basis (支出168.23亿元，剔除一次性因素后，为165.61亿元): not the one the sum is made of.
_ADJUSTED = re.compile(r"(?:剔除|扣除|不含|调整)[^。；;\d]{0,30}?后[，,]?\s*(?:为|是)?\s*$")
_ADDED_TO_REACH = 6  # figures back from the amount added where the amount it is added to stands
_SENTENCE_BACK = 300  # characters of a candidate's sentence before it where its 其中 is looked for (run-on text)


def plus_then_total(doc: Doc) -> Iterable[Relation]:
    if "加上" not in doc.text:
        return
    for index, added in enumerate(doc.claims):
        if added["kind"] != "level" or not _PLUS.search(doc.before(added, 24)):
            continue
        total = doc.claims[index + 1] if index + 1 < len(doc.claims) else None
        if total is None or total["kind"] != "level" or not same_unit(total, added) \
                or not _TOTAL.match(doc.between(added, total)):
            continue
        base = next((c for c in reversed(doc.claims[max(0, index - _ADDED_TO_REACH):index])
                     if c["kind"] == "level" and same_unit(c, added) and doc.paragraph(c) == doc.paragraph(added)
                     and not _ADJUSTED.search(doc.before(c, 40))
                     and doc.text.find("其中", max(doc.sentence(c)[0], int(c["start"]) - _SENTENCE_BACK),
                                       int(c["start"])) < 0), None)
        if base is None:
            continue
        (bl, bh), (al, ah) = bounds(base), bounds(added)
        implied, stated = (bl + al, bh + ah), bounds(total)
        gap = distance(stated, implied)
        summed = float(base["value"]) + float(added["value"])
        arithmetic = (f"{shown(base)} + {shown(added)} = {like(total, summed)} {'≠' if gap else '='} the total "
                      f"{shown(total)}")
        yield Relation(doc.name, "parts_vs_total", (total, base, added), total.get("metric"), stated, implied, gap,
                       arithmetic)
