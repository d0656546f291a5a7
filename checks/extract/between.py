"""The figures a sentence may set between a level and its change, which the change is not of: the share of a plan
the level completes (1582亿元，完成预算59.6%，增长11.6%), a target and its completion (完成年初预算数60999万元的40.4%),
the level per share ($623 million, or $1.12 per diluted share, a 22% increase). :mod:`checks.extract.links` looks
past them to the level."""

from __future__ import annotations

import re

from checks.extract.claim import Claim

# A target and the completion of it between a level and its change: 完成年初预算数60999万元的40.4%
TARGET_BEFORE = re.compile(r"(?:[预預]算|[计計][划劃]|目[标標]|任[务務])(?:[数數]|[额額]|[数數][额額])?\s*$")
TARGET_OF = re.compile(r"\s*的\s*")
# ... and the ratio of it right after it: 的 and a figure
RATIO_AFTER = re.compile(r"\s*的\s*\d")


def a_target(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a budget or plan whose ratio follows it (完成年初预算数60999万元的40.4%;
    为全年预算46,908万元的80.43%): the amount a ratio is measured against, no level of its own quantity."""
    return TARGET_BEFORE.search(text, max(0, start - 8), start) is not None and RATIO_AFTER.match(text, end) is not None


# Between the changes of one chain: an alternative in brackets (100,000 (1.3 per cent)), or "and by".
CHAINED = re.compile(r"\s*[(（]\s*|\s*[)）]?[^.;,\d]{0,40}?\band\s+by\s+|"  # a 19% rise in its share price, up 96p
                     r"\s*[，,]\s*(?:涨幅|跌幅|增幅|降幅)(?:为|达)?\s*|"  # 上涨63美分，涨幅1.2%，收于52.05美元
                     r"\s+(?:rise|increase|gain|jump|fall|drop|decline)\s+in\s+[^.;,\d]{1,30},\s*(?:up|down)\s+",
                     re.IGNORECASE)
# up 3.1% from May and up 23.4% from the 1.07 million level: two changes of the level before them
SIBLING = re.compile(r"\s+from\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?\s+and\s+(?:(?:up|down)\s+(?:by\s+)?)?|"
                     # a decrease of $6,000 (1.3%) from August but an increase of $19,000 (2.1%): the level's second
                     r"\s*\)\s+from\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?\s+(?:but|and|while)\s+(?:an?\s+)?"
                     r"(?:increase|decrease|rise|drop|fall|gain|decline)\s+of\s+|"
                     r"\s*\(\s*|"  # an increase of $19,000 (2.1%): the change's rate in brackets
                     # up 200.84 points or 1.24 percent, 1,242 children or 1.6% lower: the same change, told twice
                     r"(?:\s+[a-z]+)?\s*,?\s+or\s+")
# An amount, its figure per share, then its change: $623 million, or $1.12 per diluted share, a 22% increase
OR_PER_SHARE = re.compile(r"\s*,?\s*or\s+")
PER_SHARE_THEN_CHANGE = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+|basic\s+)?share\s*,\s*"
                                   r"(?:in\s+the\s+[a-z][a-z -]{1,30}?,\s*)?(?:an?\s+)?")  # , in the fourth quarter,


# Between an amount and the share of its plan it completes: ，完成预算, ，完成全年目标的
# (，占调整预算的100%; ，占全市年度计划的23.4%: a plan of the place's own)
_COMPLETION = re.compile(r"\s*[，,]\s*(?:完成(?:[全本][市省区县])?(?:年初|年度|全年|调整)?|"
                         r"(?:占|为)(?:[全本][市省区县])?(?:年初|年度|全年|调整))(?:预算|计划|目标|任务)(?:数|额)?的?\s*")


def completes_before(text: str, level: Claim, ratio: Claim, change: Claim) -> bool:
    """Whether ``ratio`` is the share of a plan that the amount ``level`` completes, told between the amount and a
    percentage change of it (a rate of the amount, not of its completion)."""
    return level.kind == "level" and level.unit != "percent" and ratio.unit == "percent" \
        and change.kind == "growth" and change.unit == "percent" \
        and _COMPLETION.fullmatch(text, level.end, ratio.start) is not None


# A figure in brackets right after another of its kind and reading, in another unit word (14582万吨(2916亿斤)): the
# same figure told again, no neighbour of its own for a change to link to.
_RESTATING = re.compile(r"\s*[(（]\s*")
_UNIT_WORD = re.compile(r"[^\d.,\s]+$")


def restates(text: str, claims: list[Claim], index: int) -> bool:
    """Whether ``claims[index]`` restates the claim before it in brackets in another unit (see _RESTATING)."""
    if index == 0 or claims[index].unit != "other" or claims[index - 1].unit != "other":
        return False  # most figures are no measures: asked first, before any pattern
    first, second = claims[index - 1], claims[index]
    if second.kind != first.kind or second.metric != first.metric \
            or _RESTATING.fullmatch(text, first.end, second.start) is None:
        return False
    words = [_UNIT_WORD.search(c.text) for c in (first, second)]
    return None not in words and words[0].group(0) != words[1].group(0)


def past_bracket(text: str, at: int) -> int:
    """Where the text goes on after a closing bracket right at ``at`` (… (3.1%) higher)."""
    found = re.match(r"\s*[)）]", text[at:at + 3])
    return at + found.end() if found else at


def past_restatement(text: str, claims: list[Claim], index: int) -> int:
    """Where the text goes on after ``claims[index]``: past the bracket that restates it, when one does."""
    following = index + 1
    if following < len(claims) and restates(text, claims, following):
        return past_bracket(text, claims[following].end)
    return claims[index].end
