"""Links between the claims of one sentence: the levels a change is measured from and arrives at, and the members of
a breakdown.

A change states where it ended (增长12.5%至31亿元; rose 12.5% to $3.1 billion) or what it is measured against
(较去年同期的8.65亿元下滑24.2%; 上年同期为1.2亿元，同比增长35%; up 4% from $900 million). Those levels are claims of
their own; here each change gets their values as ``level_after`` and ``base_value``. Read sentence by sentence,
after every claim has its own reading; the words that join the figures are the language's :class:`Joints`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from checks.extract.between import (
    CHAINED,
    OR_PER_SHARE,
    PER_SHARE_THEN_CHANGE,
    SIBLING,
    TARGET_BEFORE,
    TARGET_OF,
    a_target,
    completes_before,
    past_bracket,
    past_restatement,
    restates,
)
from checks.extract.claim import Claim

CHANGES = ("growth", "change", "multiple")
# A length of time naming a period, no figure between two levels (for the three-month period; the three months ended)
_SCOPE = re.compile(r"[\w]+[- ](?:months?|years?|weeks?|days?|quarters?)", re.IGNORECASE)
# A per-share figure compared with an earlier one per share: $1.52 per diluted share for the period, up from $1.37.
PER_SHARE_COMPARED = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+)?share\b[^.;\d]{0,50}?\b(?:up|down)\s+from\s+(?:an?\s+)?"
                                r"(?:[\w-]+\s+){0,3}?(?:of\s+)?[$€£¥]?\d[\d.,]*\s*(?:cents?\s+)?(?:a|per)\s+(?:diluted\s+)?"
                                r"share", re.IGNORECASE)
# A bare "at" joins a change to an index's level (0.17% at 4754.63), not to a sum (growth of 10.1% at £54.5m).
_BARE_AT = re.compile(r"\s*at\s+")
NEIGHBOURS = 6  # figures either side of a change that a link may join


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
    earlier_level: re.Pattern[str]  # a level → its earlier level: , up from a year-earlier profit of; ，上年同期为
    # ends the text before a level a movement reached, whose earlier level may follow with a bare "from": rose to
    reached: re.Pattern[str] = re.compile(r"(?!)")


def _same_scale(level: Claim, change: Claim) -> bool:
    """A level can be what a change is of: a percentage change moves an amount (or a rate, with points)."""
    if change.unit == "pp":
        return level.unit == "percent"
    return level.unit != "pp" if change.unit in ("percent", "times") else change.unit == level.unit


def _past_alternative(text: str, claims: list[Claim], following: list[int], at: int) -> tuple[list[int], int]:
    """The figures after ``at`` less an alternative of the figure ending there, in brackets right after it ($1.33
    billion (EUR0.93 billion), from $1.18 billion: the euro figure is the same level), and where the text goes on."""
    if following:
        alternative = claims[following[0]]
        if re.fullmatch(r"\s*[(（]\s*", text[at:alternative.start]):
            closed = re.match(r"\s*[)）]", text[alternative.end:alternative.end + 3])
            if closed:
                return following[1:], alternative.end + closed.end()
        # rose 29 percent to $2.06 billion, or $1.28 a share, from $1.39 billion: the per-share figure
        elif re.fullmatch(r"\s*,\s*or\s+", text[at:alternative.start]):
            return following[1:], alternative.end
    return following, at


# A results table's comparative in brackets, before its figure: (2010: , (2011/12:
_PRIOR_YEAR = r"[(（]\s*(?:19|20)\d\d(?:/\d\d)?\s*[:：]"
_PRIOR_YEAR_BRACKET = re.compile(rf"{_PRIOR_YEAR}\s*$")
# Between a change and the same change said another way, or last year's, before the level it reached
_ALTERNATIVE_AFTER = re.compile(rf"\s*(?:,?\s*or|{_PRIOR_YEAR}|[（(])\s*")


def _alternative_after(text: str, claim: Claim, following: Claim) -> bool:
    """Whether the figure after a change restates it in other terms (, or 0.55 per cent; (3.1%); 2.56 points, less
    than 0.1 percent: an approximate rate set off by commas alone)."""
    if _ALTERNATIVE_AFTER.fullmatch(text, claim.end, following.start):
        return True
    return following.unit == "percent" != claim.unit and following.qualifier != "exact" \
        and re.fullmatch(r"\s*,\s*", text[claim.end:following.start]) is not None
# Words read as a change's quantity that only say it is a comparison (与上年同期…相比下滑8.1%; 前值为: a base)
_NO_QUANTITY = frozenset({"相比", "相较", "比较", "对比", "同比", "环比", "较", "比", "值为", "前值"})
# 扣除留抵退税因素后增长4.1%, 按自然口径计算下降6.6%: how the rate was reckoned, no quantity of its own
_RECKONED = re.compile(r"扣除[\u4e00-\u9fff]{1,8}?因素后?|按?[\u4e00-\u9fff]{1,4}口径计算")
_PER_SHARE = re.compile(r"^\s*(?:per|a)\s+(?:diluted\s+|ordinary\s+)?share\b", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s+(?:drop|decline|fall|decrease|slide|rise|increase|gain|jump|climb|advance)\b", re.I)
# in the prior year, for the fourth quarter of 2023: a time said after a level
_TIME_PHRASE = r"\s+(?:in|for|during)\s+(?:the\s+)?[A-Za-z][\w\s-]{0,40}?"
_COUNTED_WORD = r"(?:\s+(?!in\b|for\b|during\b)[a-z]{3,20}(?=[\s,]))?"  # 4,757,976 persons, compared with …
_COMPARED_TO = re.compile(rf"{_COUNTED_WORD}(?:{_TIME_PHRASE})?\s*,?\s+(?:compared\s+(?:to|with)|versus|vs\.?|against)"
                          r"\s+(?:[a-z]+\s+){0,3}?(?:of\s+)?", re.IGNORECASE)
_BUDGET_BEFORE = re.compile(r"(?:预算|计划|目标)数?的?\s*$")  # 较年初预算的50000万元 (not 一般公共预算收入20000万元)
_EARLIER_TIME = re.compile(rf"{_COUNTED_WORD}(?:{_TIME_PHRASE}(?:\s+(?:of\s+)?(?:19|20)\d\d)?(?=\s*,))?")
_UP_AFTER = re.compile(r"\s+(?:up|down|higher|lower)\s+(?:on|from|than)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"(?:[^.;]|\.(?=\d)){0,40}?\brespectively\b", re.I)  # levels listed for changes in turn
_BRACKETED_ALTERNATIVE = re.compile(r"\s*[(（]\s*")
_OTHERWISE = re.compile(r"\s*[(（]\s*|(?:\s+[a-z]+)?(?:\s+(?:since|in)\s+(?:19|20)\d\d)?\s*,?\s*or\s+")
_CURRENCY_AFTER = re.compile(r"(?:人民币|美元|港元|港币|欧元|日元)$")


def _only_base_before(text: str, start: int, end: int, joints: Joints) -> bool:
    """Whether the words from ``start`` to a figure at ``end`` only say that it is the earlier level: (2011: ."""
    found = joints.base_before.search(text, max(start, end - 40), end)
    # to 0.88p per share (2012: 0.80p): what the level is per is no word between
    return found is not None and not _PER_SHARE.sub("", text[start:found.start()]).strip()


def _based(claims: list[Claim], after: list[int], text: str, joints: Joints) -> bool:
    """Whether the figure ``after[0]`` is the base of the change ``after[1]`` right after it (下滑1.7%，较上一季度的
    1.323亿下滑10.4%: 1.323亿 is 10.4%'s base, not 1.7%'s, nor the level 10.4% ended at)."""
    return len(after) > 1 and after[1] < len(claims) and claims[after[1]].kind in CHANGES \
        and joints.base_after.fullmatch(text, claims[after[0]].end, claims[after[1]].start) is not None


_OWN_VERB = re.compile(r"(?:增加|增长|减少|下降|提高|降低|上升|回落|扩大|收窄|(?<=[^最较偏过很更])[高低多])了?\s*$")
_AND_NEXT = re.compile(r"[^.;\d]{0,60}?\band\s+")  # (… tipped by a Reuters poll of analysts and $3.193 trillion)


def _a_target(text: str, claims: list[Claim], index: int) -> bool:
    """Whether ``claims[index]`` is a budget or plan whose ratio the next figure gives (预算46,908万元的80.43%)."""
    return index + 1 < len(claims) and claims[index + 1].unit == "percent" \
        and a_target(text, claims[index].start, claims[index].end)


def link(claims: list[Claim], text: str, joints: Joints, sentence_of: Sequence[tuple[int, int]]) -> list[Claim]:
    """The claims with ``level_after`` and ``base_value`` set where the sentence joins them (see ``sentence_of``)."""
    linked = list(claims)
    position = {(claim.start, claim.end): index for index, claim in enumerate(claims)}
    members: dict[int, str] = {}  # exports to the EU28 rose 6.7 percent to reach €38 billion: the EU28's
    by_sentence: dict[int, list[int]] = {}
    for index, span in enumerate(sentence_of):
        if not restates(text, claims, index):  # 14582万吨(2916亿斤): one figure, no neighbour of its own
            by_sentence.setdefault(span[0], []).append(index)
    for index, claim in enumerate(claims):
        if claim.kind not in CHANGES or _PRIOR_YEAR_BRACKET.search(text, max(0, claim.start - 12), claim.start):
            continue  # increased by 43.0% (2010: 63.0%) to £183.1m: last year's rate ends at no level of this year's
        start = sentence_of[index][0]
        same = by_sentence.get(start, [])
        at = bisect.bisect_left(same, index)
        # The figures around a change within its sentence, a few either side: links join neighbours
        before = same[max(0, at - NEIGHBOURS):at]
        after = [i for i in same[at + 1:at + 1 + NEIGHBOURS] if not _SCOPE.fullmatch(claims[i].text)]  # six years
        level_after = base = past_completion = None
        base_text = basis = None
        # 增长12.5%至31亿元; rose 12.5% to $3.1 billion (from $2.8 billion)
        if after and joints.to_level.fullmatch(text, past_bracket(text, claim.end), claims[after[0]].start) \
                and not (claims[after[0]].unit not in ("other", "count")
                         and _BARE_AT.fullmatch(text, claim.end, claims[after[0]].start)):
            level_after = claims[after[0]]
            rest, gap_start = _past_alternative(text, claims, after[1:], level_after.end)
            if rest and (joints.from_level.fullmatch(text, gap_start, claims[rest[0]].start)
                         or _only_base_before(text, gap_start, claims[rest[0]].start, joints)) \
                    and _same_scale(claims[rest[0]], claim):
                # up 14.3% to £95.2m (2011: £83.3m): the bracket's year is the base's. A level that was expected
                # is no earlier level: the one listed after it is (compared with $3.200 trillion tipped by a poll
                # and $3.193 trillion in June)
                listed = [i for i in rest[:2] if not claims[i].projected]
                if listed and (listed[0] == rest[0] or (_AND_NEXT.fullmatch(
                        text, claims[rest[0]].end, claims[listed[0]].start) and _same_scale(claims[listed[0]], claim))):
                    base = claims[listed[0]]
        # 39.82 points or 0.55 per cent higher at 7,313.4; increased by 43.0% (2010: 63.0%) to £183.1m (2010:
        # £128.0m): the alternative figure, or last year's, is skipped
        elif len(after) > 1 and _alternative_after(text, claim, claims[after[0]]) \
                and joints.to_level.fullmatch(text, past_bracket(text, claims[after[0]].end), claims[after[1]].start) \
                and claims[after[1]].kind == "level":
            level_after = claims[after[1]]
            if len(after) > 2 and _only_base_before(text, level_after.end, claims[after[2]].start, joints) \
                    and _same_scale(claims[after[2]], claim) and not claims[after[2]].projected:
                base = claims[after[2]]
        # rose 25% from $1.2 billion (to $1.5 billion)
        elif after and joints.from_level.fullmatch(text, claim.end, claims[after[0]].start) \
                and not _OWN_VERB.search(text, claim.end, claims[after[0]].start) \
                and _same_scale(claims[after[0]], claim) and not _based(claims, after, text, joints):
            # (同比增长30.38%，较去年同期增加279.97亿元; 较全省人均花费低174.19元: an amount, its own verb, no earlier
            # level; revised down by 72,000, from +336,000: the earlier figure, a change itself)
            base = claims[after[0]]
            if len(after) > 1 and any(joint.fullmatch(text, base.end, claims[after[1]].start)
                                      for joint in (joints.to_level, joints.to_second)):  # from A (people) to B
                level_after = claims[after[1]]
        # 从8000万元增长到1.2亿元，增长50%
        if level_after is None and len(before) >= 2:
            first, second = claims[before[-2]], claims[before[-1]]
            if joints.from_to.search(text, max(start, first.start - 16), first.start) \
                    and joints.to_second.fullmatch(text, first.end, second.start) and first.unit == second.unit \
                    and (joints.level_then_change.fullmatch(text, second.end, claim.start)
                         or re.fullmatch(r"\s*[（(]?\s*", text[second.end:claim.start])):
                base, level_after = first, second
        # 营收7.42亿元，较去年同期的8.65亿元下滑24.2%; 净利润1.5亿元，上年同期为1.2亿元，同比增长35%
        if base is None and before:
            candidate = claims[before[-1]]
            stated = joints.base_before.search(text, max(start, candidate.start - 16), candidate.start)
            if stated is not None and joints.base_after.fullmatch(text, candidate.end, claim.start) \
                    and _same_scale(candidate, claim):
                # 较2016届(74.0%): the basis is 较2016届; 较去年同期的人民币2,655亿元: 较去年同期
                named = _CURRENCY_AFTER.sub("", stated.group(0).strip().rstrip("（(")).strip()
                base, basis = candidate, named.removesuffix("的").removesuffix("为").strip()
                # the level is the last before it of its unit that is not itself a base (营收1.185亿，较去年同期的
                # 1.205亿下滑1.7%，较上一季度的1.323亿下滑10.4%: 1.185亿 for both)
                # (为全年预算46,908万元的80.43%，比上年同期35,285万元增收: the budget its ratio is of is no level of
                # the year's, the amount before it is)
                earlier = [claims[i] for i in before[:-1] if claims[i].unit == candidate.unit
                           and not _based(claims, [i, i + 1], text, joints) and not _a_target(text, claims, i)]
                if level_after is None and earlier:
                    level_after = earlier[-1]
        # revenues total $18.75 billion compared to expectations of $17.97 billion, an increase of $774 million: the
        # change reaches the first level from the one it was compared with
        if level_after is None and base is None and len(before) >= 2 and _COMPARED_TO.fullmatch(
                text, claims[before[-2]].end, claims[before[-1]].start) \
                and claims[before[-2]].unit == claims[before[-1]].unit \
                and claims[before[-2]].kind == claims[before[-1]].kind == "level" \
                and joints.level_then_change.fullmatch(text, _EARLIER_TIME.match(text, claims[before[-1]].end).end(),
                                                       claim.start):
            # (… compared with $1.87 billion in the prior year, an increase of $190 million: past the earlier's time)
            level_after, base = claims[before[-2]], claims[before[-1]]
        # 社会消费品零售总额440823亿元，比上年增长12.5%; 56.15亿人次，比上年增加7.24亿，增长14.8%
        if level_after is None and before:
            candidate = linked[before[-1]]
            comma_from = candidate.end  # where "A, r up on B" has its comma
            if len(before) > 1 and _BRACKETED_ALTERNATIVE.fullmatch(text, claims[before[-2]].end, candidate.start) \
                    and _UP_AFTER.match(text, claim.end):
                # net profits of $5.99bn (£3.6bn), 95% up on the $3bn: the level is the one before its bracket
                candidate, comma_from = linked[before[-2]], past_bracket(text, candidate.end)
            elif len(before) > 1 and OR_PER_SHARE.fullmatch(text, claims[before[-2]].end, candidate.start) \
                    and PER_SHARE_THEN_CHANGE.fullmatch(text, candidate.end, claim.start):
                # earned $623 million, or $1.12 per diluted share, a 22% increase over …: the amount's change
                candidate = linked[before[-2]]
            target = claims[before[-2]] if len(before) > 2 else None
            if target is not None and claims[before[-1]].unit == "percent" and claims[before[-3]].kind == "level" \
                    and TARGET_BEFORE.search(text, max(start, target.start - 8), target.start) \
                    and TARGET_OF.fullmatch(text, target.end, claims[before[-1]].start) \
                    and joints.level_then_change.fullmatch(text, claims[before[-1]].end, claim.start):
                # 累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元: past the target and its ratio
                candidate = past_completion = linked[before[-3]]
            elif len(before) > 1 and completes_before(text, claims[before[-2]], claims[before[-1]], claim) \
                    and joints.level_then_change.fullmatch(text, claims[before[-1]].end, claim.start):
                # 收入1582亿元，完成预算59.6%，比去年同期增长11.6%: the rate is the amount's, past its completion
                candidate = past_completion = linked[before[-2]]
            elif len(before) > 1 and _amount_then_share(claims[before[-2]], claims[before[-1]], claim, text) \
                    and joints.level_then_change.fullmatch(text, claims[before[-1]].end, claim.start):
                # 产量11.6GWh，占总产量36.6%，同比增长127.2%: a percent rise is the amount's, past its share
                candidate = linked[before[-2]]
            elif (amount := _amount_past_percents(claims, before, claim, text)) is not None \
                    and joints.level_then_change.fullmatch(text, claims[before[-1]].end, claim.start):
                # 税收收入15348万元，占收入的89.99%，同比增收1316万元; 收入17056万元，完成预算的16.18%，较均衡进度慢
                # 0.48%，较上年同期增收2113万元: an amount's change in its unit, past the percents said of it
                candidate = linked[amount]
            # … an increase of 2,700 (2 percent), or persons since 2011 or 3.7 per cent: the rate is the same change's
            # (余额54.79万亿元，同比增长18.8%，全年累计增加7.47万亿元: the rate's level is the amount's too)
            if candidate.kind in CHANGES and candidate.level_after is not None \
                    and (candidate.unit == "percent") != (claim.unit == "percent") \
                    and (joints.level_then_change.fullmatch(text, past_restatement(text, claims, before[-1]),
                                                            claim.start)
                         or _OTHERWISE.fullmatch(text, candidate.end, claim.start)):
                candidate = next((claims[i] for i in before if claims[i].value == candidate.level_after), candidate)
            if candidate.kind in ("level", "share", "ratio") and _same_scale(candidate, claim) and (
                    joints.level_then_change.fullmatch(text, past_restatement(text, claims, position[
                        (candidate.start, candidate.end)]), claim.start)
                    or candidate.start != claims[before[-1]].start  # (past a completion or bracket: no joint)
                    # Domestic: 21.0 million, +23.3%: a signed rate right after the level is its change
                    or (claim.text.startswith(("+", "-", "−", "–"))
                        and re.fullmatch(r"\s*[,，]\s*", text[candidate.end:claim.start]))
                    # $5.99bn (£3.6bn), 95% up on the $3bn: the direction after the rate
                    or (_UP_AFTER.match(text, claim.end) is not None and (base is None or base.unit == candidate.unit)
                        and re.fullmatch(r"\s*,\s*", text[comma_from:claim.start]) is not None)
                    # lost 65.05 points to 2,821.10, a 2.25 percent drop
                    or (re.fullmatch(r"\s*,\s*an?\s+", text[candidate.end:claim.start]) is not None
                        and _CHANGE_AFTER.match(text, claim.end) is not None)):
                level_after = candidate
        if level_after is not None and _RESPECTIVELY.match(text, level_after.end):
            level_after = None  # gaining 29.31 and 32.01 points to close at 1928.42 and 3781.20 respectively: in turn
        if base is not None:
            base_text = base.text
        if level_after is not None or base is not None:
            # 营收7.42亿元，较…下滑24.2%: of 营收; 与…相比下滑8.1%: 相比 names no quantity
            # (a rate past a completion is the amount's, whatever the completion's name it took: 预算完成率)
            named = claim if claim.metric and claim.metric not in _NO_QUANTITY and not _RECKONED.fullmatch(
                claim.metric) and (
                past_completion is None or level_after is not past_completion) else (level_after or claim)
            linked[index] = claim.replaced(
                level_after=None if level_after is None else level_after.value,
                base_value=None if base is None else base.value, base_text=base_text, metric=named.metric,
                subject=claim.subject or named.subject, segment=claim.segment or named.segment,
                basis=claim.basis or basis,
                period=level_after.period if level_after is not None and basis else claim.period)
            for level in (base, level_after):  # the levels before and after measure the same quantity
                if level is not None and not level.metric:
                    at = position[(level.start, level.end)]
                    linked[at] = linked[at].replaced(metric=named.metric, subject=named.subject,
                                                     segment=named.segment)
                elif level is not None and not level.segment and named.segment and level.metric == named.metric:
                    members[position[(level.start, level.end)]] = named.segment  # (set when all are linked)
    # decreased by 100,000 (1.3 per cent) YoY and by 10,000 (0.0 per cent) MoM to 30.3 million: all end at the level
    for index in range(len(linked) - 1, 0, -1):
        later, earlier = linked[index], linked[index - 1]
        if later.level_after is None or later.kind not in CHANGES or earlier.kind not in CHANGES \
                or earlier.level_after is not None or sentence_of[index][0] != sentence_of[index - 1][0]:
            continue
        if CHAINED.fullmatch(text, earlier.end, later.start):
            linked[index - 1] = earlier.replaced(level_after=later.level_after)
    for index in range(1, len(linked)):  # 1.32 million, up 3.1% from May and up 23.4% from 1.07 million: one level
        if linked[index - 1].level_after is not None and linked[index].level_after is None and linked[index].kind \
                in CHANGES and SIBLING.fullmatch(text, linked[index - 1].end, linked[index].start) and not (
                "(" in text[linked[index - 1].end:linked[index].start]
                and (linked[index].unit != "percent" or linked[index - 1].unit == "percent")):
            # (an amount's rate in brackets is its change's; 减少164千公顷(246万亩) is the amount in other units)
            linked[index] = linked[index].replaced(level_after=linked[index - 1].level_after)
        elif linked[index].metric and _RECKONED.fullmatch(linked[index].metric) and sentence_of[index] == \
                sentence_of[index - 1] and linked[index - 1].kind in CHANGES:  # 扣除…后增长4.1%，按自然口径计算下降6.6%
            linked[index] = linked[index].replaced(metric=linked[index - 1].metric,  # (its own reckoning: no level)
                                                   subject=linked[index - 1].subject, segment=linked[index - 1].segment)
    # A level, then its earlier level: earnings of $471 million, or $2.62 a share, up from a year-earlier profit of
    # $446 million; 净利润1.5亿元，上年同期为1.2亿元
    for index, claim in enumerate(linked):
        if claim.kind != "level" or claim.base_value is not None or (
                index and re.fullmatch(r"\s*,?\s*or\s+", text[linked[index - 1].end:claim.start])
                and not PER_SHARE_COMPARED.match(text, claim.end)):
            continue  # an alternative figure ($2.62 a share) is not the level compared, unless compared per share
        following = [i for i in range(index + 1, min(index + 4, len(linked)))
                     if sentence_of[i][0] == sentence_of[index][0] and not _SCOPE.fullmatch(linked[i].text)][:2]
        alternative = len(following) == 2 and re.fullmatch(r"\s*(?:,?\s*or\s+|\(\s*)",  # $471 million, or $2.62 a share
                                                           text[claim.end:linked[following[0]].start])
        following = following[1:] if alternative else following[:1]
        for at in following:
            earlier = linked[at]
            gap_start = linked[next(i for i in range(at - 1, index - 1, -1)  # (past a window's length: joint words)
                                    if i == index or not _SCOPE.fullmatch(linked[i].text))].end
            if earlier.kind == "level" and earlier.unit == claim.unit \
                    and joints.earlier_level.fullmatch(text, gap_start, earlier.start):
                linked[index] = claim.replaced(base_value=earlier.value, base_text=earlier.text)
                joint = text[gap_start:earlier.start]
                if not earlier.metric or earlier.metric.rstrip("为是的") in joint or (  # 前值为: no name of its own;
                        at - 1 != index and earlier.metric == linked[at - 1].metric):  # nor the one per share before
                    linked[at] = earlier.replaced(metric=claim.metric, subject=claim.subject,
                                                     segment=claim.segment)
    # A level a movement reached, then its earlier level past the level's alternatives: earnings rose to $164.5
    # million (EUR115.6 million), or 59 cents per share, from $148 million
    for index, claim in enumerate(linked):
        if claim.kind != "level" or claim.base_value is not None or not joints.reached.search(
                text, max(sentence_of[index][0], claim.start - 30), claim.start):
            continue
        at, gap_start = index + 1, claim.end
        while at < len(linked) and sentence_of[at][0] == sentence_of[index][0] and at - index <= 3:
            following = linked[at]
            if re.fullmatch(r"\s*(?:[(（]|,?\s*or\s+)\s*", text[gap_start:following.start]):
                gap_start = past_bracket(text, following.end)  # an alternative: the same level, or per share
                at += 1
                continue
            if following.unit == claim.unit and following.kind == "level" \
                    and joints.from_level.fullmatch(text, gap_start, following.start):
                linked[index] = claim.replaced(base_value=following.value, base_text=following.text)
            break
    # A level reached, then its earlier level: eased to 2.9% from 3.4%
    for index, claim in enumerate(linked):
        if claim.base_value is not None or index + 1 >= len(linked):
            continue
        following = linked[index + 1]
        if sentence_of[index + 1][0] == sentence_of[index][0] and following.unit == claim.unit \
                and claim.kind == "growth" and following.kind == claim.kind \
                and joints.from_level.fullmatch(text, claim.end, following.start) and claim.level_after is None:
            linked[index] = claim.replaced(base_value=following.value, base_text=following.text)
    return [linked[at].replaced(segment=members[at]) if at in members else linked[at] for at in range(len(linked))]


_SHARE_AFTER_AMOUNT = re.compile(r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*[，,]\s*占[^，,。；;\d]{0,14}")


def _amount_past_percents(claims: list[Claim], before: list[int], change: Claim, text: str) -> int | None:
    """The amount a change in its own unit is of, when only percents (a share, a completion, a gap) stand between,
    and the budget a completion is of (完成预算105425万元的5.39%: the amount is the one before the budget)."""
    if change.unit == "percent" or change.kind not in CHANGES or claims[before[-1]].unit != "percent":
        return None
    for at in reversed(before[:-1]):
        # (较年初预算的50000万元完成52.00%: a budget told before its completion, no amount of the change)
        if claims[at].unit != "percent" and not _a_target(text, claims, at) \
                and not _BUDGET_BEFORE.search(text, max(0, claims[at].start - 8), claims[at].start):
            return at if claims[at].unit == change.unit and claims[at].kind == "level" else None
    return None


def _amount_then_share(amount: Claim, share: Claim, change: Claim, text: str) -> bool:
    """Whether a percent change follows an amount and the share it makes (11.6GWh，占总产量36.6%，同比增长127.2%): the
    change is the amount's; a share's own change is told in points."""
    return amount.kind == "level" and amount.unit != "percent" and share.kind == "share" \
        and change.unit == "percent" and _SHARE_AFTER_AMOUNT.fullmatch(text, amount.end, share.start) is not None
