"""parts_vs_total after 其中: the part (or the parts listed with 分别, the members of one partition, or the kinds of
one quantity listed clause by clause) against the whole stated before the word, in its sentence, the one or two
before it, or the last sentence of the paragraph before when the breakdown opens a paragraph of its own."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable

from checks.extract.between import a_target
from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    enumeration,
    label_before,
    like,
    metric_key,
    plain,
    same_unit,
    shown,
)
from checks.relations.breakdowns import partition_of
from checks.relations.part_marker import PART_BEFORE, part_marker
from checks.relations.partitioned import a_member_of, every_member, parent_of, partition_listed
from checks.relations.periods import apart_in_time, periods_conflict
from checks.relations.statements import projected
from checks.relations.tallied import said_of_each, tallied_kinds, tally_before

# A year earlier's figure in brackets after the part's (实现利润总额0.1亿元(同期亏损0.47亿元)): another time's, no part.
_EARLIER_IN_BRACKETS = re.compile(r"[（(](?:上年|去年)?同期[^（()）\d]{0,6}$")


def _wider(part: dict, whole: dict) -> bool:
    """Whether ``whole`` is named as the part, its first word a whole's (房屋新开工面积 of 住宅新开工面积): its own."""
    name, wider = plain(part.get("metric")), plain(whole.get("metric"))  # (not 体育彩票销售 of 福利彩票销售: a sibling)
    return len(name) >= 6 and wider.endswith(name[2:]) and wider[:-len(name[2:])] in ("房屋", "全部", "所有", "总")


def parts_after_among(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """其中: the part (or the parts listed with 分别, or members of one partition) against the whole before it.

    The whole is the largest candidate of the same unit in the part's sentence or the one or two before it in its
    paragraph, or the sum of candidates listed together (一季度至四季度分别…，其中上半年…): 其中 may refer to a total,
    not to the figure just before it, so only what exceeds every reading is flagged."""
    text = doc.text
    level_ids = {id(c) for c in levels}
    listed_already: set[int] = set()  # the parts of a list read from its first (an aside's part stays apart)
    for index, part in enumerate(levels):  # (no part of the next clause's other side, 其中住户存款…；各项贷款…)
        marker = part_marker(text, int(part["start"]))
        if marker is None or id(part) in listed_already or str(part.get("metric") or "").endswith(_NO_PART) \
                or said_of_each(text, part) \
                or _EARLIER_IN_BRACKETS.search(text, max(0, int(part["start"]) - 12), int(part["start"])):
            continue
        parts = enumeration(doc, levels, index)
        lead = text[marker.start():int(part["start"])]
        summed = len(parts) > 1 and ("分别" in lead or partition_of([label_before(text, c) for c in parts]))
        marker_at = marker.start()
        parts = parts if summed else (_paired_clauses(doc, levels, index, marker_at)
                                      or _typed_list(doc, levels, index)
                                      or _kinds_listed(doc, levels, index, _opens(text, marker_at))
                                      or _parallel_clauses(doc, levels, index, marker_at + 2)
                                      or _clauses_alike(doc, levels, index, _opens(text, marker_at))
                                      or tallied_kinds(doc, levels, index, marker_at) or partition_listed(
                                          doc, levels, index) or [part])
        candidates = [c for c in doc.near(part, 60) if id(c) in level_ids and int(c["end"]) <= marker_at
                      and same_unit(c, part) and not apart_in_time(c, doc.period(c), doc.period(part))
                      and _near_before(doc, c, marker_at) and not _no_whole(text, c) and not _opposed(c, part)]
        parents = [c for c in candidates if parent_of(part, c) or _wider(part, c)]
        candidates = [c for c in parents[-1:] or candidates if not a_member_of(text, marker_at, c)]
        tally = tally_before(doc, levels, index, marker_at) if len(parts) > 1 else None
        candidates = [tally] if tally is not None and tally in candidates else candidates  # 诉求9326件，其中…
        if len(parts) > 1 and _crossed([label_before(text, p) for p in parts]):
            parts = [part]  # 一般贸易出口…；机电产品出口…: two ways of cutting the exports, overlapping, not summed
        listed_already.update(id(p) for p in parts)
        parts = [p for p in parts if not (_opposed(part, p) or periods_conflict(doc.period(p), doc.period(part))
                                          or (projected(p) and not projected(part)))]  # (即将突破1万家)
        if not candidates:
            continue
        wholes = [(bounds(c)[1], (c,)) for c in candidates]
        for position in range(len(candidates)):  # candidates listed together stand for their sum
            listed = enumeration(doc, candidates, position)
            if len(listed) > 1:
                wholes.append((sum(bounds(c)[1] for c in listed), tuple(listed)))
        whole_high, whole = max(wholes, key=lambda w: w[0])
        if not summed and len(parts) > 2 and sum(bounds(p)[0] for p in parts) > 1.5 * whole_high >= 1.5 * max(
                bounds(p)[0] for p in parts):  # 投产、无性系、有机茶园面积: cuts that overlap, each read alone
            parts = [max(parts, key=lambda p: bounds(p)[0])]
        stated = sum(bounds(p)[0] for p in parts)
        gap = max(0.0, stated - whole_high)
        named = _named_whole(doc, levels, parts, marker_at, stated) if gap else None
        if named is not None:  # 其中 may refer to a total further back: the one of the parts' own quantity
            whole_high, whole, gap = bounds(named)[1], (named,), 0.0
        whole_low = bounds(whole[0])[0] if whole == (candidates[-1],) and every_member(doc, parts) else -math.inf
        short = max(0.0, whole_low - sum(bounds(p)[1] for p in parts))  # 其中出口…，进口…: all of the whole
        shown_whole = " + ".join(shown(c) for c in whole)
        shown_parts = " + ".join(shown(p) for p in parts)
        summed_whole = f" = {like(whole[0], sum(float(c['value']) for c in whole))}" if len(whole) > 1 else ""
        arithmetic = (f"part{'s' if len(parts) > 1 else ''} {shown_parts}"
                      f"{' = ' + like(whole[0], sum(float(p['value']) for p in parts)) if len(parts) > 1 else ''}"
                      f" {'>' if gap else '<' if short else '≤'} whole {shown_whole}{summed_whole}")
        yield Relation(doc.name, "parts_vs_total", (*whole, *parts), whole[0].get("metric"), (stated, stated),
                       (whole_low, whole_high), gap or short, arithmetic)


# Quantities of opposite sides, none a whole of the other (净流出 listed after 净流入; 进口 after 出口)
_OPPOSITES = (("流入", "流出"), ("出口", "进口"), ("顺差", "逆差"), ("盈利", "亏损"), ("上涨", "下跌"),
              ("存款", "贷款"))
# 利润总额…，其中，主营活动利润…: the main business's profit is no part of the total (other items may be a net loss)
_NO_PART = ("主营活动利润",)
# The ways a trade release cuts its total: by trade mode, by kind of firm, by product, by partner. Parts named by two
# of them overlap (a general-trade export may be a machinery export), so they are not summed against the whole.
_TRADE_CUTS = (re.compile(r"一般贸易|加工贸易|保税物流|边境小额|市场采购|跨境电商"), re.compile(r"企业"),
               re.compile(r"产品|农产品|机电|高新技术|劳动密集型"),
               re.compile(r"^对|一带一路|东盟|欧盟|美国|日本|韩国"))


def _crossed(labels: list[str]) -> bool:
    """Whether listed parts are named by two different cuts of a trade total (see _TRADE_CUTS)."""
    cuts = {next((i for i, cut in enumerate(_TRADE_CUTS) if cut.search(label)), None) for label in labels}
    return len(cuts - {None}) > 1


def _no_whole(text: str, claim: dict) -> bool:  # 完成年初预算数60999万元的40.4%: a budget; 都超过了500亿元: each's
    return a_target(text, int(claim["start"]), int(claim["end"])) or said_of_each(text, claim)


def _opposed(whole: dict, part: dict) -> bool:
    """Whether the two figures' quantities name opposite sides (see _OPPOSITES)."""
    one, other = str(whole.get("metric") or ""), str(part.get("metric") or "")
    return any((a in one and b in other and b not in one) or (b in one and a in other and a not in one)
               for a, b in _OPPOSITES)


def _named_whole(doc: Doc, levels: list[dict], parts: list[dict], marker_at: int, stated: float) -> dict | None:
    """The last figure before the 其中 of the parts' own quantity (by name) that holds them, further back than the
    sentences searched: 青川县共接待游客8.31万人次 … 其中青溪阴平村共接待12522人次…。其中，过夜游共接待游客2.49万人次
    (the county's visitors, not the village's)."""
    names = {metric_key(p) for p in parts}
    if len(names) != 1:
        return None  # parts named by their members (沿海港口, 内河港口): no one quantity to look for by name
    for claim in reversed([c for c in levels if int(c["end"]) <= marker_at]):
        if same_unit(claim, parts[0]) and metric_key(claim) in names and len(metric_key(claim)) >= 2 \
                and bounds(claim)[1] >= stated \
                and not PART_BEFORE.search(doc.text, max(0, int(claim["start"]) - 30), int(claim["start"])):
            return claim  # (not a part itself: 其中，沿海港口… of another total is no whole of 沿海港口 and 内河港口)
    return None


_LABELLED_GAP = re.compile(r"\s*[，,、；;]\s*(?P<label>[\u4e00-\u9fffA-Za-z]{1,8})\s*(?:为|有|共)?\s*")


def _typed_list(doc: Doc, levels: list[dict], first: int) -> list[dict] | None:
    """其中，直辖市4个，副省级城市15个，地级市278个，县级市390个: three or more parts, each after its own label, the
    labels types of one thing (they end alike: 市). Labels of different kinds (女性120人，35岁以下90人) overlap and
    are not summed."""
    listed, labels = [levels[first]], [label_before(doc.text, levels[first])]
    for claim in levels[first + 1:]:
        gap = _LABELLED_GAP.fullmatch(doc.between(listed[-1], claim))
        if gap is None or not same_unit(claim, listed[-1]) or not doc.same_sentence(claim, listed[-1]):
            break
        listed.append(claim)
        labels.append(gap.group("label"))
    ends = {label.rstrip("为有共")[-1:] for label in labels}
    return listed if len(listed) >= 3 and len(ends) == 1 and ends != {""} else None


_AVERAGED = re.compile(r"均|中位数|平均|每")


def _paired_clauses(doc: Doc, levels: list[dict], first: int, marker_at: int) -> list[dict] | None:
    """其中去程4820列、49.9万标箱，…；回程4021列、43.7万标箱，…: clauses (；) each opening with a member of one
    partition and giving figures of the same units in the same order: a figure's parts are those in its place in
    every clause."""
    start = int(levels[first]["end"])  # (a ； ends a sentence here: to the 。, within a stretch)
    found = re.compile(r"[。！？!?\n]").search(doc.text, start, start + 400)
    end = found.start() if found else start + 400
    after = [c for c in levels[max(0, first - 4):first + 12] if marker_at < int(c["start"]) < end]
    clauses: list[list[dict]] = []
    for claim in after:
        if clauses and not re.search(r"[；;]", doc.between(clauses[-1][-1], claim)):
            clauses[-1].append(claim)
        else:
            clauses.append([claim])
    units = [[c["unit"] for c in clause] for clause in clauses]
    if len(clauses) < 2 or any(u != units[0] for u in units) or len(set(units[0])) != len(units[0]) \
            or partition_of([label_before(doc.text, clause[0]) for clause in clauses]) is None \
            or any(_AVERAGED.search(label_before(doc.text, c)) for clause in clauses for c in clause):
        return None  # (男职工1200人、月均工资6500元；女职工…: an average is no part of the whole's)
    place = next((i for i, c in enumerate(clauses[0]) if c is levels[first]), None)
    return None if place is None else [clause[place] for clause in clauses]


def _opens(text: str, offset: int) -> bool:
    """Whether the 其中 at ``offset`` opens its sentence (…万吨。其中，…), so that the clauses after it all break
    down the total before it; after a comma (…831亿元，其中十年期…；续期保费…) the next may be a quantity of its own."""
    before = text[max(0, offset - 8):offset].rstrip()  # any space or line end, \r\n too
    return not before or before[-1] in "。！？!?：:"


def _kinds_listed(doc: Doc, levels: list[dict], first: int, opens: bool = False) -> list[dict] | None:
    """其中，农业产值7.09亿元，下降0.6%；林业产值0.11亿元，增长3.7%；牧业产值…: figures of one sentence, their
    quantities kinds of one (they end alike: 产值) and all different, as long as they run so; three or more, or two
    set apart as clauses when 其中 ``opens`` the sentence (。其中，沿海港口完成…万吨，增长…；内河港口完成…万吨). A part
    of a part (其中 again) ends the list;
    a kind that ends otherwise ends it too (铁路客运量，公路客运量，水路客运量，民航运送旅客: the first three)."""
    listed, by_semicolons = [levels[first]], False
    for claim in levels[first + 1:first + 12]:
        between = _outside_asides(doc.between(listed[-1], claim))
        if between is None:
            continue  # a part of a part, told in brackets: its own 其中
        if re.search(r"[。！？!?\n]|其中", between) or not same_unit(claim, listed[-1]):
            break
        semicolon = re.search(r"[；;]", between) is not None
        if len(listed) > 1 and semicolon and not by_semicolons:
            break  # 其中内地居民结婚登记…，外国人结婚登记…；办理离婚登记…: parts set apart by commas end at a ；
        by_semicolons = by_semicolons or (len(listed) == 1 and semicolon)
        listed.append(claim)
    # 农业|产值, 林业|产值: the member read apart from its quantity is still part of its name
    names = [plain(c.get("segment")) + metric_key(c, synonyms=False) for c in listed]
    if len(names[0]) < 3:
        return None
    # the head noun the kinds share: 产值, 客运量; a sum's head is three characters (零售额 and 销售额 differ: retail
    # sales are a part of the total, a wholesaler's sales are not)
    # (taxes by kind, 国内增值税, 国内消费税, 企业所得税: their head is the one character 税)
    head = names[0][-3:] if names[0].endswith("额") else "税" if names[0].endswith("税") else names[0][-2:]
    count = 1
    while count < len(names) and len(names[count]) >= 3 and names[count] not in names[:count] \
            and names[count].endswith(head):
        count += 1
    if count >= 3 or (count == 2 and opens and re.search(r"[；;]", doc.between(listed[0], listed[1]))):
        return listed[:count]
    return None


def _clauses_alike(doc: Doc, levels: list[dict], first: int, opens: bool) -> list[dict] | None:
    """。其中，产险业务赔款1884.67亿元，…；寿险业务给付2481.34亿元，…；健康险业务赔款和给付450.27亿元: a clause a part
    after a 其中 that opens its sentence, their names all different and sharing a word (险业务) beyond the kinds'
    own, so that they are kinds of one thing, not ways of counting it (女性…；35岁以下…)."""
    if not opens:
        return None
    listed = [levels[first]]
    for claim in levels[first + 1:first + 12]:
        between = _outside_asides(doc.between(listed[-1], claim))
        if between is None or re.search(r"[。！？!?\n]|其中", between) or not same_unit(claim, listed[-1]) \
                or not re.search(r"[；;]", between):
            break
        listed.append(claim)
    names = [str(c.get("metric") or "") for c in listed]  # as written (an owner read into none of them)
    if len(listed) < 2 or len(set(names)) != len(names):
        return None
    shared = {names[0][i:i + 2] for i in range(len(names[0]) - 1)}
    shared = {pair for pair in shared if all(pair in name for name in names[1:]) and not pair.isascii()}
    return listed if shared - _GENERIC_PAIRS else None


_GENERIC_PAIRS = {"同比", "比上", "上年", "增长", "下降", "收入", "金额", "数量", "规模", "全年", "累计"}


_CLOSED_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _outside_asides(between: str) -> str | None:
    """The text between two figures of a list without its closed brackets (国内航线完成…万人次，增长10.8%（其中港澳台
    航线为…万人次）；国际航线完成…), or None when the later figure stands inside a bracket still open."""
    outside = _CLOSED_ASIDE.sub("", between)
    return None if re.search(r"[(（]", outside) else outside


# 其中：市本级完成44.11亿元，…；市辖区完成49.5亿元，…: a clause's label, then the verb every clause of the list shares
_CLAUSE_LEAD = re.compile(r"(?:^|[；;：:，,])\s*(?P<label>[\u4e00-\u9fff]{2,8}?)(?P<verb>完成|实现|达到)\s*$")


def _parallel_clauses(doc: Doc, levels: list[dict], first: int, after_marker: int) -> list[dict] | None:
    """其中：市本级完成44.11亿元，增加4.37亿元；市辖区完成49.5亿元，…；省直管县完成133.92亿元: parts told clause by
    clause (；), each clause opening with its own label and the one verb they share, as long as they run so in the
    sentence; two or more. A figure that is no clause's first (the rise after it) is not a part."""
    text = doc.text
    # the first clause opens after 其中 and its colon or comma (其中：市本级完成…; 其中，国内航线完成…)
    lead = _CLAUSE_LEAD.search("：" + text[after_marker:int(levels[first]["start"])].lstrip("，, "))
    if lead is None:
        return None
    listed, labels = [levels[first]], {lead.group("label")}
    for claim in levels[first + 1:first + 12]:
        between = _outside_asides(doc.between(listed[-1], claim))
        if between is None:
            continue  # a part of a part, told in brackets: its own 其中
        if re.search(r"[。！？!?\n]|其中", between) or not same_unit(claim, listed[-1]):
            break  # the parts stand in one sentence (its clauses end with ；)
        clause = between[max(between.rfind("；"), between.rfind(";"), between.rfind("，"), between.rfind(","), 0):]
        found = _CLAUSE_LEAD.search(clause)
        if found is None or found.group("verb") != lead.group("verb") or found.group("label") in labels:
            break
        listed.append(claim)
        labels.add(found.group("label"))
    return listed if len(listed) >= 2 else None


# A paragraph break (a line break, or two ideographic spaces); before the next paragraph's 其中, spaces only.
_BREAK = re.compile(r"\n|\u3000\u3000")
_OPENING = re.compile(r"\s*")  # blank lines and ideographic spaces too


def _near_before(doc: Doc, claim: dict, offset: int) -> bool:
    """Whether ``claim`` stands at most two sentences before ``offset`` in its paragraph, or in the last sentence of
    the paragraph before when the paragraph opens with the 其中 at ``offset`` (总量…。\n其中，…: a release puts the
    breakdown of a total in a paragraph of its own), no part itself (其中，工业软件收入390亿元。\n其中，…)."""
    end = int(claim["end"])
    stops, breaks = _marks(doc)
    sentences = bisect.bisect_left(stops, offset) - bisect.bisect_left(stops, end)
    first = bisect.bisect_left(breaks, end)
    if first == len(breaks) or breaks[first] >= offset:
        return sentences <= 2
    return _OPENING.fullmatch(doc.text, breaks[first], offset) is not None and sentences <= 1 \
        and PART_BEFORE.search(doc.text, max(0, end - 40), end) is None


def _marks(doc: Doc) -> tuple[list[int], list[int]]:
    """Where the document's sentences end (。！？!?) and its paragraphs break (see _BREAK), found once a document:
    the text between a part and each candidate whole is counted by bisection, not read again for every pair."""
    cached = getattr(doc, "_among_marks", None)
    if cached is None:
        cached = doc._among_marks = ([m.start() for m in re.finditer(r"[。！？!?]", doc.text)],  # type: ignore[attr-defined]
                                     [m.start() for m in _BREAK.finditer(doc.text)])
    return cached
