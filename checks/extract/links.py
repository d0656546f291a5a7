"""Links between the claims of one sentence: the levels a change is measured from and arrives at, and the members of
a breakdown.

A change states where it ended (增长12.5%至31亿元; rose 12.5% to $3.1 billion) or what it is measured against
(较去年同期的8.65亿元下滑24.2%; 上年同期为1.2亿元，同比增长35%; up 4% from $900 million). Those levels are claims of
their own; here each change gets their values as ``level_after`` and ``base_value``. Read sentence by sentence,
after every claim has its own reading; the words that join the figures are the language's :class:`Joints`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from checks.extract.claim import Claim

CHANGES = ("growth", "change", "multiple")


@dataclass(frozen=True)
class Joints:
    """A language's words between linked figures (each pattern is matched against the text between two claims,
    or against the text before a claim)."""

    to_level: re.Pattern[str]  # change → level: 至, to
    base_before: re.Pattern[str]  # ends the text before a base level: 较去年同期的, 上年同期为
    base_after: re.Pattern[str]  # a base level → the change measured against it: 下滑, (同比)增长
    from_level: re.Pattern[str]  # level reached → its earlier level: from, 较…的
    level_then_change: re.Pattern[str]  # a level → the change of the same quantity right after it: ，同比增长
    from_to: re.Pattern[str]  # ends the text before the first of 从A增至B
    to_second: re.Pattern[str]  # between A and B of 从A增至B


def _same_scale(level: Claim, change: Claim) -> bool:
    """A level can be what a change is of: a percentage change moves an amount (or a rate, with points)."""
    if change.unit == "pp":
        return level.unit == "percent"
    if change.unit in ("percent", "times"):
        return level.unit not in ("pp",)
    return change.unit == level.unit


def link(claims: list[Claim], text: str, joints: Joints, sentence_of: Sequence[tuple[int, int]]) -> list[Claim]:
    """The claims with ``level_after`` and ``base_value`` set where the sentence joins them (``sentence_of`` gives
    each claim's sentence span)."""
    linked = list(claims)
    for index, claim in enumerate(claims):
        if claim.kind not in CHANGES:
            continue
        start = sentence_of[index][0]
        same = [i for i in range(len(claims)) if sentence_of[i][0] == start]
        before = [i for i in same if i < index]
        after = [i for i in same if i > index]
        level_after = base = None
        base_text = basis = None
        # 增长12.5%至31亿元; rose 12.5% to $3.1 billion (from $2.8 billion)
        if after and joints.to_level.fullmatch(text, claim.end, claims[after[0]].start):
            level_after = claims[after[0]]
            if len(after) > 1 and joints.from_level.fullmatch(text, level_after.end, claims[after[1]].start):
                base = claims[after[1]]
        # rose 25% from $1.2 billion (to $1.5 billion)
        elif after and joints.from_level.fullmatch(text, claim.end, claims[after[0]].start) \
                and _same_scale(claims[after[0]], claim):
            base = claims[after[0]]
            if len(after) > 1 and joints.to_level.fullmatch(text, base.end, claims[after[1]].start):
                level_after = claims[after[1]]
        # 从8000万元增长到1.2亿元，增长50%
        if level_after is None and len(before) >= 2:
            first, second = claims[before[-2]], claims[before[-1]]
            if joints.from_to.search(text, max(start, first.start - 16), first.start) \
                    and joints.to_second.fullmatch(text, first.end, second.start) and first.unit == second.unit \
                    and re.fullmatch(r"[^。；;！？!?]{0,12}", text[second.end:claim.start]):
                base, level_after = first, second
        # 营收7.42亿元，较去年同期的8.65亿元下滑24.2%; 净利润1.5亿元，上年同期为1.2亿元，同比增长35%
        if base is None and before:
            candidate = claims[before[-1]]
            stated = joints.base_before.search(text, max(start, candidate.start - 16), candidate.start)
            if stated is not None and joints.base_after.fullmatch(text, candidate.end, claim.start) \
                    and _same_scale(candidate, claim):
                base, basis = candidate, stated.group(0).strip().removesuffix("的").removesuffix("为").strip()
                earlier = [claims[i] for i in before[:-1] if claims[i].unit == candidate.unit]
                if level_after is None and earlier:
                    level_after = earlier[-1]
        # 社会消费品零售总额440823亿元，比上年增长12.5%
        if level_after is None and base is None and before:
            candidate = claims[before[-1]]
            if candidate.kind in ("level", "share", "ratio") and _same_scale(candidate, claim) \
                    and joints.level_then_change.fullmatch(text, candidate.end, claim.start):
                level_after = candidate
        if base is not None:
            base_text = base.text
        if level_after is not None or base is not None:
            named = claim if claim.metric else (level_after or claim)  # 营收7.42亿元，较…下滑24.2%: of 营收
            linked[index] = dataclasses.replace(
                claim, level_after=None if level_after is None else level_after.value,
                base_value=None if base is None else base.value, base_text=base_text, metric=named.metric,
                subject=claim.subject or named.subject, segment=claim.segment or named.segment,
                basis=claim.basis or basis,
                period=level_after.period if level_after is not None and basis else claim.period)
            for level in (base, level_after):  # the levels before and after measure the same quantity
                if level is not None and not level.metric:
                    at = claims.index(level)
                    linked[at] = dataclasses.replace(linked[at], metric=named.metric, subject=named.subject,
                                                     segment=named.segment)
    # A level reached, then its earlier level: eased to 2.9% from 3.4%
    for index, claim in enumerate(linked):
        if claim.base_value is not None or index + 1 >= len(linked):
            continue
        following = linked[index + 1]
        if sentence_of[index + 1][0] == sentence_of[index][0] and following.unit == claim.unit \
                and claim.kind == "growth" and following.kind == claim.kind \
                and joints.from_level.fullmatch(text, claim.end, following.start) and claim.level_after is None:
            linked[index] = dataclasses.replace(claim, base_value=following.value, base_text=following.text)
    return linked
