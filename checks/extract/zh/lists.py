"""The members of Chinese lists: a 分别 list of members distributed over its figures (东盟、欧盟分别进出口1.35万亿元、
1.31万亿元), a proportion of the three sectors (三次产业结构为7.7:57.5:34.8), and later lists of the same members in
the sentence (同比分别增长…; 贡献率分别为…). Each figure gets its member as its segment (or, when the members are
quantities themselves, as its metric)."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.mention import Mention
from checks.extract.prefilter import gated
from checks.extract.reading import Reading
from checks.extract.text import CLAUSE_REACH, Sentences, clause_start
from checks.extract.zh.context import RATE_NAME_END
from checks.extract.zh.measure import LEADING_NOISE, VERB_FIRST, clean, is_member, is_quantity, split
from checks.extract.zh.members import among_total
from checks.extract.zh.named_lists import NAMES_REACH, QUANTITY_HEAD, Members, names_before
from checks.extract.zh.vocabulary import ABBREVIATED_PLACES, CITIES, PROVINCES

_LISTED_NAMES = 100  # a count below this, before a 分别 list, may count the list's names (两家公司…，分别为…)
# A clause that names no members of its own before 分别 (同比分别增长): a list of figures of the members before.
RESPECTIVELY_ONLY = re.compile(r"\s*(?:同比|环比|按年|按季|比上年|较上年|也|则|均|都|并|且)*分别[^，,。；;：:\d]{0,10}")
# A clause that names a quantity before 分别 (对经济增长的贡献率分别为): its figures are of the members before.
# 贡献率分别为…; 进口均价分别上涨…: the same members, of another quantity
QUANTITY_RESPECTIVELY = re.compile(r"\s*(?P<quantity>[^，,。；;：:\d]{2,16}?)分别"
                                   r"(?:为|是|达|达到|占|上涨|下降|增长|减少|上升|下跌)?\s*")
# A proportion of the three sectors (三次产业结构为7.7:57.5:34.8), and the sectors it is of.
RATIO_JOINT = re.compile(r"\s*[:：∶]\s*")
RATIO_NEXT = re.compile(r"\s*[:：∶]\s*\d")
SECTORS_NAMED = re.compile(r"三次产业|三大产业|一二三产业|一、二、三产业")
THREE_SECTORS = ("第一产业", "第二产业", "第三产业")
MEMBERS_REACH = 64  # characters before a figure in which a 分别 list of members is looked for

# A list of members before 分别 in one clause (A、B和C分别…): the members are split at 、 and 和 (及 and 与 join
# words within a member: 化妆品及洗护用品), and 分别 must be followed by its figures, not by a clause break. Titles
# and quotes (《A》《B》和《C》) are not split here; a note of scope in brackets (欧盟(不含英国)) is read past.
_MEMBERS_BEFORE = gated(re.compile(r"(?P<members>(?:[^，,。；;：:！？!?“”《》()（）\d\s]|"
                                   r"[(（]不?含[\u4e00-\u9fff]{1,6}[)）]){3,60}?)分别"
                                   r"(?P<after>[^，,。；;：:！？!?\d]{0,16})$"))
_MEMBER_SPLIT = re.compile(r"[、和]")
LIST_JOINT = re.compile(r"[、和及]")  # between the figures of a list
_PLACE = "(?:" + "|".join(PROVINCES) + r"|[\u4e00-\u9fff]{2,4}?[省市])"
# Places listed at a sentence's opening (黑龙江、河南…; 江苏、浙江和广东…): the owners of a later 分别 list.
PLACES_OPENING = re.compile(rf"\s*(?P<names>{_PLACE}(?:[、和]{_PLACE})+)")
CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_OF_MEMBERS = re.compile(r"[^、和，,]{1,14}[和、][^、和，,]{1,14}")  # 穿和用类商品: two members, read as the metric
_SECTORS_SHORT = re.compile(r"(?:第?一、第?二、第?三产业|一二三产业|三次产业)(?P<rest>[^、和]*)$")
# Two quantities written as one word, each figure of a 分别 list one of them in turn.
_COMPOUNDS = {"产销": ("产量", "销量"), "进出口": ("进口", "出口"), "收支": ("收入", "支出"), "量价": ("量", "价")}


# Quantities listed right before the list of their figures, with no 分别 (累计完成周转量、旅客运输量和货邮运输量65.8亿
# 吨公里、3513.2万人和74.9万吨): each figure one of them in turn.
_QUANTITIES_BEFORE = gated(re.compile(r"(?P<members>[^，,。；;：:！？!?“”《》()（）\d\s]{3,60}?)$"))
# Between two figures of one list of different units: what is left of the first's unit (亿吨公里), then the joint.
_UNIT_TAIL_JOINT = re.compile(r"[\u4e00-\u9fff]{0,2}?\s*(?:、|和|及|以及)\s*")


def quantities_listed(text: str, start: int, end: int, after: int) -> Members | None:
    """The quantities a list names right before its figures (A、B和C 1、2和3), when the figure at ``end`` is followed
    (at ``after``) by the next figure of the list; the members are the quantities themselves."""
    if text.find("、", start, end) < 0 or not _UNIT_TAIL_JOINT.match(text, after) or not text[
            _UNIT_TAIL_JOINT.match(text, after).end():_UNIT_TAIL_JOINT.match(text, after).end() + 1].isdigit():
        return None
    found = _QUANTITIES_BEFORE.search(text, start, end)
    if found is None:
        return None
    members = LEADING_NOISE.sub("", found.group("members")).strip()
    parts = [p.strip() for p in _MEMBER_SPLIT.split(members)]
    named = [clean(p) for p in parts]
    if len(parts) < 2 or any(n is None or not is_quantity(n) for n in named):
        return None
    first = split(named[0])  # 全行业累计完成运输总周转量: 全行业's, as are the quantities after it
    owner = first.subject if first.subject is not None and first.metric is not None else None
    return owner, (first.metric if owner else named[0], *named[1:]), None, True


def members_listed(text: str, start: int, end: int) -> tuple[str | None, tuple[str, ...], str | None, bool] | None:
    """The owner, the members and the quantity of a list that 分别 distributes over the figures after it
    (我国与东盟、欧盟分别进出口…: 我国; 东盟, 欧盟; 进出口), when the words before ``end`` name one, and whether the
    members are quantities themselves (营收和净利润分别为…)."""
    if text.find("分别", start, end) < 0:
        return None  # most figures follow no list: a plain find is the cheap answer
    found = _MEMBERS_BEFORE.search(text, start, end)
    if found is None:
        return None
    members = re.sub(r"[(（]不?含[^()（）]*[)）]", "", found.group("members"))  # 欧盟(不含英国): no member
    if found.start("members") > 0 and text[found.start("members") - 1] in "0123456789-~":
        members = re.sub(r"^(?:个月|个季度|月份|月|季度|年|日|周)", "", members)  # 1-10月, 前7个月: the period's tail
    members = re.sub(r"(?:同比|环比|按年|按季)+$", "", LEADING_NOISE.sub("", members).strip())
    short = _SECTORS_SHORT.search(members)
    if short is not None:  # 第一、二、三产业分别增长…; 第一、第二、第三产业增加值占比分别为…: the three sectors
        return None, ("第一产业", "第二产业", "第三产业"), clean(short.group("rest")), False
    for compound, quantities in _COMPOUNDS.items():  # 汽车产销分别完成…和…: 产量, then 销量
        if members.endswith(compound) and not _MEMBER_SPLIT.search(members):
            return clean(members.removesuffix(compound)), quantities, None, True
    parts = [p.strip() for p in _MEMBER_SPLIT.split(members)]
    if "进口" in found.group("after"):  # 自日本、韩国分别进口: 日本, 韩国 (not 自驾游)
        parts = [re.sub(r"^[自从](?=..)", "", part) for part in parts]
    if len(parts) < 2 or any(not 1 <= len(p) <= 14 for p in parts):
        return None
    owner = None
    head = parts[0]
    joint = next((at for at, char in enumerate(head[2:5], 2) if char in "与对"), None)
    if joint is not None and len(head) - joint > 2:  # 我国与东盟, 我省对欧盟: the owner, then the first member
        owner, parts[0] = head[:joint], head[joint + 1:]
    if all(is_quantity(p) or QUANTITY_HEAD.fullmatch(p) or p.endswith("面积") for p in parts):
        first = split(parts[0]) if owner is None else None  # 全省货运量、客运量分别为…: 全省's, each in turn
        if first is not None and first.subject is not None and first.metric is not None and first.segment is None:
            owner, parts[0] = first.subject, first.metric
        return owner, tuple(parts), None, True  # 营收和净利润分别为…: the members are the quantities themselves
    quantity = None
    last = parts[-1]
    noun = QUANTITY_HEAD.search(last, 1)
    if noun is not None and noun.start() >= 2:  # 猪肉价格: the member, then the quantity; 总产量 is one quantity
        parts[-1], quantity = last[:noun.start()].removesuffix("等"), last[noun.start():]
    elif len(widths := {len(p) for p in parts[:-1]}) == 1 and 2 <= (width := widths.pop()) <= 4 \
            and len(last) >= width + 3 and last[width] not in "类等业品" and "的" not in last:  # 陆路口岸人员
        parts[-1], quantity = last[:width], last[width:]
    if any(len(p) < 1 for p in parts):
        return None
    if quantity is not None and 3 <= len(parts[-1]) <= 5 and all(len(p) == 1 for p in parts[:-1]):
        # 东、中、西部地区; 大、中、小型企业: the first characters of members that share the last one's ending
        parts = [p + parts[-1][1:] for p in parts[:-1]] + [parts[-1]]
    after = clean(found.group("after"))  # 分别进出口: the quantity; 分别上涨, 分别占: a verb, no quantity
    if after is not None and (VERB_FIRST.match(after) or after.startswith("占")) \
            and not QUANTITY_HEAD.fullmatch(after):  # 分别实现增加值: 增加值 opens as 增加 does, yet is a quantity
        after = None
    return owner, tuple(parts), quantity or after, False


class ListReader:
    """Follows the lists of one document as its figures are read in order."""

    def __init__(self, text: str, sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        self._sector_at: int | None = None  # the index of the sector of the last figure of a proportion read
        self._sentence_members: tuple[int, Members] | None = None  # the last list's members, by sentence start
        # the list being read, and the index of its last figure's member
        self._listing: tuple[str | None, tuple[str, ...], str | None, bool, int] | None = None
        self._previous_at: int | None = None  # where the figure read before this one starts
        self._owning = False  # whether the list being read names the owners of its figures
        self.recent: list[tuple[Mention, Reading]] = []  # the figures read last, by the reader (the measurer's)
        self._referred: dict[str, Reading] = {}  # the readings a list of figures before it refers to, by name

    def read(self, mention: Mention, previous: tuple[Mention, Reading] | None, reading: Reading, listed: bool,
             metrics: list[str]) -> Reading:
        """The reading with its member, if a list gives one; ``listed`` says the figure continues the list of the
        one before it, ``metrics`` are the quantities of the last figures read."""
        self._previous_at = previous[0].start if previous is not None else None
        return self._sectors(mention, previous, reading) or self._members(mention, reading, listed, metrics)

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
        return replace(reading, segment=THREE_SECTORS[0],  # (三次产业的比例为…: the sectors are no owner)
                       subject=None if SECTORS_NAMED.fullmatch(reading.subject or "") else reading.subject)

    def _members(self, mention: Mention, reading: Reading, listed: bool, metrics: list[str]) -> Reading:
        """A figure of a list that 分别 distributes over members (东盟、欧盟分别进出口1.35万亿元、1.31万亿元): the
        first figure the first member's, each listed one the next member's, all of the quantity the list names."""
        if listed:
            if self._listing is None:
                return reading
            owner, members, quantity, as_metrics, at = self._listing
            at += 1
            self._listing = (owner, members, quantity, as_metrics, at)
            member = members[at] if at < len(members) else None  # more figures than members: none is known
            if self._owning and member is not None:
                return replace(reading, subject=member, segment=None)
            if member in self._referred:
                return self._as_referred(reading, member)
            return replace(reading, metric=member) if as_metrics else replace(reading, segment=member)
        found = self._list_before(mention)
        self._owning = False
        self._referred = {}
        # the lists below open with a 分别 in the figure's clause, which lies within CLAUSE_REACH of it: one find
        # answers most figures before either looks for the clause's start
        respective = self.text.find("分别", max(self.sentences.span(mention.start)[0], mention.start - CLAUSE_REACH),
                                    mention.start) >= 0
        if found is None and respective:
            found = self._members_in_clause_before(mention, metrics)
            # 甲银行和乙银行不良贷款率上升，分别…: names that own figures (banks, firms, places) are their owners
            self._owning = found is not None and not found[3] and all(
                split(f"{name}收入").subject == name for name in found[1])
        if found is None and respective:
            found = self._figures_before(mention) or self._abbreviated(mention)
        self._listing = None if found is None else (*found, 0)
        if found is None:
            return reading
        owner, members, quantity, as_metrics = found
        if self._owning:
            return replace(reading, subject=members[0], segment=None,
                           metric=quantity if quantity is not None else reading.metric)
        if members[0] in self._referred:
            return self._as_referred(reading, members[0])
        if as_metrics:
            return replace(reading, metric=members[0], segment=None, subject=owner or reading.subject)
        if quantity is None and members == THREE_SECTORS and metrics and (
                not reading.metric or is_member(reading.metric) or reading.metric.endswith("产业")):
            quantity = metrics[-1]  # 分产业看，第一、二、三产业分别增长…: of the quantity just read
            if reading.kind == "growth":
                quantity = RATE_NAME_END.sub("", quantity) or quantity  # the quantity grew, not its growth rate
        elif quantity is None and metrics and reading.metric in members and is_quantity(metrics[-1]) \
                and ((reading.metric == members[-1] and members[-1] in (*PROVINCES, *CITIES))
                     or self.text.find("其中", self.sentences.span(mention.start)[0], mention.start) >= 0):
            # 增加值增长14.9%，其中电子及通信设备、计算机及办公设备分别增长21%和23.1%: parts of the quantity just read
            quantity = RATE_NAME_END.sub("", metrics[-1]) or metrics[-1]
        if quantity is None and _OF_MEMBERS.fullmatch(reading.metric or "") and members[-1] in (reading.metric or ""):
            # 在网上零售额中，吃、穿和用类商品分别增长…: the members' own words are no quantity; the total they are
            # parts of is, when the sentence names one
            quantity = among_total(self.text, self.sentences.span(mention.start)[0], mention.start)
        # 西部地区快递业务量比重: the last member, read with the quantity as if a firm's name, owns nothing
        subject = None if reading.subject and reading.subject.startswith(members[-1]) else reading.subject
        return replace(reading, segment=members[0], metric=quantity if quantity is not None else reading.metric,
                       subject=owner or subject)

    def _members_in_clause_before(self, mention: Mention, metrics: list[str]) -> Members | None:
        """The names listed by the clause before one that opens with 分别 (对A、B出口强劲，同比分别增长…), when this
        figure opens that clause's list; of the quantity named after them, else of the figure read in that clause."""
        text = self.text
        sentence_start = self.sentences.span(mention.start)[0]
        clause = clause_start(text, sentence_start, mention.start)
        if clause <= sentence_start + 1 or text[clause - 1] not in "，," \
                or text.find("分别", clause, mention.start) < 0:
            return None  # most figures open no 分别 clause: the plain find is the cheap answer
        window = max(sentence_start, clause - 1 - NAMES_REACH)
        if not RESPECTIVELY_ONLY.fullmatch(text, clause, mention.start):
            quantity = QUANTITY_RESPECTIVELY.fullmatch(text, clause, mention.start)
            named = clean(quantity.group("quantity")) if quantity is not None else None
            listed = names_before(text, window, clause - 1) if named and is_quantity(named) else None
            if listed is not None and not listed[3]:  # 个股还有A、B，净流入金额分别为…: the names, of that quantity
                return listed[0], listed[1], named, False
            return self._places_opening(mention, sentence_start, clause)
        found = names_before(text, window, clause - 1)
        if found is None:
            return None
        owner, names, quantity, as_metrics = found
        if quantity is None and metrics and self._previous_at is not None and window <= self._previous_at < clause \
                and not as_metrics:
            quantity = metrics[-1]  # 六家企业的研发投入超过百亿元: the quantity the figure in that clause was read in
        return (owner, names, quantity, as_metrics) if quantity is not None or as_metrics else None

    def continues(self, mention: Mention, previous: tuple[Mention, Reading] | None,
                  between: re.Pattern[str] = _UNIT_TAIL_JOINT) -> bool:
        """Whether a figure of another unit goes on the list being read (45.1亿吨公里、3211.6万人和56.3万吨): only a
        unit's tail and a joint (or ``between``) stand between, and the list has a member left for it."""
        if self._listing is None or previous is None or self._listing[4] + 1 >= len(self._listing[1]):
            return False
        joint = between.match(self.text, previous[0].end)
        return joint is not None and joint.end() == mention.start

    def _list_before(self, mention: Mention) -> Members | None:
        """The list the words before a figure open: its own members, or those of the sentence's last list."""
        sentence_start = self.sentences.span(mention.start)[0]
        found = members_listed(self.text, max(sentence_start, mention.start - MEMBERS_REACH), mention.start) or \
            quantities_listed(self.text, max(sentence_start, mention.start - MEMBERS_REACH), mention.start,
                              mention.end)
        if found is not None:
            self._sentence_members = (sentence_start, found)
            return found
        earlier = self._sentence_members[1] if self._sentence_members is not None \
            and self._sentence_members[0] == sentence_start else None
        if earlier is None:
            return None
        clause = clause_start(self.text, sentence_start, mention.start)
        if RESPECTIVELY_ONLY.fullmatch(self.text, clause, mention.start):
            return earlier  # 产销分别完成335.9万辆和332.2万辆，同比分别增长12.1%和8.8%: the same members
        quantity = QUANTITY_RESPECTIVELY.fullmatch(self.text, clause, mention.start)
        named = clean(quantity.group("quantity")) if quantity is not None else None
        if not earlier[3] and named is not None and is_quantity(named):
            # 三次产业结构为…，对经济增长的贡献率分别为6%、41.4%、52.6%: the same members, of another quantity
            return earlier[0], earlier[1], named, False
        return None

    def _figures_before(self, mention: Mention) -> Members | None:
        """The quantities of the figures read before a clause that opens with 分别 and names no members (销售面积8.2万
        平方米，销售额6.1亿元，分别增长3.1%和5.2%): each figure of the list is of one of them, in turn (not a count
        of the names the list is of: 两家公司的研发费用…，分别为…)."""
        sentence_start = self.sentences.span(mention.start)[0]
        clause = clause_start(self.text, sentence_start, mention.start)
        if self.text.find("分别", clause, mention.start) < 0 \
                or not RESPECTIVELY_ONLY.fullmatch(self.text, clause, mention.start):
            return None
        named: list[str] = []
        for before, reading in self.recent:
            # (a small count may count the list's names, 两家公司; 177.08万人次 of visitors is a quantity)
            if before.start < sentence_start or before.end > clause or not reading.metric or (
                    before.family == "count" and before.value < _LISTED_NAMES):
                continue
            name = f"{reading.segment or ''}{reading.metric}"  # 工业用电量…，居民用电量…: each its quantity and member
            if not named or named[-1] != name:
                named.append(name)
                self._referred[name] = reading
        end = CLAUSE_END.search(self.text, mention.end)
        count = len(LIST_JOINT.findall(self.text, mention.end, end.start() if end else len(self.text))) + 1
        return (None, tuple(named[-count:]), None, True) if 2 <= count <= len(named) else None

    def _abbreviated(self, mention: Mention) -> Members | None:
        """Places named together by their first characters before 分别 (北上广深跌幅分别为…), as many as the figures
        of the list: each figure is one place's, in turn."""
        clause = clause_start(self.text, self.sentences.span(mention.start)[0], mention.start)
        words = self.text[clause:mention.start]
        name = next((name for name in ABBREVIATED_PLACES if name in words), None)
        if name is None:
            return None
        end = CLAUSE_END.search(self.text, mention.end)
        count = len(LIST_JOINT.findall(self.text, mention.end, end.start() if end else len(self.text))) + 1
        places = ABBREVIATED_PLACES[name]
        named = clean(words[words.index(name) + len(name):].split("分别")[0])
        return (None, places, named if named and is_quantity(named) else None, False) if count == len(places) \
            else None

    def _as_referred(self, reading: Reading, name: str) -> Reading:
        """A figure of a list that refers to a figure before it: of that figure's quantity, member and whole."""
        referred = self._referred[name]
        return replace(reading, metric=referred.metric, segment=referred.segment, whole=referred.whole,
                       subject=referred.subject or reading.subject)

    def _places_opening(self, mention: Mention, sentence_start: int, clause: int) -> Members | None:
        """The places a sentence opens with, of the quantity a later clause names before 分别 (黑龙江、河南粮食生产
        稳定，粮食总产量分别达到5571万吨和5543万吨): each place owns its figure, in turn."""
        quantity = QUANTITY_RESPECTIVELY.fullmatch(self.text, clause, mention.start)
        named = clean(quantity.group("quantity")) if quantity is not None else None
        places = PLACES_OPENING.match(self.text, sentence_start, clause)
        if named is None or not is_quantity(named) or places is None:
            return None
        return None, tuple(_MEMBER_SPLIT.split(places.group("names"))), named, False
