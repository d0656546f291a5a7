"""parts_vs_total: listed parts of one quantity add up to the stated total when the list is whole, never exceed it.

- 其中: the part (or the parts listed with 分别, or the members of one breakdown) against the whole before it;
- the members of a breakdown (第一/第二/第三产业, 城镇/乡村, 出口/进口, 男/女) against the total stated before them in
  the paragraph: when every member is there, the parts make the total (less the rounding of each figure);
- the quarters (or halves) of a year against the one full-year total.

A group's size against its members counted by kinds after ；is in kinds.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.among import parts_after_among
from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    canonical,
    distance,
    enumeration,
    label,
    label_before,
    like,
    metric_key,
    plain,
    same_unit,
    shown,
)
from checks.relations.breakdowns import (
    COMPLETE,
    TOTAL,
    WHOLE_OF,
    listed_member,
    member_groups,
    membership,
    names_the_whole,
    short_names,
    whole_named,
)
from checks.relations.labels import partners_total
from checks.relations.named_kinds import kinds_after_among, kinds_of_a_named_whole
from checks.relations.owners_of_parts import another_owners, owners_agree
from checks.relations.partitioned import members_of_a_group_total
from checks.relations.periods import compared_with, periods_conflict, same_time
from checks.relations.qualified import a_threshold, narrowed_parts
from checks.relations.segments import segments_against_total
from checks.relations.summed_elsewhere import of_their_sum

AVERAGE = re.compile(r"人均|平均|均价|均值|日均|月均|年均|周均|户均|场均|中位数|每|average|median|per\s", re.IGNORECASE)
QUARTER_LIST = re.compile(
    r"(?:第?一(?:季度)?至第?四季度|[1１][-—至~][4４]季度|一至四季度|各季度|四个季度)[^。；;]{0,16}分别")
RESPECTIVELY = re.compile(r"分别(?:实现|完成|为|是|达|达到|有|占|录得)?[^，,。；;\d]{0,12}$")
# The names a 分别 list is of, before it: 线上、门店、批发渠道分别.
MEMBERS = re.compile(r"(?P<names>[\u4e00-\u9fffA-Za-z]{1,8}(?:(?:、|和|及|与|以及)[\u4e00-\u9fffA-Za-z]{1,8})+)"
                     r"[^、，,。；;\d]{0,10}?分别")
# A score or an index: a district's score above its city's is no part above its whole (测评得分为81.09分).
SCORE = re.compile(r"得分|评分|分数|分值|指数|score|rating|index", re.IGNORECASE)
# A total stated after the members: 合计21.8亿元, 共计, 总计, 全年…合计.
LISTED_TOTAL = re.compile(r"合计|共计|总计|总共|一共|累计|in all|a total of|combined|altogether", re.IGNORECASE)
HALF_LIST = re.compile(r"上[、和]下半年[^。；;]{0,16}分别")
QUARTERS = (("一季度", "第一季度", "1季度", "Q1"), ("二季度", "第二季度", "2季度", "Q2"),
            ("三季度", "第三季度", "3季度", "Q3"), ("四季度", "第四季度", "4季度", "Q4"))
HALVES = (("上半年",), ("下半年",))


def _a_level(doc: Doc, claim: dict) -> bool:
    """An amount that can be a part or a total: a level, not a rate, an average or a range. Worked out once per
    claim (kept in the claim's dict): every reader of parts and totals asks it of every claim."""
    found = claim.get("_level")
    if found is None:
        found = claim["_level"] = claim["kind"] == "level" and claim["unit"] not in ("percent", "pp") \
            and claim.get("qualifier") != "range" and not _is_average(doc, claim) \
            and not (claim["unit"] == "other" and _INDEX_POINTS.search(str(claim["text"])))
    return found


# An index's level in points (closing at 72,761.20 points; 收于3052.14点): no part of anything, and no sum of parts.
_INDEX_POINTS = re.compile(r"(?:points?|pts\.?|点)$")


# An amount per unit of another, written with a slash after the figure: 5194.9公斤/公顷, 3.2元/千克, 12 kg/ha.
PER_UNIT = re.compile(r"\s*[/／]\s*[\u4e00-\u9fffA-Za-z]")


# A gap between two figures, said before it: 高于城镇10.03分, 较农村受访者(74.96分)低1.68分, 相差27.89分.
GAP_BEFORE = re.compile(r"(?:高于|低于|高出|低出|相差|多于|少于|差距为?)[^，,。；;\d]{0,10}$|"
                        r"较[^，,。；;]{0,24}?(?:高|低|多|少)了?$")


def _is_average(doc: Doc, claim: dict) -> bool:
    """An average, a score, an amount per unit of another, or a gap between two figures: nothing that adds up."""
    metric = str(claim.get("metric") or "")
    return bool(AVERAGE.search(label_before(doc.text, claim)) or AVERAGE.search(metric) or SCORE.search(metric)
                or PER_UNIT.match(doc.after(claim, 4)) or GAP_BEFORE.search(doc.before(claim, 30)))


def parts_vs_total(doc: Doc) -> Iterable[Relation]:
    levels = [c for c in doc.claims if _a_level(doc, c)]
    before = [r for r in (*parts_after_among(doc, levels), *_breakdowns(doc, levels),
                          *_periods_against_total(doc, levels)) if not _a_net_of_both(doc, r.claims[0])]
    after = [*_listed_with_total(doc, levels), *_kinds_among(doc, levels), *kinds_of_a_named_whole(doc, levels),
             *kinds_after_among(doc, levels),
             *(_relation(doc, total, members, False) for total, members in members_of_a_group_total(doc, levels))]
    # A segment's figure against its whole says nothing more when a sum of the parts already holds both
    summed = {(id(r.claims[0]), id(part)) for r in (*before, *after) for part in r.claims[1:]}
    yield from of_their_sum(doc, before, _relation)
    yield from (r for r in (*segments_against_total(doc, levels), *narrowed_parts(doc, levels))
                if (id(r.claims[0]), id(r.claims[1])) not in summed)
    yield from of_their_sum(doc, after, _relation)


_DEFICIT = re.compile(r"逆差|赤字|亏损|deficit|loss", re.IGNORECASE)
_SURPLUS = re.compile(r"顺差|盈余|盈利|surplus|profit", re.IGNORECASE)


def _a_net_of_both(doc: Doc, whole: dict) -> bool:
    """A balance whose parts are of both signs (逆差约39亿美元，其中国内企业逆差158亿美元，外资企业顺差119亿美元): a
    deficit less a surplus, so a part may well exceed the whole."""
    end = int(whole["end"])  # (read near it: a run-on text is one sentence)
    after = doc.text[end:min(doc.sentence(whole)[1], end + 120)]
    return bool(_DEFICIT.search(after) and _SURPLUS.search(after))


# A whole that opens its sentence as the set the figures after it are taken from: 在全国接待的5.26亿人次游客中,
# 在2000名受访者中. The noun after the figure is what its parts are kinds of.
AMONG = re.compile(r"\s*(?P<noun>[\u4e00-\u9fff]{1,6}?)中\s*[，,]")
_PART_LABEL = re.compile(r"(?:[（(][^）)]*[）)])|(?:为|有|达|共|约|是)+$")


def _kinds_among(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """在全国接待的5.26亿人次游客中，过夜游客为1.14亿人次…；一日游游客为4.12亿人次: parts named as kinds of the noun
    of the whole (过夜游客, 一日游游客: kinds of 游客), each once, in the whole's sentence. Kinds of one thing do not
    overlap, but they may not be all of it: their sum is no more than the whole. Figures of other things (600人满意，
    500人愿意推荐) and parts of a part (其中) are not taken."""
    for index, whole in enumerate(levels):
        among = AMONG.match(doc.text, int(whole["end"]), int(whole["end"]) + 12)
        if among is None or "在" not in doc.before(whole, 16):
            continue
        noun = among.group("noun")
        parts, labels = [], set()
        for part in levels[index + 1:index + 12]:
            if re.search(r"[。！？!?\n]", doc.between(whole, part)):
                break  # the parts stand in the whole's sentence (its clauses may end with ；)
            clause = re.split(r"[，,；;：:]", doc.text[max(0, int(part["start"]) - 40):int(part["start"])])
            name = _PART_LABEL.sub("", _PART_LABEL.sub("", clause[-1])).strip()
            if not same_unit(part, whole) or "其中" in name or not name.endswith(noun) or name == noun:
                continue
            parts.append(part)
            labels.add(name)
        if len(parts) >= 2 and len(labels) == len(parts):
            yield _relation(doc, whole, parts, complete=False)


def _listed_with_total(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """线上、门店、批发渠道分别实现销售额12.1亿元、8.4亿元和3.3亿元，全年销售额合计21.8亿元: the members a 分别 list
    names, and the total stated with 合计/共计/总计 (or "in all", "a total of") in the same sentence or the next: the
    list is whole, so the members make the total, less the rounding of each."""
    level_ids = {id(c) for c in levels}
    index = 0
    while index < len(levels):
        first = levels[index]
        listed = enumeration(doc, levels, index)
        index += len(listed)
        if len(listed) < 2 or not RESPECTIVELY.search(doc.before(first, 30)):
            continue
        named = MEMBERS.search(doc.before(first, 40))
        if named is None or len(re.split(r"[、和及与,，]|以及", named.group("names"))) != len(listed):
            continue  # 分别 after a list of as many names as figures: the whole list, nothing left out
        last = listed[-1]
        totals = [c for c in doc.near(last, 40) if id(c) in level_ids and int(c["start"]) > int(last["end"])
                  and same_unit(c, last)
                  and (doc.same_sentence(c, last) or doc.sentences.span(doc.sentence(last)[1])[0] ==
                       doc.sentence(c)[0])
                  and LISTED_TOTAL.search(doc.before(c, 12))
                  and not periods_conflict(doc.period(c), doc.period(last))]  # (1-11月累计: a year to date's)
        if totals:
            yield _relation(doc, totals[0], listed, complete=True)


def _relation(doc: Doc, total: dict, parts: list[dict], complete: bool) -> Relation:
    low, high = sum(bounds(p)[0] for p in parts), sum(bounds(p)[1] for p in parts)
    whole = bounds(total)
    gap = distance((low, high), whole) if complete else max(0.0, low - whole[1])
    sign = ("≠" if complete else ">") if gap else ("=" if complete else "≤")
    arithmetic = (" + ".join(shown(p) for p in parts) + f" = {like(total, sum(float(p['value']) for p in parts))}"
                  + f" {sign} total {shown(total)}"
                  + (f"; with rounding the parts allow {like(total, low)} to {like(total, high)}"
                     if gap and complete else ""))
    return Relation(doc.name, "parts_vs_total", (total, *parts), total.get("metric"), (low, high),
                    whole if complete else (-math.inf, whole[1]), gap, arithmetic)


# The name a breakdown's member goes by, which says nothing of the quantity: 餐饮收入 of 社会消费品零售总额
_MEMBERS_OWN_NAMES = {("商品零售", "餐饮"): {"营业收入"}}


def _breakdowns(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """The members of one breakdown (one figure each, same unit and period) against the total before them."""
    for (partition, _paragraph, _unit, _period), members in member_groups(doc, levels).items():
        parts = sorted(members.values(), key=lambda c: int(c["start"]))
        if len(parts) < 2:
            continue
        # (a member named with the whole's name, 商品零售 carried 社会消费品零售总额, or as its trade does, 餐饮收入)
        metrics = {_part_metric(p, m) for m, p in members.items()} - {"", canonical(WHOLE_OF.get(partition, ""))} \
            - _MEMBERS_OWN_NAMES.get(partition, set()) - {"sector", "segment"}  # (the multifamily sector)
        if len({m for m in metrics if len(m) >= 2}) > 1:
            continue  # 城镇居民人均收入 and 农村居民人均支出: members of one breakdown, not of one quantity
        metric = next(iter(sorted(metrics)), "")
        total = _total_before(doc, levels, parts, partition, metric) or _total_of_the_text(doc, levels, parts, metric)
        if total is None or not partners_total(parts, total):
            continue
        complete = partition in COMPLETE and len(parts) == len(partition)
        remainder = _a_remainder(doc, total, parts) if complete else None
        yield _relation(doc, total, [*parts, remainder] if remainder else parts, complete)


# A figure said to be what remains of the total (empty containers comprised the remaining 230,857 TEUs; 其余): the
# breakdown's members and it make the whole.
_REMAINING = re.compile(r"(?:remaining|the\s+rest\s+of|remainder\s+of|其余|剩余)\s*(?:的|为|是)?\s*$", re.IGNORECASE)


def _a_remainder(doc: Doc, total: dict, parts: list[dict]) -> dict | None:
    """A figure of the parts' unit near them said to be what remains of ``total`` (see _REMAINING): one more part."""
    return next((c for c in doc.near(parts[-1], 6) if c is not total and c not in parts and same_unit(c, parts[0])
                 and int(c["start"]) > int(parts[-1]["start"]) and _REMAINING.search(doc.before(c, 24))), None)


def _part_metric(claim: dict, member: str) -> str:
    """The quantity a member measures, with the member's own name taken out (城镇消费品零售额 → 消费品零售额), and the
    word for its units after the name (限上单位零售额, 限下企业零售额 → 零售额)."""
    rest = short_names(metric_key(claim))
    if claim.get("segment") and plain(member) not in rest and plain(claim["segment"]) in plain(member):
        rest = plain(claim["segment"]) + rest  # 集体户人口 read as 集体's 户人口
    rest = rest.replace(plain(member), "")  # full-time employment: employment
    bare = _UNITS_OF_MEMBER.sub("", rest)
    return canonical(bare if len(bare) >= 2 else rest)


_UNITS_OF_MEMBER = re.compile(r"^(?:单位|企业|市场|(?:the)?numberof)")  # the number of domestic passengers


# Members of one breakdown that stand beside another's, not above it: domestic tourism beside inbound and outbound.
_SIBLINGS = {("国内", ("入境", "出境")), ("domestic", ("inbound", "outbound"))}


def _total_before(doc: Doc, levels: list[dict], parts: list[dict], partition: tuple[str, ...],
                  metric: str) -> dict | None:
    """The total a breakdown's parts belong to: the nearest figure before the first part, in its paragraph, of the
    same unit and period, no member itself, no smaller than any part, and named as that whole."""
    first = parts[0]
    largest = max(bounds(p)[0] for p in parts)
    named = None
    # the breakdowns whose members stand between a candidate and the parts: 城镇…；乡村…。商品零售…；餐饮…: 城镇 is a
    # member of a breakdown its sibling 乡村 completes, so it is no total of the breakdown after it
    passed: dict[tuple[str, ...], set[str]] = {}
    for claim in reversed([c for c in doc.paragraph_near(first) if int(c["start"]) < int(first["start"])]):
        own, member = membership(label(doc, claim)) or ((), "")
        if own and passed.get(own, set()) - {member}:
            continue
        passed.setdefault(own, set()).add(member)
        if not _a_level(doc, claim) or not same_unit(claim, first) \
                or compared_with([c for c in doc.in_sentence(claim) if c is not claim], claim):
            continue  # (182.52 billion, an increase of 0.2 percent from the 182.15 billion in 2018: not 2019's total)
        if own == partition or bounds(claim)[1] < largest or (member, partition) in _SIBLINGS \
                or another_owners(claim, parts, doc):
            continue  # a member of the breakdown is no total of it (exports may be the total of goods and services);
            # nor is a sibling of its members (国内旅游人数 beside 入境 and 出境: tourism's three markets)
        if _the_quantity(doc, claim, first, metric) and not listed_member(doc, levels, claim):
            return claim  # the very quantity, however far back in the paragraph
        if named is not None or periods_conflict(doc.period(claim), doc.period(first)):
            continue
        among = re.match(r"[\u4e00-\u9fff]{0,6}中", doc.after(claim, 8))  # 472份有效问卷中，男生…女生…
        if (among or names_the_whole(claim, partition, metric)) and not listed_member(doc, levels, claim):
            named = claim
    if named is None and (len(metric) >= 2 or partition in WHOLE_OF):
        # an incomplete breakdown's parts may still not exceed it; 进出口总值…。\n出口…，进口…: a whole named, broken
        # down below, unless its members were told with it (then those below are of something else: 五大出口商品)
        total = _total_a_paragraph_before(doc, levels, parts, metric, partition)
        broken_down = total is not None and any(  # (by amounts: 三次产业占GDP比重 breaks no amount down)
            (membership(label(doc, c)) or ((), ""))[0] == partition
            for c in doc.in_paragraph(total) if c["kind"] == "level")
        return None if broken_down else total
    return named


def _total_of_the_text(doc: Doc, levels: list[dict], parts: list[dict], metric: str) -> dict | None:
    """全国人口共141178万人。…（四）性别构成。男性人口为72334万人…: a bulletin's sections break its total down far
    below it. The text's first figure of the very quantity (by name, synonyms made one), of the parts' owner and unit
    and of no other time, no member itself and no smaller than any part, stated before them, is their whole."""
    first = parts[0]
    if len(metric) < 2:
        return None
    largest = max(bounds(p)[0] for p in parts)
    for claim in levels:
        if int(claim["start"]) >= int(first["start"]):
            return None
        if same_unit(claim, first) and not claim.get("segment") and (_the_quantity(doc, claim, first, metric) or (
                bare_total(metric_key(claim)) == metric and owners_agree(claim, first)
                and not periods_conflict(doc.period(claim), doc.period(first)))):
            if bounds(claim)[1] < largest or membership(label(doc, claim)) is not None \
                    or listed_member(doc, levels, claim):
                return None  # the first of the quantity is no whole of these: another breakdown's, or a part
            return claim
    return None


# 常住人口, 总人口: the population a bulletin counts, its parts named 人口 (男性人口, 城镇人口)
_COUNTED_AS = re.compile(r"^(?:常住|总)(?=..)")


def bare_total(name: str) -> str:
    """A total's name without the words that say it is the whole count (常住人口, 总人口: 人口)."""
    return canonical(_COUNTED_AS.sub("", canonical(name)))


def _the_quantity(doc: Doc, claim: dict, part: dict, metric: str) -> bool:
    """Whether a figure is the whole a breakdown's parts measure, by name: the parts' quantity (synonyms made one),
    for the same owner and a time that may be the parts' (上半年 and 1-6月 are one)."""
    name = metric_key(claim)  # (接待游客: the visitors received, 游客)
    return len(metric) >= 2 and metric in (canonical(name), canonical(name.removeprefix("接待"))) \
        and owners_agree(claim, part) and not periods_conflict(doc.period(claim), doc.period(part))


def _total_a_paragraph_before(doc: Doc, levels: list[dict], parts: list[dict], metric: str,
                              partition: tuple[str, ...] = ()) -> dict | None:
    """社会消费品零售总额881.9亿元…。\n限额以上单位零售额484.5亿元…，限下单位零售额397.4亿元: a paragraph that opens
    with the members of a whole breakdown may take the total the paragraph before stated: the nearest figure there
    of the very quantity (its name, synonyms made one, is the members' less their own names), the same owner and
    unit, of no other time, no member itself and no smaller than any part."""
    first = parts[0]
    opening = doc.in_paragraph(first)[0]
    if int(opening["_index"]) == 0:
        return None
    earlier = doc.claims[int(opening["_index"]) - 1]
    if doc.paragraph(first) - doc.paragraph(earlier) != 1:
        return None
    largest = max(bounds(p)[0] for p in parts)
    start = int(opening["_index"])
    for claim in reversed(doc.claims[max(0, start - 40):start]):  # at most three paragraphs and 40 figures back
        farther = doc.paragraph(first) - doc.paragraph(claim)
        if farther > 3:
            break
        # beyond the paragraph just before, only a total of the parts' very time (10月份, 1-10月份 totals, then
        # 10月份，城镇…；乡村…。1-10月份，城镇…)
        if claim in levels and same_unit(claim, first) \
                and (farther == 1 or same_time(claim.get("period"), doc.period(first))) \
                and (_the_quantity(doc, claim, first, metric) or whole_named(doc, claim, first, partition)
                     # There were 31.84 million people in work. / … people working full-time …: a release's lines
                     or (farther == 1 and claim is doc.in_paragraph(claim)[0] and len(metric) >= 4
                         and not periods_conflict(doc.period(claim), doc.period(first))
                         and names_the_whole(claim, partition, metric))) \
                and largest <= bounds(claim)[1] and not a_threshold(doc, claim) \
                and membership(label(doc, claim)) is None and not listed_member(doc, levels, claim):
            return claim
    return None


def _periods_against_total(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """Quarters (or halves) of a year against the one full-year total of the same unit and quantity."""
    text = doc.text
    labels_before: dict[int, str] = {}  # asked for each claim and each quarter: worked out once

    def before(claim: dict) -> str:
        found = labels_before.get(id(claim))
        if found is None:
            found = labels_before[id(claim)] = label_before(text, claim)
        return found

    for names, listed_by in ((QUARTERS, QUARTER_LIST), (HALVES, HALF_LIST)):
        if not any(name in text for group in names for name in group):
            continue  # a text that names no quarter (half) has no quarterly breakdown
        parts = None
        for index, claim in enumerate(levels):  # 一季度至四季度分别实现营业收入12.4亿元、15.1亿元…
            if listed_by.search(text, max(0, int(claim["start"]) - 40), int(claim["start"])):
                listed = enumeration(doc, levels, index)
                if len(listed) == len(names):
                    parts = listed
                    break
        if parts is None:  # 一季度营收20亿元，二季度营收25亿元…
            found = []
            for labels in names:
                matches = [c for c in levels
                           if any(n in before(c) or n in str(c.get("period") or "") for n in labels)]
                found.append(matches[0] if len(matches) == 1 else None)
            parts = None if any(p is None for p in found) else found
        if parts is None or len({p["unit"] for p in parts}) != 1:
            continue
        unit = parts[0]["unit"]
        keys = {metric_key(p) for p in parts} - {""}
        totals = [c for c in levels if c["unit"] == unit and c not in parts and (
            TOTAL.search(before(c)) or TOTAL.search(str(c.get("period") or ""))
            or (metric_key(c) in keys and not any(n in str(c.get("period") or "") for group in names for n in group)
                and str(c.get("period") or "").endswith(("年", "全年"))))]
        if len(totals) != 1:
            continue
        yield _relation(doc, totals[0], parts, complete=False)
