"""A balance's increase told in a clause after it (企事业单位贷款余额134.15万亿元，同比增长12.6%；上半年增加11.56
万亿元，同比多增2.99万亿元). The increase over a span (上半年增加, 比年初增加) names no quantity of its own: it is the
balance's change over that span; the comparison of that increase with the year before (同比多增, 同比少增) is a quantity
of its own, the increase's (…增加额), so that the two are never read as one figure told twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# ；上半年增加, ，全年增加, ，比年初增加, ，当月增加: a span's increase or decrease opening its clause
_SPAN_CHANGE = re.compile(r"[；;，,]\s*(?:[\u4e00-\u9fff\d]{1,6}?)?(?:比年初|较年初)?(?:增加|减少|新增|下降)\s*$")
_VERSUS_YEAR = re.compile(r"[，,]\s*同比(?:多增|少增|多减|少减)\s*$")


def increments(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a balance's increase and its comparison named after the balance (see the module)."""
    read = list(claims)
    if "余额" not in text:
        return read
    for index in range(1, len(read)):
        change = read[index]
        if change.kind != "change" or change.metric:
            continue
        before = text[max(0, change.start - 12):change.start]
        span = _SPAN_CHANGE.search(before)
        versus = _VERSUS_YEAR.search(before)
        if span is None and versus is None:
            continue
        balance = next((c for c in reversed(read[max(0, index - 6):index])
                        if c.kind == "level" and c.unit == change.unit and c.metric and c.metric.endswith("余额")
                        and not re.search(r"[。！？!?\n]", text[c.end:change.start])), None)
        if balance is None:
            continue
        name = balance.metric if span is not None else f"{balance.metric.removesuffix('余额')}增加额"
        read[index] = change.replaced(metric=name, subject=change.subject or balance.subject,
                                      segment=change.segment or balance.segment)
    return read
