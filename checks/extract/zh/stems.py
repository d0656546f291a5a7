"""A quantity named again by its bare stem after a member named it in full, in one sentence:
商品房销售面积22.76万平方米，销售量同比增长19.3% (the 销售量 is 商品房's too, not the market's). The bare name takes
the member the full name put before the stem (销售, 成交, 出口, 进口: the first two characters of the bare name),
when it has no member of its own and the full name goes on past the stem (销售面积; not 营业收入 before 收入,
whose 营业 is part of the quantity's name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,6}")
# The stems a market's figures are named by, where this ellipsis is read (real estate and trade releases).
_STEMS = ("销售", "成交", "出口", "进口")
_CLAUSE_OPENS = "，,；;：:。"
# Words before a stem that say when or how much of, not which member: 全年销售额, 累计成交量.
_NOT_MEMBERS = ("全年", "累计", "全市", "全省", "全国", "今年", "本月", "当月", "上半年", "下半年", "同期", "合计",
                "总", "其中", "月度", "季度", "年度", "日均", "平均", "人均")


def stem_members(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a bare name after a full one in its sentence given the full one's member (see the module)."""
    read = list(claims)
    for index in range(1, len(read)):
        claim = read[index]
        metric = claim.metric or ""
        if claim.segment or not 2 < len(metric) <= 5:
            continue
        stem = metric[:2]
        named = text.rfind(metric, max(0, claim.start - 24), claim.start)
        if stem not in _STEMS or named < 1 or text[named - 1] not in _CLAUSE_OPENS:
            continue  # the name said bare, opening its clause (，销售量同比增长): not 对中国出口额, another member's
        for before in range(index - 1, max(-1, index - 7), -1):
            earlier = read[before]
            if earlier.sentence != claim.sentence or not earlier.metric:
                continue
            at = earlier.metric.find(stem)
            member = earlier.metric[:at] if at >= 2 else ""
            if at >= 2 and len(earlier.metric) > at + 2 and _MEMBER.fullmatch(member) \
                    and not member.startswith(_NOT_MEMBERS) and member != claim.subject:
                read[index] = claim.replaced(segment=earlier.segment or member)
                break
    return read
