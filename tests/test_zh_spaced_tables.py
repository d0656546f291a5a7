"""A financial report's table copied from a PDF, its cells separated by spaces: a header of two periods and a change
gives each row a level of each period and the rate between them, linked so that the rate is checked. Tables written
for these tests."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged

TABLE = """一、主要财务数据
单位:元
项目 2023 年 12 月 31 日 2023 年 1 月 1 日 增减变动幅度
货币资金 83,758,390.47 87,909,965.67 -4.72%
应收账款 129,157,138.52 120,568,367.73 7.12%
"""


def test_each_row_is_a_level_of_each_period_and_the_rate_between_them() -> None:
    claims = extract(TABLE, "t.txt")
    assert [(c.text, c.kind, c.unit, c.metric, c.period) for c in claims[:3]] == [
        ("83,758,390.47", "level", "CNY", "货币资金", "2023年12月31日"),
        ("87,909,965.67", "level", "CNY", "货币资金", "2023年1月1日"),
        ("-4.72%", "growth", "percent", "货币资金", "2023年12月31日"),
    ]
    rate = claims[2]
    assert (rate.direction, rate.level_after, rate.base_value) == ("down", 83758390.47, 87909965.67)
    assert flagged(TABLE) == []


def test_a_rate_the_levels_contradict_is_flagged() -> None:
    wrong = TABLE.replace("7.12%", "17.12%")
    assert flagged(wrong) == [("growth_vs_levels", "120,568,367.73 | 129,157,138.52 | 17.12%")]


def test_a_row_label_gives_its_unit_and_percent_levels_are_rates() -> None:
    text = ("项目 2023 年 2022 年 增减变动幅度\n基本每股收益(元/股) 0.0305 0.1155 -63.58%\n"
            "加权平均净资产收益率 0.73% 2.83% -74.20%\n")
    claims = extract(text, "t.txt")
    assert [(c.text, c.kind, c.unit) for c in claims] == [
        ("0.0305", "level", "CNY"), ("0.1155", "level", "CNY"), ("-63.58%", "growth", "percent"),
        ("0.73%", "ratio", "percent"), ("2.83%", "ratio", "percent"), ("-74.20%", "growth", "percent")]
    assert flagged(text) == [("growth_vs_levels", "0.1155 | 0.0305 | -63.58%")]


def test_rows_without_a_header_of_two_periods_and_a_change_are_not_read_as_a_table() -> None:
    text = "单位:元\n项目 金额 占比\n货币资金 83,758,390.47 87,909,965.67 -4.72%\n"
    assert [c.text for c in extract(text, "t.txt") if c.kind == "growth" and c.base_value is not None] == []



def test_a_header_of_the_earlier_period_first_is_read_later_first() -> None:
    text = "单位:元\n项目 2022年 2023年 增减变动幅度\n营业收入 1,000.00 1,100.00 10.00%\n"
    rate = extract(text, "t.txt")[2]
    assert (rate.level_after, rate.base_value, rate.period) == (1100.0, 1000.0, "2023年")
    assert flagged(text) == []


def test_a_row_of_rates_gives_its_change_unlinked() -> None:
    # the change of a rate is written in points or relatively, with the same "%": no word says which
    text = "项目 2023年 2022年 本年比上年增减\n加权平均净资产收益率 9.93% 10.81% -0.88%\n"
    assert [(c.text, c.period, c.base_value) for c in extract(text, "t.txt")] == [
        ("9.93%", "2023年", None), ("10.81%", "2022年", None), ("-0.88%", "2023年", None)]
    assert flagged(text) == []


def test_a_half_years_columns_keep_their_months_and_an_unknown_bracket_unit_is_not_the_tables() -> None:
    text = ("单位:元\n项目 2023年1-6月 2022年1-6月 同比增减\n营业收入 1,100.00 1,000.00 10.00%\n"
            "总股本（万股） 10,000 8,000 25.00%\n")
    claims = extract(text, "t.txt")
    assert [c.period for c in claims[:2]] == ["2023年1-6月", "2022年1-6月"]
    assert "10,000" not in [c.text for c in claims if c.unit == "CNY"]
