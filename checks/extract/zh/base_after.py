"""A rate told between its level and the level a year before (营业收入86.4亿元，同比增长21.5%，上年同期为76.8亿元): the
level after the rate is its base, of the same quantity, of the year before. The linker joins the level and the rate
(同比增长 after 86.4亿元); the base said after them, in a clause of its own, is joined here. With no rate between
them (研发支出为2.09亿美元，上一年同期为1.79亿美元) the level after is still the same quantity's, a year before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# ，上年同期为, ；去年同期为人民币: the earlier time opening its clause, then its level
# (。而去年同期是591亿元: in the next sentence, set against it)
_BASE_CLAUSE = re.compile(r"\s*(?:[，,；;]|。\s*(?:而|但)?)\s*(?P<time>上一?年同期|去年同期|上一?年|去年|上期|同期)\s*"
                          r"(?:则)?(?:为|是|值为)\s*"
                          r"(?:人民币|美元|港元)?\s*")


def bases_after(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a rate with its level and no base given the base its next clause states (see the module)."""
    read = list(claims)
    if "同期" not in text and "上年" not in text and "去年" not in text:
        return read
    for index in range(len(read) - 1):
        rate, base = read[index], read[index + 1]
        if rate.kind != "growth" or rate.unit != "percent" or rate.level_after is None or rate.base_value is not None \
                or base.kind != "level" or base.base_value is not None:
            continue
        said = _BASE_CLAUSE.fullmatch(text, rate.end, base.start)
        level = next((claim for claim in reversed(read[max(0, index - 3):index])
                      if claim.value == rate.level_after and claim.kind == "level"), None)
        if said is None or level is None or level.unit != base.unit:
            continue
        read[index] = rate.replaced(base_value=base.value, base_text=base.text, basis=rate.basis or said.group("time"))
        read[index + 1] = base.replaced(metric=base.metric or level.metric, subject=base.subject or level.subject,
                                        segment=base.segment or level.segment, period=base.period or said.group("time"))
    for index in range(len(read) - 1):
        level, base = read[index], read[index + 1]
        if level.kind != "level" or base.kind != "level" or level.unit != base.unit or not level.metric:
            continue
        said = _BASE_CLAUSE.fullmatch(text, level.end, base.start)
        if said is not None:  # (the words before the earlier level are only its time: its name is the level's)
            read[index + 1] = base.replaced(metric=level.metric, subject=level.subject, segment=level.segment,
                                            period=said.group("time"))
    return read
