"""Claim assembly for Chinese: a mention plus what its clause and sentence say about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checks.extract.mention import Mention
from checks.extract.prefilter import gated
from checks.extract.reading import Reading, SentenceReader, kind_of
from checks.extract.text import clause_start, opens_bracket
from checks.extract.zh.context import (
    ATTRIBUTION,
    BASIS_AT_END,
    DOCUMENT_SOURCE,
    FILLER,
    GROWTH_NOUN,
    MOVEMENT,
    PERIOD,
    PROJECTION,
    RATIO,
    TO_LEVEL,
)
from checks.extract.zh.measure import (
    OWNER_REACH,
    Measure,
    clean,
    is_member,
    is_quantity,
    members_listed,
    named_in_bracket,
    noun_after,
    only_period,
    sector_before,
    sentence_owner,
    split,
    whole_before,
)
from checks.extract.zh.qualifiers import BOUNDING

VERB_AT_END = gated(re.compile(
    rf"(?:(?P<bound>{BOUNDING.pattern})[^，,。；;\d]{{0,6}}?)?(?:可|能|将|会|再)?\s*(?P<verb>{MOVEMENT.pattern})"
    rf"(?:了)?\s*(?P<to>{TO_LEVEL})?"
    rf"(?P<than>(?<=高出|高于|低于|超出|多出|少于)[^，,。；;\d%]{{1,10}}?)?"
    rf"{FILLER}$"
))
# 增速最高，达到15.06%: a growth noun, then modifiers, closing the clause before a figure that stands alone.
CARRIED_GROWTH_NOUN = re.compile(
    rf"(?P<noun>{GROWTH_NOUN.pattern})(?:最高|最低|较高|较低|最快|最慢|均值|平均|均|都|也|则|仍|依然|分别|\s)*"
    r"[，,（(]?\s*$")
PARENTHESISED = re.compile(
    rf"(?P<noun>{GROWTH_NOUN.pattern})[^。；;（(]{{0,24}}[（(](?:[^。；;（()）]{{0,12}}[)）][^。；;（(]{{0,16}}[（(])*\s*$")
FILLER_ONLY = re.compile(rf"\s*[（(]?{FILLER}")
GROWTH_NOUN_ONLY = re.compile(rf"^(?:{GROWTH_NOUN.pattern})$")
RATIO_NOUN = re.compile(rf"(?:{RATIO.rules[0].pattern})[^，,。；;]{{0,8}}$")
# 完成全年目标的105%, 恢复至2019年同期的92.3%: the comparator is the whole the ratio is of.
RATIO_AT_END = gated(re.compile(
    r"(?:(?:完成|达成|实现)(?P<target>[^，,。；;]{0,12}?(?:目标|计划|任务|预算|指标))|"
    r"(?:恢复|修复|回升|回暖|复苏)(?:至|到)(?P<past>[^，,。；;]{0,16}?)(?:水平)?|相当于(?P<like>[^，,。；;]{0,16}?))"
    r"的\s*$"))
GROWTH_NOUN_AT_END = gated(re.compile(
    rf"(?P<noun>{GROWTH_NOUN.pattern})(?:最高|最低|较高|较低|均值|平均|中位数|分别|均|都|也|则|仍)*{FILLER}$"))
GROWTH_NOUN_END = re.compile(rf"(?:{GROWTH_NOUN.pattern})(?:{MOVEMENT.pattern}|大幅|小幅|明显|持续|\s)*$")
INDEX = re.compile(r"(?:指数|PMI|景气指数|信心指数)$")
BOUND_AT_END = gated(re.compile(rf"(?P<bound>{BOUNDING.pattern})(?:可|能|将|会)?{FILLER}$"))
PROJECTION_CUE = gated(re.compile(PROJECTION.pattern))
PERIOD_CUE = gated(re.compile(PERIOD.pattern))
ATTRIBUTION_CUE = re.compile(ATTRIBUTION.pattern)
REFERS_BACK = re.compile(r"该|此|这一|这些|上述|其中|报告|调查|数据还|数据同时|另外|此外|同时")
PARAGRAPH_END = re.compile(r"\n|\u3000\u3000")
ATTRIBUTION_KEYWORD = re.compile(r"据|显示|表明|表示|指出|介绍|透露|称|说")
ENUMERATION_GAP = re.compile(r"\s*(?:、|和|及|与|以及|或|,|，)\s*")
def document_source(text: str) -> str | None:
    """The source a closing line gives for the whole document (数据来源：X)."""
    tail = text.rstrip()[-80:]
    last_line = re.split(r"[\n\u3000]", tail)[-1] if tail else ""
    match = DOCUMENT_SOURCE.search(last_line)
    return match.group(0).strip() if match else None


# Who issues a release, named in its opening: 中国人寿公布了上半年业绩, 顺丰控股昨日晚间发布了…简报, 银监会11月15日公布,
# 蔚来（9866）公布第三季业绩. Its figures are the issuer's unless a sentence names another source.
ISSUER = re.compile(
    r"(?:^|(?<=[，,。；;：:\s■”）)])|(?<=消息|获悉))"  # the issuer opens its clause
    r"(?P<issuer>[^，,。；;：:\s“”《》()（）的■\d以在将即已经和与及、年月日时]{2,12}?)(?:[（(][^()（）]{1,12}[)）])?"
    r"(?:\d{1,2}月\d{1,2}日|昨日|今日|近日|日前|昨天|今天)?(?:晚间|晚|早间)?(?:正式)?(?:发布|公布|披露)(?:了)?")
ISSUER_REACH = 120
# A cue that names a kind of document and no party (数据显示, 财报显示, 结果显示): the issuer's.
NO_PARTY = re.compile(r"^(?:最新)?(?:数据|财报|报告|公告|结果|统计|调查|监测)(?:还|同时|也)?(?:显示|表明)$")


def issuer(text: str) -> str | None:
    """The party that issues the document, when its opening says so (the phrase as written, for source_of)."""
    found = ISSUER.search(text, 0, ISSUER_REACH)
    return found.group("issuer") + "发布" if found else None


# A figure of a rival, compared in the same clause: 优于特斯拉的88.88万辆, 高于全国的5.2%.
RIVAL = gated(re.compile(r"(?:优于|高于|低于|超过|超出|多于|少于|领先于?|不及|落后于?|好于|差于)"
                   r"(?P<rival>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:同期)?的\s*$"))
# 就业率为91.6%，与上届（91.8%）基本持平: the figure in brackets is the same quantity of what it is compared with.
BRACKETED_RIVAL = re.compile(r"(?:与|较|比|同|和)(?P<rival>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:同期)?\s*[（(]\s*$")
# A clause that names no members of its own before 分别 (同比分别增长): a list of figures of the members before.
RESPECTIVELY_ONLY = re.compile(r"\s*(?:同比|环比|按年|按季|比上年|较上年|也|则|均|都|并|且)*分别[^，,。；;：:\d]{0,10}")
# A clause that names a quantity before 分别 (对经济增长的贡献率分别为): its figures are of the members before.
QUANTITY_RESPECTIVELY = re.compile(r"\s*(?P<quantity>[^，,。；;：:\d]{2,16}?)分别(?:为|是|达|达到|占)?\s*")
# A proportion of the three sectors (三次产业结构为7.7:57.5:34.8), and the sectors it is of.
RATIO_JOINT = re.compile(r"\s*[:：∶]\s*")
RATIO_NEXT = re.compile(r"\s*[:：∶]\s*\d")
SECTORS_NAMED = re.compile(r"三次产业|三大产业|一二三产业|一、二、三产业")
THREE_SECTORS = ("第一产业", "第二产业", "第三产业")
# A clause that heads what follows in its sentence: 从主要工业产品产量看，…; 分行业看，….
HEADING = re.compile(r"(?:从|分)(?P<metric>[^，,。；;：:从分]{2,16}?)(?:情况)?(?:来)?看[，,：:]")
HEADING_REACH = 160  # characters before a figure in which its sentence's heading is looked for
HEADED_ITEM = 10  # the longest name read as an item under a heading
ITEM = re.compile(r"(?![了的在和与及为是则也均都并])[\u4e00-\u9fff]{1,2}")
RECENT = 8  # figures kept for what they measured
PERIOD_REACH = 60  # how far a figure of another period takes the quantity of the one before it
SECTOR_REACH = 48  # characters before a figure in which its industry sector is looked for
MEMBERS_REACH = 64  # characters before a figure in which a 分别 list of members is looked for
MEMBER_REACH = 120  # how far a breakdown's member takes the quantity of the figure before it
# A clause that follows the leader of a ranking: 中欧次之，达39.8%; 江苏紧随其后，2018年GDP达到.
FOLLOWER = gated(re.compile(r"(?:次之|紧随其后|紧随其后的是|其次|位列第二|排名第二)[，,]?[^，,。；;]{0,12}?"
                      r"(?:为|达|达到|是)?\s*$"))


@dataclass(frozen=True)
class SentenceCues:
    """What a sentence says once for all its figures: where forecasts begin, its times, its source."""

    projection_starts: tuple[int, ...]
    periods: tuple[tuple[int, str], ...]
    attribution: str | None


# Between a figure and the next when the next only states it again, exactly (…突破3000亿元，达3080.3亿元).
RESTATING_GAP = re.compile(r"\s*[，,]\s*(?:首次|再次|首度|一举|已经|已)?"
                           r"(?:突破|超过|跨过|迈过|站上|迈上|达到|达|为)\s*")
# What a part's change does to a total (拉动GDP增长0.7个百分点, 影响CPI上涨约0.24个百分点), the verb after it cut off.
PULLED = re.compile(r"(?P<verb>拉动|带动|影响)(?P<target>[^，,。；;：:\d]{1,14})\s*$")
REACHED_GAP = re.compile(r"\s*[，,]\s*(?:达到|达|至|为)\s*(?:人民币|美元|港元)?\s*")
# A clause that names a quantity and says where it stands, its figure in the next (苏农银行净利润规模最低，为15.01亿元).
STANDING = re.compile(r"(?:规模)?(?:最高|最低|最大|最小|最多|最少|最快|最慢|居首|居前|领先|较高|较低|靠前)$")
# A time inside 与…相比 (与2018年国庆假期全国各省份的情况相比): what the figure is compared with.
COMPARED_WITH = re.compile(r"(?:与|和|同)[^。；;！？!?]{0,30}?(?:相比|相较|比较)")
CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n]")
# A place won by a figure, and the quantity that ranks: (以530.42亿元)列旅游总收入排行榜第一名.
RANKED_BY = re.compile(r"(?:列|位列|位居|居|排名|排在)(?P<metric>[\u4e00-\u9fff]{2,8}?)(?:排行榜|排行|榜单|榜)?"
                       r"(?:第[一二三四五六七八九十\d]+名?|首位|榜首)")
# A quantity named by reference to one just named (上述收入, 该指标, 这一比例): the noun it repeats.
REFERENCE = re.compile(r"(?:上述|前述|上面|以上|该|此|这一|这项|此项)(?P<noun>[\u4e00-\u9fff]{2,4})")
REFERENCE_REACH = 8  # figures back where the quantity referred to may stand


class Reader(SentenceReader):
    """Reads the context of the mentions of one (width-folded) document, sentence cues computed once."""

    REACH = 32
    LIST_GAP = ENUMERATION_GAP

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.issuer = issuer(text)
        self.doc_source = document_source(text) or self.issuer
        self._cues: dict[int, SentenceCues] = {}
        self._owners: dict[int, str | None] = {}
        self._metrics: list[str] = []  # the metrics of the last figures read, for 上述收入 and the like
        self._recent: list[tuple[Mention, Reading]] = []  # the last figures read, for what they measured
        self._sector_at: int | None = None  # the index of the sector of the last figure of a proportion read
        self._sentence_members: tuple[int, tuple[str | None, tuple[str, ...], str | None, bool]] | None = None
        self._listed_last = False  # whether the figure just read continues the list of the one before it
        # the owner, members and quantity of the 分别 list being read, and the index of its last figure's member
        self._listing: tuple[str | None, tuple[str, ...], str | None, bool, int] | None = None

    def cues(self, sentence_start: int, sentence_end: int) -> SentenceCues:
        found = self._cues.get(sentence_start)
        if found is None:
            sentence = self.text[sentence_start:sentence_end]
            attribution = ATTRIBUTION_CUE.search(sentence) if ATTRIBUTION_KEYWORD.search(sentence) else None
            source = attribution.group(0) if attribution else self._carried_attribution(sentence_start, sentence)
            if source and self.issuer and NO_PARTY.match(source):
                source = self.issuer  # 顺丰控股发布了…简报。数据显示: the issuer's data
            found = SentenceCues(
                projection_starts=tuple(sentence_start + m.start() for m in PROJECTION_CUE.finditer(sentence)),
                periods=tuple((sentence_start + m.start(), m.group(0)) for m in PERIOD_CUE.finditer(sentence)),
                attribution=source,
            )
            self._cues[sentence_start] = found
        return found

    def _owner(self, sentence_start: int, before: int) -> str | None:
        """The sentence's opening owner (sentence_owner reads at most OWNER_REACH characters of it: past them, the
        answer is the sentence's, kept once)."""
        if before - sentence_start < OWNER_REACH:
            return sentence_owner(self.text, sentence_start, before)
        if sentence_start not in self._owners:
            self._owners[sentence_start] = sentence_owner(self.text, sentence_start, before)
        return self._owners[sentence_start]

    def _carried_attribution(self, sentence_start: int, sentence: str) -> str | None:
        """A sentence that refers back (该调查…, 其中…) keeps the source of the one before it, in a paragraph."""
        if sentence_start == 0 or not REFERS_BACK.match(sentence.lstrip()):
            return None
        previous_start, previous_end = self.sentences.span(sentence_start - 1)
        if PARAGRAPH_END.search(self.text, previous_start, previous_end):
            return None
        return self.cues(previous_start, previous_end).attribution

    def read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        reading = self._read(mention, previous)
        reading = self._sectors(mention, previous, reading) or self._members(mention, reading)
        referred = REFERENCE.fullmatch(reading.metric or "")
        if referred is not None:
            # 上述收入环比增长21%: the 收入 named just before (智能手机游戏收入), not any 收入
            named = next((m for m in reversed(self._metrics) if m.endswith(referred.group("noun"))
                          and not REFERENCE.fullmatch(m)), None)
            if named is not None:
                reading = replace(reading, metric=named)
        reading = self._of_each(mention, previous, reading)
        self._recent = [*self._recent[-(RECENT - 1):], (mention, reading)]
        if reading.metric:
            self._metrics = [*self._metrics[-(REFERENCE_REACH - 1):], reading.metric]
        return reading

    def _sectors(self, mention: Mention, previous: tuple[Mention, Reading] | None, reading: Reading) -> Reading | None:
        """三次产业结构为7.7:57.5:34.8: the figures of a proportion of the three sectors are each sector's, of the
        structure named; the sectors are then the members of a later 分别 list of the sentence (贡献率分别为…)."""
        text = self.text
        if previous is not None and self._sector_at is not None and RATIO_JOINT.fullmatch(text, previous[0].end,
                                                                                         mention.start):
            self._sector_at += 1
            if self._sector_at < len(THREE_SECTORS):
                return replace(previous[1], qualifier=mention.qualifier, segment=THREE_SECTORS[self._sector_at])
            self._sector_at = None
            return None
        self._sector_at = None
        sentence_start = self.sentences.span(mention.start)[0]
        if not RATIO_NEXT.match(text, mention.end) or not SECTORS_NAMED.search(
                text, max(sentence_start, mention.start - 30), mention.start):
            return None
        self._sector_at = 0
        self._sentence_members = (sentence_start, (None, THREE_SECTORS, None, False))
        if reading.whole and SECTORS_NAMED.fullmatch(reading.metric or ""):
            reading = replace(reading, metric=f"占{reading.whole}的比重")  # 三次产业占GDP的比重为…: each one's share
        return replace(reading, segment=THREE_SECTORS[0])

    def _members(self, mention: Mention, reading: Reading) -> Reading:
        """A figure of a list that 分别 distributes over members (东盟、欧盟分别进出口1.35万亿元、1.31万亿元): the
        first figure the first member's, each listed one the next member's, all of the quantity the list names."""
        if self._listed_last:
            if self._listing is None:
                return reading
            owner, members, quantity, as_metrics, at = self._listing
            at += 1
            self._listing = (owner, members, quantity, as_metrics, at)
            member = members[at] if at < len(members) else None  # more figures than members: none is known
            return replace(reading, metric=member) if as_metrics else replace(reading, segment=member)
        sentence_start = self.sentences.span(mention.start)[0]
        found = members_listed(self.text, max(sentence_start, mention.start - MEMBERS_REACH), mention.start)
        clause = clause_start(self.text, sentence_start, mention.start)
        earlier = self._sentence_members[1] if self._sentence_members is not None \
            and self._sentence_members[0] == sentence_start else None
        quantity = QUANTITY_RESPECTIVELY.fullmatch(self.text, clause, mention.start) if earlier is not None else None
        if found is None and earlier is not None and RESPECTIVELY_ONLY.fullmatch(self.text, clause, mention.start):
            # 产销分别完成335.9万辆和332.2万辆，同比分别增长12.1%和8.8%: the later list is of the same members
            found = earlier
        elif found is None and earlier is not None and not earlier[3] and quantity is not None \
                and clean(quantity.group("quantity")) and is_quantity(clean(quantity.group("quantity")) or ""):
            # 三次产业结构为…，对经济增长的贡献率分别为6%、41.4%、52.6%: the same members, of another quantity
            found = (earlier[0], earlier[1], clean(quantity.group("quantity")), False)
        elif found is not None:
            self._sentence_members = (sentence_start, found)
        self._listing = None if found is None else (*found, 0)
        if found is None:
            return reading
        owner, members, quantity, as_metrics = found
        if as_metrics:
            return replace(reading, metric=members[0], segment=None, subject=owner or reading.subject)
        if quantity is None and members == THREE_SECTORS and self._metrics and (
                not reading.metric or is_member(reading.metric) or reading.metric.endswith("产业")):
            quantity = self._metrics[-1]  # 分产业看，第一、二、三产业分别增长…: of the quantity just read
        return replace(reading, segment=members[0], metric=quantity if quantity is not None else reading.metric,
                       subject=owner or reading.subject)

    def _of_each(self, mention: Mention, previous: tuple[Mention, Reading] | None, reading: Reading) -> Reading:
        """A figure said of each of a counted group (7个省份旅游总收入超过400亿元): the group is its owner."""
        if previous is None or previous[0].family != "count" or not reading.metric or \
                CLAUSE_BREAK.search(self.text, previous[0].end, mention.start):
            return reading
        counted = reading.metric[:2]  # the group's noun (省份, 企业, 城市): what the count counts
        if not self.text.startswith(counted, previous[0].end) or len(reading.metric) - len(counted) < 2:
            return reading
        group = self.text[previous[0].start:previous[0].end] + counted
        return replace(reading, subject=group, metric=reading.metric[len(counted):])

    def _read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        text = self.text
        sentence_start, sentence_end = self.sentences.span(mention.start)
        listed = self.listed(mention, previous, sentence_start)  # 分别增长5%、8%和10%
        self._listed_last = listed is not None
        if listed is not None:
            return listed
        gap = self.gap(mention, previous, sentence_start)
        if previous is not None and mention.start - previous[0].end <= 24 and previous[0].unit == mention.unit \
                and FOLLOWER.search(text, previous[0].end, mention.start):
            # 中美贸易增速最高，达69.6%；中欧次之，达39.8%: the follower is measured as the leader was
            return replace(previous[1], qualifier=mention.qualifier, subject=None, segment=None)
        qualifier = mention.qualifier
        cue = _cue(gap, mention, qualifier)
        if opens_bracket(text, mention.start) and cue.verb is None and cue.noun is None:
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
        cues = self.cues(sentence_start, sentence_end)
        ratio = RATIO_AT_END.search(text[max(sentence_start, mention.start - 40):mention.start])
        if kind in ("share", "level") and mention.unit == "percent" and (
                ratio is not None or RATIO_NOUN.search(cue.phrase or before)):
            kind = "ratio"
        measure = self._rate_of(mention, previous, sentence_start,
                                self._measure(mention, before, cue, previous, sentence_start, moved, ratio))
        if kind in ("share", "level") and mention.unit == "percent" and measure.metric \
                and RATIO_NOUN.search(measure.metric):
            kind = "ratio"  # 毛利率由上一季度的65.4%降至64.5%
        if kind == "share" and measure.metric and GROWTH_NOUN_ONLY.search(measure.metric) and not measure.whole:
            kind, direction = "growth", "up"  # 增速为5%: a growth rate stated as a rate (占…的54.9% is a share)
        if kind == "share" and cue.to_level and GROWTH_NOUN_END.search(before.rstrip()):
            kind, direction, moved = "growth", "up", True  # 增速回落至9.4%: the rate it fell to is still a growth rate
        if kind == "share" and measure.metric and INDEX.search(measure.metric):
            kind = "level"  # 收入感受指数为52.8%, PMI 50.8%: an index, not a part of a whole
        if kind == "growth" and mention.value < 0:
            direction, moved = "down", True  # 同比增长-2.07%
        if kind == "rank" or (kind in ("level", "share", "ratio", "duration") and not moved):
            direction = None
        return Reading(
            kind=kind,
            direction=direction if moved and not (cue.to_level and kind in ("level", "share", "duration", "ratio"))
            else None,
            qualifier=qualifier,
            basis=basis,
            projected=any(start < mention.start for start in cues.projection_starts),
            metric=measure.metric,
            period=_period(cues.periods, mention.start, basis, text),
            attribution=cues.attribution or self.doc_source,
            subject=measure.subject or self._owner(sentence_start, mention.start),
            segment=measure.segment,
            whole=measure.whole,
        )

    def _carried_noun(self, mention: Mention, gap: str, sentence_start: int) -> Cue | None:
        """A growth or ratio noun in the clause before a figure that stands alone in its own (…增速最高，达到X%)."""
        if mention.family not in ("percent", "pp") or FILLER_ONLY.fullmatch(gap) is None:
            return None
        before = self.text[max(sentence_start, mention.start - len(gap) - 30):mention.start - len(gap)]
        noun = CARRIED_GROWTH_NOUN.search(before)
        if noun is None and opens_bracket(self.text, mention.start):
            # 增速低于大型商业银行(12.9%)，高于股份制商业银行(6.9%): figures in brackets after names are rates too
            noun = PARENTHESISED.search(self.text, max(sentence_start, mention.start - 80), mention.start)
        if noun is None:
            return None
        return Cue(noun=noun.group("noun"), direction=GROWTH_NOUN.resolve(noun.group("noun")), basis_end=0,
                   phrase=before[:noun.end("noun")])

    def _rate_of(self, mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int,
                 measure: Measure) -> Measure:
        """Points said of the growth rate just before them measure that rate, not the quantity: 同比增长13.0%，
        增幅较去年同期提高0.1个百分点 (社零总额增幅); 增长10.2%，高于全国2.8个百分点 (地区生产总值增速)."""
        if mention.family != "pp" or previous is None or previous[0].end < sentence_start \
                or previous[1].kind != "growth" or not previous[1].metric:
            return measure
        rate = previous[1].metric
        if measure.metric is not None and GROWTH_NOUN_ONLY.fullmatch(measure.metric):
            return Measure(rate + measure.metric, previous[1].subject, previous[1].segment, measure.whole)
        if measure.metric is None or measure.metric == rate:
            return Measure(rate + "增速", previous[1].subject, previous[1].segment, measure.whole)
        return measure

    def _heading(self, mention: Mention, sentence_start: int) -> str | None:
        """The quantity a heading clause of the sentence names (从主要工业产品产量看，…), when it names one."""
        found = None
        for heading in HEADING.finditer(self.text, max(sentence_start, mention.start - HEADING_REACH), mention.start):
            found = heading  # the last heading before the figure
        if found is None:
            return None
        named = clean(found.group("metric"))
        return named if named is not None and is_quantity(named) else None

    def _standing_before(self, mention: Mention, sentence_start: int,
                         previous: tuple[Mention, Reading] | None) -> Measure | None:
        """The quantity the clause before names, with where it stands, when the figure's own clause is only the
        figure (齐鲁银行不良贷款率最高，达到1.29%): that clause holds no figure of its own."""
        start = clause_start(self.text, sentence_start, mention.start)
        if start <= sentence_start:
            return None
        before_start = clause_start(self.text, sentence_start, start - 1)
        if previous is not None and previous[0].end > before_start:
            return None
        found = STANDING.search(self.text, before_start, start - 1)
        if found is None:
            return None
        measure = split(clean(self.text[before_start:found.start()]) or "")
        return measure if measure.metric is not None and is_quantity(measure.metric) else None

    def _member_metric(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> str | None:
        """The quantity a breakdown's member is given in, when its clause names none: what the figure just before,
        in the same paragraph, measured (第三产业增加值增长7.3%。其中，批发和零售业增长10.8%)."""
        if previous is None or not previous[1].metric or is_member(previous[1].metric) \
                or mention.start - previous[0].end > MEMBER_REACH or "\n" in self.text[previous[0].end:mention.start]:
            return None
        return previous[1].metric

    def _measure(self, mention: Mention, before: str, cue: Cue, previous: tuple[Mention, Reading] | None,
                 sentence_start: int, moved: bool, ratio: re.Match[str] | None) -> Measure:
        """What the figure measures: the phrase before it in its clause; a change with no subject of its own
        (…净利润3.42亿元，同比增长15.3%) measures what the figure before it in the sentence measured."""
        text = self.text
        ranked = RANKED_BY.match(text, mention.end) if before.endswith("以") else None
        if ranked is not None and clean(ranked.group("metric")):
            # 四川以530.42亿元列旅游总收入排行榜第一名: 四川's 旅游总收入, by which it is ranked
            owner = clean(before[:-1])
            return Measure(clean(ranked.group("metric")), split(owner).subject or owner if owner else None)
        pulled = PULLED.search(before) if mention.family == "pp" else None
        if pulled is not None and clean(pulled.group("target")):
            # 增长15.2%，拉动全市社零总额增长9.6个百分点: the points are the part's pull on the total, not the total's
            target = clean(pulled.group("target"))
            owner = previous[1] if previous is not None and previous[0].end >= sentence_start else None
            name = f"影响{target}" if pulled.group("verb") == "影响" else f"拉动{target}增长"
            return Measure(name, owner.subject if owner else None, owner.segment if owner else None)
        whole = whole_before(before) if mention.unit == "percent" else None
        if whole is not None:  # 网上零售额…占社会消费品零售总额的比重为24.5%: the part is named before 占
            at = max(before.rfind("占"), before.rfind("在"))
            before = before[:at] if at > 0 else ""
        compared = None if ratio is None else (ratio.group("target") or ratio.group("past") or ratio.group("like"))
        if compared:  # 完成全年目标的105%: a ratio to the target; 恢复至2019年同期的92.3%: to a past level
            whole = compared.strip(" ，,")
            phrase = self.text[max(sentence_start, mention.start - 40):mention.start]
            before = phrase[:phrase.rfind(ratio.group(0))] if ratio.group(0) in phrase else before
            if ratio.group("target"):
                measure = split(clean(before) or "", growth=False)
                return Measure(f"{whole}完成率", measure.metric or measure.subject, measure.segment, whole)
        after = mention.end + 1 if text.startswith("的", mention.end) else mention.end
        if text.startswith("的", mention.end) or mention.family == "count":  # 70%的受访者, 200个品牌: what is counted
            noun = noun_after(text, after)
            if noun:
                return Measure(noun, whole=whole)
        rival = RIVAL.search(before) or BRACKETED_RIVAL.search(before)
        if rival is not None and previous is not None and previous[0].end >= sentence_start:
            # 销量为119.1万辆，优于特斯拉的88.88万辆: the rival's figure of the same quantity
            return Measure(previous[1].metric, rival.group("rival"), previous[1].segment, whole)
        named = named_in_bracket(before) if cue.phrase is None and opens_bracket(text, mention.start) else None
        if named is not None:
            # 新增装机排名前5位的省份是浙江(86万千瓦)、山东(75万千瓦): each name owns its figure, of the quantity
            # its clause names, else of the one the figure before it in the sentence measured
            name, head = named
            measure = split(clean(head) or "")
            if (measure.metric is None or not is_quantity(measure.metric)) and previous is not None \
                    and previous[0].end >= sentence_start and previous[1].metric:
                measure = Measure(previous[1].metric, segment=previous[1].segment)
            if measure.metric is not None:
                return Measure(measure.metric, name, measure.segment, whole)
        if previous is not None and previous[0].unit == mention.unit and previous[1].metric and not moved \
                and mention.start - previous[0].end <= PERIOD_REACH and only_period(before) \
                and "\n" not in text[previous[0].end:mention.start]:
            # 毛利率为20.1%，相较而言，2024年同期为15.3%: the same quantity in another period
            reading = previous[1]
            return Measure(reading.metric, reading.subject, reading.segment, whole)
        phrase = clean(cue.phrase if cue.phrase is not None else before)
        sector = None if cue.phrase is not None else sector_before(
            text, max(sentence_start, mention.start - SECTOR_REACH), mention.start)
        if sector is not None or is_member(phrase):
            # 其中，批发和零售业增长10.8%; 第二产业增长5.1%: a member of a breakdown, of the quantity named before
            # unless its own clause names one
            member, rest = sector if sector is not None else (phrase, "")
            named = split(clean(rest) or "", growth=moved or cue.noun is not None).metric
            owner = split(phrase).subject if phrase else None
            return Measure(named or self._member_metric(mention, previous), owner, member, whole)
        if phrase:
            measure = split(phrase, growth=moved or cue.noun is not None)
            heading = self._heading(mention, sentence_start) if measure.metric and not measure.segment \
                and not is_quantity(measure.metric) and len(measure.metric) <= HEADED_ITEM else None
            if heading is not None:
                # 从主要工业产品产量看，精制茶增长23.9%，纱增长16.2%: items of the quantity the heading names
                return Measure(heading, measure.subject, measure.metric, whole)
            return _with_whole(measure, whole)
        standing = self._standing_before(mention, sentence_start, previous) if FILLER_ONLY.fullmatch(before) else None
        if standing is not None:
            return _with_whole(standing, whole)
        same_sentence = previous is not None and previous[0].end >= sentence_start
        share_of = mention.unit == "percent" and before.rstrip().endswith(("占", "占比", "占比为", "占比达"))
        item = before.strip(" ，,；;、")
        heading = self._heading(mention, sentence_start) if moved and ITEM.fullmatch(item) else None
        if heading is not None:  # 从主要工业产品产量看，…，纱增长16.2%: an item too short to read as a metric
            return Measure(heading, segment=item, whole=whole)
        if (moved or whole is not None or share_of) and same_sentence:
            reading = previous[1]
            if moved and mention.unit == "percent" and reading.kind == "share" and whole is None and not share_of:
                # 出货量810万台，份额8.2%，同比增长5.6%: the share does not grow by a percentage; the level does
                reading = next((r for m, r in reversed(self._recent) if m.end >= sentence_start and r.kind == "level"
                                and m.unit != "percent"), reading)
            return Measure(reading.metric, reading.subject, reading.segment, whole)
        if moved:
            return Measure(None, whole=whole)
        if same_sentence and previous[1].kind == "growth" \
                and REACHED_GAP.fullmatch(text, previous[0].end, mention.start):
            # 网游业务收入环比增长14.0%，达人民币41.499亿元: the level the growth reached
            reading = previous[1]
            return Measure(reading.metric, reading.subject, reading.segment, whole)
        if same_sentence and previous[0].unit == mention.unit and RESTATING_GAP.fullmatch(
                text, previous[0].end, mention.start):
            # 出口规模首次突破3000亿元，达3080.3亿元: the exact figure of the quantity just bounded
            reading = previous[1]
            return Measure(reading.metric, reading.subject, reading.segment, whole)
        return Measure(noun_after(text, after), whole=whole)


@dataclass(frozen=True)
class Cue:
    """The words right before a figure that say what it does: a verb, a growth noun, a bound."""

    verb: str | None = None
    noun: str | None = None
    direction: str | None = None
    to_level: bool = False
    qualifier: str | None = None
    basis: str | None = None
    basis_end: int = 0  # where the basis, if any, ends in the gap
    phrase: str | None = None  # the metric phrase, when the cue stands elsewhere than the gap


def _cue(gap: str, mention: Mention, qualifier: str) -> Cue:
    """The verb, growth noun or bound within the last few characters before the figure."""
    near = max(0, len(gap) - 20)
    bound_allowed = not mention.qualified_in_span and qualifier == "exact"
    verb = VERB_AT_END.search(gap, near)
    if verb is not None:
        bound = BOUNDING.resolve(verb.group("bound")) if verb.group("bound") and bound_allowed else None
        compared = verb.group("than")
        return Cue(verb=verb.group("verb"), direction=MOVEMENT.resolve(verb.group("verb")),
                   to_level=verb.group("to") is not None, qualifier=bound,
                   basis=compared.strip() if compared else None,
                   basis_end=verb.start("bound") if bound else verb.start())
    noun = GROWTH_NOUN_AT_END.search(gap, near)
    if noun is not None:
        return Cue(noun=noun.group("noun"), direction=GROWTH_NOUN.resolve(noun.group("noun")),
                   basis_end=noun.start())
    bound = BOUND_AT_END.search(gap, near)
    if bound is not None and bound_allowed:
        return Cue(qualifier=BOUNDING.resolve(bound.group("bound")), basis_end=bound.start())
    return Cue(basis_end=len(gap))


def _with_whole(measure: Measure, whole: str | None) -> Measure:
    return measure if whole is None else Measure(measure.metric, measure.subject, measure.segment, whole)


def _period(periods: tuple[tuple[int, str], ...], before: int, basis: str | None, text: str) -> str | None:
    """The last time expression in the sentence before the figure, other than one inside its basis or inside a
    comparison (与2018年国庆假期…相比: the time compared with, not the figure's)."""
    found = None
    for start, period in periods:
        if start >= before:
            break
        if (basis and period in basis) or COMPARED_WITH.match(text, max(0, start - 1), before):
            continue
        found = period
    return found
