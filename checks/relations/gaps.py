"""A rate said to be above (or below) another rate by so many points: 同比增长0.6%，高于全市规上服务业增速0.4个百分点;
进口增速快于出口14.8个百分点; 同比增长10.5%，高出总体增幅2.3个百分点.

Real writers name the rival rate, not its figure: the figure stands elsewhere in the document, stated for the
quantity the name gives. The gap must be the difference of the two rates (growth_vs_levels); a gap written in percent
that is the difference in points, not the relative one, is percent_vs_pp. A rival is taken only when its name finds
one figure: the same quantity (出口 → 出口增速; 规上服务业 → 规上服务业营业收入), or, named 总体 or 整体 alone, the
whole the own figure is part of (对一带一路沿线国家进出口 → 外贸进出口). Any doubt, no relation.

A rival named before the verb as a group (满意度44%，较镇区高出10个百分点) is that group's rate of the same quantity,
stated just before (group_gaps).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.extract.zh.context import RATE_NAME_END
from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    canonical,
    distance,
    interval_text,
    metric_key,
    plain,
    shared_end,
    shown,
    signed,
)
from checks.relations.periods import periods_conflict

# The comparison before a gap, in its clause: 高于全市规上服务业增速 | 进口增速快于出口 | 较镇区明显高出.
_ABOVE = r"高于|快于|高出|超出|超过|领先于?"
_BELOW = r"低于|慢于|落后于?"
COMPARISON = re.compile(rf"^(?P<own>[^，,。；;：:\d]*?)(?P<word>{_ABOVE}|{_BELOW})(?P<rival>[^，,。；;：:\d]{{1,16}})$")
# Words of a name that say which figure, not what quantity: the owner, the period, "rate", "overall".
_NOISE = re.compile(r"全省|全市|全国|全区|全县|本省|本市|同期|该季度|[一二三四]季度|上半年|下半年|"
                    r"前[一二三四五六七八九十]+个?月|今年|去年|上年|整体|总体|平均水平|平均|水平|增速|增幅|增长率|增长|的|[“”\"'‘’]")
_WHOLE = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:总体|整体)(?:增速|增幅|增长)?$")
# What may follow the quantity's name in a rival's metric: 规上服务业 → 规上服务业营业收入.
_TAILS = {"营业收入", "营收", "收入", "增加值", "总额", "总值", "产值", "规模", "额"}
_AMOUNT_END = re.compile(r"(?:总值|总额|值)$")
_REACH = 120  # claims before a gap where its rival may stand


def rate_gaps(doc: Doc) -> Iterable[Relation]:
    for gap in doc.claims:
        if gap["kind"] not in ("change", "growth", "share") or gap["unit"] not in ("pp", "percent") \
                or gap.get("base_value") is not None or gap.get("level_after") is not None:
            continue
        start = doc.sentence(gap)[0]
        clause = re.split(r"[，,。；;：:]", doc.text[max(start, int(gap["start"]) - 30):int(gap["start"])])[-1]
        found = COMPARISON.match(clause.strip())
        if found is None or (gap["kind"] == "share" and found.group("rival").endswith("的")):
            continue  # 高于全国的45%: the rival's own figure, not a gap (relation "compared")
        if "分别" in found.group("own"):
            yield from _respective_gaps(doc, gap, found)
            continue
        own = _own(doc, gap, found.group("own"))
        if own is None:
            continue
        rival = _rival(doc, gap, own, found.group("rival"))
        if rival is None or rival is own or (rival["value"] == own["value"] and _key(rival) == _key(own)):
            continue  # (民营企业进出口增长10.4%，高出外贸整体增速7.6个百分点: not its own rate stated again)
        relation = judge(doc, gap, own, rival, below=bool(re.fullmatch(_BELOW, found.group("word"))))
        if relation is not None:
            yield relation


_LISTED_GAP = re.compile(r"\s*(?:和|、|及)\s*")


def _respective_gaps(doc: Doc, gap: dict, found: re.Match[str]) -> Iterable[Relation]:
    """装备制造业增长6.4%，高技术制造业增长8.6%，分别快于全部规上工业1.9和4.1个百分点: the gaps listed, each of the
    rate in its place among as many rates closing the clauses before, against the one rival."""
    sentence = doc.in_sentence(gap)
    at = next(i for i, c in enumerate(sentence) if c is gap)
    gaps = [gap]
    for following in sentence[at + 1:]:
        if following["unit"] != "pp" or not _LISTED_GAP.fullmatch(doc.between(gaps[-1], following)):
            break
        gaps.append(following)
    owns = sentence[max(0, at - len(gaps)):at]
    if len(gaps) < 2 or len(owns) != len(gaps) or not all(_rate(c) for c in owns) \
            or len(re.findall(r"[，,]", doc.between(owns[-1], gap))) != 1 \
            or not all(_LISTED_GAP.fullmatch(doc.between(a, b)) or len(re.findall(r"[，,]", doc.between(a, b))) == 1
                       for a, b in pairwise(owns)):  # (分别增长11.9%、8.8%和8.8%，分别快于…: the rates listed too)
        return
    rival = _rival(doc, owns[0], owns[0], found.group("rival"))  # (named before the list: none of its rates)
    if rival is None or any(rival is own for own in owns):
        return
    for listed, own in zip(gaps, owns, strict=True):
        relation = judge(doc, listed, own, rival, below=bool(re.fullmatch(_BELOW, found.group("word"))))
        if relation is not None:
            yield relation


# 满意度高至44%，较镇区明显高出10个百分点 | 增长8.2%，比农村低1.5个百分点: the rival is named before the verb, and it is
# a group (a place, a kind of people), not a quantity: its figure is the same quantity said of that group just before.
GROUP_COMPARISON = re.compile(
    r"(?:较|比)(?P<rival>[\u4e00-\u9fff]{2,8}?)(?:明显|略|稍|要|还)?(?P<word>高出|高|低|多|少)$")
_TIMES = re.compile(r"[年月日周]|季度|同期|期末|期初|以前|以来|此前|之前")
# Words two clauses share that say nothing of what is measured.
_EMPTY_WORDS = {"增长", "同比", "比重", "比例", "占比", "达到", "为主", "合计", "下降", "上升", "提高", "居民", "其中"}
_GROUP_REACH = 200  # characters before the own rate where the group's rate may stand


def group_gaps(doc: Doc) -> Iterable[Relation]:
    """A rate, then its gap to a group's (满意度44%，较镇区高出10个百分点): the group's rate is the one rate of the
    same kind in the sentences just before, in the paragraph, whose sentence names the group before it and whose
    clause shares a word of what is measured with the own rate's clause (满意). Any doubt, no relation."""
    for gap in doc.claims:
        if gap["kind"] not in ("change", "growth") or gap["unit"] not in ("pp", "percent") \
                or gap.get("base_value") is not None or gap.get("level_after") is not None:
            continue
        start = doc.sentence(gap)[0]
        clause = re.split(r"[，,。；;：:]", doc.text[max(start, int(gap["start"]) - 30):int(gap["start"])])[-1]
        found = GROUP_COMPARISON.search(clause.strip())
        if found is None:
            continue
        name = found.group("rival")
        if len(_NOISE.sub("", name)) < 2 or _TIMES.search(name):
            continue
        index = int(gap["_index"])
        own = doc.claims[index - 1] if index else None  # the rate closing the clause before (满意度为55%，较…)
        if own is None or not doc.same_sentence(own, gap) or not _rate(own) \
                or len(re.findall(r"[，,]", doc.between(own, gap))) > 1:
            continue
        rival = _group_rate(doc, own, name)
        if rival is not None:
            relation = judge(doc, gap, own, rival, below=found.group("word") in ("低", "少"))
            if relation is not None:
                yield relation


def _bigrams(text: str) -> set[str]:
    words = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    return {words[i:i + 2] for i in range(len(words) - 1) if " " not in words[i:i + 2]} - _EMPTY_WORDS


def _clause_of(doc: Doc, claim: dict) -> str:
    start = doc.sentence(claim)[0]
    return re.split(r"[，,；;：:]", doc.text[max(start, int(claim["start"]) - 30):int(claim["start"])])[-1]


def _group_rate(doc: Doc, own: dict, name: str) -> dict | None:
    own_start = int(own["start"])
    if name in doc.text[max(doc.sentence(own)[0], own_start - _GROUP_REACH):own_start]:
        return None  # the own rate is the group's
    measured = _bigrams(_clause_of(doc, own))
    index = int(own["_index"])
    matched = []
    for claim in doc.claims[max(0, index - 30):index]:
        if not _rate(claim) or _growth(claim) != _growth(own) or doc.same_sentence(claim, own) \
                or own_start - int(claim["end"]) > _GROUP_REACH or doc.paragraph(claim) != doc.paragraph(own):
            continue
        sentence_start = doc.sentence(claim)[0]
        if name in doc.text[max(sentence_start, int(claim["start"]) - _GROUP_REACH):int(claim["start"])] \
                and measured & _bigrams(_clause_of(doc, claim)):
            matched.append(claim)
    return matched[-1] if len({float(c["value"]) for c in matched}) == 1 else None


def _rate(claim: dict) -> bool:
    return claim["unit"] == "percent" and claim["kind"] in ("growth", "share", "ratio", "level")


def _growth(claim: dict) -> bool:
    """A growth rate, also when read as a level of a rate named as one (进口增速同比达17.3%)."""
    return claim["kind"] == "growth" or bool(RATE_NAME_END.search(str(claim.get("metric") or "")))


def _key(claim: dict) -> str:
    return _NOISE.sub("", metric_key(claim, synonyms=False))


def _own(doc: Doc, gap: dict, named: str) -> dict | None:
    """The rate the gap is said of: named in the gap's clause (进口增速快于出口), else the rate closing the clause
    before (同比增长0.6%，高于…)."""
    name = _NOISE.sub("", plain(named))
    if len(name) >= 2:
        return _named(doc, gap, name, whole_of=None, growth=bool(RATE_NAME_END.search(named)) or None)
    sentence = [c for c in doc.in_sentence(gap) if int(c["end"]) <= int(gap["start"])]
    if len(sentence) >= 2 and sentence[-1]["unit"] == "pp" and sentence[-1].get("basis") \
            and _rate(sentence[-2]) and len(re.findall(r"[，,]", doc.between(sentence[-2], gap))) <= 2:
        # 增长18.4%，较1月至9月提高0.6个百分点，高于全部规上工业增速10.7个百分点: past the rate's own move
        return sentence[-2]
    if not sentence or not _rate(sentence[-1]) or len(re.findall(r"[，,]", doc.between(sentence[-1], gap))) > 1:
        return None
    return sentence[-1]


def _rival(doc: Doc, gap: dict, own: dict, named: str) -> dict | None:
    name = plain(named)
    core = _NOISE.sub("", name)
    # 全省出口整体增速: the quantity named (出口); 外贸整体增速, 总体增幅: no figure of that name, so the whole
    found = _named(doc, gap, core, whole_of=None, growth=_growth(own), besides=own) if len(core) >= 2 else None
    if found is None and _WHOLE.match(name):
        return _named(doc, gap, "", whole_of=own, growth=_growth(own))
    if found is None and (average := _AVERAGE_OF_THE_OWNER.fullmatch(name)) and own.get("segment"):
        overall = _overall(doc, gap, own)  # (高于全省平均: not the city's own rate the text opens with)
        return None if overall is not None and _other_scope(overall, _SCOPE.match(average.group(0)).group(0)) \
            else overall
    if found is not None and (scope := _SCOPE.match(name)) and _other_scope(own, scope.group(0)) \
            and not plain(found.get("subject")).startswith(scope.group(0)):
        return None  # 全区's rate above 全市规上工业平均水平: the city's rate, not the district's stated elsewhere
    return found  # 较镇区高出: a place, not a quantity


_SCOPE = re.compile(r"全省|全市|全国|全区|全县")


def _other_scope(own: dict, scope: str) -> bool:
    """Whether a figure is said of a whole other than ``scope`` (全区's, set against 全市's)."""
    found = _SCOPE.match(plain(own.get("subject")))
    return found is not None and found.group(0) != scope


# 高于全省平均水平3.4个百分点: the rate of the whole the text reports on, said of a member
_AVERAGE_OF_THE_OWNER = re.compile(rf"(?:{_SCOPE.pattern})(?:的)?(?:平均水平|平均|整体水平|总体水平)(?:增速|增幅)?")


_OPENING_FIGURES = 40  # the figures of a text's opening, where the whole's rate is stated


def _overall(doc: Doc, gap: dict, own: dict) -> dict | None:
    """The whole's rate a member's is compared with as the average: the first rate of the text of the own's kind,
    of no member and of no other time (1-4月，全省规模以上工业增加值同比增长8.5% … 小型企业增长11.9%，高于全省平均水平
    3.4个百分点)."""
    for claim in doc.claims[:min(int(gap["_index"]), _OPENING_FIGURES)]:
        if _rate(claim) and _growth(claim) == _growth(own) and claim is not own:
            if claim.get("segment") or periods_conflict(doc.period(claim), doc.period(own)) \
                    or (_named_key(claim) and _named_key(own) and len(shared_end([_key(claim), _key(own)])) < 2):
                return None  # (服务业增加值 against the text's first rate, 生产总值's: another quantity's average)
            return claim
    return None


def _named_key(claim: dict) -> str:
    """A rate's key when its reading names a quantity (not an empty metric read as "nan")."""
    key = _key(claim) if plain(claim.get("metric")) not in ("", "nan", "none") else ""
    return key if len(key) >= 3 else ""  # (企业 for 小型企业's rate: an owner's word, no quantity named)


def _named(doc: Doc, gap: dict, name: str, whole_of: dict | None, growth: bool | None,
           besides: dict | None = None) -> dict | None:
    """The one rate before ``gap`` whose quantity the name gives (or, with ``whole_of``, the whole that rate's
    quantity is part of); None when none or several disagree."""
    index = int(gap["_index"])
    candidates = [c for c in doc.claims[max(0, index - _REACH):index] if _rate(c) and c is not besides
                  and (growth is None or _growth(c) == growth)]
    if whole_of is not None:
        # 一带一路沿线国家|进出口: the member read apart from its quantity is still part of the part's name
        part = plain(whole_of.get("segment")) + metric_key(whole_of)
        bare = _AMOUNT_END.sub("", part)  # 对一带一路国家进出口值 is part of 进出口 as well
        matched = [c for c in candidates if len(canonical(_key(c))) >= 2 and c is not whole_of
                   and any(p.endswith(canonical(_key(c))) and canonical(_key(c)) != p
                           and not p.endswith(f"进{canonical(_key(c))}") for p in (part, bare))]  # (出口 in 进出口)
        longest = max((len(canonical(_key(c))) for c in matched), default=0)  # 进出口, not the 出口 in its name
        matched = [c for c in matched if len(canonical(_key(c))) == longest]
    else:
        matched = [c for c in candidates if _names(name, _key(c))]
    if whole_of is None and len({float(c["value"]) for c in matched}) > 1 and any(c.get("segment") for c in matched):
        # 规上服务业 names the whole's rate, not a member's (其中，核算相关重点行业同比增长12.3%)
        matched = [c for c in matched if not c.get("segment")] or matched
    if len({float(c["value"]) for c in matched}) > 1:
        # 前10月增长7.7%，其中10月当月增长5.6%: the rival of the gap's own time
        matched = [c for c in matched if doc.period(c) and doc.period(c) == doc.period(gap)]
    values = {float(c["value"]) for c in matched}
    return matched[-1] if len(values) == 1 else None


def _names(name: str, key: str) -> bool:
    """Whether a name gives a figure's quantity: the same, the name ending with it (广东省进口 and 进口), or it
    the name and a word of amount after (规上服务业营业收入)."""
    if len(key) < 2:
        return False
    # (全部规上工业增速 is 规模以上工业增加值's: 规上 is short for 规模以上, 全部 says all of them)
    name, key = name.removeprefix("全部").replace("规模以上", "规上"), key.replace("规模以上", "规上")
    return key == name or (name.endswith(key) and not name.endswith(f"进{key}")) \
        or (key.startswith(name) and key[len(name):] in _TAILS)  # (福建省进出口 names no 出口: 进 makes it trade)


def judge(doc: Doc, gap: dict, own: dict, rival: dict, below: bool) -> Relation | None:
    first, second = signed(own, bounds(own)), signed(rival, bounds(rival))
    points = (first[0] - second[1], first[1] - second[0])
    stated = bounds(gap)
    if below:  # 低于…2个百分点: the own rate is the smaller
        stated = (-stated[1], -stated[0])
    claims = (rival, own, gap)
    if gap["unit"] == "pp":
        arithmetic = (f"{_moved(own)} against {_moved(rival)} is {interval_text(points)} percentage points allowing "
                      f"for rounding; stated {shown(gap)} {'lower' if below else 'higher'}")
        return Relation(doc.name, "growth_vs_levels", claims, gap.get("metric"), stated, points,
                        distance(stated, points), arithmetic)
    if second[0] <= 0 or distance(stated, points) > 0:
        return None  # a gap in percent that is not the points either: relative, or not read right
    relative = ((first[0] / second[1] - 1) * 100, (first[1] / second[0] - 1) * 100)
    if distance(stated, relative) == 0:
        return None
    arithmetic = (f"{_moved(own)} against {_moved(rival)}: {interval_text(points)} percentage points, "
                  f"{interval_text(relative)}% in relative terms; {shown(gap)} looks like percentage points written "
                  f"as percent")
    return Relation(doc.name, "percent_vs_pp", claims, gap.get("metric"), stated, points, 0.0, arithmetic, mixed=True)


def amount_gap(doc: Doc, gap: dict, own: dict, other: dict, below: bool) -> Relation:
    """An amount said to stand so much above (or, ``below``, beneath) another: the own figure less the other against
    the gap (growth_vs_levels), every rounding allowed (比全市低2568元(全市为21585元); higher by 7.83 million tonnes
    than … 107.80 million tonnes)."""
    first, second = signed(own, bounds(own)), signed(other, bounds(other))
    difference = (first[0] - second[1], first[1] - second[0])
    stated = bounds(gap)
    if below:
        stated = (-stated[1], -stated[0])
    arithmetic = (f"{shown(own)} against {shown(other)} is a difference of {interval_text(difference)} allowing for "
                  f"rounding; stated {shown(gap)} {'lower' if below else 'higher'}")
    return Relation(doc.name, "growth_vs_levels", (other, own, gap), gap.get("metric"), stated, difference,
                    distance(stated, difference), arithmetic)


def _moved(rate: dict) -> str:
    """A rate as the arithmetic takes it: a fall said in words (同比下降11%) with its minus sign (-11%)."""
    text = shown(rate)
    return f"-{text}" if rate.get("direction") == "down" and text[:1].isdigit() else text
