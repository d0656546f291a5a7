"""share_vs_counts for a completion stated against its target in one breath, as fiscal releases give it: 一般公共预算
收入累计完成24627万元，完成年初预算数60999万元的40.4% (24627 over 60999 is 40.37%); 实现营业收入8.2亿元，完成全年
目标的… is left alone (no target amount).

The amount achieved is the nearest amount of the target's unit before it in its sentence; the completion ratio is
the percentage right after the target's 的.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.share_math import share_relation

# 完成年初预算数; 完成预算; 完成全年计划; 为年度目标: the target named before its amount
_TARGET = re.compile(r"(?:完成|达到|为|占)(?:年初|全年|年度|本年|当年|年)?(?:目标任务|计划任务|预算|计划|目标|任务)"
                     r"(?:数|额|数额)?\s*$")  # (完成年目标任务12500人的98.5%)
_OF = re.compile(r"\s*的\s*$")


def completion_vs_target(doc: Doc) -> Iterable[Relation]:
    if "预算" not in doc.text and "计划" not in doc.text and "目标" not in doc.text:
        return
    claims = doc.claims
    for index in range(1, len(claims) - 1):
        target, ratio = claims[index], claims[index + 1]
        if ratio["unit"] != "percent" or target["kind"] != "level" or not _OF.fullmatch(doc.between(target, ratio)) \
                or not _TARGET.search(doc.before(target, 12)):
            continue
        achieved = next((c for c in reversed(claims[max(0, index - 4):index])
                         if c["kind"] == "level" and c["unit"] == target["unit"] and doc.same_sentence(c, target)),
                        None)
        if achieved is not None:
            yield share_relation(doc, ratio, achieved, [target], "its target")
