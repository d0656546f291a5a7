"""Claim assembly for Chinese: a mention plus what its clause and sentence say about it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.mention import Mention
from checks.extract.reading import Reading, SentenceReader, kind_of
from checks.extract.zh.context import (
    ATTRIBUTION,
    BASIS_AT_END,
    DOCUMENT_SOURCE,
    FILLER,
    GROWTH_NOUN,
    MOVEMENT,
    PERIOD,
    PROJECTION,
    TO_LEVEL,
)
from checks.extract.zh.qualifiers import BOUNDING

VERB_AT_END = re.compile(
    rf"(?:(?P<bound>{BOUNDING.pattern})[^，,。；;\d]{{0,6}}?)?(?:可|能|将|会|再)?(?P<verb>{MOVEMENT.pattern})(?:了)?"
    rf"(?P<to>{TO_LEVEL})?"
    rf"{FILLER}$"
)
GROWTH_NOUN_AT_END = re.compile(rf"(?P<noun>{GROWTH_NOUN.pattern}){FILLER}$")
BOUND_AT_END = re.compile(rf"(?P<bound>{BOUNDING.pattern})(?:可|能|将|会)?{FILLER}$")
PROJECTION_CUE = re.compile(PROJECTION.pattern)
PERIOD_CUE = re.compile(PERIOD.pattern)
ATTRIBUTION_CUE = re.compile(ATTRIBUTION.pattern)
REFERS_BACK = re.compile(r"该|此|这一|这些|上述|其中|报告|调查|数据还|数据同时|另外|此外|同时")
PARAGRAPH_END = re.compile(r"\n|\u3000\u3000")
ATTRIBUTION_KEYWORD = re.compile(r"据|显示|表明|表示|指出|介绍|透露|称|说")
ENUMERATION_GAP = re.compile(r"\s*(?:、|和|及|与|以及|或|,|，)\s*")
_LEADING_NOISE = re.compile(
    r"^(?:预计|其中|同时|此外|另外|而|但|并|且|其|则|已|将|有望|今年|去年|全年|目前|截至目前|据悉|数据显示|显示|"
    r"分别|共有|共|有|累计|合计|总计|当天|当日|期间|)+"
)
_METRIC_STOP = re.compile(
    r"享|参与|参加|实现|整装|上市|上线|发布|推出|亮相|全面|获得|完成|达到|提供|进行|开展|入驻|使用|受益|覆盖|同比|环比|较|比|为|是|在|已|将|"
    r"被|等|中|的|和|与|及|，|,|。|；|;|、|（|\(|“|”|\d"
)
# Punctuation, spaces and figures at the edges of a phrase are not part of what it names.
_EDGE = re.compile(r"^[\s，,。；;：:、“”\"（）()\d.%]+|[\s，,。；;：:、“”\"（）()\d.%]+$")
_CAUSING_VERB = re.compile(r".*(?:带动|推动|拉动|促进|促使|使得|帮助|助力|吸引|邀请|通过|实现|完成)")
_METRIC_TRAILING_VERBS = re.compile(
    r"(?:同比|环比)?(?:达到|达|为|是|超过|超|约|近|共|有|实现|突破|高达|仅|累计|合计|共计|总计|累积)+$")


def document_source(text: str) -> str | None:
    """The source a closing line gives for the whole document (数据来源：X)."""
    tail = text.rstrip()[-80:]
    last_line = re.split(r"[\n\u3000]", tail)[-1] if tail else ""
    match = DOCUMENT_SOURCE.search(last_line)
    return match.group(0).strip() if match else None


@dataclass(frozen=True)
class SentenceCues:
    """What a sentence says once for all its figures: where forecasts begin, its times, its source."""

    projection_starts: tuple[int, ...]
    periods: tuple[tuple[int, str], ...]
    attribution: str | None


class Reader(SentenceReader):
    """Reads the context of the mentions of one (width-folded) document, sentence cues computed once."""

    REACH = 32
    LIST_GAP = ENUMERATION_GAP

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.doc_source = document_source(text)
        self._cues: dict[int, SentenceCues] = {}

    def cues(self, sentence_start: int, sentence_end: int) -> SentenceCues:
        found = self._cues.get(sentence_start)
        if found is None:
            sentence = self.text[sentence_start:sentence_end]
            attribution = ATTRIBUTION_CUE.search(sentence) if ATTRIBUTION_KEYWORD.search(sentence) else None
            source = attribution.group(0) if attribution else self._carried_attribution(sentence_start, sentence)
            found = SentenceCues(
                projection_starts=tuple(sentence_start + m.start() for m in PROJECTION_CUE.finditer(sentence)),
                periods=tuple((sentence_start + m.start(), m.group(0)) for m in PERIOD_CUE.finditer(sentence)),
                attribution=source,
            )
            self._cues[sentence_start] = found
        return found

    def _carried_attribution(self, sentence_start: int, sentence: str) -> str | None:
        """A sentence that refers back (该调查…, 其中…) keeps the source of the one before it, in a paragraph."""
        if sentence_start == 0 or not REFERS_BACK.match(sentence.lstrip()):
            return None
        previous_start, previous_end = self.sentences.span(sentence_start - 1)
        if PARAGRAPH_END.search(self.text, previous_start, previous_end):
            return None
        return self.cues(previous_start, previous_end).attribution

    def read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        text = self.text
        sentence_start, sentence_end = self.sentences.span(mention.start)
        listed = self.listed(mention, previous, sentence_start)  # 分别增长5%、8%和10%
        if listed is not None:
            return listed
        gap = self.gap(mention, previous, sentence_start)
        qualifier = mention.qualifier

        direction, moved, to_level, basis_end = None, False, False, len(gap)
        # The verb, a growth noun or a bound sits within the last few characters before the figure.
        near = max(0, len(gap) - 16)
        verb = VERB_AT_END.search(gap, near)
        if verb is not None:
            direction, moved, to_level = MOVEMENT.resolve(verb.group("verb")), True, verb.group("to") is not None
            basis_end = verb.start()
            if verb.group("bound") and not mention.qualified_in_span and qualifier == "exact":
                qualifier = BOUNDING.resolve(verb.group("bound")) or qualifier
                basis_end = verb.start("bound")
        else:
            noun = GROWTH_NOUN_AT_END.search(gap, near)
            if noun is not None:
                direction, moved = GROWTH_NOUN.resolve(noun.group("noun")), True
                basis_end = noun.start()
            else:
                bound = BOUND_AT_END.search(gap, near)
                if bound is not None and not mention.qualified_in_span and qualifier == "exact":
                    qualifier = BOUNDING.resolve(bound.group("bound")) or qualifier
                    basis_end = bound.start()

        if mention.direction is not None and direction is None:
            direction, moved = mention.direction, True
        kind = kind_of(mention, moved, to_level)
        basis_match = None
        if moved or mention.family == "pp":
            basis_match = BASIS_AT_END.search(gap, max(0, basis_end - 20), basis_end)
        basis = basis_match.group("basis") if basis_match else None
        metric_end = basis_match.start() if basis_match else basis_end
        cues = self.cues(sentence_start, sentence_end)
        return Reading(
            kind=kind,
            direction=direction if moved and not (to_level and kind in ("level", "share", "duration")) else None,
            qualifier=qualifier,
            basis=basis,
            projected=any(start < mention.start for start in cues.projection_starts),
            metric=_metric(text, gap[:metric_end], mention, moved, previous, sentence_start),
            period=_period(cues.periods, mention.start, basis),
            attribution=cues.attribution or self.doc_source,
        )


def _metric(text: str, before: str, mention: Mention, moved: bool, previous: tuple[Mention, Reading] | None,
            sentence_start: int) -> str | None:
    """The phrase the figure measures: the noun after "X%的", else the subject before it in its clause; a change
    with no subject of its own (…净利润3.42亿元，同比增长15.3%) measures what the figure before it measured."""
    if text.startswith("的", mention.end) or mention.family == "count":  # 70%的受访者, 200个品牌: what is counted
        noun = _noun_after(text, mention.end + 1 if text.startswith("的", mention.end) else mention.end)
        if noun:
            return noun
    phrase = _subject(before)
    if phrase:
        return phrase
    if moved:
        if previous is not None and previous[0].end >= sentence_start:
            return previous[1].metric
        return None
    return _noun_after(text, mention.end + 1 if text.startswith("的", mention.end) else mention.end)


def _subject(before: str) -> str | None:
    phrase = _LEADING_NOISE.sub("", _EDGE.sub("", before))
    cause = _CAUSING_VERB.search(phrase)
    if cause is not None and len(phrase) - cause.end() >= 2:
        phrase = phrase[cause.end():]  # 发放消费券带动当地消费: what moved is 当地消费
    phrase = _METRIC_TRAILING_VERBS.sub("", phrase)
    phrase = PERIOD_CUE.sub("", phrase).strip()
    if "的" in phrase:
        _, _, tail = phrase.rpartition("的")
        phrase = tail if len(tail) >= 2 else phrase
    phrase = _EDGE.sub("", phrase)
    return phrase[-16:] if len(phrase) >= 2 else None


def _noun_after(text: str, start: int) -> str | None:
    if text.startswith("“", start):  # a quoted name: 为期7天的“消费嘉年华”
        closing = text.find("”", start, start + 40)
        if closing > start + 1:
            return text[start + 1:closing]
    after = text[start:start + 24]
    stop = _METRIC_STOP.search(after)
    noun = _EDGE.sub("", after[:stop.start()] if stop else after[:10])
    return noun[:12] if len(noun) >= 2 else None


def _period(periods: tuple[tuple[int, str], ...], before: int, basis: str | None) -> str | None:
    """The last time expression in the sentence before the figure, other than one inside its basis."""
    found = None
    for start, period in periods:
        if start >= before:
            break
        if basis and period in basis:
            continue
        found = period
    return found
