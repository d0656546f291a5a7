"""share_vs_counts: a share agrees with the amounts it is made of.

"男性224人，比例为55.6%" (of 403 parents), "城镇消费品零售额10.94亿元，占全县社会消费品零售总额的74.7%" (of 14.64亿元),
"$5.9 billion, or nearly half of overall revenues" (of $12.16 billion): the part is the amount stated just before the
share in its sentence; the whole is the amount the share names (社会消费品零售总额, overall revenues), else the total
of the breakdown the part belongs to (224 + 179 parents), else the amount the paragraph states before the part."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.extract.carry import COUNTED_GROUP
from checks.extract.zh.vocabulary import PROVINCES
from checks.relations.arms import arm_of
from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    canonical,
    label,
    metric_key,
    owner_key,
    plain,
    same_unit,
    shared_end,
)
from checks.relations.breakdowns import COMPLETE, member_name, membership, part_of_a_member
from checks.relations.distribution import bracket
from checks.relations.market_whole import MARKET, market_of
from checks.relations.own_share import JOINED, is_a_part
from checks.relations.pairs import paired_amount, respective_amount
from checks.relations.periods import compared_with, past_year_against_part, period_parts, periods_conflict, years_differ
from checks.relations.share_math import agrees, share_relation
from checks.relations.share_sides import (
    among_total,
    amount_after,
    counted_whole,
    own_share_after,
    whole_headed,
    whole_in_name,
)
from checks.relations.statements import A_YEAR_BEFORE, OVER_ESTIMATE, other_side, projected, stated_near

_YEARS_SHARE = re.compile(r"[（(]\s*(?:19|20)\d\d\s*年(?:的)?(?:占比|比重|份额)(?:为)?\s*$")
# 127.67亿元(2012年82.73亿元); RM486.85 billion (2020: RM432.37 billion): another year's amount, in brackets
_YEARS_AMOUNT = re.compile(r"[（(]\s*(?:(?:19|20)\d\d\s*年(?:同期)?(?:为)?|(?:FY\s*)?(?:19|20)\d\d\s*:)\s*$")
# An amount per unit (每股净资产7.7元, 人均, average, per share) is no part of a total a share is taken of.
_PER_UNIT = re.compile(r"每股|每[人户家位]|人均|户均|平均|均价|(?i:average|per\s+(?:share|capita|person|head))")
_PER_HEAD = re.compile(r"人均|户均")
_TOTAL = re.compile(r"总|全部|合计|共计|累计|total|overall|all\b", re.IGNORECASE)
_FULL_PERIOD = re.compile(r"全年|年度|^\d{4}年$|^(?:19|20)\d\d$|full[- ]year|fiscal", re.IGNORECASE)
_SAME_TIME = re.compile(r"同期|当期|同月|当月")
_STOP = {"all", "overall", "total", "the", "of", "its", "their", "global", "group", "company"}


def share_vs_counts(doc: Doc) -> Iterable[Relation]:
    for share in doc.claims:
        if share["kind"] != "share" or share["unit"] != "percent" or "中" in str(share["text"]) or " in " in str(
                share["text"]) or " of " in str(share["text"]) or _YEARS_SHARE.search(doc.before(share, 12)):
            continue  # a sample phrase (5家中有3家, two in five) is its own count; (2012年占比48.46%): another year's
        part = _part(doc, share)
        if part is None or (part["unit"] == "count" and _OF_AN_AMOUNT.search(str(share.get("whole") or ""))):
            continue  # 6个 (countries) 占…进出口总值的55.1%: a share of the countries' trade, not of their number
        whole, why = _whole(doc, share, part)
        if whole is None or (_per_unit(doc, part) and (len(whole) != 1 or owner_key(whole[0]) != owner_key(part)
                                                       or not _per_unit(doc, whole[0]))):
            continue  # an amount per head of another owner's (北京's 人均消费支出), or a total, is no whole of it
        if len(whole) == 1 and projected(part) != projected(whole[0]):
            continue  # 预测全年销量将达到850万辆，渗透率可达36%: a forecast's share is of the forecast's total, and a
            # share of the sales to date (占目前总销售额的71%) of no total forecast for the year (预计年底将突破320亿元)
        ahead = OVER_ESTIMATE.match(doc.text, int(share["end"]))  # ($5m, or 1%, more than expected: of the forecast)
        if ahead is None or len(whole) == 1:
            yield share_relation(doc, share, part, whole, why, 0 if ahead is None else 1 if ahead.group("more") else -1)


# A whole that is an amount of money or goods (进出口总值, 销售额, 总收入), which no count of members makes.
_OF_AN_AMOUNT = re.compile(r"(?:总值|总额|金额|销售额|营业额|交易额|收入|产值|增加值|总规模|资产规模|资产)$")
_NAMED_PART = re.compile(r"[，,]\s*(?P<name>(?!市场占|行业占)[\u4e00-\u9fff]{2,12}?)占[^，,]*$")  # (…，税收收入占…)


def _part(doc: Doc, share: dict) -> dict | None:
    sentence = doc.sentence(share)
    # (a market share's clause after a semicolon: its amount in the clause before, 出货量达7550万部…；…份额为22.7%)
    joined = sentence[0] > 0 and doc.text[sentence[0] - 1] in ";；" and MARKET.search(doc.before(share, 8))
    earlier = [c for c in doc.near(share, 8) if int(c["end"]) <= int(share["start"]) and (
        doc.sentence(c) == sentence or (joined and doc.sentence(c)[1] == sentence[0]))]
    if (paired := paired_amount(doc, share, earlier, JOINED) or respective_amount(doc, share, earlier)) is not None:
        return paired  # 产销A和B，占…的a和b: each share of its own quantity's amount, not the pair's other
    if (after := amount_after(doc, share)) is not None:
        return after
    for claim in reversed(earlier):
        if claim["unit"] in ("percent", "pp") or claim["kind"] in ("duration", "rank") \
                or compared_with(earlier, claim) or _YEARS_AMOUNT.search(doc.before(claim, 8)):
            continue  # a growth rate between the amount and its share (10.94亿元，增长9.1%，占…); 27 weeks; 位居第一;
            # 127.67亿元，相比较2012年82.73亿元，同比增长54.32%，占比58.65%: last year's level, compared with
        if joined and (other_side(doc, claim) or A_YEAR_BEFORE.search(doc.before(claim, 12))):
            continue  # 5870万部，与去年同期的5420万部相比增长8.3%；…份额为17.6%: the share is this year's amount's
        if claim["kind"] == "level" and JOINED.match(doc.between(claim, share)):
            if "分别" in doc.between(claim, share):  # 一审4.0万件，二审2.4万件，分别占…的34.10%、20.20%: each share
                return None  # of its own part, in order; 分别出口A和B，…，合计占…的78.5%: of their sum, not of B
            if bracket(doc, claim):
                return None  # 月收入1000元以下占5.8%: the bracket of a distribution, no amount of the part
            if _per_unit(doc, claim) and not _PER_UNIT.search(str(share.get("whole") or "")) \
                    and not _PER_HEAD.search(str(claim.get("metric") or "")):
                # 每股净资产7.7元: an amount per share, of no total; 人均居住支出2649元，占人均消费支出的23.1%: a
                # share of another amount per head, as the totals' are (人均工资性收入13486元，占可支配收入的
                # 56.7%: the whole named short, its amount per head too, which share_vs_counts asks of it)
                return None
            if share.get("segment") and claim.get("segment") and plain(share["segment"]) != plain(claim["segment"]):
                return None  # 第三产业's amount, then 第一、第二、第三产业…占比分别为4.1%: another member's share
            named = _NAMED_PART.search(doc.between(claim, share))
            if named is not None and named.group("name") not in f"{claim.get('segment')}{claim.get('metric')}":
                return None  # 完成预算数31220万元…，税收收入占…的57.7%: the share of a part its own clause names
            return claim
        return None
    return None


def _per_unit(doc: Doc, claim: dict) -> bool:
    return bool(_PER_UNIT.search(f"{claim.get('metric') or ''}{doc.before(claim, 8)}")
                or _PER_UNIT.match(doc.after(claim, 12).lstrip()) or _AVERAGE_ONE.search(doc.before(claim, 40)))


# (the average person spent $172.42 online: an amount per shopper, said by its subject)
_AVERAGE_ONE = re.compile(r"\b(?:the\s+)?average\s+(?:person|shopper|consumer|customer|household|holiday\s+shopper|"
                          r"American|visitor|tourist|traveller|traveler)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# 占全省进出口总值(下同)的67.5%: the whole every later share of the text is of, unless it names its own
_WHOLE_BELOW = re.compile(r"占(?P<whole>[^，,。；;（()）]{2,16}?)\s*[（(]下同[)）]")


def _whole_said_for_below(doc: Doc, share: dict) -> str | None:
    defined = getattr(doc, "_wholes_below", None)
    if defined is None:  # found once a document, not once a share: a long text has thousands
        found = list(_WHOLE_BELOW.finditer(doc.text)) if "下同" in doc.text else []
        defined = doc._wholes_below = ([m.end() for m in found], [m.group("whole") for m in found])  # type: ignore[attr-defined]
    ends, wholes = defined
    at = bisect.bisect_right(ends, int(share["start"]))
    return wholes[at - 1] if at else None


def _whole(doc: Doc, share: dict, part: dict) -> tuple[list[dict] | None, str]:
    below = None if share.get("whole") else _whole_said_for_below(doc, share)
    named = share.get("whole") or below or (
        share.get("metric") if re.match(r"\s+of\s", doc.after(share, 6)) else None) or whole_in_name(share)
    earlier = [c for c in doc.paragraph_near(share) if c["kind"] == "share" and int(c["end"]) <= int(share["start"])]
    just_named = bool(earlier) and bool(earlier[-1].get("whole")) and int(share["start"]) - int(earlier[-1]["end"]) < 60
    named_before = doc.before(share, 1) == "占" and any(c.get("whole") and doc.sentence(c) != doc.sentence(share)
                                                        for c in earlier)
    if not below and not named and (just_named or named_before):
        return None, ""  # …占进口总值的41.5%；进口机电产品229.6亿元，占20.5%: the whole named before, not a breakdown
        # (东盟…占中国外贸总值的15.2%。欧盟…3.68万亿元，占13.6%。美国…占11.2%: each partner's share of the whole the
        # first named, not of the partner's before it)
    if named:
        found = _named(doc, share, part, str(named)) or counted_whole(doc, part, str(named))
        return ([found], f"{named}") if found is not None else (None, "")
    market = market_of(doc, share, part) if MARKET.search(doc.before(share, 8)) else None
    if market is not None:
        return [market], f"the market's {market.get('metric')}"
    arm = arm_of(doc, share)
    if arm is not None and arm is not part and bounds(arm)[0] >= bounds(part)[0]:
        return [arm], "the group " + doc.before(arm, 4).lstrip("，,。；; ")  # 恶化1例(0.89%) of 治疗组112例
    siblings = _siblings(doc, part)
    if siblings:
        return siblings, "the breakdown " + "/".join(member_name(label(doc, c)) for c in siblings)
    paragraph = doc.paragraph(part)
    before = [c for c in reversed(doc.near(part))
              if int(c["end"]) <= int(part["start"]) and doc.paragraph(c) == paragraph]
    nearest = next((c for c in before if _a_total(doc, c, part)), None)
    if nearest is None:
        headed = whole_headed(doc, part)  # Of the total $54.6 billion: • 36 percent, or $19.8 billion, goes to …
        return ([headed], "the total the list is headed with") if headed is not None else (None, "")
    # two totals of one name before (新签约项目总投资1115.2亿元, 新落地项目总投资614.9亿元): the share is of the one it
    # agrees with, if either; the nearest is judged only when none does
    whole = nearest
    if not agrees(share, part, nearest):
        key, values = metric_key(nearest), {float(nearest["value"])}
        for claim in before:  # (of other values only: a value told again is the same total)
            if float(claim["value"]) not in values and metric_key(claim) == key and _a_total(doc, claim, part):
                values.add(float(claim["value"]))
                if agrees(share, part, claim):
                    whole = claim
                    break
    return [whole], str(whole.get("metric") or "the total before it")


def _a_total(doc: Doc, claim: dict, part: dict) -> bool:
    """Whether ``claim`` may be the total a part's share is of: a larger level of its unit, named as a total."""
    return claim["kind"] == "level" and same_unit(claim, part) and not claim.get("segment") \
        and not bracket(doc, claim) and not own_share_after(doc, claim) and bounds(claim)[0] > bounds(part)[1] \
        and membership(label(doc, claim)) is None \
        and (_TOTAL.search(str(claim.get("metric") or "") + label(doc, claim) + _row_name(doc, claim)) is not None
             or among_total(doc, claim))


def _row_name(doc: Doc, claim: dict) -> str:
    """The words since the figure before (a table's row: Total number of households consulted: 808)."""
    return re.split(r"\d", doc.before(claim, 50))[-1] if doc.before(claim, 2).endswith((":", ": ")) else ""


# The place a whole is named of (占江苏省进出口总值的56.7%): the text's own, whose total reads 我省外贸进出口总值
_OWNED = re.compile(rf"^(?:(?:{'|'.join(PROVINCES)})(?:省|市|自治区)?|我(?:省|市|区|县|国)|全(?:省|市|区|县|国))")


# A whole that is the whole market's (大盘), and the words that say an amount is (全国电影票房1.26亿元)
_THE_MARKET = re.compile(r"大盘|全市场|全行业")
_MARKET_WIDE = re.compile(rf"{_THE_MARKET.pattern}|全国|全球|全省|全市")


def _named(doc: Doc, share: dict, part: dict, whole: str) -> dict | None:
    """The amount the share names as its whole: the same quantity by name (营业收入, revenues), not itself a part
    (no segment, no share of its own), the same period as the share where one is, the nearest of those."""
    wanted = canonical(whole)
    words = {w for w in re.findall(r"[a-z]+", whole.lower()) if w not in _STOP}
    ranked = []
    same_time = bool(_SAME_TIME.match(whole))  # 占同期…的: of the part's own period, not the year's
    unplaced = _OWNED.sub("", plain(whole))  # 占江苏省进出口总值的: 进出口总值, of the text's own place
    placed = unplaced != plain(whole)  # a province's total, though a part of the nation's
    core = _THE_MARKET.sub("", plain(whole)).removeprefix("总") if _THE_MARKET.search(whole) else ""  # 大盘总票房: 票房
    for claim in doc.near(share):
        if claim is part or claim["kind"] != "level" or not same_unit(claim, part) or (
                claim.get("segment") and plain(claim["segment"]) not in plain(whole)) \
                or bounds(claim)[0] <= bounds(part)[1] or (is_a_part(doc, claim) and not placed) \
                or part_of_a_member(doc, claim, whole) \
                or bracket(doc, claim) or projected(claim) != projected(part) \
                or COUNTED_GROUP.match(str(claim.get("subject") or "")):
            continue  # 290家重点企业实现营业收入96.2亿元: a counted group's amount is a part, not the whole; a
            # forecast's total (预计年底将突破320亿元) no whole of the sales to date; a member's amount is a whole
            # only when the share names the member (对东盟进出口1571亿元 for 占福建省对东盟进出口总值的67.8%)
        name = canonical(metric_key(claim))
        if not name or not _same_count(doc, claim, whole) or _other_member(str(claim.get("metric") or name), whole) or (
                _THE_MARKET.search(whole) and not _MARKET_WIDE.search(name + doc.before(claim, 16))):
            continue  # (占大盘总票房的三分之一: the market's, not the film's 累计票房约7300万元)
        tokens = {w.rstrip("s") for w in re.findall(r"[a-z]+", name)} - _STOP
        exact = name == wanted
        near = doc.paragraph(claim) == doc.paragraph(share) and int(claim["end"]) <= int(part["start"])
        if exact or (len(name) >= 2 and (name in plain(whole) or plain(whole).endswith(name))) or (
                near and tokens and words and tokens <= {w.rstrip("s") for w in words}) or (
                len(plain(whole)) >= 3 and name.endswith(plain(whole))) or (
                len(unplaced) >= 3 and name.endswith(unplaced)) or (len(core) >= 2 and name.endswith(core)) or (
                words and tokens and {w.rstrip("s") for w in words} <= tokens | {w + "s" for w in tokens}) or \
                _names_whole(name, whole) or _whole_of_the_part_s_noun(name, whole, metric_key(part)):
            own_period = share.get("period") or part.get("period")
            period = not own_period or plain(claim.get("period")) == plain(own_period) or \
                (any(period_parts(own_period)) and period_parts(claim.get("period")) == period_parts(own_period)) or \
                (_FULL_PERIOD.search(str(claim.get("period") or "全年")) is not None and not same_time)
            if (same_time and own_period and not period) or past_year_against_part(claim.get("period"), own_period) \
                    or years_differ(claim.get("period"), own_period) or (  # 2012年's share, 2013年's total; 上半年's
                    not period and periods_conflict(claim.get("period"), own_period)  # share told so, 前三季度's
                    and stated_near(doc, part, str(own_period))):  # total (a time carried to it is unsure: below)
                continue  # 占同期…的97.7%: not a total of another time (1~3月's 103款 for 3月's 43款; 去年's share)
            later = int(claim["start"]) > int(share["start"])  # a whole is stated before its part, as a rule
            ranked.append((not exact, not period, later, abs(int(claim["start"]) - int(share["start"])),
                           claim["_index"]))
    if not ranked:
        return None
    own = str(share.get("period") or part.get("period") or "")
    periods = {period_parts(doc.period(doc.claims[r[-1]])) for r in ranked}
    if len(periods) > 1 and (not own or not stated_near(doc, part, own)):
        # totals of two times (3月份, 一季度) and a share whose sentence states none: the text's own time, the
        # lead's (一季度…264.5亿元, not 3月份's 106.8亿元, whatever time the paragraph carried to it), or unsure
        # (。其中三元电池产量累计22.5GWh，占总产量36.6%: a 其中 opening its sentence breaks down the sentence before,
        # whose time the part carries)
        lead = period_parts(own) if own and doc.text.startswith("其中", doc.sentence(part)[0]) \
            else period_parts(doc.period(doc.claims[0]))
        ranked = [r for r in ranked if any(lead) and _same_time(period_parts(doc.period(doc.claims[r[-1]])), lead)]
        if not ranked:
            return None
    return doc.claims[min(ranked)[-1]]


def _same_time(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Two periods' (year, part) alike, a year left unsaid by one of them (2月 and 2022年2月)."""
    return one[1] == other[1] and (not one[0] or not other[0] or one[0] == other[0])


# Words that say how a quantity is counted (全口径 by the industry body, 规模以上 enterprises only): a whole named with
# one (占全国全口径发电量的33.9%) is not an amount stated without it (全国发电量77790.6亿千瓦时), though both 发电量.
_COUNTED = re.compile(r"全口径|规模以上|规上|限额以上|限上|全社会")


def _same_count(doc: Doc, claim: dict, whole: str) -> bool:
    """Whether an amount is counted as the whole a share names is: every word of counting the whole has is said of
    the amount too, in its name or just before it."""
    said = f"{claim.get('subject') or ''}{claim.get('metric') or ''}{doc.before(claim, 16)}"
    return all(word in said for word in _COUNTED.findall(whole))


# Words of a named whole that say whose or when, not what: 占同期手机出货量的, 占全部消费品零售总额的, 占全省出口总值的.
_WHOLE_NOISE = re.compile(r"^(?:同期|当期|同月|当月|全年|全部|全体|全市|全省|全国|全县|全区|我国|整体|总体)+")
_TOTAL_WORDS = re.compile(r"(?:总值|总额|总量|总数|规模)$")
_COUNT_OF = re.compile(r"^总(?=.+(?:数量|量|数)$)|(?:数量|量|数)$")  # 总投诉量, 总项目数: the number of the things


def _whole_of_the_part_s_noun(name: str, whole: str, part: str) -> bool:
    """汽车保有量…占机动车总量86.59%: the whole named short (机动车) is the amount named by it and the part's noun."""
    short = _WHOLE_NOISE.sub("", plain(whole))
    noun = name.removeprefix(short) if len(short) >= 2 else name
    return noun != name and len(noun) >= 2 and noun.endswith(("量", "额")) and part.endswith(noun) \
        and not part.startswith(short)  # (接待 + 游客: a verb's object, not the count of a thing)


def _names_whole(name: str, whole: str) -> bool:
    """Whether an amount's name is the whole a share names, once the whole's words of owner and time are set aside:
    the same name at the end (消费品零售总额 of 社会消费品零售总额), or the same last word with the whole's other
    words in the name (手机出货量 and 手机市场总体出货量; 规上服务业收入 and 规上服务业营业收入)."""
    bare = _WHOLE_NOISE.sub("", plain(whole))
    if len(bare) >= 2 and canonical(bare) == name:
        return True  # 我国外贸总值 and 货物贸易进出口总值: one quantity by its synonyms
    if len(_TOTAL_WORDS.sub("", bare)) >= 2 and _TOTAL_WORDS.sub("", bare) == _TOTAL_WORDS.sub("", name):
        return True  # 全省出口总值 and 出口规模: one quantity, its total or its scale
    if (counted := _COUNT_OF.sub("", bare)) != bare and len(counted) >= 2 and name.endswith(counted):
        return True  # 总投诉量, 总投诉数量 and 受理消费者投诉: the number of complaints, named by them
    for wanted in {bare, _TOTAL_WORDS.sub("", bare)}:
        if len(wanted) < 2 or len(name) < 2:
            continue
        if name.endswith(wanted) and len(wanted) >= 3:
            return True
        if wanted.startswith("总") and len(wanted) >= 3 and name.endswith(wanted[1:]):
            return True  # 总产量 and 动力电池产量: the total of the quantity, named by it
        shared = len(shared_end([wanted, name]))
        rest = wanted[:len(wanted) - shared]
        if shared >= 2 and len(rest) >= 2 and rest in name[:len(name) - shared]:
            return True
    return False




def _other_member(name: str, whole: str) -> bool:
    """Whether an amount's name and the whole a share names are of different members of a breakdown, or one of a
    member and one of the total: 出口8061.1亿元 is not 外贸进出口总值, 进出口总值5.44万亿元 is not 出口总值, though
    one name stands within the other."""
    return membership(name) != membership(whole)


def _siblings(doc: Doc, part: dict) -> list[dict]:
    """The members of the breakdown the part belongs to, when every member is stated (男性224人…女性179人)."""
    found = membership(label(doc, part))
    if found is None or found[0] not in COMPLETE:
        return []
    found = found[0]
    members: dict[str, dict] = {}
    for claim in doc.paragraph_near(part):
        if claim["kind"] != "level" or not same_unit(claim, part) or bracket(doc, claim) or \
                periods_conflict(doc.period(claim), doc.period(part)):
            continue  # 3~8月进出口值在330~380亿元: a monthly range, no member of this period's breakdown
        names = [m for m in found if m in label(doc, claim)]
        if len(names) == 1:
            members.setdefault(names[0], claim)
    return list(members.values()) if len(members) == len(found) else []

