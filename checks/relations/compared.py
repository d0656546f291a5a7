"""compared: a figure said to be more (or less) than the next one in its clause (销量为119.1万辆，优于特斯拉的88.88万辆;
$5 billion, above the $4.6 billion analysts expected) is, allowing for rounding. Judged as rank_vs_values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, bounds, excess, shown
from checks.relations.ranks import COMPARED, _relation

# Between a figure and a rival figure it is said to exceed (or fall short of), in one clause, or after a comma that
# closes what was said of the figure (2.3% in October, according to the ONS, above the 2.5% forecast).
_SAID_OF = r"(?:[^.;\d]{0,12}?|[^.;\d]{0,80}?,\s*)"
# (高于2021年的8.9%: a year among the words)
_WORDS_TO_OF = r"(?:[^，,。；;\d]|(?:19|20)\d\d年度?|《[^》\n]{1,20}》){0,10}?的\s*"  # (不及《志愿军2》的22.7%)
# How much more or less, said before the verb: 明显高于, 略低于, 远超过
_DEGREE = r"(?:明显|显著|略|稍|稍微|远|大幅|也|仍|还|要)?"
MORE_THAN = re.compile(rf"\s*[，,]?\s*{_DEGREE}(?:优于|高于|超过|超出|多于|领先于?|好于|大于){_WORDS_TO_OF}|"
                       rf"{_SAID_OF}\b(?:above|more than|higher than|greater than|exceed(?:ed|ing|s)?|"
                       r"outpac(?:ed|ing|es)|beat(?:ing|s)?|surpass(?:ed|ing|es)?|outperform(?:ed|ing|s)?|"
                       r"top(?:ped|ping|s)|ahead\s+of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+)?",
                       re.IGNORECASE)
LESS_THAN = re.compile(rf"\s*[，,]?\s*(?:尽管|但|但是)?{_DEGREE}(?:低于|少于|不及|落后于?|差于|小于|未(?:能)?达到?)"
                       rf"{_WORDS_TO_OF}|"
                       rf"{_SAID_OF}\b(?:below|less than|lower than|short of|trail(?:ed|ing|s)?|behind|"
                       r"underperform(?:ed|ing|s)?|lagg(?:ed|ing)|lags)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?"
                       r"(?:of\s+)?", re.IGNORECASE)
# A first figure that is itself the gap (11.40 per cent higher than 22.79 per cent), or the gap told again after a
# rate (2.5%, or $5.1M, more than): no rival of the second.
_GAP_THAN = re.compile(r",?\s+(?:higher|lower|more|less|greater|fewer|bigger|smaller)\s+than\b", re.IGNORECASE)
_RATE_OR = re.compile(r"(?:%|per\s*cent|percent)\s*,?\s*or\s*$", re.IGNORECASE)
_AGAINST_EARLIER = re.compile(rf"\s*[，,]\s*较{_WORDS_TO_OF}")
# (not 较去年同期的4亿元增长25%: a rate, which growth_vs_levels judges with both levels)
_MOVED_SINCE = re.compile(r"(?:有所|持续|继续|略有|明显|大幅|进一步|稳步|小幅|显著)?"
                          r"(?:(?P<up>增长|增加|提高|上升|提升|回升)|下降|减少|降低|回落|下滑)(?![了\s]*\d)")
# Words that say a figure did better than another, not that it is more; and quantities that do better by being less
_BETTER = re.compile(r"优于|好于|\b(?:beat(?:ing|s)?|outperform(?:ed|ing|s)?)\b", re.IGNORECASE)
_LOWER_IS_BETTER = re.compile(r"失业|逆差|亏损|成本|unemploy|jobless|deficit|loss|cost", re.IGNORECASE)
_LEVEL_REACH = 12  # figures either side of a change where the level it reached is told (links join six apart)


def compared(doc: Doc) -> Iterable[Relation]:
    """A figure said to be more (or less) than the next one in its clause: 销量为119.1万辆，优于特斯拉的88.88万辆;
    $5 billion, above the $4.6 billion analysts expected."""
    for first, second in pairwise(doc.claims):
        between = doc.between(first, second)
        if first["kind"] in ("growth", "change") and first.get("level_after") is not None and second["kind"] == "level":
            # 87.26亿美元，相比去年同期的77.44亿美元增长13%，超出华尔街平均预期的85.9亿美元: the level reached
            first = next((c for c in doc.near(first, _LEVEL_REACH) if c["kind"] == "level"
                          and doc.same_sentence(c, first) and float(c["value"]) == float(first["level_after"])), first)
            if first is second:
                continue  # up 9.4%, above last February, to $2.554 billion: the level reached is the next figure
        if not doc.same_sentence(first, second) or first["unit"] != second["unit"] or first["kind"] != second["kind"]:
            continue
        if _by_how_much(doc.before(first, 24), between):  # 11.40 per cent higher than 22.79 per cent
            continue
        more, less = MORE_THAN.fullmatch(between), LESS_THAN.fullmatch(between)
        if more is None and less is None and _AGAINST_EARLIER.fullmatch(between):
            # 比重达37.41%，较2012年度的33.54%持续增长: the way it moved from the earlier level, said after it
            moved = _MOVED_SINCE.match(doc.after(second, 8))
            more, less = (moved, None) if moved and moved.group("up") else (None, moved)
        if more is None and less is None:
            continue
        if _BETTER.search((more or less).group(0)) and _LOWER_IS_BETTER.search(
                f"{first.get('metric') or ''} {doc.text[doc.sentence(first)[0]:int(first['start'])]}"):
            continue  # the unemployment rate fell to 7.9% and beat the estimate of 8.3%: better is lower there
        # (the words of the figure's own clause: 与去年同期的2940万部相比增长0.3%；所占份额为8.9%，低于去年同期的
        # 8.6%: the comparison of the clause before is another figure's)
        if COMPARED.search(re.split(r"[，,;；。]", doc.before(first, 30))[-1]):
            # rose to $56.2 billion from $51.9 billion, surpassing estimates of $55.5 billion: what surpassed is the
            # level reached, not the earlier one it is compared with
            first = _compared_from(doc, first, second)
            if first is None:
                continue
        (big, small), word = ((first, second), "more") if more else ((second, first), "less")
        gap = excess(small, big)
        arithmetic = (f"{shown(first)} is said to be {word} than {shown(second)}"
                      f"{', but it is not' if gap else ''}")
        yield _relation(doc, [first, second], arithmetic, gap, bounds(big), bounds(small))


def _compared_from(doc: Doc, base: dict, rival: dict) -> dict | None:
    """The figure an earlier level (from $51.9 billion) is the base of: the one before it in its sentence, of its unit
    and kind."""
    index = int(base["_index"])
    before = doc.claims[index - 1] if index > 0 else None
    if before is None or not doc.same_sentence(before, base) or before["unit"] != rival["unit"] \
            or before["kind"] != rival["kind"]:
        return None
    return before


def _by_how_much(before: str, between: str) -> bool:
    """Whether the first figure states by how much (see _GAP_THAN): right before "more than", or after a rate and
    "or" with a comma before "more than" (2.5%, or $5.1M, more than)."""
    gap = _GAP_THAN.match(between)
    return gap is not None and (not between.startswith(",") or _RATE_OR.search(before) is not None)
