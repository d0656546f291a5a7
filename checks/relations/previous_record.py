"""growth_vs_levels for a rate against a record before it: "U.S. farm exports mushroomed to a record $196.4 billion
… Sales were 14% higher than the previous mark of $172.7 billion". The rate names the earlier level (its base) but
not the new one, which the sentence before states as the record: the rate is the new record over the old."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, in_order, plain, same_unit, shown
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


# A level named as the record before (the previous record was set in 2012, with 608,786; topping its 2021 record of
# $33.6 billion; This exceeds the previous record year in 2012 (562,812)): the new figure stands above it.
_OLD_RECORD = re.compile(r"\b(?:previous|prior|old|former|its\s+(?:19|20)\d\d|the\s+(?:19|20)\d\d)\s+"
                         r"(?:record|mark|high|best)\b(?:[^.;\d]|(?:19|20)\d\d){0,40}$", re.IGNORECASE)
_A_RECORD_NEAR = re.compile(r"\b(?:a|new|all-time)\s+record\b", re.IGNORECASE)
_THIS_EXCEEDS = re.compile(r"\b(?:This|That|It)\s+(?:exceeds|exceeded|tops|topped|beats|beat|surpasses|surpassed)\b")
_RECORD_REACH = 300
_ASIDE_YEAR = re.compile(r"(?:19|20)\d\d\s*:\s*$")


def above_the_old_record(doc: Doc) -> Iterable[Relation]:
    if "record" not in doc.text:
        return
    for old in doc.claims:
        if old["kind"] != "level" or not _OLD_RECORD.search(doc.before(old, 60)):
            continue
        for new in reversed(doc.claims[max(0, int(old["_index"]) - 8):int(old["_index"])]):
            if int(old["start"]) - int(new["end"]) > _RECORD_REACH:
                break
            if new["kind"] != "level" or not same_unit(new, old) or doc.before(new, 1) in ("(", "（") \
                    or _ASIDE_YEAR.search(doc.before(new, 8)) or _OLD_RECORD.search(doc.before(new, 60)):
                continue  # (2014: 471,554): another year's, said aside
            between = doc.between(new, old)
            named = plain(new.get("metric"))
            if _A_RECORD_NEAR.search(doc.before(new, 24)) or _THIS_EXCEEDS.search(between) or (len(named) > 3 and (
                    named == plain(old.get("metric")) or named in plain(doc.after(old, 40)))):
                stated = f"{shown(new)} above the record before it, {shown(old)}"
                yield in_order(doc.name, (new, old), new.get("metric"), new, old, stated, f"{stated}: it is not")
                break


_BEHIND_ONLY = re.compile(r"\b(?:(?:behind|after)\s+only|second\s+only\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def behind_only(doc: Doc) -> Iterable[Relation]:
    """"81.4 of its seats were occupied, … second best in its history - behind only the 82.1 percent in June 2007": the
    figure named after "behind only" stands above the one its sentence gave before, of the same unit."""
    if "only" not in doc.text:
        return
    for ahead in doc.claims:
        if not _BEHIND_ONLY.search(doc.before(ahead, 24)):
            continue
        index = int(ahead["_index"])
        second = next((c for c in reversed(doc.claims[max(0, index - 8):index]) if doc.same_sentence(c, ahead)
                       and c["kind"] == ahead["kind"] and same_unit(c, ahead)), None)
        if second is not None:
            stated = f"{shown(ahead)} ahead of {shown(second)}, which is behind only it"
            yield in_order(doc.name, (second, ahead), ahead.get("metric"), ahead, second, stated,
                           f"{stated}: it is not")
