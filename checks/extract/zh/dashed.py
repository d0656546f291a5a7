"""A section of a statistical bulletin opened by a dash and its name (——小学。校数17所；毕业4008人……): the figures of
that line are the named member's (小学's 在校生, not the county's), until the line ends."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# ——小学。, ——普通高中：, —— 幼儿园。: the dash at the start of a line, a short name, then a full stop or colon
_DASHED = re.compile(r"^[ \t\u3000]*(?:——|—|－－)\s*(?P<name>[\u4e00-\u9fff（）()]{2,12})\s*[。：:]", re.MULTILINE)


def dashed_sections(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, each on a dash-headed line with no member of its own given the line's name as its member."""
    read = list(claims)
    if "—" not in text and "－" not in text:
        return read
    starts = [claim.start for claim in read]  # (in order of position: each line's claims found by bisection)
    for found in _DASHED.finditer(text):
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        for index in range(bisect.bisect_left(starts, found.end()), bisect.bisect_left(starts, end)):
            claim = read[index]
            if not claim.segment and claim.kind != "rank":
                read[index] = claim.replaced(segment=found.group("name"))
    return read
