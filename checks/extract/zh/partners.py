"""A trade partner named in the clause before a figure's: 我省对欧盟进出口大幅增长，进出口总值18.6亿元，增长98.5% (the
EU's trade, not the province's). The partner opens its sentence's clause chain with 对…, says how the trade went with no
figure of its own, and the figures after it in the sentence, of the trade's flow, are the partner's until another
partner (对“一带一路”沿线国家进出口67.6亿元) names its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.zh.vocabulary import ONE_CHARACTER_PARTNER

# 我省对欧盟进出口大幅增长，: a partner, the flow, how it went, and no figure
_PARTNER_CLAUSE = re.compile(rf"对(?P<partner>{ONE_CHARACTER_PARTNER}|[\u4e00-\u9fff“”\"]{{2,12}}?)"
                             r"(?P<flow>进出口|出口|进口)[\u4e00-\u9fff]{0,8}[，,]")
_FLOWS = ("进出口", "出口", "进口")
_REACH = 80  # characters before a figure where its partner's clause may open


def partners_before(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a figure of a flow with no member of its own given the partner its sentence named before it."""
    read = list(claims)
    if "对" not in text:
        return read
    for index, claim in enumerate(read):
        if claim.segment or claim.kind != "level" or not (claim.metric or "").startswith(_FLOWS):
            continue
        window = re.split(r"[。！？!?；;\n]", text[max(0, claim.start - _REACH):claim.start])[-1]
        found = list(_PARTNER_CLAUSE.finditer(window))
        if not found or re.search(r"\d", window[found[-1].end():]):
            continue  # (a figure between the partner's clause and this one: the partner's own, or another's)
        if not (claim.metric or "").startswith(found[-1].group("flow")):
            continue
        partner = found[-1].group("partner").strip("“”\"")
        read[index] = claim.replaced(segment=partner)
        for after in range(index + 1, min(len(read), index + 4)):  # its rates (增长98.5%, linked to it) are its too
            rate = read[after]
            if rate.segment or claim.value not in (rate.level_after, rate.base_value) \
                    or re.search(r"[。！？!?；;\n]", text[claim.end:rate.start]):
                break
            read[after] = rate.replaced(segment=partner)
    return read
