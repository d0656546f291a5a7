"""rank_vs_values for a peak of a series: the highest (or lowest) since a time, against the series told beside it.

1月以292.1亿元开局，2月下降至262.7亿元，…，9月升至今年以来最高值，为383.9亿元: the months' figures of one sentence
are the series the peak is of, so none may exceed it (nor fall below a low). Only the figures of that sentence, of
the peak's unit and kind, each with a time of its own (a month, a quarter) that is not the peak's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, excess, shown
from checks.relations.periods import period_parts

# The highest since a time: 今年以来最高, 年内新高, 历史最低, 有史以来最高.
PEAK = re.compile(r"(?:今年以来|年内|年初以来|有史以来|历史|近\d+年(?:来)?)的?(?P<word>最高|新高|峰值|最低|新低)")
_OPENS = re.compile(r"^[^，,。；;\d]{0,4}[，,]?\s*(?:为|达到?|是)?\s*$")  # 最高值，为 | 新高，达


def series_peaks(doc: Doc) -> Iterable[Relation]:
    for peak in doc.claims:
        if peak["kind"] not in ("level", "share", "ratio") or peak.get("qualifier") not in ("exact", None):
            continue
        before = doc.before(peak, 16)
        if "高" not in before and "低" not in before:
            continue  # the key word of every peak
        found = PEAK.search(before)
        if found is None or not _OPENS.match(before[found.end():]):
            continue
        high = found.group("word") in ("最高", "新高", "峰值")
        own = period_parts(doc.period(peak))
        for other in [c for c in doc.near(peak, 24) if doc.same_sentence(c, peak)]:
            if other is peak or other["unit"] != peak["unit"] or other["kind"] != peak["kind"] \
                    or not any(period_parts(other.get("period"))) or period_parts(other.get("period")) == own:
                continue
            gap = excess(other, peak) if high else excess(peak, other)
            words = ("the highest", "higher" if gap else "no higher") if high else \
                ("the lowest", "lower" if gap else "no lower")
            yield Relation(doc.name, "rank_vs_values", (peak, other), peak.get("metric"), bounds(peak), bounds(other),
                           gap, f"{shown(peak)} is said to be {words[0]} of its series; {shown(other)} "
                                f"({other.get('period')}) is {words[1]}")
