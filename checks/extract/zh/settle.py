"""The last look at a Chinese reading: a name that refers to one just given (上述收入), a share named by its word alone
(占比58.65%: of the part named before it in its clause chain), and a total so named (总数达到…: of the quantity just
named). A unit read as the name (649万Teu) is left as it is: the relations know it for a vague name."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.mention import Mention
from checks.extract.reading import Reading

# A quantity named by reference to one just named (上述收入, 该指标, 这一比例): the noun it repeats.
REFERRING = ("上述", "前述", "上面", "以上", "该", "此", "这一", "这项", "此项")
REFERENCE = re.compile(rf"(?:{'|'.join(REFERRING)})(?P<noun>[\u4e00-\u9fff]{{2,4}})")
REFERENCE_REACH = 8  # figures back where the quantity referred to may stand
# The word of a share alone, naming no part: 占比58.65%; 比重为25.3%
_BARE_SHARE = {"占比", "比重", "份额", "所占比重", "所占份额", "占比为", "比重为"}
# The word of a total alone (净增10498.9万户，总数达到96399.1万户): the total of the quantity just named
_BARE_TOTAL = {"总数", "总量", "总额", "总规模"}
_CHAIN = re.compile(r"[^。；;！？!?\n]{0,40}")  # the clauses between a part's figure and its share, in one sentence
# A name a share can be made from: Chinese words alone, with no word of a share, a comparison, a verb or a unit in
# it (not 增加值占比, 相比, 均以寿险, 判处, 基本情况, 方米)
_PART_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
_NO_PART = re.compile(r"占|比|均|以|判|情况|方米|其中|约|共|达|为|是|有|将|后|前")


def referred(reading: Reading, metrics: list[str]) -> Reading:
    """``reading`` whose name refers to one just given (上述收入环比增长21%) named as that one (智能手机游戏收入), among
    ``metrics``, the names of the figures just read."""
    # a metric that opens with no word of reference refers to none: a plain test before the pattern
    found = REFERENCE.fullmatch(reading.metric) if reading.metric and reading.metric.startswith(REFERRING) else None
    if found is None:
        return reading
    named = next((m for m in reversed(metrics) if m.endswith(found.group("noun")) and not REFERENCE.fullmatch(m)),
                 None)
    return replace(reading, metric=named) if named is not None else reading


# A count named by a verb of change and its noun (净增门店, 新增用户, 净减少网点): a net change, when the count is below
# zero (a level cannot be)
_CHANGE_NAMED = re.compile(r"(?:净增|新增|增加|(?P<down>净减少?|减少))(?P<noun>[\u4e00-\u9fff]{1,6})")


# Between a rank and the level it ranks (寿险收入排名第一为143.3亿元; 位居第二，达到…)
_RANKED_LEVEL = re.compile(r"\s*(?:位)?\s*[，,]?\s*(?:为|是|达|达到|有)\s*")


def settled(reading: Reading, mention: Mention, previous: tuple[Mention, Reading] | None, text: str) -> Reading:
    """``reading`` with a bare share named by the part before it (国产影片票房127.67亿元，同比增长54.32%，占比58.65%:
    国产影片票房占比) and a bare total by the quantity before it (移动电话用户净增10498.9万户，总数达到96399.1万户:
    移动电话用户总数), when that has a plain name; a count below zero named by a verb of change (净增门店-196家) is
    that change, of the noun after the verb."""
    if reading.kind == "level" and mention.value < 0 and mention.unit == "count":
        changed = _CHANGE_NAMED.fullmatch(reading.metric or "")
        if changed is not None:
            return replace(reading, kind="change", metric=changed.group("noun"),
                           direction="down" if changed.group("down") else "up")
    if not reading.metric and previous is not None and previous[1].kind == "rank" and previous[1].metric \
            and _RANKED_LEVEL.fullmatch(text, previous[0].end, mention.start):
        # 寿险收入排名第一为143.3亿元: the level of what the rank ranks
        return replace(reading, metric=previous[1].metric, subject=reading.subject or previous[1].subject,
                       segment=reading.segment or previous[1].segment)
    bare = reading.metric in _BARE_SHARE if reading.kind == "share" else \
        reading.kind == "level" and reading.metric in _BARE_TOTAL
    if not bare or previous is None or previous[1].kind not in ("level", "growth", "change") \
            or not previous[1].metric or (reading.kind == "share" and previous[1].kind == "change") \
            or not _PART_NAME.fullmatch(previous[1].metric) or _NO_PART.search(previous[1].metric) \
            or not _CHAIN.fullmatch(text, previous[0].end, mention.start):
        return reading
    word = reading.metric.removeprefix("所占").removesuffix("为")  # 份额7.1%: 出货量份额; 比重为25.3%: …比重
    return replace(reading, metric=f"{previous[1].metric}{word}", subject=reading.subject or previous[1].subject,
                   segment=reading.segment or previous[1].segment)


def past_completion(previous: tuple[Mention, Reading] | None, recent: list[tuple[Mention, Reading]], text: str) \
        -> tuple[Mention, Reading] | None:
    """The figure before, as the figures after it read it: a completion ratio (到位资金8.29亿元，完成年度目标任务的
    207.2%，同比增长49.56%) passes on the quantity completed, the one its own figure before measured, not its 完成率."""
    if previous is None or previous[1].kind != "ratio" or not (previous[1].metric or "").endswith("完成率") \
            or len(recent) < 2 or recent[-1][0] is not previous[0]:
        return previous
    before = recent[-2][1]
    if not before.metric or before.kind not in ("level", "change") or re.search(r"[。；;！？!?\n]", text[
            recent[-2][0].end:previous[0].start]):
        return previous
    return previous[0], replace(previous[1], metric=before.metric, subject=before.subject, segment=before.segment,
                                whole=None)
