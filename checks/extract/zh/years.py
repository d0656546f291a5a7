"""The years of a list told over a run of years: 预计2025-2027年营业收入分别为83.2亿元、102.2亿元、128.2亿元，对应增速
分别为29%、23%、16%: each figure is of its own year (2025年, 2026年, 2027年), not all of the range's; a broker's
estimated years keep their mark (2024 - 2027E: 2024E … 2027E is written 2027E, the first years too, as the note does
not say which are actual).

Read only when the range holds as many years as the list holds figures; a list of rates right after the amounts
(对应增速分别为, 同比增长分别为) takes the same years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# 2025-2027年…分别为; 2024 - 2027E…分别为: the range, then at most a few words before the list
# (2018-2019年，江苏国庆假期旅游收入也“霸占”冠军宝座，旅游收入分别为: the years, then clauses of no figure, then 分别)
_RANGE_THEN_LIST = re.compile(r"(?P<first>(?:19|20)\d\d)\s*[-–—~至到]\s*(?P<last>(?:19|20)\d\d)(?P<mark>[EA])?\s*年?"
                              r"[^。；;\d]{0,40}?分别为\s*$")
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|/)\s*")
_RATES_AFTER = re.compile(r"\s*[，,][^。；;\d]{0,16}?分别为\s*[-−–]?\s*$")


def years_of_lists(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, those of a list told over a run of years given each its year."""
    dated = list(claims)
    if "分别" not in text:
        return dated
    index = 0
    while index < len(dated):
        start = dated[index].start
        if text.find("分别", max(0, start - 8), start) < 0:  # a plain test before the pattern (most figures)
            index += 1
            continue
        run = _run(dated, text, index)
        found = _RANGE_THEN_LIST.search(text, max(0, start - 64), start)
        years = _years(found) if found is not None else []
        if years and len(years) == len(run):
            for offset, year in enumerate(years):
                dated[index + offset] = dated[index + offset].replaced(period=year)
            after = index + len(run)
            if after < len(dated) and _RATES_AFTER.fullmatch(text, run[-1].end, dated[after].start):
                rates = _run(dated, text, after)
                if len(rates) == len(years):
                    for offset, year in enumerate(years):
                        dated[after + offset] = dated[after + offset].replaced(period=year)
        index += len(run)
    return dated


def _run(claims: Sequence[Claim], text: str, first: int) -> list[Claim]:
    run = [claims[first]]
    for claim in claims[first + 1:]:
        if claim.unit != run[-1].unit or not _LIST_GAP.fullmatch(text, run[-1].end, claim.start):
            break
        run.append(claim)
    return run


def _years(found: re.Match[str]) -> list[str]:
    first, last = int(found.group("first")), int(found.group("last"))
    if not 1 <= last - first + 1 <= 12:
        return []
    mark = found.group("mark") or ""
    return [f"{year}{mark}" if mark else f"{year}年" for year in range(first, last + 1)]
