"""rank_vs_values for a result said to beat (or miss) the analysts' estimate given before it: "13位分析师平均预计，
第三季度净营收为4.5642亿美元。财报显示，第三季度净营收为4.602亿美元，超出预期" and "Analysts had expected revenue
of $4.56 billion. The company reported revenue of $4.60 billion, beating expectations." A beaten estimate is below
the result, a missed one above it.

The result is the last level before the words of beating, in their sentence; the estimate is the last level of the
result's unit and quantity in the one or two sentences before, in a sentence that names the analysts' view (预计,
预期, expected, estimate), within a factor of two of the result. When the sentence after the words gives an estimate,
beaten_estimates (estimates.py) reads it instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, metric_key
from checks.relations.estimates import BEAT, judged
from checks.relations.periods import periods_conflict

# 超出预期, 好于分析师此前预期, 低于市场预期, 不及预期
_BEAT_ZH = re.compile(r"(?:(?:超出|超过|好于|高于|优于)|(?P<miss>低于|不及|逊于|未达|未及))"
                      r"(?:了)?(?:分析师|市场|华尔街)?(?:此前|的|平均)*(?:一致)?(?:预期|预估)")
_VIEW = re.compile(r"预计|预期|预估|预测|\bexpect(?:ed|ing|s)?\b|\bestimates?\b|\bforecast(?:s|ed)?\b|\bconsensus\b",
                   re.IGNORECASE)
_NEAR = 12  # figures before the result where its estimate is looked for


def estimates_before(doc: Doc) -> Iterable[Relation]:
    text = doc.text
    if not _VIEW.search(text):
        return
    starts = [int(c["start"]) for c in doc.claims]
    for said in (*BEAT.finditer(text), *_BEAT_ZH.finditer(text)):
        sentence = doc.sentences.span(said.start())
        index = bisect.bisect_left(starts, said.start())
        own = [c for c in doc.claims[max(0, index - _NEAR):index] if int(c["start"]) >= sentence[0]]
        after = doc.claims[index:index + 2]
        if not own or own[-1]["kind"] != "level" or _VIEW.search(text, sentence[0], said.start()) \
                or any(int(c["start"]) >= said.end() and doc.sentence(c) == sentence for c in after):
            continue  # no result in its sentence, an estimate in it (above the $4.6 billion expected), a figure after
        result = own[-1]
        estimate = _estimate(doc, result, index - len(own))
        if estimate is None:
            continue
        yield judged(doc, result, estimate, missed=said.group("miss") is not None)


def _estimate(doc: Doc, result: dict, before: int) -> dict | None:
    """The last level of the result's unit and quantity in the two sentences before its own that names the view."""
    sentences = []
    for claim in reversed(doc.claims[max(0, before - _NEAR):before]):
        span = doc.sentence(claim)
        if span not in sentences:
            sentences.append(span)
        if len(sentences) > 2:
            return None
        if claim["kind"] != "level" or claim["unit"] != result["unit"] or metric_key(claim) != metric_key(result) \
                or not _VIEW.search(doc.text, *span) or periods_conflict(doc.period(claim), doc.period(result)):
            continue  # (the year's estimate is no estimate of a quarter's result)
        low, high = sorted((abs(float(claim["value"])), abs(float(result["value"]))))
        return claim if low > 0 and high <= 2 * low else None
    return None
