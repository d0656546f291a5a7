"""Two quantities named in one word and told as a pair: 汽车产销40.63万辆和36.61万辆 (output, then sales), 同比分别增长
35.39%和20.68%, 占汽车产销总量的63.43%和66.40%. Each figure of the pair is of its own quantity, in the word's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# 产销: output and sales, in that order
PAIR = ("产量", "销量")
_JOINED = re.compile(r"\s*(?:和|、|与)\s*")


def paired_quantities(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, the two figures of a pair named by one word (产销) read as its two quantities (产量, 销量)."""
    read = list(claims)
    if "产销" not in text:
        return read
    index = 0
    while index < len(read) - 1:
        first, second = read[index], read[index + 1]
        metric = first.metric or ""
        if metric.endswith("产销") and second.metric == metric and first.unit == second.unit \
                and _JOINED.fullmatch(text, first.end, second.start) \
                and not _JOINED.match(text, second.end):  # two, not the first two of a longer list
            stem = metric.removesuffix("产销")
            one, other = PAIR
            # (占汽车产销总量的63.43%和66.40%: each share of its own quantity's total)
            read[index] = first.replaced(metric=stem + one, whole=_split_whole(first.whole, one))
            read[index + 1] = second.replaced(metric=stem + other, whole=_split_whole(second.whole, other))
            index += 2
            continue
        index += 1
    return read


def _split_whole(whole: str | None, quantity: str) -> str | None:
    return whole.replace("产销总量", quantity, 1).replace("产销", quantity, 1) if whole and "产销" in whole else whole

