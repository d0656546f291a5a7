"""growth_vs_levels and percent_vs_pp: a rate, a point change or a multiple agrees with the levels it describes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import (
    PUNCTUATION,
    Relation,
    bounds,
    by_sentence,
    distance,
    interval_text,
    num,
    same_metric,
    shown,
    signed,
)

# 从(上年的)A … 到(2023年末的)B: a period phrase may stand between the word and the figure.
FROM = re.compile(r"(?:从|由)[^，,。；;从由到至]{0,12}?的?\s*$")


TO = re.compile(r"^[^，,。；;]{0,6}?(?:到|至)[^，,。；;到至]{0,12}?的?\s*$")


def growth_vs_levels(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for sentence_claims in by_sentence(claims).values():
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
                arithmetic = (f"from {shown(before)} to {shown(after)} is {num(difference)}"
                              f" percentage points, {num(round(_growth(before, after), 2))}% in relative terms;"
                              f" {shown(change)} looks like percentage points written as percent")
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
        arithmetic = (f"from {shown(before)} to {shown(after)} is {num(round(value, 2))}{shown_unit}"
                      f" ({interval_text(implied)} allowing for rounding); stated {shown(change)}"
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
            subjectless = not PUNCTUATION.sub("", str(rate.get("metric") or ""))  # 翻番，同比增长60%
            if not (same_metric(doubling.get("metric"), rate.get("metric")) or subjectless):
                continue  # a doubling of one thing and a rate of another
            # 翻番 is said of anything that (about) doubled: 3.1万辆 → 6.3万辆 (+103.2%) doubled.
            a, b = (float(doubling["value"]), float(doubling["value"]) * 1.1), bounds(rate)
            gap = distance(a, b)
            arithmetic = f"{shown(doubling)} is a rise of {num(float(doubling['value']))}%; stated {shown(rate)}"
            yield Relation(doc, "growth_vs_levels", (doubling, rate), rate.get("metric"), b, a, gap, arithmetic)
