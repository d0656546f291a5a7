"""growth_vs_levels for a rate told against an earlier time whose level a clause right after it gives: "this is a
decrease of 22.2% compared to January 2024, which recorded a total 70,324". The level it moved to is the one of the
rate's quantity told last before it in its paragraph (visitor arrivals for February 2024 totaled 54,732).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, metric_key, same_unit
from checks.relations.growth import judge

# … compared to January 2024, which recorded a total 70,324; … from the year before, when it stood at …
_THEN_LEVEL = re.compile(r"\s*(?:compared\s+(?:to|with)|from|against|over|on)\s+(?:the\s+)?[A-Za-z][\w ]{0,30}?"
                         r"(?:\s+(?:19|20)\d\d)?\s*,\s*(?:which|when\s+(?:it|they|there))\s+"
                         r"(?:recorded|saw|had|registered|posted|totall?ed|stood\s+at|was|were)\s+"
                         r"(?:an?\s+total\s+(?:of\s+)?|a\s+)?$", re.IGNORECASE)
_BACK = 8  # figures before the rate among which the level it moved to is looked for


def rates_against_a_recorded_time(doc: Doc) -> Iterable[Relation]:
    if "which" not in doc.text and "when" not in doc.text:
        return
    claims = doc.claims
    for index, rate in enumerate(claims[:-1]):
        base = claims[index + 1]
        if rate["kind"] != "growth" or rate["unit"] != "percent" or base["kind"] != "level" \
                or not doc.same_sentence(rate, base) or not _THEN_LEVEL.fullmatch(doc.between(rate, base)):
            continue
        named = metric_key(rate)
        now = next((c for c in reversed(claims[max(0, index - _BACK):index]) if c["kind"] == "level"
                    and same_unit(c, base) and doc.paragraph(c) == doc.paragraph(rate) and named
                    and metric_key(c) == named), None)
        if now is None or bounds(base)[0] <= 0:
            continue
        relation = judge(doc, rate, bounds(base), bounds(now), [base, now])
        if relation is not None:
            yield relation
