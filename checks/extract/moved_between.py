"""Two levels a quantity moved between with no rate of its own in the sentence: "Its PBT grew from N107.070bn to
N128.726bn", "净利润从1.2亿元增至1.5亿元". The later level gets the earlier as its ``base_value``, so that a rate
told in another sentence (a 25.23 per cent growth in profit before tax) is read against them.

The joints are the language's own (``from_to`` before the first, ``to_second`` between them, as for 从A增至B with a
rate); a movement word must say that the quantity moved (prices from $10 to $20 is a span, not a move).
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.links import CHANGES, Joints

# A verb of movement before the English "from" (grew from, rose sharply from, went from)
_EN_MOVED = re.compile(r"\b(?:rose|grew|increased|climbed|jumped|soared|surged|fell|dropped|declined|decreased|"
                       r"slipped|slid|plunged|went|moved|expanded|shrank|narrowed|widened|improved|edged\s+(?:up|down)|"
                       r"(?:has|have|had)\s+(?:risen|grown|fallen|increased|decreased|declined|dropped))\b"
                       r"[^.;:\d]{0,30}$", re.IGNORECASE)
# A Chinese word of movement between the two levels (增至, 下降到, 提高到)
_ZH_MOVED = re.compile(r"[增降升涨跌减扩缩提攀回]")
_NEAR = 6  # figures either side that may be the rate of the two levels


def levels_moved_between(claims: list[Claim], text: str, joints: Joints, spans: list[tuple[int, int]],
                         lang: str) -> list[Claim]:
    """The claims, each later level of "from A to B" given A as its base (see the module)."""
    read = list(claims)
    for index in range(len(read) - 1):
        first, second = read[index], read[index + 1]
        if first.kind != "level" or second.kind != "level" or first.unit != second.unit \
                or second.base_value is not None or spans[index][0] != spans[index + 1][0]:
            continue
        sentence_start = spans[index][0]
        if not joints.from_to.search(text, max(sentence_start, first.start - 16), first.start):
            continue
        gap = joints.to_second.fullmatch(text, first.end, second.start)
        if gap is None:
            continue
        if lang == "zh":
            moved = _ZH_MOVED.search(gap.group(0)) is not None
        else:
            head = text[max(sentence_start, first.start - 60):first.start]
            moved = _EN_MOVED.search(head.rsplit("from", 1)[0]) is not None
        if not moved:
            continue
        if first.metric and (second.metric is None or second.metric in gap.group(0)):
            # 从2015年的99229万元上升到2020年的181398万元: B is of A's quantity, not of the words between them, and so
            # is the rate after B that took B's reading (，年均增长12.82%)
            misread = second.metric
            read[index + 1] = second = second.replaced(metric=first.metric, segment=second.segment or first.segment)
            after = index + 2
            if misread and after < len(read) and spans[after][0] == sentence_start \
                    and read[after].kind in CHANGES and read[after].metric == misread:
                read[after] = read[after].replaced(metric=first.metric, segment=second.segment)
        near = range(max(0, index - _NEAR), min(len(read), index + _NEAR))
        if any(spans[at][0] == sentence_start and read[at].kind in CHANGES and (
                read[at].level_after == second.value or read[at].base_value == first.value) for at in near):
            continue  # (从A增至B，增长r: the rate holds them already)
        read[index + 1] = second.replaced(base_value=first.value, base_text=first.text)
    return read
