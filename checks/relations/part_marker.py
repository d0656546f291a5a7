"""Where 其中 marks a figure as a part of the whole before it: in the clause just before the figure, or far before it
across the names of the part's members (其中,重点监测的凤凰古城、矮寨奇观、…、里耶古城等12家景区,累计接待游客
123.93万人次): the 其中 is the part's, though more than a clause's words stand between."""

from __future__ import annotations

import re

PART_BEFORE = re.compile(r"其中[^。！？；;]*$")
# 其中, a few words, then names listed with 、 (at least three), then the rest of the clause up to the part
_NAMES_AFTER = re.compile(r"其中[，,：:]?[^。！？；;\d]{0,8}?(?:[\u4e00-\u9fff]{2,8}、){2,}[^。！？；;]*$")
_NEAR = 30  # characters before a part where its 其中 stands
_REACH = 160  # or, the names between, where it may stand


def part_marker(text: str, start: int) -> re.Match[str] | None:
    """The 其中 that marks a figure starting at ``start`` as a part, or None."""
    near = PART_BEFORE.search(text, max(0, start - _NEAR), start)
    if near is not None or "、" not in text[max(0, start - _REACH):start]:
        return near
    return _NAMES_AFTER.search(text, max(0, start - _REACH), start)
