"""A movement named only by the member whose level was just stated: 水电25亿千瓦时，同比下降2.0% (a member of 发电量
listed after 其中) is the fall of 水电's 发电量, not of a quantity called 水电. Read as the level's member and quantity
when nothing but a comma and the movement's words stands between them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_CLAUSE_STOP = re.compile(r"[。；;！？!?\n]")
_MOVES = ("growth", "change")
_REACH = 16  # 25亿千瓦时，同比下降: a comma and a few words of movement


def member_moves(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, each movement named by the member of the level just before it read as that level's (see the
    module)."""
    read = list(claims)
    for index in range(1, len(read)):
        level, moved = read[index - 1], read[index]
        if moved.kind not in _MOVES or moved.segment or not moved.metric or level.kind != "level" \
                or level.segment != moved.metric or not level.metric or moved.start - level.end > _REACH \
                or _CLAUSE_STOP.search(text, level.end, moved.start):
            continue
        read[index] = moved.replaced(metric=level.metric, segment=level.segment, subject=moved.subject or level.subject)
    return read
