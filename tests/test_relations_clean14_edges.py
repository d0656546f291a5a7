"""The edges of this stop's new relation module (converted.py), each the case a mutant of it got wrong: the units read
either way round, a pair of per-unit figures that is no restatement before one that is, and the row it writes."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


def _restated(text: str) -> list[dict]:
    table = claims_table([Document("d", text, "x")])
    relations = relations_table(table, {"d": text})
    return [row for row in relations.to_dict("records") if row["relation"] == "restated"]


def test_the_market_unit_first_and_the_metric_unit_in_brackets() -> None:
    assert flagged("全省粮食播种面积34367万亩(2291.1万公顷)。") == []
    assert flagged("全省粮食播种面积34367万亩(2491.1万公顷)。") == [("restated", "34367万亩 | 2491.1万公顷")]


def test_a_per_unit_figure_against_a_plain_one_is_passed_by_and_the_next_pair_read() -> None:
    text = "单位面积产量5515.7公斤/公顷(367.7公斤)。全省夏粮总产量14582万吨(3216亿斤)。"
    assert flagged(text) == [("restated", "14582万吨 | 3216亿斤")]


def test_the_row_names_the_quantity_and_the_ratio_of_its_units() -> None:
    (total,) = _restated("全省夏粮总产量14582万吨(3216亿斤)。")
    assert total["metric"] == "夏粮总产量"
    assert total["arithmetic"] == "14582万吨 is 2,916.4亿斤 (1 吨 = 2000 斤); stated 3216亿斤"
    (yield_,) = _restated("单位面积产量5515.7公斤/公顷(387.7公斤/亩)。")
    assert yield_["arithmetic"] == "5515.7公斤 is 367.7133公斤 (1 公顷 = 15 亩); stated 387.7公斤"
