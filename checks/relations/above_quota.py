"""parts_vs_total for a quantity counted over a threshold: 限额以上 retail, 规模以上 industry, are part of the whole of
the same quantity (全县社会消费品零售总额24.22亿元 … 限额以上社会消费品零售额完成4.99亿元: never above 24.22亿).

Read where both are stated as levels in one document, of one owner, unit and time, the threshold's quantity named as
the whole's with 限额以上 (限上) or 规模以上 (规上) before it; 总额 and 额, 总值 and 值 name the same whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, metric_key, owner_key, plain, same_unit, shown
from checks.relations.periods import periods_conflict

_OVER_THRESHOLD = re.compile(r"^(?:限额以上|限上|规模以上|规上)(?:单位|企业)?(?P<rest>.{3,})$")
_TOTAL_WORD = re.compile(r"总(?=额|值|量)")


def above_quota_parts(doc: Doc) -> Iterable[Relation]:
    levels = [c for c in doc.claims if c["kind"] == "level"]
    wholes: dict[str, list[dict]] = {}
    for claim in levels:
        if not _OVER_THRESHOLD.match(plain(claim.get("metric"))):
            wholes.setdefault(_name(plain(claim.get("metric"))), []).append(claim)
    for part in levels:
        found = _OVER_THRESHOLD.match(plain(part.get("metric")))
        if found is None:
            continue
        for whole in wholes.get(_name(found.group("rest")), ()):
            if not same_unit(whole, part) or owner_key(whole) != owner_key(part) \
                    or plain(whole.get("segment")) != plain(part.get("segment")) \
                    or periods_conflict(doc.period(whole), doc.period(part)):
                continue
            gap = bounds(part)[0] - bounds(whole)[1]
            if gap > 0:
                yield Relation(doc.name, "parts_vs_total", (whole, part), metric_key(whole), bounds(part),
                               bounds(whole), gap, f"part {shown(part)} (counted over a threshold) > whole "
                                                   f"{shown(whole)}")
                break


def _name(metric: str) -> str:
    """A quantity's name with the word for its total taken out (社会消费品零售总额 → 社会消费品零售额)."""
    return _TOTAL_WORD.sub("", metric)
