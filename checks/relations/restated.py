"""restated: one quantity stated twice (headline and body, one period twice) agrees."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import (
    PUNCTUATION,
    Relation,
    bounds,
    distance,
    interval_text,
    label_before,
    same_metric,
    shown,
)

LEAD_END = re.compile(r"[。！？!?\n]|\u3000\u3000")


_SUBJECT_NOISE = re.compile(r"[\d.%]|同比|环比|实现|达到|达|为|共|约|累计|了|全年|上半年|下半年|今年|去年|"
                            r"一季度|二季度|三季度|四季度|前三季度|首日|当日|期间|分别|其中|突破|首破|超过|超|逾|近|"
                            r"增长|增加|提升|提高|下降|减少")


def _opening(text: str, claim: dict) -> str:
    """The sentence up to a claim (at most 30 characters): it names the subject even when the clause does not."""
    start = int(claim["start"])
    return re.split(r"[。！？!?\n]|\u3000\u3000", text[max(0, start - 30):start])[-1]


def _different_owners(a: str, b: str, metric: str) -> bool:
    """Whether the words just before the metric in two openings name two different owners (北岭乳业, 南山乳业)."""
    owners = []
    for opening in (a, b):
        at = opening.rfind(metric[-4:]) if metric else -1
        before = opening[:at] if at > 0 else ""
        owner = _SUBJECT_NOISE.sub("", re.split(r"[，,。；;：:、]", before)[-1])
        owners.append(PUNCTUATION.sub("", owner))
    return bool(owners[0]) and bool(owners[1]) and owners[0] != owners[1]


def _same_subject(a: str, b: str) -> bool:
    """Whether two clause openings can speak of the same thing: equal, or one ends the other, once numbers,
    periods and verbs are gone (公司营收 and 营收 can; 北岭乳业营收 and 南山乳业营收 cannot)."""
    a, b = _SUBJECT_NOISE.sub("", PUNCTUATION.sub("", a)), _SUBJECT_NOISE.sub("", PUNCTUATION.sub("", b))
    return a == b or a.endswith(b) or b.endswith(a)


def _lead_sentence(text: str, claim: dict) -> bool:
    """Whether a claim stands in the headline or first sentence of its document."""
    first_end = LEAD_END.search(text)
    return int(claim["start"]) < (first_end.start() if first_end else len(text))


def _restatement_pairs(claims: list[dict]) -> Iterable[tuple[dict, dict]]:
    """Pairs that could state the same quantity: same unit, kind and direction, and metrics that end alike (the
    same metric ends with the same three characters), so that long documents are not compared pair by pair."""
    buckets: dict[tuple, list[dict]] = {}
    for claim in claims:
        metric = PUNCTUATION.sub("", str(claim.get("metric") or ""))
        if len(metric) >= 3:
            buckets.setdefault((claim["unit"], claim["kind"], claim.get("direction"), metric[-3:]), []).append(claim)
    for bucket in buckets.values():
        for index, first in enumerate(bucket):
            for second in bucket[index + 1:]:
                yield first, second


def restated(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for first, second in _restatement_pairs(claims):
        if first["sentence"] == second["sentence"]:
            continue
        if first["kind"] in ("rank", "duration") or first.get("projected") != second.get("projected"):
            continue
        if not same_metric(first.get("metric"), second.get("metric"), loose=_lead_sentence(text, first)):
            continue
        if first.get("period") and second.get("period") and first["period"] != second["period"]:
            continue
        if first.get("basis") and second.get("basis") and first["basis"] != second["basis"]:
            continue
        if _lead_sentence(text, first):  # a headline restated in the body
            if not _same_subject(label_before(text, first), label_before(text, second)):
                continue
        elif first.get("period") and first.get("period") == second.get("period"):  # one period stated twice
            if _different_owners(_opening(text, first), _opening(text, second), str(first["metric"])):
                continue  # 北岭乳业…营业收入 and 南山乳业…营业收入: the same measure of two subjects
        else:
            continue  # too loose to judge
        a, b = bounds(first), bounds(second)
        gap = distance(a, b)
        arithmetic = (f"{shown(first)} and {shown(second)} state the same {first.get('metric')}: "
                      f"{interval_text(a)} and {interval_text(b)} {'do not overlap' if gap else 'overlap'}")
        yield Relation(doc, "restated", (first, second), first.get("metric"), a, b, gap, arithmetic)
