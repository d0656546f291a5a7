"""Checks across claims: the relations table, one row per group or pair of claims that must agree.

Each row states a relation between claims of one document and precomputes its arithmetic, so that a suite
(expectations/consistency.json) judges it with ordinary expectations and users tune thresholds in JSON:

- shares_of_whole: shares that are parts of one whole (分别占…, 线上/线下, 男性/女性); ``gap`` is how far the
  smallest possible sum (each figure less half its last digit) exceeds 100.
- part_vs_whole: a part (其中…) larger than its whole, or quarters/halves that add up to more than the stated
  full-year total; ``gap`` is the excess of the parts over the whole.
- restated: the same quantity stated twice (same metric, unit, kind, direction, basis, period); ``gap`` is the
  distance between the two intervals.
- growth_vs_levels: a rate, a percentage-point change or a doubling against the before and after levels it
  describes (从A增长到B, 增长r); ``gap`` is the distance between the stated and the implied interval.
- percent_vs_pp: a change stated in percent that equals the percentage-point difference of the stated rates
  (从35%提高到38%，提高了3%); ``mixed`` is true.
- grim: a percentage that no whole number of respondents out of the stated sample can produce; ``possible``
  is false.

How claims are linked, and the limits of it, is in README ("Consistency").
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from checks.evidence import claim_interval, stated_precision

RELATIONS = ("shares_of_whole", "part_vs_whole", "restated", "growth_vs_levels", "percent_vs_pp", "grim")
COLUMNS = ("relation_id", "doc", "relation", "claim_ids", "texts", "start", "metric", "stated_low", "stated_high",
           "implied_low", "implied_high", "gap", "mixed", "possible", "arithmetic")

# Labels of the parts of a whole that partition it: one of each may be summed.
PARTITIONS = (
    ("线上", "线下"), ("城镇", "农村"), ("城市", "农村"), ("男性", "女性"), ("男", "女"), ("国内", "海外"),
    ("国内", "国际"), ("境内", "境外"), ("一线", "二线", "三线", "四线", "五线", "新一线"),
    ("东部", "中部", "西部", "东北"),
    ("第一产业", "第二产业", "第三产业"), ("自营", "第三方"), ("新客", "老客"), ("新用户", "老用户"),
)
SHARE_OF = re.compile(r"占|比重|份额|构成")
# 分别占 (the verb) lists parts of one whole; 占比分别为 lists each entity's own ratio, which may add up to anything.
RESPECTIVELY = re.compile(
    r"分别占(?:据|到|了)?[^，,。；;占比]{0,12}的?\s*$"  # 分别占38%、45%: parts of one whole
    r"|占[^，,。；;占比]{1,16}的(?:比重|比例|份额)分别为\s*$"  # 占地区生产总值的比重分别为: the whole is named
)
LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及|,|，)\s*")
# 从(上年的)A … 到(2023年末的)B: a period phrase may stand between the word and the figure.
FROM = re.compile(r"(?:从|由)[^，,。；;从由到至]{0,12}?的?\s*$")
TO = re.compile(r"^[^，,。；;]{0,6}?(?:到|至)[^，,。；;到至]{0,12}?的?\s*$")
PART = re.compile(r"其中")
LEAD_END = re.compile(r"[。！？!?\n]|\u3000\u3000")
PART_BEFORE = re.compile(r"其中[^。！？；;]*$")
AVERAGE = re.compile(r"人均|平均|均价|日均|户均|场均|每")
QUARTER_LIST = re.compile(
    r"(?:第?一(?:季度)?至第?四季度|[1１][-—至~][4４]季度|一至四季度|各季度|四个季度)[^。；;]{0,16}分别")
HALF_LIST = re.compile(r"上[、和]下半年[^。；;]{0,16}分别")
TOTAL = re.compile(r"全年|合计|总计|共计|累计|总额|总量|全年累计")
QUARTERS = (("一季度", "第一季度", "1季度", "Q1"), ("二季度", "第二季度", "2季度", "Q2"),
            ("三季度", "第三季度", "3季度", "Q3"), ("四季度", "第四季度", "4季度", "Q4"))
HALVES = (("上半年",), ("下半年",))


@dataclass(frozen=True)
class Relation:
    doc: str
    relation: str
    claims: tuple[dict, ...]
    metric: str | None
    stated: tuple[float, float]
    implied: tuple[float, float]
    gap: float
    arithmetic: str
    mixed: bool = False
    possible: bool = True

    def row(self) -> dict[str, object]:
        ids = [c["claim_id"] for c in self.claims]
        digest = hashlib.blake2b("\x1f".join([self.relation, *ids]).encode(), digest_size=5).hexdigest()
        return {
            "relation_id": f"r{digest}", "doc": self.doc, "relation": self.relation, "claim_ids": " ".join(ids),
            "texts": " | ".join(str(c["text"]) for c in self.claims), "start": int(self.claims[0]["start"]),
            "metric": self.metric, "stated_low": _finite(self.stated[0]), "stated_high": _finite(self.stated[1]),
            "implied_low": _finite(self.implied[0]), "implied_high": _finite(self.implied[1]),
            "gap": round(self.gap, 9), "mixed": self.mixed, "possible": self.possible, "arithmetic": self.arithmetic,
        }


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _num(value: float) -> str:
    return f"{value:,.10g}"


def _fmt(claim: dict) -> str:
    return str(claim["text"])


def precision(claim: dict) -> float:
    if "番" in str(claim["text"]):
        return 0.0  # 翻番 is exactly a doubling, not "about 100"
    return stated_precision(str(claim["text"]), float(claim["value"]))


def bounds(claim: dict) -> tuple[float, float]:
    """The values a claim allows, widened by half its last digit (rounding), open ends infinite: the same interval
    evidence is compared with."""
    return claim_interval(claim, precision(claim))


def signed(claim: dict, interval: tuple[float, float]) -> tuple[float, float]:
    """A change as a signed interval: a fall of 5% is -5%."""
    if claim.get("direction") == "down":
        return -interval[1], -interval[0]
    return interval


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """0 when two intervals overlap, else the gap between them."""
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0.0


def _label(text: str, claim: dict) -> str:
    """The few characters before a claim in its clause (what it is a share or part of)."""
    start = int(claim["start"])
    window = text[max(0, start - 14):start]
    return re.split(r"[，,。；;：:]", window)[-1]


def _partition_of(labels: list[str]) -> bool:
    """Whether the labels name different members of one partition (线上 and 线下)."""
    for partition in PARTITIONS:
        members = []
        for label in labels:
            found = [m for m in partition if m in label]
            if len(found) != 1:
                break
            members.append(found[0])
        else:
            if len(set(members)) == len(members) >= 2:
                return True
    return False


def _by_sentence(claims: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for claim in claims:
        groups.setdefault(claim["sentence"], []).append(claim)
    return groups


def shares_of_whole(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for sentence_claims in _by_sentence(claims).values():
        shares = [c for c in sentence_claims if c["kind"] == "share" and c["unit"] == "percent"]
        if len(shares) < 2:
            continue
        first = shares[0]
        clause_before = _label(text, first)
        enumerated = all(LIST_GAP.fullmatch(text, int(a["end"]), int(b["start"])) for a, b in pairwise(shares))
        lead = text[max(0, int(first["start"]) - 20):int(first["start"])]
        respectively = enumerated and RESPECTIVELY.search(lead) is not None
        labels = [_label(text, c) for c in shares]
        partitioned = all(SHARE_OF.search(label) for label in labels) and _partition_of(labels)
        if not (respectively or partitioned):
            continue
        lows = [max(0.0, bounds(c)[0]) for c in shares]
        total = sum(lows)
        gap = max(0.0, total - 100.0)
        arithmetic = (" + ".join(_fmt(c) for c in shares) + f" = {_num(sum(float(c['value']) for c in shares))}%"
                      + (f" > 100% (at least {_num(round(total, 6))}% allowing for rounding)" if gap else " ≤ 100%")
                      + f" (shares of one whole: {clause_before or first.get('metric') or ''})")
        yield Relation(doc, "shares_of_whole", tuple(shares), first.get("metric"), (total, total), (0.0, 100.0), gap,
                       arithmetic)


def _enumeration(text: str, claims: list[dict], first: int) -> list[dict]:
    """The claims listed together from ``claims[first]`` on: same unit, only list words between them."""
    listed = [claims[first]]
    for claim in claims[first + 1:]:
        if claim["unit"] != listed[-1]["unit"] or not LIST_GAP.fullmatch(text, int(listed[-1]["end"]),
                                                                         int(claim["start"])):
            break
        listed.append(claim)
    return listed


def _same_unit(a: dict, b: dict) -> bool:
    """Same unit, and for counts the same counter (家 and 款 count different things)."""
    if a["unit"] != b["unit"]:
        return False
    def counter(claim: dict) -> str:
        return str(claim["text"]).rstrip("以上左右余多")[-1:]

    return a["unit"] != "count" or counter(a) == counter(b)


def _is_average(text: str, claim: dict) -> bool:
    return bool(AVERAGE.search(_label(text, claim)) or AVERAGE.search(str(claim.get("metric") or "")))


def part_vs_whole(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    levels = [c for c in claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp")
              and not _is_average(text, c)]
    yield from _parts_after_among(doc, text, levels)
    yield from _periods_against_total(doc, text, levels)


def _parts_after_among(doc: str, text: str, levels: list[dict]) -> Iterable[Relation]:
    """其中: the part (or the parts listed with 分别, or members of one partition) against the whole before it.

    The whole is the largest candidate of the same unit in the part's sentence or the one or two before it in its
    paragraph, or the sum of candidates listed together (一季度至四季度分别…，其中上半年…): 其中 may refer to a total,
    not to the figure just before it, so only what exceeds every reading is flagged.
    """
    index = 0
    while index < len(levels):
        part = levels[index]
        marker = PART_BEFORE.search(text, max(0, int(part["start"]) - 30), int(part["start"]))
        if marker is None:
            index += 1
            continue
        parts = _enumeration(text, levels, index)
        lead = text[marker.start():int(part["start"])]
        summed = len(parts) > 1 and ("分别" in lead or _partition_of([_label(text, c) for c in parts]))
        parts = parts if summed else [part]
        marker_at = marker.start()
        candidates = [c for c in levels if int(c["end"]) <= marker_at and _same_unit(c, part)
                      and _near_before(text, c, marker_at)]
        index += len(parts)
        if not candidates:
            continue
        wholes = [(bounds(c)[1], (c,)) for c in candidates]
        for position in range(len(candidates)):  # candidates listed together stand for their sum
            listed = _enumeration(text, candidates, position)
            if len(listed) > 1:
                wholes.append((sum(bounds(c)[1] for c in listed), tuple(listed)))
        whole_high, whole = max(wholes, key=lambda w: w[0])
        stated = sum(bounds(p)[0] for p in parts)
        gap = max(0.0, stated - whole_high)
        shown_whole = " + ".join(_fmt(c) for c in whole)
        shown_parts = " + ".join(_fmt(p) for p in parts)
        arithmetic = (f"part{'s' if len(parts) > 1 else ''} {shown_parts}"
                      f"{' = ' + _num(sum(float(p['value']) for p in parts)) if len(parts) > 1 else ''}"
                      f" {'>' if gap else '≤'} whole {shown_whole} ({_num(sum(float(c['value']) for c in whole))}"
                      f" {part['unit']})")
        yield Relation(doc, "part_vs_whole", (*whole, *parts), whole[0].get("metric"), (stated, stated),
                       (-math.inf, whole_high), gap, arithmetic)


def _near_before(text: str, claim: dict, offset: int) -> bool:
    """Whether ``claim`` stands in the same paragraph as ``offset``, at most two sentences before it."""
    between = text[int(claim["end"]):offset]
    return "\n" not in between and "\u3000\u3000" not in between and len(re.findall(r"[。！？!?]", between)) <= 2


def _periods_against_total(doc: str, text: str, levels: list[dict]) -> Iterable[Relation]:
    """Quarters (or halves) of a year against the one full-year total of the same unit."""
    for names, listed_by in ((QUARTERS, QUARTER_LIST), (HALVES, HALF_LIST)):
        parts = None
        for index, claim in enumerate(levels):  # 一季度至四季度分别实现营业收入12.4亿元、15.1亿元…
            if listed_by.search(text, max(0, int(claim["start"]) - 40), int(claim["start"])):
                listed = _enumeration(text, levels, index)
                if len(listed) == len(names):
                    parts = listed
                    break
        if parts is None:  # 一季度营收20亿元，二季度营收25亿元…
            found = []
            for labels in names:
                matches = [c for c in levels
                           if any(n in _label(text, c) or n in str(c.get("period") or "") for n in labels)]
                found.append(matches[0] if len(matches) == 1 else None)
            parts = None if any(p is None for p in found) else found
        if parts is None or len({p["unit"] for p in parts}) != 1:
            continue
        unit = parts[0]["unit"]
        totals = [c for c in levels if c["unit"] == unit and c not in parts and TOTAL.search(_label(text, c))]
        if len(totals) != 1:
            continue
        total = totals[0]
        low = sum(bounds(p)[0] for p in parts)
        gap = max(0.0, low - bounds(total)[1])
        arithmetic = (" + ".join(_fmt(p) for p in parts) + f" = {_num(sum(float(p['value']) for p in parts))}"
                      + f" {'>' if gap else '≤'} total {_fmt(total)} ({_num(float(total['value']))} {unit})")
        yield Relation(doc, "part_vs_whole", (total, *parts), total.get("metric"), (low, low),
                       (-math.inf, bounds(total)[1]), gap, arithmetic)


GENERIC_METRICS = {"比例", "占比", "比重", "增速", "增幅", "规模", "数量", "总额", "总量", "同比", "收入", "销量"}
_PUNCTUATION = re.compile(r"[\s，,。；;：:、“”\"'（）()]")


def _same_metric(a: str | None, b: str | None, loose: bool = False) -> bool:
    """The same measured phrase: equal once punctuation is gone, specific enough (3+ characters, not 占比); one may
    end with the other when it has 4+ characters, or 3+ (净利润) where a headline is restated (``loose``)."""
    a, b = _PUNCTUATION.sub("", a or ""), _PUNCTUATION.sub("", b or "")
    if len(a) < 3 or len(b) < 3 or a in GENERIC_METRICS or b in GENERIC_METRICS:
        return False
    shortest = 3 if loose else 4
    return a == b or (a.endswith(b) and len(b) >= shortest) or (b.endswith(a) and len(a) >= shortest)


_SUBJECT_NOISE = re.compile(r"[\d.%]|同比|环比|实现|达到|达|为|共|约|累计|了|全年|上半年|下半年|今年|去年|"
                            r"一季度|二季度|三季度|四季度|前三季度|首日|当日|期间|分别|其中|突破|首破|超过|超|逾|近|"
                            r"增长|增加|提升|提高|下降|减少")


def _opening(text: str, claim: dict) -> str:
    """The sentence up to a claim (at most 30 characters): it names the subject even when the clause does not."""
    start = int(claim["start"])
    return re.split(r"[。！？!?\n]|\u3000\u3000", text[max(0, start - 30):start])[-1]


def _different_owners(a: str, b: str, metric: str) -> bool:
    """Whether the words just before the metric in two openings name two different owners (北岭乳业, 南山乳业)."""
    owners = []
    for opening in (a, b):
        at = opening.rfind(metric[-4:]) if metric else -1
        before = opening[:at] if at > 0 else ""
        owner = _SUBJECT_NOISE.sub("", re.split(r"[，,。；;：:、]", before)[-1])
        owners.append(_PUNCTUATION.sub("", owner))
    return bool(owners[0]) and bool(owners[1]) and owners[0] != owners[1]


def _same_subject(a: str, b: str) -> bool:
    """Whether two clause openings can speak of the same thing: equal, or one ends the other, once numbers,
    periods and verbs are gone (公司营收 and 营收 can; 北岭乳业营收 and 南山乳业营收 cannot)."""
    a, b = _SUBJECT_NOISE.sub("", _PUNCTUATION.sub("", a)), _SUBJECT_NOISE.sub("", _PUNCTUATION.sub("", b))
    return a == b or a.endswith(b) or b.endswith(a)


def _lead_sentence(text: str, claim: dict) -> bool:
    """Whether a claim stands in the headline or first sentence of its document."""
    first_end = LEAD_END.search(text)
    return int(claim["start"]) < (first_end.start() if first_end else len(text))


def _restatement_pairs(claims: list[dict]) -> Iterable[tuple[dict, dict]]:
    """Pairs that could state the same quantity: same unit, kind and direction, and metrics that end alike (the
    same metric ends with the same three characters), so that long documents are not compared pair by pair."""
    buckets: dict[tuple, list[dict]] = {}
    for claim in claims:
        metric = _PUNCTUATION.sub("", str(claim.get("metric") or ""))
        if len(metric) >= 3:
            buckets.setdefault((claim["unit"], claim["kind"], claim.get("direction"), metric[-3:]), []).append(claim)
    for bucket in buckets.values():
        for index, first in enumerate(bucket):
            for second in bucket[index + 1:]:
                yield first, second


def restated(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for first, second in _restatement_pairs(claims):
        if first["sentence"] == second["sentence"]:
            continue
        if first["kind"] in ("rank", "duration") or first.get("projected") != second.get("projected"):
            continue
        if not _same_metric(first.get("metric"), second.get("metric"), loose=_lead_sentence(text, first)):
            continue
        if first.get("period") and second.get("period") and first["period"] != second["period"]:
            continue
        if first.get("basis") and second.get("basis") and first["basis"] != second["basis"]:
            continue
        if _lead_sentence(text, first):  # a headline restated in the body
            if not _same_subject(_label(text, first), _label(text, second)):
                continue
        elif first.get("period") and first.get("period") == second.get("period"):  # one period stated twice
            if _different_owners(_opening(text, first), _opening(text, second), str(first["metric"])):
                continue  # 北岭乳业…营业收入 and 南山乳业…营业收入: the same measure of two subjects
        else:
            continue  # too loose to judge
        a, b = bounds(first), bounds(second)
        gap = distance(a, b)
        arithmetic = (f"{_fmt(first)} and {_fmt(second)} state the same {first.get('metric')}: "
                      f"{_interval(a)} and {_interval(b)} {'do not overlap' if gap else 'overlap'}")
        yield Relation(doc, "restated", (first, second), first.get("metric"), a, b, gap, arithmetic)


def _interval(interval: tuple[float, float]) -> str:
    low = "−∞" if not math.isfinite(interval[0]) else _short(interval[0])
    high = "∞" if not math.isfinite(interval[1]) else _short(interval[1])
    return f"[{low}, {high}]"


def _short(value: float) -> str:
    """A bound for people to read: 19.72265 → 19.72, 3,115,000,000 stays whole."""
    return _num(round(value, 2)) if abs(value) < 1e6 else _num(round(value))


def growth_vs_levels(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for sentence_claims in _by_sentence(claims).values():
        yield from _from_to(doc, text, sentence_claims)
        yield from _doubling(doc, sentence_claims)


def _from_to(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for index, before in enumerate(claims[:-1]):
        after = claims[index + 1]
        if not FROM.search(text, max(0, int(before["start"]) - 16), int(before["start"])):
            continue
        if not TO.match(text[int(before["end"]):int(after["start"])]) or before["unit"] != after["unit"]:
            continue
        changes = [c for c in claims[index + 2:] if c["kind"] in ("growth", "change", "multiple")]
        if not changes or int(changes[0]["start"]) - int(after["end"]) > 10:
            continue  # the change must follow the levels it describes (…增加到B，增长了r)
        change = changes[0]
        a, b = bounds(before), bounds(after)
        if a[0] <= 0:
            continue
        stated = signed(change, bounds(change))
        rates = before["unit"] == "percent"
        if change["unit"] == "pp" or (rates and change["unit"] == "percent"):
            points = (b[0] - a[1], b[1] - a[0])
            relative = ((b[0] - a[1]) / a[1] * 100, (b[1] - a[0]) / a[0] * 100)
            if change["unit"] == "percent" and distance(stated, relative) > 0 and distance(stated, points) == 0:
                difference = round(float(after["value"]) - float(before["value"]), 6)
                arithmetic = (f"from {_fmt(before)} to {_fmt(after)} is {_num(difference)}"
                              f" percentage points, {_num(round(_growth(before, after), 2))}% in relative terms;"
                              f" {_fmt(change)} looks like percentage points written as percent")
                yield Relation(doc, "percent_vs_pp", (before, after, change), change.get("metric"), stated, points,
                               0.0, arithmetic, mixed=True)
                continue
            implied = points if change["unit"] == "pp" else relative
            unit = "percentage points" if change["unit"] == "pp" else "%"
        elif change["unit"] == "percent":
            implied = ((b[0] - a[1]) / a[1] * 100, (b[1] - a[0]) / a[0] * 100)
            unit = "%"
        elif change["unit"] == "times" and change["kind"] == "multiple":
            implied = (b[0] / a[1], b[1] / a[0])
            stated = bounds(change)
            unit = "times"
        else:
            continue
        gap = distance(stated, implied)
        value = (float(after["value"]) - float(before["value"])) if unit == "percentage points" else (
            float(after["value"]) / float(before["value"]) if unit == "times" else _growth(before, after))
        shown_unit = unit if unit == "%" else f" {unit}"
        arithmetic = (f"from {_fmt(before)} to {_fmt(after)} is {_num(round(value, 2))}{shown_unit}"
                      f" ({_interval(implied)} allowing for rounding); stated {_fmt(change)}"
                      f"{' down' if change.get('direction') == 'down' else ''}")
        yield Relation(doc, "growth_vs_levels", (before, after, change), change.get("metric"), stated, implied, gap,
                       arithmetic)


def _growth(before: dict, after: dict) -> float:
    return (float(after["value"]) - float(before["value"])) / float(before["value"]) * 100


def _doubling(doc: str, claims: list[dict]) -> Iterable[Relation]:
    doublings = [c for c in claims if c["kind"] == "growth" and "番" in str(c["text"])]
    rates = [c for c in claims if c["kind"] == "growth" and c["unit"] == "percent" and "番" not in str(c["text"])]
    for doubling in doublings:
        for rate in rates:
            if rate.get("direction") == "down":
                continue
            subjectless = not _PUNCTUATION.sub("", str(rate.get("metric") or ""))  # 翻番，同比增长60%
            if not (_same_metric(doubling.get("metric"), rate.get("metric")) or subjectless):
                continue  # a doubling of one thing and a rate of another
            a, b = bounds(doubling), bounds(rate)
            gap = distance(a, b)
            arithmetic = f"{_fmt(doubling)} is a rise of {_num(float(doubling['value']))}%; stated {_fmt(rate)}"
            yield Relation(doc, "growth_vs_levels", (doubling, rate), rate.get("metric"), b, a, gap, arithmetic)


def grim(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    """A percentage of a small group (P%的X) against the size of that group stated before it (N名/位/个…X)."""
    counts = [c for c in claims if c["unit"] == "count" and c["kind"] == "level" and c["qualifier"] == "exact"
              and float(c["value"]).is_integer() and 0 < float(c["value"]) <= 10000]
    for claim in claims:
        if claim["unit"] != "percent" or claim["kind"] != "share" or claim["qualifier"] != "exact":
            continue
        group = _group_after(text, claim)
        if not group:
            continue
        samples = [c for c in counts if int(c["end"]) <= int(claim["start"]) and group in _counted_noun(text, c)]
        if not samples:
            continue
        sample = samples[-1]
        size = int(float(sample["value"]))
        match = re.search(r"\d+(?:\.(\d+))?", str(claim["text"]))
        if match is None:
            continue
        decimals = len(match.group(1) or "")
        value = float(claim["value"])
        nearest = round(value * size / 100)
        arithmetic = (f"{_fmt(claim)} of {size} {group} ({_fmt(sample)}) is {_num(round(value * size / 100, 3))};"
                      f" {nearest} of {size} would be {round(nearest / size * 100, decimals):.{decimals}f}%")
        yield Relation(doc, "grim", (sample, claim), claim.get("metric"), (value, value), (value, value), 0.0,
                       arithmetic, possible=_grim_possible(value, size, decimals))


def _group_after(text: str, claim: dict) -> str | None:
    """The group a percentage is of, by its first two characters: 62%的游客 → 游客; 37%的受访者 → 受访."""
    if not text.startswith("的", int(claim["end"])):
        return None
    noun = re.match(r"[\u4e00-\u9fff]{2}", text[int(claim["end"]) + 1:int(claim["end"]) + 3])
    return noun.group(0) if noun else None


def _counted_noun(text: str, claim: dict) -> str:
    """The words right around a count, within its clause: what it counts (24位商户代表, 居民家庭5000户)."""
    start, end = int(claim["start"]), int(claim["end"])
    before = re.split(r"[，,。；;：:！？!?\n\d]", text[max(0, start - 8):start])[-1]
    after = re.split(r"[，,。；;：:！？!?\n\d]", text[end:end + 8])[0]
    return before + after


def _grim_possible(value: float, size: int, decimals: int) -> bool:
    """Whether some whole number k of ``size`` gives ``value`` percent when rounded to ``decimals`` places."""
    step = 0.5 * 10 ** -decimals
    low = math.ceil((value - step) * size / 100 - 1e-9)
    high = math.floor((value + step) * size / 100 + 1e-9)
    return low <= high and high >= 0 and low <= size


DETECTORS = (shares_of_whole, part_vs_whole, restated, growth_vs_levels, grim)


def relations_table(table: pd.DataFrame, documents: dict[str, str]) -> pd.DataFrame:
    """The relations among the claims of each document (see the module docstring)."""
    rows: list[dict[str, object]] = []
    if len(table):
        for doc, group in table.groupby("doc", sort=True):
            claims = _plain_rows(group.sort_values("start"))
            text = documents.get(str(doc), "")
            for detector in DETECTORS:
                rows.extend(relation.row() for relation in detector(str(doc), text, claims))
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("stated_low", "stated_high", "implied_low", "implied_high", "gap"):
        frame[column] = frame[column].astype("float64")
    frame["start"] = frame["start"].astype("int64")
    frame["mixed"] = frame["mixed"].astype(bool)
    frame["possible"] = frame["possible"].astype(bool)
    return frame.drop_duplicates("relation_id").reset_index(drop=True)


def _plain_rows(frame: pd.DataFrame) -> list[dict]:
    rows = frame.to_dict(orient="records")
    for row in rows:
        for key, value in row.items():
            if isinstance(value, float) and math.isnan(value):
                row[key] = None
    return rows
