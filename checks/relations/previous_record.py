"""growth_vs_levels for a rate against a record before it: "U.S. farm exports mushroomed to a record $196.4 billion
… Sales were 14% higher than the previous mark of $172.7 billion". The rate names the earlier level (its base) but
not the new one, which the sentence before states as the record: the rate is the new record over the old."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, same_unit
from checks.relations.growth import judge

# The earlier level named as the record the new one broke: "than the previous mark of", "the prior record of".
_PREVIOUS = re.compile(r"\b(?:previous|prior|old|former|last)\s+(?:record|mark|high|peak|best)\b", re.IGNORECASE)
_A_RECORD = re.compile(r"\b(?:a|the|its|their)\s+(?:new\s+)?record(?:\s+high)?(?:\s+of)?\s*$", re.IGNORECASE)
_REACH = 400  # the new record stands in the sentence before the rate, or in its own


def rates_over_the_previous_record(doc: Doc) -> Iterable[Relation]:
    for rate in doc.claims:
        if rate["kind"] != "growth" or rate["unit"] != "percent" or rate.get("base_value") is None \
                or rate.get("level_after") is not None or not _PREVIOUS.search(str(rate.get("basis") or "")):
            continue
        base = next((c for c in doc.near(rate, 4) if c["kind"] == "level" and int(c["start"]) > int(rate["end"])
                     and float(c["value"]) == float(rate["base_value"])), None)
        if base is None:
            continue
        record = next((c for c in reversed(doc.near(rate, 8)) if c["kind"] == "level"
                       and 0 < int(rate["start"]) - int(c["end"]) <= _REACH and same_unit(c, base)
                       and _A_RECORD.search(doc.before(c, 24))), None)
        if record is not None:
            relation = judge(doc, rate, bounds(base), bounds(record), [base, record])
            if relation is not None:
                yield relation
