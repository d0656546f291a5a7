"""A breakdown's member and its quantity when a Chinese figure's own clause names neither: the member the head of
its sentence names (乡村消费增长相对较慢，实现零售额39.7亿元: 乡村's), a surveyed group's heading (从农村受访者看，…)
for a share, the quantity of the figure before (其中，批发和零售业增长10.8%)."""

from __future__ import annotations

import re

from checks.extract.mention import Mention
from checks.extract.reading import Reading
from checks.extract.zh.answers import group_heading
from checks.extract.zh.measure import is_member, is_quantity
from checks.extract.zh.vocabulary import SEGMENTS

MEMBER_REACH = 120  # how far a breakdown's member takes the quantity before it (not past 工单分类：, 按类型分：)
_CLASSIFIED = re.compile(r"(?:(?P<noun>[\u4e00-\u9fff]{2,6}?)分类|按[\u4e00-\u9fff]{1,6}分)\s*[:：]")

# A member, a word of what it is (消费, 市场), then a clause of words without a figure, closed by a comma; the
# figure's own clause opens on a verb of achieving and names no one (实现零售额, 完成投资): its doer is the head's
# member. A figure's clause that names its own member (城镇市场实现零售额) is read by its own words, before this.
_TOPIC = re.compile(r"\s*(?P<member>" + "|".join(sorted(SEGMENTS, key=len, reverse=True)) + r")"
                    r"(?:消费|市场|地区|企业|居民)[^，,。；;\d]{0,16}[，,]")
_ACHIEVED = re.compile(r"(?:全年|共|累计)?(?:实现|完成|达到)")


def sentence_member(text: str, sentence_start: int, before: int, percent: bool) -> str | None:
    """The group a share's sentence is headed by, or the member of a breakdown that the head of the sentence names
    for a figure whose own clause opens on a verb (see _TOPIC)."""
    if percent and (group := group_heading(text, sentence_start, before)) is not None:
        return group
    topic = _TOPIC.match(text, sentence_start, before)
    if topic is None:
        return None
    one_clause_after = not any(comma in text[topic.end():before] for comma in "，,")
    return topic.group("member") if one_clause_after and _ACHIEVED.match(text, topic.end()) else None


def member_metric(text: str, mention: Mention, previous: tuple[Mention, Reading] | None) -> str | None:
    """A breakdown's member's quantity, its clause naming none: the total its sentence opens with (总人口中，男性…),
    else the last figure's (其中，批发和零售业增长10.8%)."""
    opening = _opening_total(text, mention.start)
    if opening is not None:
        return opening
    if previous is None or not previous[1].metric or is_member(previous[1].metric) \
            or mention.start - previous[0].end > MEMBER_REACH or "\n" in text[previous[0].end:mention.start]:
        return None
    classified = _CLASSIFIED.search(text, previous[0].end, mention.start)  # (工单分类：求决类1878件)
    return previous[1].metric if classified is None else classified.group("noun") or None


# A sentence that opens by naming the total its members are of: 总人口中，男性2.6万人; 在常住人口中，城镇人口…
_OPENS_AMONG = re.compile(r"\s*(?:其中[，,]?)?在?(?P<total>[^，,。；;：:\d在中]{2,12})中[，,]")
_COUNTED = ("人口", "人数", "户数")  # (what a count of people is named: no quantity to is_quantity)


def _opening_total(text: str, at: int) -> str | None:
    """The quantity the sentence of ``at`` opens with as the total of its members (see _OPENS_AMONG)."""
    floor = max(0, at - MEMBER_REACH)
    start = max(text.rfind(stop, floor, at) for stop in "。；;\n") + 1
    found = _OPENS_AMONG.match(text, max(start, floor), at)
    total = found.group("total") if found is not None else ""
    return total if is_quantity(total) or total.endswith(_COUNTED) else None
