"""rank_vs_values for a trend said in words over a run of years: 高校毕业生人数呈逐年上升趋势，2015年…749万…，2016年
上升至765万人，2017年为795万人…; rose every year. Each year's figure told after the words, in their sentence, must
stand above the year's before it (below it, for a fall): a year below the one before breaks the trend."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, shown

_RISING = re.compile(r"逐年(?:上升|增长|增加|提高|攀升|上涨|扩大|递增)|连年(?:上升|增长|增加)|"
                     r"\b(?:rose|increased|grew|climbed)\s+(?:every|each)\s+year\b|\byear\s+after\s+year\b",
                     re.IGNORECASE)
_FALLING = re.compile(r"逐年(?:下降|减少|降低|回落|下滑|缩小|递减)|连年(?:下降|减少)|"
                      r"\b(?:fell|declined|decreased|dropped)\s+(?:every|each)\s+year\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|\b)")
_FEWEST = 3  # years: two are a change, not a trend


def every_year(doc: Doc) -> Iterable[Relation]:
    if not (_RISING.search(doc.text) or _FALLING.search(doc.text)):
        return  # most texts tell no trend in these words: one look at the text
    for said in (*_RISING.finditer(doc.text), *_FALLING.finditer(doc.text)):
        rising = said.re is _RISING
        after = [c for c in doc.claims if int(c["start"]) >= said.end()
                 and doc.sentence(c)[0] <= said.start() < doc.sentence(c)[1]]
        by_year: dict[int, dict] = {}
        for claim in after:
            year = _YEAR.fullmatch(str(doc.period(claim) or "").strip())
            if claim["kind"] == "level" and year is not None and claim.get("qualifier") == "exact":
                by_year.setdefault(int(year.group(1)), claim)
        series = [by_year[y] for y in sorted(by_year)]
        if len(series) < _FEWEST or len({(c["unit"], c["kind"]) for c in series}) != 1:
            continue
        for earlier, later in pairwise(series):
            higher, lower = (later, earlier) if rising else (earlier, later)
            word = "rising" if rising else "falling"
            yield in_order(doc.name, (earlier, later), later.get("metric"), higher, lower,
                           f"{shown(later)} follows {shown(earlier)}, {word} every year as said",
                           f"said to be {word} every year, but {shown(later)} follows {shown(earlier)}")
