"""Figures listed without their unit before one that has it: 分别高0.7、1.4个百分点 (0.7 is points too)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from checks.extract.mention import Mention

# 分别高0.7、1.4个百分点 | 分别增长3.2和4.5%: the bare numbers of a 分别 list share the last one's unit.
_ELLIPTIC_LIST = re.compile(r"分别[\u4e00-\u9fff]{0,4}?((?:\d+(?:\.\d+)?\s*[、和]\s*)+)$")


def elliptic_before(text: str, last: Mention) -> Iterator[Mention]:
    """The figures listed before ``last`` without a unit, when a 分别 list gives it to them all."""
    if last.unit not in ("pp", "percent") or text[last.start - 2:last.start].strip()[-1:] not in ("、", "和"):
        return
    found = _ELLIPTIC_LIST.search(text, max(0, last.start - 40), last.start)
    if found is None:
        return
    for number in re.finditer(r"\d+(?:\.\d+)?", found.group(1)):
        start = found.start(1) + number.start()
        yield dataclasses.replace(last, start=start, end=start + len(number.group()), value=float(number.group()),
                                  qualifier="exact", upper_value=None, vague=False, qualified_in_span=False)
