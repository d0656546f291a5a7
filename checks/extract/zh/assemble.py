"""Claim assembly for Chinese: a mention plus what its clause and sentence say about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checks.extract.mention import Mention
from checks.extract.prefilter import gated, widest
from checks.extract.reading import Reading, SentenceReader, kind_of
from checks.extract.records import quick_init
from checks.extract.text import clause_start, in_other_unit, opens_bracket
from checks.extract.zh.context import (
    ATTRIBUTION,
    BASIS_AT_END,
    COMPARATOR_ENDS,
    FOLLOWER,
    GROWTH_NOUN,
    MOVED_AFTER,
    MOVEMENT,
    PROJECTION,
    RATIO_AT_END,
    RATIO_NOUN,
)
from checks.extract.zh.cues import Cue, cue_before
from checks.extract.zh.gaps import rate_of
from checks.extract.zh.issuer import NO_PARTY, document_source, issuer
from checks.extract.zh.lists import ListReader
from checks.extract.zh.measure import PERIOD_CUE, RECEIVING, is_quantity, only_period
from checks.extract.zh.measured import FILLER_ONLY, GROWTH_NOUN_ONLY, HEADING_REACH, Measurer
from checks.extract.zh.opening import CLAUSE_MARK, OWNER_REACH, sentence_owner
from checks.extract.zh.periods import ParagraphPeriods, quarter_within, sentence_period
from checks.extract.zh.scoped import SCOPE_OPENING, scoped
from checks.extract.zh.settle import REFERENCE_REACH, past_completion, referred, settled

# 增速最高，达到15.06%: a growth noun, then modifiers, closing the clause before a figure that stands alone.
CARRIED_GROWTH_NOUN = re.compile(
    rf"(?P<noun>{GROWTH_NOUN.pattern})(?:最高|最低|较高|较低|最快|最慢|均值|平均|均|都|也|则|仍|依然|分别|\s)*"
    r"[，,（(]?\s*$")
PARENTHESISED = re.compile(
    rf"(?P<noun>{GROWTH_NOUN.pattern})[^。；;（(]{{0,24}}[（(](?:[^。；;（()）]{{0,12}}[)）][^。；;（(]{{0,16}}[（(])*\s*$")
GROWTH_NOUN_END = re.compile(rf"(?:{GROWTH_NOUN.pattern})(?:{MOVEMENT.pattern}|大幅|小幅|明显|持续|\s)*$")
INDEX = re.compile(r"(?:指数|PMI|景气指数|信心指数)$")
# What calls a percentage a part of a whole, and what makes one a change, in the words shortly before it.
SAID_SHARE = re.compile(r"占|比重|份额|比例|渗透率")
SAID_CHANGE = re.compile(r"同比|环比|增长|增速|增幅|涨幅|收益|回报|上涨|上升|提升|提高")
PROJECTION_CUE = gated(re.compile(PROJECTION.pattern))
ATTRIBUTION_CUE = re.compile(ATTRIBUTION.pattern)
ATTRIBUTION_WIDTH = widest(ATTRIBUTION_CUE)
REFERS_BACK = re.compile(r"该|此|这一|这些|上述|其中|报告|调查|数据还|数据同时|另外|此外|同时")
PARAGRAPH_END = re.compile(r"\n|\u3000\u3000")
ATTRIBUTION_KEYWORD = re.compile(r"据|显示|表明|表示|指出|介绍|透露|称|说")
ENUMERATION_GAP = re.compile(r"\s*(?:、|和|及|与|以及|或|,|，)\s*")
GROUP_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|房企|车企|省份|城市|银行|品牌|厂商|商户|平台|机构|单位|"
                        r"学校|医院|行业|门类|大类|省区市|地区)")
# The next figure of a list, told with its own way (分别增长50.8%、下降26.3%、增长4.5%)
MOVED_ITEM = re.compile(r"\s*[、，,]\s*(?:同比|环比)?(?:增长|下降|上涨|下跌|增加|减少|上升|回落|提高|降低)\s*")
AMOUNT_THEN_RATE = re.compile(r"\s*[,，]?\s*")  # an amount then its rate (增加19.45万人次，增长0.5%): one movement
BASIS_HEADING = re.compile(r"(?:从)?(?P<basis>同比|环比)(?:来)?看[，,：:]")  # its sentence's basis: 从环比看，…


@quick_init
@dataclass(frozen=True)
class SentenceCues:
    """What a sentence says once for all its figures: where forecasts begin, its times, its source."""

    first_projection: int | None  # a figure after the sentence's first forecast word is projected: only it counts
    periods: tuple[tuple[int, str], ...]
    attribution: str | None


# Between a figure and the next when the next only states it again, exactly (…突破3000亿元，达3080.3亿元).
SENTENCE_END = re.compile(r"[。！？!?\n]")  # a run of clauses joined by ； goes on past a sentence's end
CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n]")
RESPECTIVE_BEFORE = re.compile(r"分别(?:为|是|达到?)?\s*$")  # 资本充足率分别为14.21%、…: one quantity's list
LISTED_BEFORE = re.compile(r"[、和及与]")  # 营收和净利润分别为…: a list of its own names, not of periods
# What a company reports of itself after its name (中国手游营收; 中国电信业务总量 stays the country's 电信业务总量)
_COMPANY_QUANTITY = re.compile(r"营收|营业收入|营业额|收入|净利|利润|毛利|净亏损|亏损|每股|经营|运营")


class Reader(SentenceReader):
    """Reads the context of the mentions of one (width-folded) document, sentence cues computed once."""

    REACH = 32
    LIST_GAP = ENUMERATION_GAP

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.issuer = issuer(text)
        self._issuer_name = self.issuer.removesuffix("发布") if self.issuer else ""  # (中国手游发布: 中国手游)
        self.doc_source = document_source(text) or self.issuer
        self._cues: dict[int, SentenceCues] = {}
        self._owners: dict[tuple[int, int], str | None] = {}
        self._metrics: list[str] = []  # the metrics of the last figures read, for 上述收入 and the like
        self.measurer = Measurer(text, self.sentences)
        self._listed_last = False  # whether the figure just read continues the list of the one before it
        self._respective: tuple[int, str | None] = (0, None)  # the place in a 分别 list, and the list's period
        self.lists = ListReader(text, self.sentences)
        self.periods = ParagraphPeriods(text, self.sentences)

    def cues(self, sentence_start: int, sentence_end: int) -> SentenceCues:
        found = self._cues.get(sentence_start)
        if found is None:
            sentence = self.text[sentence_start:sentence_end]
            keywords = [found.start() for found in ATTRIBUTION_KEYWORD.finditer(sentence)]
            # a source holds a keyword and spans at most its width: it starts at most that far before the first keyword,
            # and ends (what it looks at after itself too) before the last keyword's position and that width
            attribution = None if not keywords else ATTRIBUTION_CUE.search(sentence) if ATTRIBUTION_WIDTH is None \
                else ATTRIBUTION_CUE.search(sentence, max(0, keywords[0] - ATTRIBUTION_WIDTH),
                                            keywords[-1] + ATTRIBUTION_WIDTH + 1)
            source = attribution.group(0) if attribution else self._carried_attribution(sentence_start, sentence)
            if source and self.issuer and NO_PARTY.match(source):
                source = self.issuer  # 顺丰控股发布了…简报。数据显示: the issuer's data
            projection = PROJECTION_CUE.search(sentence)
            found = SentenceCues(
                first_projection=None if projection is None else sentence_start + projection.start(),
                periods=tuple([(sentence_start + m.start(), m.group(0)) for m in PERIOD_CUE.finditer(sentence)]),
                attribution=source,
            )
            self._cues[sentence_start] = found
        return found

    def _owner(self, sentence_start: int, before: int) -> str | None:
        """The sentence's opening owner. sentence_owner reads the sentence up to its first clause mark, the figure or
        OWNER_REACH characters: the answer for that stretch is kept for the figures after it."""
        limit = min(before, sentence_start + OWNER_REACH)
        mark = CLAUSE_MARK.search(self.text, sentence_start, limit)
        stretch = (sentence_start, limit if mark is None else mark.start())
        if stretch not in self._owners:
            self._owners[stretch] = sentence_owner(self.text, sentence_start, before)
        return self._owners[stretch]

    def _carried_attribution(self, sentence_start: int, sentence: str) -> str | None:
        """A sentence that refers back (该调查…, 其中…) keeps the source of the one before it, in a paragraph."""
        if sentence_start == 0 or not REFERS_BACK.match(sentence.lstrip()):
            return None
        previous_start, previous_end = self.sentences.span(sentence_start - 1)
        if PARAGRAPH_END.search(self.text, previous_start, previous_end):
            return None
        return self.cues(previous_start, previous_end).attribution

    def read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        previous, self.lists.recent = past_completion(previous, self.measurer.recent, self.text), self.measurer.recent
        reading = self.lists.read(mention, previous, self._read(mention, previous), self._listed_last, self._metrics)
        reading = settled(referred(reading, self._metrics), mention, previous, self.text)  # (zh/settle.py)
        reading = self._of_each(mention, previous, reading)
        if not self._listed_last:  # a list's first figure: its period, when a 分别 stands right before it
            respective = reading.segment is None \
                and self.text.find("分别", max(0, mention.start - 6), mention.start) >= 0
            clause = self.text[clause_start(self.text, self.sentences.span(mention.start)[0], mention.start):
                               mention.start] if respective else ""
            self._respective = (0, reading.period if respective and RESPECTIVE_BEFORE.search(clause)
                                and not LISTED_BEFORE.search(clause) else None)
        else:
            self._respective = (self._respective[0] + 1, self._respective[1])
        quarter = quarter_within(self._respective[1], self._respective[0]) if self._respective[1] else None
        if quarter is not None:  # 前三季度，资本充足率分别为14.21%、14.35%、14.50%: each is one quarter's, in turn
            reading = replace(reading, period=quarter)
        if reading.kind == "growth" and mention.value < 0 and reading.direction == "up":
            reading = replace(reading, direction="down")  # 分别增长1.6%、-7.9%: a negative growth is a fall
        self.measurer.remember(mention, reading)
        if reading.metric:
            self._metrics = [*self._metrics[-(REFERENCE_REACH - 1):], reading.metric]
        return reading

    def _of_each(self, mention: Mention, previous: tuple[Mention, Reading] | None, reading: Reading) -> Reading:
        """A figure said of each of a counted group (7个省份旅游总收入超过400亿元): the group is its owner."""
        if previous is None or previous[0].family != "count" or not reading.metric or \
                CLAUSE_BREAK.search(self.text, previous[0].end, mention.start) or reading.metric.endswith("中"):
            return reading  # (51件民生实事中44件: members of the group counted, not a figure of each)
        if reading.subject and reading.metric.startswith(RECEIVING) and GROUP_NOUN.fullmatch(reading.subject) \
                and self.text.startswith(reading.subject, previous[0].end):
            # 7个省份接待游客总数: the place that received them, read off the phrase, is the group counted
            return replace(reading, subject=self.text[previous[0].start:previous[0].end] + reading.subject)
        # the group's noun (省份, 企业, 房地产企业): what the count counts, up to a word that names a group
        named = GROUP_NOUN.match(reading.metric)
        if named is None and SCOPE_OPENING.match(reading.metric):
            return reading  # 284家规模以上工业产值: a scope's name is not cut (规模 is no group counted)
        counted = named.group(0) if named is not None else reading.metric[:2]
        if not self.text.startswith(counted, previous[0].end) or len(reading.metric) - len(counted) < 2:
            return reading
        group = self.text[previous[0].start:previous[0].end] + counted
        return replace(reading, subject=group, metric=reading.metric[len(counted):])

    def _read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        sentence_start, sentence_end = self.sentences.span(mention.start)
        listed = self.listed(mention, previous, sentence_start)  # 分别增长5%、8%和10%
        self._listed_last = listed is not None
        if listed is not None:
            return listed
        if previous is not None and (self.lists.continues(mention, previous)
                                     or self.lists.continues(mention, previous, MOVED_ITEM)):
            # 分别完成45.1亿吨公里、3211.6万人和56.3万吨: a list's figures of different units, each its own kind;
            # 分别增长50.8%、下降26.3%: each its own way
            self._listed_last = True
            own = self._read_own(mention, previous, sentence_start, sentence_end)
            return replace(previous[1], kind=own.kind, direction=own.direction, qualifier=own.qualifier)
        return self._read_own(mention, previous, sentence_start, sentence_end)

    def _read_own(self, mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int,
                  sentence_end: int) -> Reading:
        text = self.text
        gap = self.gap(mention, previous, sentence_start)
        if previous is not None and in_other_unit(text, previous[0], mention):  # 14582万吨(2916亿斤): one quantity
            return replace(previous[1], qualifier=mention.qualifier)
        if previous is not None and mention.start - previous[0].end <= 24 and previous[0].unit == mention.unit \
                and mention.family != "rank" and FOLLOWER.search(text, previous[0].end, mention.start):
            # 中美贸易增速最高，达69.6%；中欧次之，达39.8%: the follower is measured as the leader was
            return replace(previous[1], qualifier=mention.qualifier, subject=None, segment=None)
        qualifier = mention.qualifier
        cue = cue_before(gap, mention, qualifier)
        if cue.basis and cue.verb in _COMPARING and gap.rstrip().endswith("的") and previous is not None \
                and previous[1].kind in ("share", "level", "ratio") and previous[0].unit == mention.unit:
            # 份额为8.9%，高于去年同期的8.6%: the rival's own figure of the level before (last year's share), no gap
            cue = Cue(basis_end=len(gap))
        if cue.verb is None and cue.noun is None and opens_bracket(text, mention.start):
            carried = self._carried_noun(mention, "", sentence_start)  # 增速低于大型商业银行(12.9%)
            if carried is not None:
                cue = carried
        if cue.verb is None and cue.noun is None:
            # 营业收入增速最高，达到15.06%; 增速低于大型商业银行(12.9%): the noun stands in the clause before.
            carried = self._carried_noun(mention, gap, sentence_start)
            if carried is not None:
                cue = carried
        qualifier = cue.qualifier or qualifier
        moved = cue.verb is not None or cue.noun is not None or mention.direction is not None
        direction = cue.direction if cue.direction is not None else mention.direction
        kind = kind_of(mention, moved, cue.to_level)
        basis_match = None
        if moved or mention.family == "pp":
            basis_match = BASIS_AT_END.search(gap, max(0, cue.basis_end - 20), cue.basis_end)
        basis = basis_match.group("basis").strip() if basis_match else cue.basis
        before = gap[:basis_match.start() if basis_match else cue.basis_end]
        if basis is None and moved:
            basis = self._basis_around(mention, previous, sentence_start, before)
        cues = self.cues(sentence_start, sentence_end)
        window = text[max(sentence_start, mention.start - 40):mention.start]
        # every comparator ends with 的 (or a budget's word) right before the figure: a plain test before the pattern
        ratio = RATIO_AT_END.search(window) if window.rstrip().endswith(COMPARATOR_ENDS) else None
        if ratio is not None and (ratio.group("budget") or ratio.group("budget_bare") or "").endswith(("算", "算数")) \
                and ratio.group(0)[0] == "占" and "完成" not in window:  # (占全年目标任务的108%: a completion)
            ratio = None  # (教育支出占全年预算的15%: a share of it; 完成8.1亿元，占调整预算的100%: its completion)
        if kind in ("share", "level") and mention.unit == "percent" and (
                ratio is not None or RATIO_NOUN.search(cue.phrase or before)):
            kind = "ratio"
        measurer = self.measurer  # (占调整预算105.47%, no 的: a ratio, of the quantity the figure before it named)
        compared = None if ratio is None or ratio.group("budget_bare") else ratio
        measure = rate_of(mention, previous, sentence_start, measurer.measure(
            mention, before, cue.phrase, cue.noun is not None, previous, sentence_start, moved, compared))
        if kind in ("share", "level") and mention.unit == "percent" and measure.metric \
                and RATIO_NOUN.search(measure.metric):
            kind = "ratio"  # 毛利率由上一季度的65.4%降至64.5%
        if kind == "share" and measure.metric and GROWTH_NOUN_ONLY.search(measure.metric) and not measure.whole:
            kind, direction = "growth", "up"  # 增速为5%: a growth rate stated as a rate (占…的54.9% is a share)
        if kind == "share" and cue.to_level and GROWTH_NOUN_END.search(before.rstrip()):
            kind, direction, moved = "growth", "up", True  # 增速回落至9.4%: the rate it fell to is still a growth rate
        moved_after = MOVED_AFTER.match(text, mention.end) if kind in ("share", "level") and mention.unit == \
            "percent" and text.startswith("的", mention.end) else None
        if moved_after is not None:  # 录得0.21%的跌幅; 实现了5%的增长: the rate, named by the noun after it
            kind, direction, moved = "growth", "down" if moved_after.group("down") else "up", True
        if kind == "share" and measure.metric and INDEX.search(measure.metric):
            kind = "level"  # 收入感受指数为52.8%, PMI 50.8%: an index, not a part of a whole
        if kind == "share" and not 0 <= mention.value <= 100 and not measure.whole \
                and not SAID_SHARE.search(text, max(sentence_start, mention.start - 24), mention.start):
            # A part of a whole lies within 0–100%; a percentage outside it that no word calls a share is a change
            # (环比-10.19%; 同比均有增长，A甚至达到了353.61%) or a ratio to a base (拨备覆盖率方面，A以405.93%领先)
            if mention.value < 0 or SAID_CHANGE.search(text, max(sentence_start, mention.start - 40), mention.start):
                kind, direction, moved = "growth", "down" if mention.value < 0 else "up", True
            else:
                kind = "ratio"
        if kind == "growth" and mention.value < 0:
            direction, moved = "down", True  # 同比增长-2.07%
        if kind == "rank" or (kind in ("level", "share", "ratio", "duration") and not moved):
            direction = None
        subject = measure.subject or self._owner(sentence_start, mention.start)
        named = self._issuer_name
        if subject and measure.metric and named.startswith(subject) and len(named) > len(subject) \
                and measure.metric.startswith(named[len(subject):]) \
                and _COMPANY_QUANTITY.match(measure.metric, len(named) - len(subject)):
            # 中国手游第三季度营收: the issuer 中国手游's 营收, not 中国's 手游营收 (a name that opens with a place's)
            subject, measure = named, replace(measure, metric=measure.metric[len(named) - len(subject):])
        # 由男生填写的占182份: a count of the part named, not a share (the quantity is the whole's, named before)
        metric = None if measure.metric == "占比" and mention.unit not in ("percent", "pp") and measure.segment \
            else measure.metric
        if metric and metric.endswith("以") and len(metric) > 2 and _CLOSED_AT.match(text, mention.end):
            metric = metric[:-1]  # 沪指以2916.62点报收: the index's close (以…高开 is its opening: left as said)
        if previous is not None and measure.segment is None and not SENTENCE_END.search(text, previous[0].end,
                                                                                      mention.start):
            # 规模以上工业产值增长30.3%，增加值增长18.7%: the bare head is of the scope named before it
            metric = scoped(metric, previous[1].metric) or metric
        if subject and metric and metric.startswith(subject) and is_quantity(metric[len(subject):]) \
                and len(metric) - len(subject) >= 2:
            metric = metric[len(subject):]  # 第三名为乙牌，乙牌出货量1200万台: 乙牌's 出货量, its name said again
        return Reading(
            kind=kind,
            direction=direction if moved and not (cue.to_level and kind in ("level", "share", "duration", "ratio"))
            else None,
            qualifier=qualifier,
            basis=basis,
            projected=cues.first_projection is not None and cues.first_projection < mention.start,
            metric=metric,
            # a sentence that names no time of its own is of the one its paragraph stated last (10月份，…。其中，…)
            period=sentence_period(cues.periods, mention.start, basis, text) or self.periods.before(sentence_start),
            attribution=cues.attribution or self.doc_source,
            subject=subject,
            segment=measure.segment,
            whole=measure.whole,
        )

    def _basis_around(self, mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int,
                      before: str) -> str | None:
        """A change's basis stated for its sentence (从环比看，三季度增长1.8%: 环比) or by the figure before it of
        another period (一季度同比增长6.7%，二季度增长6.7%: 同比)."""
        start = max(sentence_start, mention.start - HEADING_REACH)
        heading = BASIS_HEADING.search(self.text, start, mention.start) \
            if self.text.find("看", start, mention.start) >= 0 else None  # every heading ends with 看: found first
        if heading is not None:
            return heading.group("basis")
        if previous is not None and previous[0].end >= sentence_start and previous[1].basis \
                and (only_period(before) or (previous[1].kind == "change" and AMOUNT_THEN_RATE.fullmatch(before))):
            return previous[1].basis  # (环比增加19.45万人次，增长0.5%: the rate of that amount, 环比 too)
        return None

    def _carried_noun(self, mention: Mention, gap: str, sentence_start: int) -> Cue | None:
        """A growth or ratio noun in the clause before a figure that stands alone in its own (…增速最高，达到X%)."""
        if mention.family not in ("percent", "pp") or FILLER_ONLY.fullmatch(gap) is None:
            return None
        before = self.text[max(sentence_start, mention.start - len(gap) - 30):mention.start - len(gap)]
        noun = CARRIED_GROWTH_NOUN.search(before)
        if noun is None and opens_bracket(self.text, mention.start):
            # 增速低于大型商业银行(12.9%)，高于股份制商业银行(6.9%): figures in brackets after names are rates too
            noun = PARENTHESISED.search(self.text, max(sentence_start, mention.start - 80), mention.start)
            if noun is not None:  # the noun's clause, up to the noun (its offsets are the text's, not the gap's);
                # the whole gap stays before the figure, for the one compared with (增速比全省(7.7%): 全省's)
                return Cue(noun=noun.group("noun"), direction=GROWTH_NOUN.resolve(noun.group("noun")),
                           basis_end=mention.start,
                           phrase=self.text[clause_start(self.text, sentence_start, noun.start()):noun.end("noun")])
        if noun is None:
            return None
        return Cue(noun=noun.group("noun"), direction=GROWTH_NOUN.resolve(noun.group("noun")), basis_end=0,
                   phrase=before[:noun.end("noun")])

_COMPARING = ("高于", "低于", "高出", "超出", "多出", "少于")
_CLOSED_AT = re.compile(r"\s*(?:报收|收盘|收于)")
