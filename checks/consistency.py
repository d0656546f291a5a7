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

from checks.evidence import stated_precision

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
RESPECTIVELY = re.compile(r"分别占(?:据|到|了)?\s*$|分别占(?:据|到|了)?[^，,。；;占比]{0,12}的?\s*$")
LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及|,|，)\s*")
FROM = re.compile(r"(?:从|由)\s*$")
TO = re.compile(r"(?:增长|增加|提升|提高|上升|扩大|下降|减少|降低|回落|下滑|缩小|升|增|降|跌|涨)?(?:到|至)\s*$")
PART = re.compile(r"其中")
LEAD_END = re.compile(r"[。！？!?\n]|\u3000\u3000")
PART_BEFORE = re.compile(r"其中[^。；;！？]*$")
TOTAL = re.compile(r"全年|合计|总计|共计|累计|总额|总量|全年累计")
QUARTERS = (("一季度", "第一季度", "1季度", "Q1"), ("二季度", "第二季度", "2季度", "Q2"),
            ("三季度", "第三季度", "3季度", "Q3"), ("四季度", "第四季度", "4季度", "Q4"))
HALVES = (("上半年",), ("下半年",))
SAMPLE = re.compile(r"受访|被访|被调查|调查对象|样本|问卷|参与调查|调查了|访问了|共调查|共访问")
SAMPLE_COUNT = re.compile(r"受访者|被访者|名|位|人|份")


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
    """The values a claim allows, widened by half its last digit (rounding), open ends infinite."""
    value, tolerance = float(claim["value"]), precision(claim)
    qualifier = claim["qualifier"]
    if qualifier == "exact":
        return value - tolerance, value + tolerance
    if qualifier in ("over", "at_least"):
        return float(claim["lower"]) - tolerance, math.inf
    if qualifier in ("under", "at_most"):
        return -math.inf, float(claim["upper"]) + tolerance
    if qualifier == "range":
        return float(claim["lower"]) - tolerance, float(claim["upper"]) + tolerance
    spread = max(tolerance, abs(value) * 0.05)  # approx: 约三成 is 25–35%, 约200 is 190–210
    return value - spread, value + spread


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


def part_vs_whole(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    levels = [c for c in claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp")]
    # 其中: a part right after 其中, against every candidate whole before it in its sentence and the sentence
    # before; only a part larger than the largest of them is flagged (其中 may refer to a total, not an average).
    for index, part in enumerate(levels):
        marker = PART_BEFORE.search(text, max(0, int(part["start"]) - 16), int(part["start"]))
        if marker is None or not str(part["sentence"]).count("其中"):
            continue
        wholes = [c for c in levels[:index] if c["unit"] == part["unit"] and int(c["end"]) <= int(part["start"])
                  and (c["sentence"] == part["sentence"] or _previous_sentence(text, c, part))
                  and not PART.search(text, max(0, int(c["start"]) - 6), int(c["start"]))]
        if not wholes:
            continue
        whole = max(wholes, key=lambda c: bounds(c)[1])
        part_low, whole_high = bounds(part)[0], bounds(whole)[1]
        gap = max(0.0, part_low - whole_high)
        arithmetic = (f"part {_fmt(part)} {'>' if gap else '≤'} whole {_fmt(whole)}"
                      f" ({_num(float(part['value']))} vs {_num(float(whole['value']))} {part['unit']})")
        yield Relation(doc, "part_vs_whole", (whole, part), whole.get("metric"), (part_low, part_low),
                       (-math.inf, whole_high), gap, arithmetic)
    # Quarters or halves against a full-year total of the same unit and metric.
    for labels in (QUARTERS, HALVES):
        parts = []
        for names in labels:
            found = [c for c in levels if any(n in _label(text, c) or n in str(c.get("period") or "") for n in names)]
            parts.append(found[0] if len(found) == 1 else None)
        if any(p is None for p in parts):
            continue
        unit = parts[0]["unit"]
        if any(p["unit"] != unit for p in parts):
            continue
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


def _previous_sentence(text: str, earlier: dict, later: dict) -> bool:
    """Whether ``earlier`` stands in the sentence right before ``later``'s."""
    between = text[int(earlier["end"]):int(later["start"])]
    return len(re.findall(r"[。！？；!?;]", between)) <= 1 and "\n" not in between.strip("\n")


def _same_metric(a: str | None, b: str | None) -> bool:
    """The same measured phrase: equal once punctuation is gone, specific enough (3+ characters, not 占比)."""
    a, b = _PUNCTUATION.sub("", a or ""), _PUNCTUATION.sub("", b or "")
    if len(a) < 3 or len(b) < 3 or a in GENERIC_METRICS or b in GENERIC_METRICS:
        return False
    return a == b or (a.endswith(b) and len(b) >= 4) or (b.endswith(a) and len(a) >= 4)


def _lead_sentence(text: str, claim: dict) -> bool:
    """Whether a claim stands in the headline or first sentence of its document."""
    first_end = LEAD_END.search(text)
    return int(claim["start"]) < (first_end.start() if first_end else len(text))


def restated(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for index, first in enumerate(claims):
        for second in claims[index + 1:]:
            if first["sentence"] == second["sentence"]:
                continue
            if (first["unit"], first["kind"], first.get("direction")) != (
                    second["unit"], second["kind"], second.get("direction")):
                continue
            if first["kind"] in ("rank", "duration") or first.get("projected") != second.get("projected"):
                continue
            if not _same_metric(first.get("metric"), second.get("metric")):
                continue
            if first.get("period") and second.get("period") and first["period"] != second["period"]:
                continue
            if first.get("basis") and second.get("basis") and first["basis"] != second["basis"]:
                continue
            anchored = _lead_sentence(text, first) or (
                first.get("period") and first.get("period") == second.get("period"))
            if not anchored:
                continue  # a headline restated in the body, or one period stated twice; else too loose to judge
            a, b = bounds(first), bounds(second)
            gap = distance(a, b)
            arithmetic = (f"{_fmt(first)} and {_fmt(second)} state the same {first.get('metric')}: "
                          f"{_interval(a)} and {_interval(b)} {'do not overlap' if gap else 'overlap'}")
            yield Relation(doc, "restated", (first, second), first.get("metric"), a, b, gap, arithmetic)


def _interval(interval: tuple[float, float]) -> str:
    low = "−∞" if not math.isfinite(interval[0]) else _num(round(interval[0], 6))
    high = "∞" if not math.isfinite(interval[1]) else _num(round(interval[1], 6))
    return f"[{low}, {high}]"


def growth_vs_levels(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for sentence_claims in _by_sentence(claims).values():
        yield from _from_to(doc, text, sentence_claims)
        yield from _doubling(doc, sentence_claims)


def _from_to(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for index, before in enumerate(claims[:-1]):
        after = claims[index + 1]
        if not FROM.search(text, max(0, int(before["start"]) - 3), int(before["start"])):
            continue
        if not TO.search(text, int(before["end"]), int(after["start"])) or before["unit"] != after["unit"]:
            continue
        changes = [c for c in claims[index + 2:] if c["kind"] in ("growth", "change", "multiple")]
        if not changes:
            continue
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
        arithmetic = (f"from {_fmt(before)} to {_fmt(after)} is {_num(round(value, 2))} {unit}"
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
    samples = [c for c in claims if c["unit"] == "count" and c["kind"] == "level" and float(c["value"]).is_integer()
               and c["qualifier"] == "exact" and SAMPLE.search(str(c["sentence"]))
               and SAMPLE_COUNT.search(str(c["text"]))]
    sizes = {int(c["value"]) for c in samples}
    if len(sizes) != 1:
        return  # no sample, or several: which one a percentage is of cannot be told
    sample = samples[0]
    size = sizes.pop()
    if size <= 0 or size > 10000:
        return
    for claim in claims:
        if claim["unit"] != "percent" or claim["kind"] != "share" or claim["qualifier"] != "exact":
            continue
        if not SAMPLE.search(str(claim["sentence"])) and "受访" not in str(claim.get("metric") or ""):
            continue
        match = re.search(r"\d+(?:\.(\d+))?", str(claim["text"]))
        if match is None:
            continue
        decimals = len(match.group(1) or "")
        value = float(claim["value"])
        possible = _grim_possible(value, size, decimals)
        nearest = round(value * size / 100)
        arithmetic = (f"{_fmt(claim)} of {size} ({_fmt(sample)}) is {_num(round(value * size / 100, 3))} people;"
                      f" {nearest} of {size} would be {round(nearest / size * 100, decimals):.{decimals}f}%")
        yield Relation(doc, "grim", (sample, claim), claim.get("metric"), (value, value), (value, value), 0.0,
                       arithmetic, possible=possible)


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
