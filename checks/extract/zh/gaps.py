"""Points said of growth rates: of the rate just before them (增长10.2%，高于全国2.8个百分点: 地区生产总值增速), and
a gap in points between two growth rates, named before its figure (增速快于规模以上工业增加值1.2个百分点; 进口增速
快于出口11.2个百分点): the rate that is ahead, the comparison and the rate it is ahead of, read as one quantity."""

from __future__ import annotations

import re

from checks.extract.mention import Mention
from checks.extract.reading import Reading
from checks.extract.zh.context import GROWTH_NOUN
from checks.extract.zh.measure import Measure, clean, split

GROWTH_NOUN_ONLY = re.compile(rf"^(?:{GROWTH_NOUN.pattern})$")
RATE_END = re.compile(r"(?:增速|增幅|涨幅|增长率)$")

_COMPARING = ("快于", "慢于", "高于", "低于")
# rate_gap: a rate, then how it compares with another's
#   增速快于规模以上工业增加值 → 增速, 快于, 规模以上工业增加值; 全省进口增速快于出口 → 全省进口增速, 快于, 出口
RATE_GAP = re.compile(r"(?P<rate>[^，,。；;\d]{0,16}?(?:增速|增幅|涨幅|增长率))(?P<compared>快于|慢于|高于|低于)"
                      r"(?P<rival>[^，,。；;\d]{1,14}?)\s*$")


def rate_gap(before: str, earlier: str | None) -> tuple[str, str | None] | None:
    """The gap's quantity (进口增速快于出口) and the owner its phrase names, when the words before a figure in points
    name two rates compared; a bare 增速 is the rate of ``earlier``, the quantity of the growth just read."""
    if not any(word in before for word in _COMPARING):
        return None
    found = RATE_GAP.search(before)
    if found is None:
        return None
    rate = split(clean(found.group("rate")) or "")
    name = rate.metric or ""
    if name in ("增速", "增幅", "涨幅", "增长率"):
        if not earlier:
            return None
        name = earlier + name
    rival = clean(found.group("rival"))
    return (f"{name}{found.group('compared')}{rival}", rate.subject) if name and rival else None


def rate_of(mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int,
            measure: Measure) -> Measure:
    """Points said of the growth rate just before them measure that rate, not the quantity: 同比增长13.0%，
    增幅较去年同期提高0.1个百分点 (社零总额增幅); 增长10.2%，高于全国2.8个百分点 (地区生产总值增速)."""
    if mention.family != "pp" or previous is None or previous[0].end < sentence_start or not previous[1].metric:
        return measure
    if previous[1].kind == "share":
        return share_moved(mention, previous, measure)
    if previous[1].kind != "growth":
        return measure
    rate = previous[1].metric
    if measure.metric is not None and GROWTH_NOUN_ONLY.fullmatch(measure.metric):
        return Measure(rate + measure.metric, previous[1].subject, previous[1].segment, measure.whole)
    if measure.metric is None or measure.metric == rate:  # 生产总值增速 is a rate already: no 增速 again
        return Measure(rate if RATE_END.search(rate) else rate + "增速", previous[1].subject, previous[1].segment,
                       measure.whole)
    return measure


def share_moved(mention: Mention, previous: tuple[Mention, Reading], measure: Measure) -> Measure:
    """Points right after a share that name no quantity of their own measure that share, of its whole: 占工业总产值
    比重达37.5%，比上年提高2.2个百分点 (the share of 工业总产值 rose, not the 产值 itself)."""
    share = previous[1]
    if not share.whole or measure.whole or measure.metric != share.metric or mention.start - previous[0].end > 16:
        return measure
    return Measure(share.metric, share.subject, share.segment, share.whole)
