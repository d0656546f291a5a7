"""Figures listed without the unit or cue of the one beside them: 分别高0.7、1.4个百分点 (0.7 is points too);
位列第三和第四 (第四 is a place too)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from checks.extract.mention import Mention
from checks.extract.zh.numerals import NUMERALS

# 分别高0.7、1.4个百分点 | 分别增长3.2和4.5%: the bare numbers of a 分别 list share the last one's unit.
# (分别快于全部规模以上工业增加值1.9和4.1个百分点: the whole compared with named between)
_ELLIPTIC_LIST = re.compile(r"分别[\u4e00-\u9fff、\s]{0,16}?((?:\d+(?:\.\d+)?\s*[、和]\s*)+)$")


def listed_before(text: str, last: Mention) -> bool:
    """Whether a 、 or 和 stands right before a percentage or points figure: where bare numbers listed before it end."""
    return last.unit in ("pp", "percent") and text[last.start - 2:last.start].strip()[-1:] in ("、", "和")


def elliptic_before(text: str, last: Mention) -> Iterator[Mention]:
    """The figures listed before ``last`` without a unit, when a 分别 list gives it to them all."""
    if not listed_before(text, last):
        return
    found = _ELLIPTIC_LIST.search(text, max(0, last.start - 40), last.start)
    if found is None:
        return
    for number in re.finditer(r"\d+(?:\.\d+)?", found.group(1)):
        start = found.start(1) + number.start()
        yield dataclasses.replace(last, start=start, end=start + len(number.group()), value=float(number.group()),
                                  qualifier="exact", upper_value=None, vague=False, qualified_in_span=False)


# 位列第三和第四, 分别位居第二、第三: the places listed after a place (第四名 and 第四位 the scanner reads itself).
_NEXT_PLACE = re.compile(rf"\s*(?:和|、|及|与)\s*第(?P<n>{NUMERALS.pattern})(?![名位大产季批次期届轮代类])")


def with_listed(text: str, mention: Mention) -> Iterator[Mention]:
    """A mention with the figures listed before it that share its unit, and the places listed after a place."""
    yield from elliptic_before(text, mention)
    yield mention
    while mention.family == "rank" and mention.qualifier == "exact" and text.startswith(("和", "、", "及", "与", " "),
                                                                                          mention.end):
        found = _NEXT_PLACE.match(text, mention.end)
        numeral = NUMERALS.resolve(found.group("n")) if found else None
        if numeral is None or not numeral.value.is_integer() or numeral.value <= mention.value:
            return
        mention = Mention(found.start("n") - 1, found.end(), numeral.value, "count", "rank", "exact")
        yield mention
