"""Breakdowns: the labels that partition a whole (线上/线下, 三次产业, male/female), and which member a label names.

A breakdown's members may be summed, one of each; a complete breakdown (every member present) makes the whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checks.extract.zh.paired import PAIR
from checks.relations.base import Doc, canonical, label_before, metric_key, owner_key, same_unit
from checks.relations.base import label as label_of
from checks.relations.periods import periods_conflict

# Labels of the parts of a whole that partition it: one of each may be summed, and all of them make the whole.
PARTITIONS = (
    ("线上", "线下"), ("城镇", "乡村"), ("城镇", "农村"), ("城市", "农村"), ("男性", "女性"), ("男生", "女生"),
    ("男", "女"), ("国内", "海外"), ("国内", "国际"), ("境内", "境外"), ("出口", "进口"),
    ("一线", "二线", "三线", "四线", "五线", "新一线"), ("东部", "中部", "西部", "东北"),
    ("第一产业", "第二产业", "第三产业"), ("一产", "二产", "三产"), ("自营", "第三方"), ("新客", "老客"),
    ("新用户", "老用户"), ("商品零售", "餐饮"), ("主营业务", "其他业务"), ("male", "female"), ("men", "women"),
    ("domestic", "international"),
    ("domestic", "overseas"),
    ("exports", "imports"), ("online", "offline"), ("urban", "rural"), ("boys", "girls"), ("限上", "限下"),
    ("goods", "services"), ("采矿业", "制造业", "电力"), ("full-time", "part-time"), ("全职", "兼职"),
    ("入境", "出境"), ("轻工业", "重工业"), ("出境", "进境"), ("去程", "回程"),  # (trains and containers each way)
    # customs' breakdowns of trade, by owner and by mode (each with others besides: never whole)
    ("国有", "民营", "外商投资"), ("一般贸易", "加工贸易"),
    ("税收收入", "非税收入"),  # a budget's revenue: taxes and the rest
    ("福利彩票", "体育彩票"),  # the two lotteries of the monthly sales releases, and their kinds of game
    ("乐透数字型", "竞猜型", "即开型", "视频型"),
    ("家庭户", "集体户"),  # a census's households: family and collective
    ("private sector", "public sector", "self-employed"),  # workers by class: employees of either sector, or not
    ("乘用车", "商用车"),  # vehicles, as the industry body counts them: every vehicle is one or the other
    ("passenger vehicles", "commercial vehicles"),  # (the same, in English)
    ("passenger car", "commercial vehicle"),  # (passenger cars and commercial vehicles, as CAAM's English says it)
    ("single-family", "multifamily"),  # homes, as the US housing releases count starts and permits
    ("car", "light truck"),  # light vehicles, as the US sales reports count them
    ("在职职工", "退休人员"),  # the insured of a social insurance: those at work and those retired
    # a consumer price index's two halves, as the statistics offices name them (last: a label naming a member of
    # a breakdown before is that breakdown's)
    ("食品烟酒", "非食品烟酒"),
    ("食品价格", "非食品价格"),  # (named with 价格: 食品安全 is no member)
    ("过夜", "一日游"),  # visitors who stayed the night and those who came for the day: all of them
    # its other two halves, the prices of goods and of services (named with 价格: 服务 alone is too common a word)
    ("消费品价格", "服务价格"),
    # a budget's revenue and spending, the centre's and the local governments' (of an investment or a fund, others
    # besides: never whole)
    ("中央", "地方"),
    ("水田", "旱地"),  # farmland by kind (with 水浇地 besides in some counts: never whole)
    ("本科", "专科"), ("博士", "硕士"), ("小学", "初中"),  # students by level (with others besides in most totals)
    ("夏粮", "早稻", "秋粮"),  # a year's grain by harvest: all of it
    ("纯电动", "插电式混合动力", "燃料电池"),  # new-energy vehicles by drive
    ("arrivals", "departures"),  # border crossings or passenger movements each way
    ("内地居民", "港澳台居民", "外国人"),  # border crossings by who crossed, as the immigration releases count them
)
# Partitions that are whole: every member present means the parts make the total (less rounding).
COMPLETE = {("城镇", "乡村"), ("城镇", "农村"), ("男性", "女性"), ("男生", "女生"), ("男", "女"), ("出口", "进口"),
            ("第一产业", "第二产业", "第三产业"), ("一产", "二产", "三产"), ("线上", "线下"), ("境内", "境外"),
            ("商品零售", "餐饮"), ("限上", "限下"), ("采矿业", "制造业", "电力"),
            ("male", "female"), ("men", "women"), ("boys", "girls"), ("domestic", "overseas"),
            ("exports", "imports"), ("urban", "rural"),
            ("full-time", "part-time"), ("全职", "兼职"), ("入境", "出境"), ("出境", "进境"), ("去程", "回程"),
            ("轻工业", "重工业"), ("福利彩票", "体育彩票"), ("税收收入", "非税收入"), ("乘用车", "商用车"),
            ("家庭户", "集体户"), ("private sector", "public sector", "self-employed"),
            ("内地居民", "港澳台居民", "外国人"),
            ("passenger vehicles", "commercial vehicles"), ("passenger car", "commercial vehicle"),
            ("在职职工", "退休人员"), ("食品烟酒", "非食品烟酒"),
            ("消费品价格", "服务价格"), ("过夜", "一日游"), ("食品价格", "非食品价格"), ("夏粮", "早稻", "秋粮"),
            ("主营业务", "其他业务"),  # a firm's revenue: its main business and the rest (营业收入)
            ("single-family", "multifamily"), ("car", "light truck")}  # homes of one unit or more; light vehicles
# A price index's rates are complete in 城市/农村 too; counts are not (城市建成区人口 is no urban population)
COMPLETE_RATES = COMPLETE | {("城市", "农村")}


# Long names of members, in their short form: units above the reporting threshold (限额以上单位, 限上) and below it
# (限额以下, 限下) are one breakdown however they are written.
_SHORT_NAMES = (("限额以上", "限上"), ("限额以下", "限下"))


def short_names(name: str) -> str:
    """A label with its members' long names in their short form (限额以上单位 → 限上单位)."""
    for long, short in _SHORT_NAMES:
        name = name.replace(long, short)
    return name


def partition_of(labels: list[str]) -> tuple[str, ...] | None:
    """The partition whose different members the labels name (线上 and 线下), if any."""
    return _partition_of(tuple(labels))


@lru_cache(maxsize=65536)  # the same few pairs of labels are asked about again and again; the answer is theirs alone
def _partition_of(labels: tuple[str, ...]) -> tuple[str, ...] | None:
    named = [_named(short_names(label)) for label in labels]
    if not all(named):
        return None  # most labels name no member of any breakdown
    for partition in PARTITIONS:
        members = []
        for in_label in named:
            found = [m for m in partition if m in in_label]
            if len(found) != 1:
                break
            members.append(found[0])
        else:
            if len(set(members)) == len(members) >= 2:
                return partition
    return None


# The members of the breakdowns: Chinese ones are found within a label's words, English ones as words of it
_CJK_MEMBERS = tuple(sorted({m for partition in PARTITIONS for m in partition if not m.isascii()}))
_LATIN_MEMBERS = tuple((m, re.compile(rf"\b{re.escape(m)}s?\b", re.IGNORECASE))  # (males)
                       for m in sorted({m for partition in PARTITIONS for m in partition if m.isascii()}))
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)  # every English member has a letter: a label with none names none


@lru_cache(maxsize=65536)
def _named(label: str) -> frozenset[str]:
    """The members of any breakdown a label names: as a word in English (female is not male), within the words in
    Chinese. Looked up once a label, not once a label and member: most labels name none."""
    found = {m for m in _CJK_MEMBERS if m in label}
    found -= {m for m in found if f"非{m}" in found}  # 非食品烟酒 is no 食品烟酒
    if _LATIN.search(label):
        found.update(m for m, pattern in _LATIN_MEMBERS if pattern.search(label))
    return frozenset(found)


@lru_cache(maxsize=65536)  # labels repeat across a corpus; the answer depends on the label alone
def membership(name: str) -> tuple[tuple[str, ...], str] | None:
    """The breakdown a label names one member of (第一产业 of 第一/第二/第三产业), and that member; 进出口 (出入境)
    names the whole, not its 出口 (入境)."""
    named = _named(short_names(name.replace("进出口", "").replace("线上线下", "").replace("出入境", "")))
    if not named:
        return None
    member = None
    for partition in PARTITIONS:
        found = [m for m in partition if m in named]
        if len(found) > 1:
            return None  # systemwide (domestic + international): the whole, named by its members
        if len(found) == 1 and member is None:
            member = partition, found[0]
    return member


def other_breakdowns(found: tuple[tuple[str, ...], str]) -> list[tuple[tuple[str, ...], str]]:
    """The other breakdowns the member of ``found`` (a breakdown and its member, as :func:`membership` gives it) is
    one of too: 农村 is of 城镇/农村 and of 城市/农村 alike, and its sibling tells which."""
    partition, member = found
    return [(other, member) for other in PARTITIONS if other != partition and member in other]


def member_groups(doc: Doc, levels: list[dict]) -> dict[tuple, dict[str, dict]]:
    """The figures of a paragraph that are members of one breakdown, of one unit and period: (partition,
    paragraph, unit, period) → {member: its first figure}. A member with no period of its own takes the one of the
    member before it in its sentence, clauses after ；included (10月份，城镇…；乡村…: both of 10月份)."""
    groups: dict[tuple, dict[str, dict]] = {}
    previous: dict[tuple, tuple[dict, str]] = {}
    for claim in levels:
        found = membership(label_of(doc, claim)) or _english_member(doc, claim) or _member_cut_short(doc, claim)
        said = _said_after(doc, claim) if found is not None else None
        found = said if said is not None and said[0] == found[0] else found  # (… are males and 586.46 … females)
        if found is None:
            continue
        # 乘用车产销A和B，商用车产销C和D: the members' output and their sales, two breakdowns told as pairs
        pair = next((p for p in PAIR if str(claim.get("metric") or "").endswith(p)), "")
        # (家庭户49416万户…家庭户人口为129281万人: counts of households and of people, two breakdowns)
        counted = str(claim["text"])[-1] if claim["unit"] == "count" and not str(claim["text"])[-1].isascii() else ""
        # (城镇 is of 城镇/乡村 and of 城镇/农村, 国内 of 国内/海外 and of 国内/国际: it joins each breakdown it is of;
        # the one its sibling completes is read)
        for partition, member in [found, *other_breakdowns(found)]:
            where = (partition, doc.paragraph(claim), f"{claim['unit']}{pair}{counted}")
            told = next(((p, n, u) for (p, n, u) in previous if (p, u) == (partition, where[2])
                         and n == where[1] - 1), None)
            if told is not None and where not in previous and member not in groups.get((*told, previous[told][1]), {}) \
                    and len(doc.in_paragraph(claim)) <= 3:
                # There were 877,000 unemployed men. / There were 720,000 unemployed women.: a member a line
                where = told
            period = str(claim.get("period") or "")
            before = previous.get(where)
            if not period and before is not None and not _SENTENCE_END.search(doc.between(before[0], claim)):
                period = before[1]
            previous[where] = (claim, period)
            groups.setdefault((*where, period), {}).setdefault(member, claim)
    return groups


def _member_cut_short(doc: Doc, claim: dict) -> tuple[tuple[str, ...], str] | None:
    """集体户人口为11897万人, its segment read short as 集体: the member the words before name, of which the segment is
    a part (not 对美国出口…, whose segment 美国 is another breakdown's)."""
    segment = str(claim.get("segment") or "")
    found = membership(label_before(doc.text, claim)) if segment else None
    return found if found is not None and segment in found[1] else None


_SENTENCE_END = re.compile(r"[。！？!?]|\.\s")
# (623.7 million (51.54%) are males: its share in brackets between)
_SAID_OF_FIGURE = re.compile(r"\s*(?:[(（][^()（）]{1,24}[)）])?\s+(?:[a-z]+\s+){0,2}?(?:are|were|is|was)\s+"
                             r"[a-z -]{3,30}")
_OPENING_ADVERB = re.compile(r"\s*([A-Za-z]+)ly\s*,")


def _said_after(doc: Doc, claim: dict) -> tuple[tuple[str, ...], str] | None:
    """The member said of an English figure right after it (586.46 million (48.46%) are females), which names it
    whatever member of its breakdown the words before it (… are males and) name."""
    said = _SAID_OF_FIGURE.match(doc.after(claim, 48))
    return membership(said.group(0)) if said is not None else None


def _english_member(doc: Doc, claim: dict) -> tuple[tuple[str, ...], str] | None:
    """The member an English figure measures when no label before it names one (its readers leave the member in
    the quantity's name): by that name (the number of domestic passengers), or by the adverb that opens its
    sentence (Internationally, …; Domestically, …: international, domestic)."""
    metric = str(claim.get("metric") or "")
    if not metric.isascii():
        return None
    found = membership(metric.rsplit(" of ", 1)[-1]) or membership(metric)  # exports of goods: goods
    found = found or _said_after(doc, claim)  # 8.4 million are working part-time: the member said of the figure
    opening = None if found else _OPENING_ADVERB.match(doc.text, doc.sentence(claim)[0])
    if opening is not None:
        stem = opening.group(1)
        found = membership(stem) or (membership(stem[:-2]) if stem.endswith("al") else None)
    return found


# What a breakdown adds up to, by the breakdown: 三次产业 make the GDP, 出口 and 进口 make 进出口.
WHOLE_OF = {("第一产业", "第二产业", "第三产业"): "gdp", ("一产", "二产", "三产"): "gdp", ("出口", "进口"): "进出口",
            ("exports", "imports"): "trade", ("商品零售", "餐饮"): "社会消费品零售总额",
            ("采矿业", "制造业", "电力"): "工业",  # industry's three sections, of any quantity (of_the_quantity)
            ("入境", "出境"): "出入境", ("轻工业", "重工业"): "工业", ("福利彩票", "体育彩票"): "彩票",
            ("乐透数字型", "竞猜型", "即开型", "视频型"): "彩票", ("税收收入", "非税收入"): "公共预算收入",
            ("乘用车", "商用车"): "汽车",
            ("passenger vehicles", "commercial vehicles"): "vehicles", ("passenger car", "commercial vehicle"): "sales",
            ("食品烟酒", "非食品烟酒"): "消费价格",
            ("消费品价格", "服务价格"): "消费价格", ("食品价格", "非食品价格"): "消费价格",
            ("主营业务", "其他业务"): "营业收入"}


def of_the_quantity(total: dict, partition: tuple[str, ...], metric: str) -> bool:
    """A whole named by a sector (工业, 汽车) is the parts' only when it is of their quantity too (利润总额, 销量)."""
    return WHOLE_OF.get(partition) not in ("工业", "汽车") or (
        len(metric) >= 2 and canonical(metric_key(total)).endswith(metric))


# One level of government's figure after 其中 (其中，市级一般公共预算收入28.2亿元；区市一般公共预算收入387.8亿元):
# a member of the budget's breakdown by level, no whole of the taxes listed after it.
_ONE_LEVEL = re.compile(r"其中[^。\n]*?(?:^|[，,：:；;])\s*(?:市级|区市|区县|县区|县级|乡镇|市本级|中央|地方)"
                        r"[^，,。；;\d]{0,12}$")


def listed_member(doc: Doc, levels: list[dict], claim: dict) -> bool:
    """A figure of a list (专科生43人，本科生346人，研究生83人) is a member of another breakdown, not a total."""
    sentence = doc.sentence(claim)
    if _ONE_LEVEL.search(doc.text, max(0, int(claim["start"]) - 80), int(claim["start"])):
        return True
    nearby = [c for c in doc.near(claim, 4) if c["kind"] == "level" and doc.sentence(c) == sentence]
    index = next(i for i, c in enumerate(nearby) if c is claim)
    neighbours = [nearby[i] for i in (index - 1, index + 1) if 0 <= i < len(nearby)]
    return any(same_unit(n, claim) and re.fullmatch(
        # (250万人次，其中入境: its whole; 分别实现净利润3083亿元、1315亿元、766亿元: a value of a list)
        r"\s*[，,、;；]\s*(?!其中)[\u4e00-\u9fffA-Za-z]{1,8}\s*(?:为|有|共)?\s*|\s*、\s*",
        doc.between(n, claim) if int(n["start"]) < int(claim["start"]) else doc.between(claim, n)) for n in neighbours)


def member_name(name: str) -> str:
    """A member's label shortened for a finding: a Chinese label's end (…民营企业 → 民营企业), an English one whole."""
    return name if name.isascii() else name[-4:]


# A net quantity (a trade surplus or gap) is no whole its sides add up to
_NET = re.compile(r"surplus|deficit|balance|gap|顺差|逆差|差额")
# Words that name a total: 全年, 合计, 总额, total
TOTAL = re.compile(r"全年|合计|总计|共计|累计|总额|总量|全年累计|总值|total", re.IGNORECASE)


def whole_named(doc: Doc, claim: dict, part: dict, partition: tuple[str, ...]) -> bool:
    """A figure named as the whole a breakdown makes (商品零售 and 餐饮 make 社会消费品零售总额), of the same owner."""
    # (the country's exports: the owner said by a pronoun; a trade surplus: no whole of the sides)
    return partition in WHOLE_OF and WHOLE_OF[partition] in canonical(metric_key(claim)) \
        and (owner_key(part) in ("", "country", "nation", owner_key(claim)) or not owner_key(claim)) \
        and not _NET.search(metric_key(claim)) \
        and not periods_conflict(doc.period(claim), doc.period(part)) \
        and of_the_quantity(claim, partition, canonical(metric_key(part)))


def names_the_whole(total: dict, partition: tuple[str, ...], metric: str) -> bool:
    name = canonical(metric_key(total))
    name = canonical(re.sub(r"(?<=.)(?:people|persons)$", "", name))  # unemployed people: the unemployed
    if partition in WHOLE_OF:
        return WHOLE_OF[partition] in name and of_the_quantity(total, partition, metric)
    if all(m in name for m in partition):  # systemwide (domestic + international): a whole named by its members
        return True
    if not metric:
        return total["unit"] == "count"
    return name == metric or (metric in name and len(metric) >= 2) or (name in metric and len(name) >= 2) or bool(
        TOTAL.search(str(total.get("metric") or "")))


# 一般贸易进出口17.72万亿元…。其中，出口10.08万亿元…；进口7.64万亿元: the parts of a member's whole (a mode of trade, a
# kind of firm) after 其中, in its sentence or the clauses after it
_MEMBERS_WHOLE = re.compile(r"(?P<member>一般贸易|加工贸易|民营企业|国有企业|外商投资企业|外资企业)"
                            r"[\u4e00-\u9fff]{0,6}?\d[^\n]{0,80}?[。；;，,]\s*其中[^。！？!?\n]{0,40}$")


def part_of_a_member(doc: Doc, claim: dict, whole: str) -> bool:
    """Whether an amount is a part, after 其中, of a member's whole (see _MEMBERS_WHOLE) that ``whole``, the name of
    the whole a share is of, does not name: no total of the text (出口总值), but 民营企业's (民营企业出口总值)."""
    found = _MEMBERS_WHOLE.search(doc.text, max(0, int(claim["start"]) - 160), int(claim["start"]))
    return found is not None and found.group("member") not in whole


def _opening_quantity(doc: Doc, claim: dict) -> str:
    """The member and quantity a figure's sentence opens with (国产品牌手机出货量2055.3万部…；上市新机型38款: 国产品牌
    and 手机出货量), plain and joined by |, when the figure is not that first one; "" when it is."""
    start = int(claim["start"])
    reach = max(0, start - 400)  # (a run-on text is read no farther back)
    stop = max(doc.text.rfind("。", reach, start), doc.text.rfind("\n", reach, start), reach)
    index = int(claim["_index"])
    while index > 0 and int(doc.claims[index - 1]["start"]) > stop:  # (past a ； too)
        index -= 1
    first = doc.claims[index]
    if first is claim:
        return ""
    return f"{first.get('segment') or ''}|{first.get('metric') or ''}".replace(" ", "").lower()


def other_members_opened(doc: Doc, first: dict, second: dict) -> bool:
    """Whether two figures stand in sentences that open with one quantity of two members (5G手机出货量… and
    国产品牌手机出货量…): what each goes on to state (上市新机型) is of its sentence's member, not one thing twice."""
    members = _opening_quantity(doc, first).split("|"), _opening_quantity(doc, second).split("|")
    if len(members[0]) < 2 or len(members[1]) < 2 or not (members[0][0] or members[1][0]) \
            or members[0][0] == members[1][0]:
        return False  # (a member named by one opening at least, and not the same: 开盘… and 收盘… are no members)
    opened = "".join(members[0]), "".join(members[1])
    shared = 0
    while shared < min(map(len, opened)) and opened[0][-1 - shared] == opened[1][-1 - shared]:
        shared += 1
    return shared >= 3 and shared < min(map(len, opened))
