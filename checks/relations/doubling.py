"""翻番 (a doubling, or more) against a stated rate for the same quantity in the same sentence: growth_vs_levels of a
word and a figure."""

from __future__ import annotations

from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, by_sentence, distance, metric_key, num, shown


def doubling(doc: Doc) -> Iterable[Relation]:
    """翻番 (a doubling, or more) against a stated rate for the same quantity in the same sentence."""
    if "番" not in doc.text:
        return  # no doubling is written in it: its sentences are not grouped
    for sentence in by_sentence(doc):
        doublings = [c for c in sentence if c["kind"] == "growth" and "番" in str(c["text"])]
        rates = [c for c in sentence if c["kind"] == "growth" and c["unit"] == "percent" and "番" not in str(c["text"])
                 and c.get("direction") != "down"]
        for twice in doublings:
            for rate in rates:
                if metric_key(rate) and metric_key(twice) and metric_key(rate) != metric_key(twice):
                    continue  # a doubling of one thing and a rate of another
                # 翻番 is said of anything that (about) doubled: 3.1万辆 → 6.3万辆 (+103.2%) doubled.
                value = float(twice["value"])
                a, b = (value, value * 1.1), bounds(rate)
                arithmetic = f"{shown(twice)} is a rise of {num(value)}% or a little more; stated {shown(rate)}"
                yield Relation(doc.name, "growth_vs_levels", (twice, rate), rate.get("metric"), b, a, distance(a, b),
                               arithmetic)
