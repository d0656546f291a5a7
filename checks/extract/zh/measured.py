"""What a Chinese figure measures, read from the words before it and from the figures read before it in its
document: its own phrase (营业收入31亿元), the quantity of the figure before when it names none (…净利润3.42亿元，同比
增长15.3%), a rival's figure (优于特斯拉的88.88万辆), a member of a breakdown (批发和零售业增长10.8%), an item under a
heading (从主要工业产品产量看，纱增长16.2%), another period of the same quantity (2024年同期为15.3%)."""

from __future__ import annotations

import re

from checks.extract.mention import Mention
from checks.extract.prefilter import gated
from checks.extract.reading import Reading
from checks.extract.text import Sentences, clause_start, opens_bracket
from checks.extract.zh.answers import answer_after, chained, group_heading, quoted_answer
from checks.extract.zh.completion import completed_of
from checks.extract.zh.context import FILLER, GROWTH_NOUN, RATE_NAME_END
from checks.extract.zh.counted import counted, predicated
from checks.extract.zh.gaps import rate_gap
from checks.extract.zh.measure import (
    PROVINCES,
    Measure,
    clean,
    is_member,
    is_quantity,
    named_in_bracket,
    noun_after,
    only_period,
    sector_before,
    split,
)
from checks.extract.zh.members import bound_class, industry_item, industry_joined, of_total, parallel_member
from checks.extract.zh.ranked import quantity_ahead
from checks.extract.zh.shares import bound_group, whole_before
from checks.extract.zh.topic import MEMBER_REACH, member_metric, sentence_member

FILLER_ONLY = re.compile(rf"\s*[（(]?{FILLER}")
GROWTH_NOUN_ONLY = re.compile(rf"^(?:{GROWTH_NOUN.pattern})$")
# A figure of a rival, compared in the same clause: 优于特斯拉的88.88万辆, 高于全国的5.2%.
RIVAL = gated(re.compile(r"(?:优于|高于|低于|超过|超出|多于|少于|领先于?|不及|落后于?|好于|差于)"
                         r"(?P<rival>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:同期)?的\s*$"))
# 就业率为91.6%，与上届（91.8%）基本持平: the figure in brackets is the same quantity of what it is compared with.
BRACKETED_RIVAL = re.compile(r"(?:与|较|(?<!占)比(?!例|重)|同|和|高于|低于|快于|慢于)"
                             r"(?P<rival>[^与较比同和，,。；;（(\s]{2,10}?)(?:同期)?"
                             r"\s*[（(]\s*$")
# Who has a figure, before 以 (比亚迪以30.2万辆的销量领跑), and the quantity a place is won by after it (…的出货量位居).
BY_FIGURE = re.compile(r"(?:^|[，,。；;：:\s])(?:其中|而|但)?(?P<owner>[\u4e00-\u9fffA-Za-z]{2,10}?)"
                       r"(?:仍|则|也|均|再次|继续|凭借|更是)?以$")
RANK_AFTER = re.compile(r"(?:[\u4e00-\u9fffA-Za-z]{1,8}的)?(?P<metric>[\u4e00-\u9fff]{2,6}?)"
                        r"(?:位居|位列|居|排名|排在|领跑|稳居|夺得|蝉联|名列|占据)")
# A phrase that opens with an industry's name and names its quantity after it (黑色金属矿采选业利润总额).
INDUSTRY_FIRST = re.compile(r"(?!.*(?:全[国省市县区州]|我[国省市]|本[省市区县]|该[省市区县]|规模以上|规上|限额以上))"
                            r"(?P<member>[\u4e00-\u9fff、和及]{3,20}?业)(?P<rest>(?!务|绩|态|企|单位|户)[\u4e00-\u9fff]{2,8})")
# A clause that heads what follows in its sentence: 从主要工业产品产量看，…; 分行业看，….
HEADING = re.compile(r"(?:从|分)(?P<metric>[^，,。；;：:从分]{2,16}?)(?:情况)?(?:来)?看[，,：:]"
                     # 主要工业产品产量大幅增长，其中：变压器…: the quantity named before 其中 heads its items
                     r"|(?:^|(?<=[，,。；;]))(?P<among>[^，,。；;：:\d]{2,20}?)(?:大幅|稳步|快速|较快|持续)?"
                     r"(?:增长|下降|上升|回落|提高)?[，,]\s*其中\s*[：:]")
HEADING_REACH = 160  # characters before a figure in which its sentence's heading is looked for
HEADED_ITEM = 10  # the longest name read as an item under a heading
ITEM = re.compile(r"(?![了的在和与及为是则也均都并])[\u4e00-\u9fff]{1,2}")
RECENT = 8  # figures kept for what they measured
PER_PERIOD = ("日均", "周均", "月均")  # an average per period, said alone after the total it averages
PERIOD_REACH = 60  # how far a figure of another period takes the quantity of the one before it
SECTOR_REACH = 48  # characters before a figure in which its industry sector is looked for
RESTATING_GAP = re.compile(r"\s*(?:大关|关口|台阶|门槛)?\s*[，,]\s*(?:目前|首次|再次|首度|一举|已经|已)?"
                           r"(?:突破|超过|跨过|迈过|站上|迈上|达到了?|达|为)\s*")
# What a part's change does to a total (拉动GDP增长0.7个百分点, 影响CPI上涨约0.24个百分点), the verb after it cut off.
PULLED = re.compile(r"(?P<verb>拉动|带动|影响)(?P<target>[^，,。；;：:\d]{1,14})\s*$")
REACHED_GAP = re.compile(r"\s*[，,]?\s*(?:达到|达|至|为)\s*(?:人民币|美元|港元)?\s*")
# A clause that names a quantity and says where it stands, its figure in the next (苏农银行净利润规模最低，为15.01亿元).
STANDING = re.compile(r"(?:规模)?(?:最高|最低|最大|最小|最多|最少|最快|最慢|居首|居前|领先|较高|较低|靠前|"
                      r"(?:增长|上升|下降|回落)(?:较快|较多|明显|迅速|平稳))$")  # 货邮运输量增长较快，同比增长15.9%
# The words that place a name in a ranking, and the ranking's scope: 位居全省, 排名, 稳居, 继续保持, 是历史.
PLACING = re.compile(r"(?:虽|则|也|仍|继续|依旧|依然)?(?:位居|位列|排名|排在|排|稳居|居于|居|列|蝉联|保持|并列|分列|"
                     r"挤进|跻身|跌出|是|为|占据|占據)?(?:全省|全市|全国|全球|世界|国内|行业|历史|年度)?$")
PLACE_REACH = 150  # characters back to the figure whose quantity a place is by
YEAR = re.compile(r"(?:19|20)\d\d年?(?:同期)?")
# The earlier level a figure is compared with, named before it: 较去年同期的, 比上年的.
COMPARED_BEFORE = re.compile(r"(?:较|比|相比|与|自)[^，,。；;\d]{0,12}?的\s*(?:人民币|美元|港元)?\s*$")
# The share of a survey's respondents who gave one answer: 选择「…」等仰视态度的受访者占, 表示满意的市民有.
ANSWERED = re.compile(r"(?:^|(?<=[」”等择为示持答]))(?P<answer>[^，,。；;、「」“”等的\d]{2,12})的"
                      r"(?P<who>受访者|受访市民|居民|网民|用户|消费者|家长|市民|青年|年轻人|学生|员工|人群)(?:中)?"
                      r"(?:占比为?|比例为|占|有|为|达|约)\s*$")
COUNTED_PLACES = re.compile(r"^.*?[\d一二两三四五六七八九十]+个?(?:省份|省区市|城市|地区|国家)(?=[\u4e00-\u9fff]{2})")
PARTS_OPENING = re.compile(r"\s*其中")  # a sentence that names the parts of what was just said
# The place a figure wins, right after it (以58亿元位列第二, 52.6亿元排名第三, 则以50.3亿元紧随其后).
PLACED_AFTER = gated(re.compile(r"(?:位列|位居|排名|排在|名列|居首|居第|居前|紧随其后|领跑|稳居)"))
# A place won by a figure, and the quantity that ranks: (以530.42亿元)列旅游总收入排行榜第一名.
RANKED_BY = re.compile(r"(?:列|位列|位居|居|排名|排在)(?P<metric>[\u4e00-\u9fff]{2,8}?)(?:排行榜|排行|榜单|榜)?"
                       r"(?:第[一二三四五六七八九十\d]+名?|首位|榜首)")


class Measurer:
    """Reads what the figures of one document measure, in order, keeping the last ones read."""

    def __init__(self, text: str, sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        self.recent: list[tuple[Mention, Reading]] = []  # the last figures read, for what they measured

    def remember(self, mention: Mention, reading: Reading) -> None:
        self.recent = [*self.recent[-(RECENT - 1):], (mention, reading)]

    def _placed(self, mention: Mention, before: str, previous: tuple[Mention, Reading] | None,
                sentence_start: int) -> Measure | None:
        """A place in a ranking (华为位居第二; 增速居全省第3位): the one placed is its owner, and it is ranked by the
        quantity its clause names, else by the one the figure before it in the paragraph measured."""
        words = PLACING.sub("", before.strip())
        named = clean(words) if words else None
        by = None
        if named is not None and is_quantity(named):
            by, named = split(named).metric, split(named).subject
        elif named is not None and GROWTH_NOUN_ONLY.fullmatch(named):
            by, named = named, None
        if by is None or GROWTH_NOUN_ONLY.fullmatch(by):
            earlier = next((r for m, r in reversed(self.recent) if r.metric and is_quantity(r.metric)
                            and mention.start - m.end <= PLACE_REACH and "\n" not in self.text[m.end:mention.start]),
                           None)
            if earlier is None:
                return None
            by = earlier.metric + by if by is not None and earlier.kind == "growth" else earlier.metric
        # the one placed is its owner when named as owners are (vivo位列第二, 比亚迪股份位居第一); a bare name is not
        # taken (华为位居第二): carried on, it would own the figures of later sentences whose owners are not read
        return Measure(by, split(words).subject if words else None)

    def _heading(self, mention: Mention, sentence_start: int) -> str | None:
        """The quantity a heading clause of the sentence names (从主要工业产品产量看，…), when it names one."""
        found = None
        start = max(sentence_start, mention.start - HEADING_REACH)
        if self.text.find("看", start, mention.start) < 0 and self.text.find("其中", start, mention.start) < 0:
            return None  # every heading ends with 看 or 其中: a plain find answers most figures
        for heading in HEADING.finditer(self.text, start, mention.start):
            found = heading  # the last heading before the figure
        if found is None:
            return None
        named = clean(found.group("metric") or found.group("among"))
        return named if named is not None and is_quantity(named) else None

    def _standing_before(self, mention: Mention, sentence_start: int,
                         previous: tuple[Mention, Reading] | None) -> Measure | None:
        """The quantity the clause before names, its own clause being only the figure (不良贷款率最高，达到1.29%)."""
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

    def measure(self, mention: Mention, before: str, given: str | None, by_noun: bool,
                previous: tuple[Mention, Reading] | None, sentence_start: int, moved: bool,
                ratio: re.Match[str] | None) -> Measure:
        """What the figure measures; a share in a sentence headed by a group (从农村受访者看，…) is that group's."""
        found = self._measure(mention, before, given, by_noun, previous, sentence_start, moved, ratio)
        earlier = previous[1] if previous is not None and previous[0].end >= sentence_start else None
        gap = rate_gap(before, earlier.metric if earlier is not None and earlier.kind == "growth" else None) \
            if mention.family == "pp" else None
        if found.metric in PER_PERIOD and earlier is not None and earlier.metric and previous[0].unit == mention.unit \
                and not earlier.metric.startswith(PER_PERIOD):
            # 铁路客运量4822.3万人次，日均1607.5万人次: the daily average of the quantity just stated; a member with
            # no owner named (铁路) stays in the average's name (日均铁路客运量), one with an owner is its segment
            if earlier.subject is None and earlier.segment:
                return Measure(found.metric + earlier.segment + earlier.metric, whole=found.whole)
            return Measure(found.metric + earlier.metric, earlier.subject, earlier.segment, found.whole)
        if gap is not None:  # 增速快于规模以上工业增加值1.2个百分点: the gap between the two rates
            return Measure(gap[0], gap[1] or found.subject, found.segment, found.whole)
        parallel = parallel_member(found.metric, earlier.metric, earlier.segment) \
            if earlier is not None and earlier.metric and found.metric and found.segment is None \
            and previous[0].unit == mention.unit and before.rstrip().endswith(("为", "是")) else None
        if parallel is not None:  # 甲平台占比为55.1%，乙平台为25.3%: 乙平台's 占比
            return Measure(parallel[0], found.subject, parallel[1], found.whole)
        group = sentence_member(self.text, sentence_start, mention.start, mention.unit == "percent") \
            if found.segment is None and found.metric else None
        return found if group is None else Measure(found.metric, found.subject, group, found.whole)

    def _measure(self, mention: Mention, before: str, given: str | None, by_noun: bool,
                 previous: tuple[Mention, Reading] | None, sentence_start: int, moved: bool,
                 ratio: re.Match[str] | None) -> Measure:
        """What the figure measures: the phrase before it in its clause; a change with no subject of its own
        (…净利润3.42亿元，同比增长15.3%) measures what the figure before it in the sentence measured."""
        text = self.text
        ranked = RANKED_BY.match(text, mention.end) if before.endswith("以") else None
        if ranked is not None and clean(ranked.group("metric")):
            # 四川以530.42亿元列旅游总收入排行榜第一名: 四川's 旅游总收入, by which it is ranked
            owner = clean(before[:-1])
            return Measure(clean(ranked.group("metric")), split(owner).subject or owner if owner else None)
        named_place = PLACED_AFTER.match(text, mention.end) if mention.family != "rank" and given is None else None
        if named_place is not None:
            # 上海以58亿元位列第二，广东52.6亿元排名第三: the one placed owns the figure, of the quantity of the one
            # placed before it in the sentence, or of the figure its sentence names the parts of (…4省份旅游收入均超过
            # 50亿元。其中，湖南以80.83亿元居首)
            by = BY_FIGURE.search(before) if before.endswith("以") else None
            owner = by.group("owner") if by is not None else before.strip(" ，,") if clean(before) in PROVINCES \
                else None
            # only a name and its figure: 净利润规模招商银行以1137.72亿元位居榜首 names its own quantity first
            if owner is not None and clean(before[:by.start("owner")] if by is not None else "") is None \
                    and not any(is_quantity(owner[:end]) for end in range(2, len(owner))):
                alike = next(((m, r) for m, r in reversed(self.recent) if m.unit == mention.unit), None)
                near = alike is not None and (alike[0].end >= sentence_start or (
                    PARTS_OPENING.match(text, sentence_start) is not None
                    and mention.start - alike[0].end <= MEMBER_REACH))
                metric = alike[1].metric if near and alike is not None else None
                # 湖南、上海4省份端午旅游收入: the quantity, without the places counted before it
                return Measure(COUNTED_PLACES.sub("", metric) if metric else None, owner)
        if mention.family == "rank" and given is None:
            placed = self._placed(mention, before, previous, sentence_start)
            if placed is not None:
                return placed
            ahead = quantity_ahead(text, mention.end)  # 第三名为乙牌，乙牌出货量1200万台: third by 出货量
            if ahead is not None:
                return Measure(ahead)
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
        bounded = bound_group(before if whole is None else before + "占") if mention.unit == "percent" else None
        if bounded is not None:
            # 城镇受访者月收入1000元以下占5.8%，1000~3000元之间占45.3%: the group the bound defines is the member, of
            # the quantity its clause names, else of the share before it in the sentence (and its member's words)
            bound, head = bounded
            measure = split(clean(head) or "")
            if measure.metric is None and previous is not None and previous[0].end >= sentence_start \
                    and previous[1].kind == "share":
                earlier = previous[1].segment or ""
                words = earlier[:next((at for at, ch in enumerate(earlier) if ch.isdigit()), len(earlier))]
                measure = Measure(previous[1].metric, previous[1].subject, words or None)
            return Measure(measure.metric or "占比", measure.subject, f"{measure.segment or ''}{bound}", whole)
        compared = None if ratio is None else next(filter(None, ratio.groups()), None)  # (its one group that took)
        if compared:  # 完成全年目标的105%: a ratio to the target; 恢复至2019年同期的92.3%: to a past level
            whole = compared.strip(" ，,")
            phrase = self.text[max(sentence_start, mention.start - 40):mention.start]
            before = phrase[:phrase.rfind(ratio.group(0))] if ratio.group(0) in phrase else before
            if ratio.group("target") or ratio.group("budget"):
                measure = completed_of(split(clean(re.split(r"[，,；;]", before)[-1]) or ""), previous, sentence_start)
                return Measure(f"{whole}完成率", measure.metric or measure.subject, measure.segment, whole)
        earlier = previous[1].metric if previous is not None and (previous[0].end >= sentence_start or chained(
            text, previous[0].end, mention.start)) else None  # (76.7%的受访者表示…；67.7%表示…: its ；clause too)
        answering = None if mention.unit != "percent" else answer_after(
            text, mention.end, earlier, lambda: group_heading(text, sentence_start, mention.start))
        if answering is not None:
            # 13.5%认为房价很高: the share of those who gave it; no whole: answers may be many (选择价格, 选择品质)
            return Measure(f"{answering[0]}占比", segment=answering[1])
        spaced = mention.end + len(text[mention.end:mention.end + 3]) - len(text[mention.end:mention.end + 3].lstrip())
        after = spaced + 1 if text.startswith("的", spaced) else mention.end  # (13.4% 的市场份额: a scraper's space)
        if after > mention.end or mention.family == "count":  # 70%的受访者, 200个品牌: what is counted
            noun = noun_after(text, after)
            by = BY_FIGURE.search(before.rstrip()) if before.rstrip().endswith("以") else None
            ranked_by = RANK_AFTER.match(text, after) if by is not None else None
            if ranked_by is not None:
                # 三星以7150万部智能手机的出货量位居第一: the one ranked owns the figure, of the quantity ranked by
                return Measure(ranked_by.group("metric"), by.group("owner"), whole=whole)
            owner = None
            if noun and mention.family == "count" and by is None:
                noun, owner = counted(text, after, noun, before)
            if noun and owner is not None:
                return Measure(noun, owner, whole=whole)
            if noun:  # 比亚迪以30.2万辆的销量领跑: the one ranked owns it
                return Measure(noun, by.group("owner") if by is not None else None, whole=whole)
        ending = before.rstrip()[-1:]  # a rival ends with 的 or an opening bracket: plain tests before the patterns
        rival = RIVAL.search(before) if ending == "的" else BRACKETED_RIVAL.search(before) if ending in "(（" else None
        if rival is None and given is not None and GROWTH_NOUN_ONLY.fullmatch(given) \
                and opens_bracket(text, mention.start):
            # 增速比全省(7.7%)和全国平均水平(7.0%)分别高…: the rate of the one compared with, in brackets
            rival = BRACKETED_RIVAL.search(text, max(sentence_start, mention.start - 16), mention.start)
        if rival is not None and previous is not None and previous[0].end >= sentence_start:
            # 销量为119.1万辆，优于特斯拉的88.88万辆: the rival's figure of the same quantity; a year compared with
            # (这一比例较2011年(46.6%), 较一季度(-10.8%)) is the same owner's earlier figure
            named = None if YEAR.fullmatch(rival["rival"]) or only_period(rival["rival"]) else rival["rival"]
            return Measure(previous[1].metric, named or previous[1].subject, previous[1].segment, whole)
        named = named_in_bracket(before) if (given is None or GROWTH_NOUN_ONLY.fullmatch(given)) \
            and opens_bracket(text, mention.start) else None
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
        if previous is not None and previous[0].unit == mention.unit and previous[1].metric \
                and (not moved or previous[1].kind in ("growth", "change")) \
                and mention.start - previous[0].end <= PERIOD_REACH and only_period(before) \
                and "\n" not in text[previous[0].end:mention.start]:
            # 毛利率为20.1%，相较而言，2024年同期为15.3%; 一季度增长6.7%，二季度增长6.9%: of another period
            return _as_read(previous[1], whole)
        answered = ANSWERED.search(before) if mention.unit == "percent" and given is None \
            and "的" in before else None
        if answered is not None:
            # 选择「…」等仰视态度的受访者占37.2%: the share of the respondents who gave that answer
            who = answered.group("who")
            return Measure(f"{who}占比", segment=answered.group("answer"), whole=who)
        quoted = quoted_answer(before) if mention.unit == "percent" and given is None else None
        if quoted is not None:  # 倾向于“更多消费”的居民占26.4%
            return Measure(f"{quoted[0]}占比", segment=quoted[1])
        classed = bound_class(before) if given is None else None
        member = classed[0].strip(" ，,；;、") if classed is not None else ""
        if classed is not None and len(member) >= 4 and clean(classed[1]) and is_quantity(clean(classed[1])):
            # 营收达亿元以上企业共实现营业收入153.1亿元: the class the bound defines is the member (clean cuts at 达)
            return Measure(split(clean(classed[1])).metric, None, member, whole)
        phrase = clean(given if given is not None else before)
        sector = None if given is not None else sector_before(
            text, max(sentence_start, mention.start - SECTOR_REACH), mention.start)
        whole_member = is_member(phrase)  # 农副食品加工业: the phrase is the member, no owner in it
        if sector is None and not whole_member and industry_item(phrase, text, sentence_start, mention.start, moved,
                                                                 lambda: member_metric(self.text, mention, previous)):
            return Measure(member_metric(text, mention, previous), None, phrase, whole)  # 其中新型建材产业增长40.9%
        if sector is not None and whole_member and phrase.endswith(sector[0]):
            sector = None  # 计算机、通信和其他电子设备制造业: the whole industry's name, not the section it ends with
        if whole_member and sector is None:  # 电力、热力生产和供应业: its clause opens at the 、 within the name
            phrase = industry_joined(text, sentence_start, clause_start(text, sentence_start, mention.start), phrase)
        if sector is not None or whole_member:
            # 其中，批发和零售业增长10.8%; 第二产业增长5.1%: a member of a breakdown, of the quantity before or its own
            member, rest = sector if sector is not None else (phrase, "")
            named = split(clean(rest) or "", growth=moved or by_noun).metric
            owner = split(phrase).subject if phrase and not whole_member else None
            return Measure(named or member_metric(self.text, mention, previous), owner, member, whole)
        industry = INDUSTRY_FIRST.fullmatch(phrase) if phrase and "业" in phrase else None
        if industry is not None and is_member(industry.group("member")) and is_quantity(industry.group("rest")):
            # 黑色金属矿采选业利润总额增长25.5%: an industry of a list, and its quantity
            return Measure(industry.group("rest"), None, industry.group("member"), whole)
        if phrase:
            measure = split(phrase, growth=moved or by_noun)
            member = of_total(text, measure, sentence_start, mention.start,
                              lambda: member_metric(self.text, mention, previous))
            if member is not None:
                return _with_whole(member, whole)
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
                reading = next((r for m, r in reversed(self.recent) if m.end >= sentence_start and r.kind == "level"
                                and m.unit != "percent"), reading)
            if not moved and whole is not None and reading.metric and RATE_NAME_END.search(reading.metric):
                # 零售额增长16.0%，比上月加快0.7个百分点，占社零总额的比重为24.2%: a part of the whole is the
                # quantity's, not its growth rate's
                return Measure(RATE_NAME_END.sub("", reading.metric) or reading.metric, reading.subject,
                               reading.segment, whole)
            return _as_read(reading, whole)
        if moved:
            return Measure(None, whole=whole)
        if same_sentence and previous[1].kind == "growth" \
                and REACHED_GAP.fullmatch(text, previous[0].end, mention.start):
            # 网游业务收入环比增长14.0%，达人民币41.499亿元: the level the growth reached
            return _as_read(previous[1], whole)
        if same_sentence and previous[0].unit == mention.unit and RESTATING_GAP.fullmatch(
                text, previous[0].end, mention.start):
            # 出口规模首次突破3000亿元，达3080.3亿元: the exact figure of the quantity just bounded
            return _as_read(previous[1], whole)
        if same_sentence and previous[0].unit == mention.unit and COMPARED_BEFORE.search(before):
            # 完成3.46亿票，较去年同期的3.14亿票增长10.19%: the earlier level of the quantity just stated
            return _as_read(previous[1], whole)
        # 40个行业大类中，34个行业盈利: the share of the members that did what the words after it say
        return Measure((predicated(text, after) if mention.unit == "percent" else None) or noun_after(text, after),
                       whole=whole)


def _as_read(reading: Reading, whole: str | None) -> Measure:
    """What a figure read before measured (its quantity, owner and member), with this figure's whole."""
    return Measure(reading.metric, reading.subject, reading.segment, whole)


def _with_whole(measure: Measure, whole: str | None) -> Measure:
    return measure if whole is None else Measure(measure.metric, measure.subject, measure.segment, whole)
