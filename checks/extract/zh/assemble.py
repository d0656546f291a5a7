"""Claim assembly for Chinese: a mention plus what its clause and sentence say about it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.mention import Mention
from checks.extract.text import Sentences, clause_start
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
    rf"(?P<bound>{BOUNDING.pattern})?(?:可|能|将|会|再)?(?P<verb>{MOVEMENT.pattern})(?:了)?(?P<to>{TO_LEVEL})?"
    rf"{FILLER}$"
)
GROWTH_NOUN_AT_END = re.compile(rf"(?P<noun>{GROWTH_NOUN.pattern}){FILLER}$")
BOUND_AT_END = re.compile(rf"(?P<bound>{BOUNDING.pattern})(?:可|能|将|会)?{FILLER}$")
PROJECTION_CUE = re.compile(PROJECTION.pattern)
PERIOD_CUE = re.compile(PERIOD.pattern)
ATTRIBUTION_CUE = re.compile(ATTRIBUTION.pattern)
ENUMERATION_GAP = re.compile(r"\s*(?:、|和|及|与|以及|或|,|，)\s*")
_LEADING_NOISE = re.compile(
    r"^(?:预计|其中|同时|此外|另外|而|但|并|且|其|则|已|将|有望|今年|去年|全年|目前|截至目前|据悉|数据显示|显示|"
    r"分别|共有|共|有|累计|合计|总计|当天|当日|期间|)+"
)
_METRIC_STOP = re.compile(
    r"享|参与|参加|实现|整装|上市|上线|发布|推出|亮相|全面|获得|完成|达到|提供|进行|开展|入驻|使用|受益|覆盖|同比|环比|较|比|为|是|在|已|将|"
    r"被|等|中|的|，|,|。|；|;|、|（|\("
)
_METRIC_TRAILING_VERBS = re.compile(r"(?:同比|环比)?(?:达到|达|为|是|超过|超|约|近|共|有|实现|突破|高达|仅)+$")


@dataclass(frozen=True)
class Reading:
    """What the context says about one mention."""

    kind: str
    direction: str | None
    qualifier: str
    basis: str | None
    projected: bool
    metric: str | None
    period: str | None
    attribution: str | None


def document_source(text: str) -> str | None:
    """The source a closing line gives for the whole document (数据来源：X)."""
    tail = text.rstrip()[-80:]
    last_line = re.split(r"[\n\u3000]", tail)[-1] if tail else ""
    match = DOCUMENT_SOURCE.search(last_line)
    return match.group(0).strip() if match else None


def read(text: str, sentences: Sentences, mention: Mention, previous: tuple[Mention, Reading] | None,
         doc_source: str | None) -> Reading:
    """Read the context of ``mention`` in ``text`` (width-folded)."""
    sentence_start, _sentence_end = sentences.span(mention.start)
    clause_from = clause_start(text, sentence_start, mention.start)
    gap_from = clause_from
    if previous is not None and previous[0].end > gap_from:
        gap_from = previous[0].end
    gap = text[gap_from:mention.start]
    qualifier = mention.qualifier

    # 分别增长5%、8%和10%: a figure that follows another with only a list word between them shares its reading.
    if previous is not None and previous[0].end >= sentence_start and ENUMERATION_GAP.fullmatch(
            text[previous[0].end:mention.start]) and previous[0].family == mention.family:
        earlier = previous[1]
        return Reading(
            kind=earlier.kind, direction=earlier.direction, qualifier=qualifier, basis=earlier.basis,
            projected=earlier.projected, metric=earlier.metric, period=earlier.period,
            attribution=earlier.attribution)

    direction, moved, to_level, basis_end = None, False, False, len(gap)
    verb = VERB_AT_END.search(gap)
    if verb is not None:
        direction, moved, to_level = MOVEMENT.resolve(verb.group("verb")), True, verb.group("to") is not None
        basis_end = verb.start()
        if verb.group("bound") and not mention.qualified_in_span and qualifier == "exact":
            qualifier = BOUNDING.resolve(verb.group("bound")) or qualifier
            basis_end = verb.start("bound")
    else:
        noun = GROWTH_NOUN_AT_END.search(gap)
        if noun is not None:
            direction, moved = GROWTH_NOUN.resolve(noun.group("noun")), True
            basis_end = noun.start()
        else:
            bound = BOUND_AT_END.search(gap)
            if bound is not None and not mention.qualified_in_span and qualifier == "exact":
                qualifier = BOUNDING.resolve(bound.group("bound")) or qualifier
                basis_end = bound.start()

    if mention.direction is not None and direction is None:
        direction, moved = mention.direction, True
    kind = _kind(mention, moved, to_level)
    if kind in ("level", "share", "duration") and to_level:
        direction = None
    basis_match = BASIS_AT_END.search(gap[:basis_end]) if moved or mention.family == "pp" else None
    basis = basis_match.group("basis") if basis_match else None
    metric_end = basis_match.start() if basis_match else basis_end
    sentence_before = text[sentence_start:mention.start]
    return Reading(
        kind=kind,
        direction=direction if kind in ("growth", "change", "multiple", "level", "share") and moved else None,
        qualifier=qualifier,
        basis=basis,
        projected=PROJECTION_CUE.search(sentence_before) is not None,
        metric=_metric(text, gap[:metric_end], mention),
        period=_period(sentence_before, basis),
        attribution=_attribution(text, sentence_start, sentences.span(mention.start)[1]) or doc_source,
    )


def _kind(mention: Mention, moved: bool, to_level: bool) -> str:
    family = mention.family
    if family in ("growth", "share", "rank", "multiple"):
        return family
    if family == "pp":
        return "change"
    if family in ("percent", "tenths"):
        return "share" if (to_level or not moved) else "growth"
    if family == "duration":
        return "change" if moved and not to_level else "duration"
    if family in ("age", "score"):
        return "level"
    return "change" if moved and not to_level else "level"


def _metric(text: str, before: str, mention: Mention) -> str | None:
    """The phrase the figure measures: the subject before it in its clause, else the noun after it."""
    phrase = _LEADING_NOISE.sub("", before.strip())
    phrase = _METRIC_TRAILING_VERBS.sub("", phrase)
    phrase = PERIOD_CUE.sub("", phrase).strip()
    if "的" in phrase:
        _, _, tail = phrase.rpartition("的")
        phrase = tail if len(tail) >= 2 else phrase
    if len(phrase) >= 2:
        return phrase[-16:]
    after = text[mention.end:mention.end + 24]
    if after.startswith("的"):
        after = after[1:]
    stop = _METRIC_STOP.search(after, 1)
    noun = after[:stop.start()] if stop else after[:10]
    noun = noun.strip()
    return noun[:12] if len(noun) >= 2 else None


def _period(sentence_before: str, basis: str | None) -> str | None:
    found = None
    for match in PERIOD_CUE.finditer(sentence_before):
        if basis and match.group(0) in basis:
            continue
        found = match.group(0)
    return found


def _attribution(text: str, sentence_start: int, sentence_end: int) -> str | None:
    sentence = text[sentence_start:sentence_end]
    match = ATTRIBUTION_CUE.search(sentence)
    return match.group(0) if match else None
