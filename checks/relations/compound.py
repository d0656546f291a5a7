"""growth_vs_levels for an average annual rate: a level of one year, the level it reached in a later year, and the
rate a year that joins them (从2003年的212万人增长到2021年的909万人，年均增长8.4%; 2016-2020年…从0.77亿千瓦上升至
2.53亿千瓦，年均复合增长率34.6%; from 212,000 in 2003 to 909,000 in 2021, an average annual rise of 8.4%). The
rate is compounded: (later / earlier) ** (1 / years) − 1, every rounding of the levels allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.extract.text import SENTENCE_REACH
from checks.relations.base import Doc, Relation, bounds, by_sentence, distance, interval_text, shown, signed
from checks.relations.stems import document_holds

# Right before a rate: it is the average of each year's (年均增长, 年均复合增长率达, an average annual rise of)
ANNUAL = re.compile(r"(?:年均|年平均|平均每年|复合年均|年复合|average\s+annual|compound\s+annual|annual\s+average|"
                    r"CAGR)[^，,。；;\d%]{0,12}$", re.IGNORECASE)
# Before the earlier level: 从2003年的, from; between the two: 增长到2021年的, 上升至, to.
FROM = re.compile(r"(?:从|由|from)\s*(?:(?:19|20)\d\d\s*年?\s*(?:的|末)?)?\s*$", re.IGNORECASE)
TO = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?[^，,。；;\d]{0,8}?(?:到|至|to)\s*"
                r"(?:(?:19|20)\d\d\s*年?\s*(?:的|末)?)?\s*$", re.IGNORECASE)
AFTER_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d)\b", re.IGNORECASE)  # 9.09 million in 2021
YEAR = re.compile(r"((?:19|20)\d\d)\s*年?")
# A span of years named before the levels: 2016-2020年, 2016—2020年, 2016年至2020年
SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:-|—|–|~|至|到)\s*((?:19|20)\d\d)\s*年")
REACH = 16  # characters before a level or a rate in which its joining words are looked for
NEAR = 6  # figures before a rate among which its two levels are looked for


def compound_rates(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("年均", "年平均", "平均每年", "年复合", "annual", "cagr")):
        return  # ANNUAL's words, one of which every annual rate is said with
    for sentence in by_sentence(doc):
        for index, rate in enumerate(sentence):
            if rate["kind"] != "growth" or rate["unit"] != "percent" or not ANNUAL.search(doc.before(rate, 2 * REACH)):
                continue
            # the two levels nearest before it, among a few figures: a run-on sentence of rates costs no more per rate
            levels = [c for c in sentence[max(0, index - NEAR):index] if c["kind"] == "level"]
            if len(levels) < 2:
                continue
            first, second = levels[-2], levels[-1]
            if first["unit"] != second["unit"] or not FROM.search(doc.before(first, REACH)) \
                    or not TO.fullmatch(doc.between(first, second)):
                continue
            years = _years(doc, first, second)
            if years is None:
                continue
            (low_first, high_first), (low_second, high_second) = bounds(first), bounds(second)
            if low_first <= 0 or low_second <= 0:
                continue
            implied = (((low_second / high_first) ** (1 / years) - 1) * 100,
                       ((high_second / low_first) ** (1 / years) - 1) * 100)
            stated = signed(rate, bounds(rate))
            arithmetic = (f"{shown(first)} to {shown(second)} over {years} years is {interval_text(implied)}% a year "
                          f"(allowing for rounding); stated {shown(rate)} a year")
            metric = first.get("metric") or rate.get("metric")  # the levels name the quantity; the rate, often not
            yield Relation(doc.name, "growth_vs_levels", (first, second, rate), metric, stated, implied,
                           distance(stated, implied), arithmetic)


def _years(doc: Doc, first: dict, second: dict) -> int | None:
    """The years between the two levels: each one's own year written before it (2003年的212万人) or after it (2.12
    million in 2003), else a span of years earlier in the sentence (2016-2020年…从0.77亿千瓦上升至2.53亿千瓦)."""
    before = list(YEAR.finditer(doc.before(first, REACH)))  # the year nearest the level
    between = YEAR.search(doc.between(first, second))
    after = AFTER_YEAR.match(doc.after(second, 12))
    years = None
    if before and between is not None:
        years = int(between.group(1)) - int(before[-1].group(1))
    elif between is not None and after is not None:
        years = int(after.group(1)) - int(between.group(1))
    else:
        # the span before the levels, near them: a run-on sentence is not read again for every rate
        near = max(doc.sentence(first)[0], int(first["start"]) - SENTENCE_REACH)
        spans = list(SPAN.finditer(doc.text, near, int(first["start"])))
        if spans:
            years = int(spans[-1].group(2)) - int(spans[-1].group(1))
    return years if years is not None and years > 0 else None
