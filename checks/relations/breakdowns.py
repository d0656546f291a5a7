"""Breakdowns: the labels that partition a whole (线上/线下, 三次产业, male/female), and which member a label names.

A breakdown's members may be summed, one of each; a complete breakdown (every member present) makes the whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Labels of the parts of a whole that partition it: one of each may be summed, and all of them make the whole.
PARTITIONS = (
    ("线上", "线下"), ("城镇", "乡村"), ("城镇", "农村"), ("城市", "农村"), ("男性", "女性"), ("男生", "女生"),
    ("男", "女"), ("国内", "海外"), ("国内", "国际"), ("境内", "境外"), ("出口", "进口"),
    ("一线", "二线", "三线", "四线", "五线", "新一线"), ("东部", "中部", "西部", "东北"),
    ("第一产业", "第二产业", "第三产业"), ("一产", "二产", "三产"), ("自营", "第三方"), ("新客", "老客"),
    ("新用户", "老用户"), ("商品零售", "餐饮"), ("male", "female"), ("men", "women"), ("domestic", "international"),
    ("exports", "imports"), ("online", "offline"), ("urban", "rural"), ("boys", "girls"), ("限上", "限下"),
)
# Partitions that are whole: every member present means the parts make the total (less rounding).
COMPLETE = {("城镇", "乡村"), ("城镇", "农村"), ("男性", "女性"), ("男生", "女生"), ("男", "女"), ("出口", "进口"),
            ("第一产业", "第二产业", "第三产业"), ("一产", "二产", "三产"), ("线上", "线下"), ("境内", "境外"),
            ("商品零售", "餐饮"), ("限上", "限下"),
            ("male", "female"), ("men", "women"), ("boys", "girls"), ("exports", "imports"), ("urban", "rural")}


# Long names of members, in their short form: units above the reporting threshold (限额以上单位, 限上) and below it
# (限额以下, 限下) are one breakdown however they are written.
_SHORT_NAMES = (("限额以上", "限上"), ("限额以下", "限下"))


def short_names(name: str) -> str:
    """A label with its members' long names in their short form (限额以上单位 → 限上单位)."""
    for long, short in _SHORT_NAMES:
        name = name.replace(long, short)
    return name


def partition_of(labels: list[str]) -> tuple[str, ...] | None:
    """The partition whose different members the labels name (线上 and 线下), if any."""
    labels = [short_names(label) for label in labels]
    for partition in PARTITIONS:
        members = []
        for label in labels:
            found = [m for m in partition if _names(label, m)]
            if len(found) != 1:
                break
            members.append(found[0])
        else:
            if len(set(members)) == len(members) >= 2:
                return partition
    return None


@lru_cache(maxsize=65536)
def _names(label: str, member: str) -> bool:
    """Whether a label names a member: as a word in English (female is not male), within the words in Chinese."""
    if member.isascii():
        return re.search(rf"\b{re.escape(member)}\b", label, re.IGNORECASE) is not None
    return member in label


@lru_cache(maxsize=65536)  # labels repeat across a corpus; the answer depends on the label alone
def membership(name: str) -> tuple[tuple[str, ...], str] | None:
    """The breakdown a label names one member of (第一产业 of 第一/第二/第三产业), and that member; 进出口 names the
    whole, not its 出口."""
    name = short_names(name.replace("进出口", "").replace("线上线下", ""))
    for partition in PARTITIONS:
        found = [m for m in partition if _names(name, m)]
        if len(found) == 1:
            return partition, found[0]
    return None
