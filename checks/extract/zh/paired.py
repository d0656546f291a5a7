"""Two quantities named in one word and told as a pair: 汽车产销40.63万辆和36.61万辆 (output, then sales), 同比分别增长
35.39%和20.68%, 占汽车产销总量的63.43%和66.40%. Each figure of the pair is of its own quantity, in the word's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from checks.extract.claim import Claim

# 产销: output and sales, in that order
PAIR = ("产量", "销量")
_JOINED = re.compile(r"\s*(?:和|、|与)\s*")


def paired_quantities(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, the two figures of a pair named by one word (产销) read as its two quantities (产量, 销量)."""
    read = list(claims)
    if "产销" not in text:
        return read
    index = 0
    while index < len(read) - 1:
        first, second = read[index], read[index + 1]
        metric = first.metric or ""
        if metric.endswith("产销") and second.metric == metric and first.unit == second.unit \
                and _JOINED.fullmatch(text, first.end, second.start) \
                and not _JOINED.match(text, second.end):  # two, not the first two of a longer list
            stem = metric.removesuffix("产销")
            one, other = PAIR
            # (占汽车产销总量的63.43%和66.40%: each share of its own quantity's total)
            read[index] = first.replaced(metric=stem + one, whole=_split_whole(first.whole, one))
            read[index + 1] = second.replaced(metric=stem + other, whole=_split_whole(second.whole, other))
            index += 2
            continue
        index += 1
    return read


def _split_whole(whole: str | None, quantity: str) -> str | None:
    return whole.replace("产销总量", quantity, 1).replace("产销", quantity, 1) if whole and "产销" in whole else whole



# Members named together in one short word (东中西部游客接待占比分别为37.44%、32.58%和29.98%): the word, its members
# in order. The figures listed after 分别, as many as the members, are each one member's.
COMPACT_MEMBERS = (
    ("东中西部和东北地区", ("东部", "中部", "西部", "东北地区")),
    ("东中西部", ("东部", "中部", "西部")),
    ("一二三产业", ("第一产业", "第二产业", "第三产业")),
    ("一二三产", ("第一产业", "第二产业", "第三产业")),
)


def compact_members(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, the figures listed after a word that names its members together (东中西部) each read as its own
    member's, the word taken out of their quantity's name (see COMPACT_MEMBERS)."""
    read = list(claims)
    if "分别" not in text:
        return read
    for word, members in COMPACT_MEMBERS:
        if word not in text:
            continue
        for index in range(len(read) - len(members) + 1):
            listed = read[index:index + len(members)]
            metric = listed[0].metric or ""
            if word not in metric or any(c.metric != metric or c.segment or c.unit != listed[0].unit for c in listed) \
                    or "分别" not in text[max(0, listed[0].start - 12):listed[0].start] \
                    or not all(_JOINED.fullmatch(text, a.end, b.start) for a, b in pairwise(listed)):
                continue
            named = metric.replace(word, "", 1) or None
            for offset, member in enumerate(members):
                read[index + offset] = listed[offset].replaced(segment=member, metric=named)
    return read
