"""Earlier levels listed by their times after a level: 净营收为138.620亿元，上一季度和去年同期分别为138.283亿元和
115.348亿元，同比增长20.2%.

The figures after 分别 are the level's quantity at the times named before it, in order, so each takes the level's
subject, metric and segment and the time named for it; the level's change after them (同比增长20.2%) ends at the
level and is measured from the earlier level of its comparison (同比: 去年同期; 环比: 上一季度, 上月).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_TIME = r"(?:上一?季度|上个?月|上期|上一?年|上年同期|去年同期|去年|前一?年|前值|同期|上半年|上一交易日)"
# ，上一季度和去年同期分别为: the earlier times, then 分别 and the first of their figures
_LISTED = re.compile(rf"\s*[，,]\s*(?P<first>{_TIME})\s*(?:和|与|、|及)\s*(?P<second>{_TIME})"
                     r"\s*(?:的?[\u4e00-\u9fff]{0,6}?)?分别(?:为|是|达)?\s*")
_AND = re.compile(r"\s*(?:和|与|、|及|，|,)\s*")
_THEN_CHANGE = re.compile(r"\s*[，,]\s*(?P<basis>同比|环比)")
_OF_BASIS = {"同比": ("去年同期", "上年同期", "去年", "上年", "上一年", "前一年", "同期"),
             "环比": ("上一季度", "上季度", "上月", "上个月", "上期", "前值", "上一交易日")}


def earlier_periods(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, the earlier levels listed by their times after a level read as that level's (see the module)."""
    read = list(claims)
    if "分别" not in text:
        return read
    for index in range(len(read) - 2):
        level, first, second = read[index], read[index + 1], read[index + 2]
        listed = _LISTED.fullmatch(text, level.end, first.start)
        if listed is None or level.kind != "level" or first.kind != "level" or second.kind != "level" \
                or not (level.unit == first.unit == second.unit) or not _AND.fullmatch(text, first.end, second.start):
            continue
        times = (listed.group("first"), listed.group("second"))
        for offset, time in enumerate(times, start=1):
            read[index + offset] = read[index + offset].replaced(
                metric=level.metric, subject=level.subject, segment=level.segment, period=time)
        if index + 3 < len(read):
            change = read[index + 3]
            basis = _THEN_CHANGE.match(text, second.end)
            if basis is not None and change.kind in ("growth", "change") and change.start - second.end <= 8:
                earlier = next((read[index + offset] for offset, time in enumerate(times, start=1)
                                if time in _OF_BASIS[basis.group("basis")]), None)
                if earlier is not None and (change.unit == "percent" or change.unit == level.unit):
                    read[index + 3] = change.replaced(level_after=level.value, base_value=earlier.value,
                                                      base_text=earlier.text, metric=level.metric,
                                                      subject=level.subject, segment=level.segment,
                                                      period=level.period)
    return read
