"""parts_vs_total for the kinds of a whole named before them: 第三产业增加值251664万元…。第三产业中，金融业增加值
39358万元…; 2013年全国规模以上工业企业实现利润总额62831亿元…。2013年，在规模以上工业企业中，国有控股企业实现利润总额
15194.1亿元….
A sentence that opens with "X中" breaks X down; each of its figures of X's quantity (增加值, 利润总额) is no larger than
X's own, stated before it of the same time. Each is held alone: such kinds may overlap (国有控股 and 股份制 firms), so
they are not summed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, label_before, metric_key, same_unit, shared_end, shown
from checks.relations.periods import periods_conflict

# 第三产业中，; 在规模以上工业企业中，: the whole the sentence breaks down (not 其中, which names none)
_WITHIN = re.compile(r"\s*(?:\d{4}年(?:[1-9]\d?月份?)?\s*[，,]?\s*)?在?(?P<name>[\u4e00-\u9fff]{2,12}?)中\s*[，,：:]")
_SHARED = 2  # characters the parts' quantity and the whole's end with alike, at least (增加值, 利润总额)


def kinds_within(doc: Doc) -> Iterable[Relation]:
    if "中，" not in doc.text and "中," not in doc.text:
        return
    seen: set[int] = set()
    for claim in doc.claims:
        start = doc.sentence(claim)[0]
        if start in seen:
            continue
        seen.add(start)
        opened = _WITHIN.match(doc.text, start)
        if opened is None or opened.group("name").endswith("其") or opened.group("name") in ("其", "这其"):
            continue
        parts = [c for c in doc.in_sentence(claim) if c["kind"] == "level" and c["unit"] not in ("percent", "pp")]
        for part in parts:
            whole = _whole(doc, opened.group("name"), part)
            if whole is not None:
                yield no_larger(doc, whole, part, f"one of {opened.group('name')},", "whole")


# A counted group of a place's members (纳入监测的25家重点景区, 290家重点企业): its amount is a part of the place's.
_GROUP = re.compile(r"\d+\s*(?:家|个|座|所)[\u4e00-\u9fff]{1,10}$")
_WHOLE_PLACE = ("全省", "全市", "全国", "全县", "全区", "全州")


def groups_within(doc: Doc) -> Iterable[Relation]:
    """全省累计接待游客3161.13万人次…。纳入监测的25家重点景区累计接待游客698.69万人次: a counted group's amount of the
    place's quantity (by the end of its name: 游客, 收入) is no larger than the whole place's, stated before it."""
    if not any(place in doc.text for place in _WHOLE_PLACE):
        return
    for part in doc.claims:
        if part["kind"] != "level" or part["unit"] in ("percent", "pp") or not _GROUP.search(
                re.split(r"[，,。；;]", doc.before(part, 24))[-1].rstrip("累计实现接待完成共的为达")):
            continue
        quantity = metric_key(part)
        # the largest of the place's candidates: an owner misread (其中，合肥市…: 全省's) may not make a false alarm
        whole = max((c for c in doc.claims[max(0, int(part["_index"]) - 20):int(part["_index"])]
                     if c["kind"] == "level" and str(c.get("subject") or "") in _WHOLE_PLACE
                     and same_unit(c, part) and str(c["text"])[-1] == str(part["text"])[-1]
                     and len(shared_end([metric_key(c), quantity])) >= _SHARED
                     and not periods_conflict(doc.period(c), doc.period(part))),
                    key=lambda c: bounds(c)[1], default=None)
        if whole is not None:
            yield no_larger(doc, whole, part, "a group's,", f"the {whole.get('subject')}'s")


def no_larger(doc: Doc, whole: dict, part: dict, said: str, whose: str) -> Relation:
    """The parts_vs_total row of one part held against its whole: no larger than it."""
    low, high = bounds(part)[0], bounds(whole)[1]
    gap = max(0.0, low - high)
    return Relation(doc.name, "parts_vs_total", (whole, part), whole.get("metric"), (low, low), (-math.inf, high),
                    gap, f"{shown(part)}, {said} {'>' if gap else '≤'} {whose} {shown(whole)}")


def _whole(doc: Doc, name: str, part: dict) -> dict | None:
    """The figure of the named whole before the part's sentence, within four sentences, of its quantity and time."""
    quantity = metric_key(part)
    sentence = doc.sentence(part)[0]
    for claim in reversed(doc.claims[max(0, int(part["_index"]) - 40):int(part["_index"])]):
        if doc.sentence(claim)[0] == sentence:
            continue
        if sentence - doc.sentence(claim)[1] > 400:
            return None
        own = metric_key(claim)
        said = label_before(doc.text, claim) + own
        if claim["kind"] == "level" and same_unit(claim, part) and name in said \
                and len(shared_end([own, quantity])) >= _SHARED and bounds(claim)[0] > 0 \
                and not periods_conflict(doc.period(claim), doc.period(part)):
            return claim
    return None
