"""share_vs_counts for a rate named by its deed in Chinese: 共受理消费者投诉551780件…，解决449786件，投诉解决率81.52%
(449786 / 551780); 抽检1200批次，合格1150批次，合格率95.8%. The rate's name ends with the deed (解决率, 合格率, 签约率);
the part is the count said with that deed just before it in its sentence; the whole, the larger count before the
part of the same counted noun (件, 批次) whose name holds what the rate is of (投诉), else the one told right before.
A 完成率 is against a target, not a count, and is left to the relations of targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, metric_key
from checks.relations.groups import count_share

_BACK = 8  # figures before a rate where its deed's count is looked for (a run-on sentence is not read whole)
_RATE = re.compile(r"(?P<of>[\u4e00-\u9fff]*?)(?P<deed>[\u4e00-\u9fff]{2})率$")
_NOT_A_DEED = {"完成", "增长", "利润", "收益", "回报", "毛利", "净利", "占有", "渗透", "使用", "覆盖", "贡献", "失业",
               "负债", "周转", "换手", "汇率", "税率", "利率",
               "出生", "死亡", "生育", "自然"}  # (births and deaths per mille of the year's average population)


def done_rate(doc: Doc) -> Iterable[Relation]:
    if "率" not in doc.text:
        return
    for share in doc.claims:
        if share["unit"] != "percent" or share["kind"] not in ("share", "ratio") or "‰" in str(share["text"]):
            continue
        named = _RATE.search(metric_key(share))
        if named is None or named.group("deed") in _NOT_A_DEED:
            continue
        deed = named.group("deed")
        earlier = doc.claims[max(0, int(share["_index"]) - _BACK):int(share["_index"])]
        part = next((c for c in reversed(earlier) if doc.same_sentence(c, share) and c["unit"] == "count"
                     and c["kind"] == "level"), None)
        if part is None or deed not in doc.before(part, 6):
            continue
        whole = _whole(doc, part, named.group("of"))
        if whole is not None:
            yield count_share(doc, part, whole, share)


def _whole(doc: Doc, part: dict, of: str) -> dict | None:
    """The count the part is of: before it, within its sentence or the one before, of its counted noun, larger."""
    counted = str(part["text"]).lstrip("0123456789.,万亿")
    sentence = doc.sentence(part)
    candidates = [c for c in doc.claims[max(0, int(part["_index"]) - 8):int(part["_index"])]
                  if c["kind"] == "level" and c["unit"] == "count" and sentence[0] - doc.sentence(c)[1] <= 2
                  and str(c["text"]).lstrip("0123456789.,万亿") == counted]
    if of:  # (the one named as what it is of, larger or not: 受理投诉615365件，解决697142件 is a fault of the text)
        named = [c for c in candidates if of in metric_key(c) + doc.before(c, 12)]
        return named[-1] if named else None
    larger = [c for c in candidates if bounds(c)[0] > bounds(part)[1]]
    return larger[-1] if larger else None
