"""Chinese market figures: an index's points, basis points, and a rate named by the noun of movement after it, on
sentences written for these tests."""

from __future__ import annotations

from checks import extract

from .flags import flagged


def _read(text: str) -> list[tuple[str, str, str | None, float]]:
    return [(c.text, c.kind, c.direction, c.value) for c in extract(text, doc="t")]


def test_an_index_closes_at_points_and_moves_by_points() -> None:
    assert _read("沪指收报3325.11点，较前一交易日跌8.05点，跌幅为0.24%。") == [
        ("3325.11点", "level", None, 3325.11), ("8.05点", "change", "down", 8.05),
        ("0.24%", "growth", "down", 0.24)]
    assert _read("深证成指报13000点。") == [("13000点", "level", None, 13000.0)]


def test_a_time_of_day_and_a_place_are_no_points() -> None:
    assert _read("下午3点，会议开始。") == []
    assert _read("全市共有300多点位。") == []


def test_a_basis_point_is_a_hundredth_of_a_percentage_point() -> None:
    claims = extract("一年期LPR为3.45%，较上月下降10个基点。", doc="t")
    assert [(c.text, c.unit, c.value, c.direction) for c in claims][1] == ("10个基点", "pp", 0.1, "down")


def test_a_rate_named_by_the_noun_of_movement_after_it() -> None:
    assert _read("科创50指数首日录得0.21%的跌幅。") == [("0.21%", "growth", "down", 0.21)]
    assert _read("营收实现了5%的增长。") == [("5%", "growth", "up", 5.0)]
    assert _read("线上占35%的份额。") == [("35%", "share", None, 35.0)]


def test_an_index_level_its_move_on_the_day_before_and_its_rate() -> None:
    text = "沪指尾盘收报3325.11点，较前一交易日跌8.05点，跌幅为{rate}%。"
    claims = extract(text.format(rate="0.24"), doc="t")
    assert claims[1].level_after == 3325.11 and claims[1].basis == "较前一交易日"
    assert flagged(text.format(rate="0.24")) == []
    assert flagged(text.format(rate="0.42")) == [("growth_vs_levels", "8.05点 | 3325.11点 | 0.42%")]


def test_a_name_that_opens_with_a_figure_and_a_letter_keeps_it_and_a_dashed_heading_is_no_part() -> None:
    metrics = [c.metric for c in extract("其中5G手机153款，同比下降1.9%。盈利能力分析 - 毛利率约21.99%。", doc="t")]
    assert metrics == ["5G手机", "5G手机", "毛利率"]
    claim = extract("预计公司2026E归母净利润为84.13亿元。", doc="t")[0]
    assert (claim.metric, claim.period) == ("归母净利润", "2026E")


def test_a_list_told_over_a_run_of_years_gives_each_figure_its_year() -> None:
    text = "预计2025-2027年营业收入分别为83.2亿元、102.2亿元、128.2亿元，对应增速分别为29%、23%、16%。"
    assert [c.period for c in extract(text, doc="t")] == ["2025年", "2026年", "2027年"] * 2
    marked = "2024 - 2025E营业收入分别为211.29亿、242.13亿元。"
    assert [c.period for c in extract(marked, doc="t")] == ["2024E", "2025E"]
    uneven = "预计2025-2027年营业收入分别为83.2亿元、102.2亿元。"
    assert [c.period for c in extract(uneven, doc="t")] == ["2027年", "2027年"]
