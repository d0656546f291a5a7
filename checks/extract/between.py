"""The figures a sentence may set between a level and its change, which the change is not of: the share of a plan
the level completes (1582亿元，完成预算59.6%，增长11.6%), a target and its completion (完成年初预算数60999万元的40.4%),
the level per share ($623 million, or $1.12 per diluted share, a 22% increase). :mod:`checks.extract.links` looks
past them to the level."""

from __future__ import annotations

import re

from checks.extract.claim import Claim

# A target and the completion of it between a level and its change: 完成年初预算数60999万元的40.4%
TARGET_BEFORE = re.compile(r"(?:预算|计划|目标|任务)(?:数|额|数额)?\s*$")
TARGET_OF = re.compile(r"\s*的\s*")


# Between the changes of one chain: an alternative in brackets (100,000 (1.3 per cent)), or "and by".
CHAINED = re.compile(r"\s*[(（]\s*|\s*[)）]?[^.;,\d]{0,40}?\band\s+by\s+|"  # a 19% rise in its share price, up 96p
                     r"\s+(?:rise|increase|gain|jump|fall|drop|decline)\s+in\s+[^.;,\d]{1,30},\s*(?:up|down)\s+",
                     re.IGNORECASE)
# up 3.1% from May and up 23.4% from the 1.07 million level: two changes of the level before them
SIBLING = re.compile(r"\s+from\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?\s+and\s+(?:(?:up|down)\s+(?:by\s+)?)?|"
                     r"\s*,?\s+or\s+")  # up 200.84 points or 1.24 percent: the same change, told twice
# An amount, its figure per share, then its change: $623 million, or $1.12 per diluted share, a 22% increase
OR_PER_SHARE = re.compile(r"\s*,?\s*or\s+")
PER_SHARE_THEN_CHANGE = re.compile(r"\s*(?:a|per)\s+(?:diluted\s+|basic\s+)?share\s*,\s*"
                                   r"(?:in\s+the\s+[a-z][a-z -]{1,30}?,\s*)?(?:an?\s+)?")  # , in the fourth quarter,


# Between an amount and the share of its plan it completes: ，完成预算, ，完成全年目标的
_COMPLETION = re.compile(r"\s*[，,]\s*完成(?:年初|年度|全年)?(?:预算|计划|目标|任务)(?:数|额)?的?\s*")


def completes_before(text: str, level: Claim, ratio: Claim, change: Claim) -> bool:
    """Whether ``ratio`` is the share of a plan that the amount ``level`` completes, told between the amount and a
    percentage change of it (a rate of the amount, not of its completion)."""
    return level.kind == "level" and level.unit != "percent" and ratio.unit == "percent" \
        and change.kind == "growth" and change.unit == "percent" \
        and _COMPLETION.fullmatch(text, level.end, ratio.start) is not None
