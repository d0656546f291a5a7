"""Forms read at stop 48, after its blind set was measured (sentences written for this test): a budget's completion
said without 的, a count written 25万5134, shares after 分别 in order of their parts, a comparative right after a
figure, rates of different things that share a word, a member named by what it goes to, and a run of months said
with between."""

from __future__ import annotations

import pytest

from checks.extract import extract

from .flags import flagged


def _of(relation: str, text: str) -> list[str]:
    return [texts for name, texts in flagged(text) if name == relation]


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


def test_a_budget_s_completion_said_without_de_is_a_ratio_not_an_impossible_share() -> None:
    text = "地方一般公共预算收入完成28,583万元，占调整预算105.47%，同比增长10.85%。"
    read = _claims(text)
    assert read["105.47%"].kind == "ratio" and read["105.47%"].metric == "地方一般公共预算收入"
    assert read["10.85%"].metric == "地方一般公共预算收入"
    assert _claims("教育支出占全年预算15%。")["15%"].kind == "share"  # no 完成: a share of the budget


@pytest.mark.parametrize(("text", "value"), [("报名人数达到25万5134人。", 255134), ("报名人数为2万0463人。", 20463)])
def test_ten_thousands_then_four_digits_is_one_count(text: str, value: int) -> None:
    (claim,) = extract(text, "doc")
    assert claim.value == value


def test_shares_after_fenbie_are_not_of_the_last_part_alone() -> None:
    text = "审结行政一审案件4.0万件，行政二审案件2.4万件，分别占行政案件总数的34.10%、20.20%。"
    assert _of("share_vs_counts", text) == []
    one = "行政案件共6.0万件，其中行政二审案件2.4万件，占行政案件总数的20.20%。"  # (one share: of its part)
    assert _of("share_vs_counts", one) == ["2.4万件 | 6.0万件 | 20.20%"]
    assert _of("share_vs_counts", one.replace("20.20%", "40.00%")) == []


def test_a_figure_followed_by_higher_than_is_a_gap_not_a_level() -> None:
    text = "Year-on-year, headline inflation was 11.40 per cent higher than 22.79 per cent recorded in June 2023."
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", "Inflation of 11.40 per cent was higher than 22.79 per cent in June 2023.") \
        == ["11.40 per cent | 22.79 per cent"]


def test_a_rate_is_not_read_against_a_level_of_another_thing_that_shares_a_word() -> None:
    text = ("Food inflation increased by 15.62 per cent year-on-year to 40.87 per cent, compared to 25.25 per cent in "
            "June 2023. Core inflation was up by 7.34 per cent, compared to 20.06 per cent in June 2023.")
    assert _of("growth_vs_levels", text) == []


def test_a_figure_named_by_what_it_goes_to_is_no_whole_of_the_next() -> None:
    text = "This year, consumers plan to spend $71.45 on gifts for friends, $18.26 on co-workers and $34.82 for others."
    assert _of("parts_vs_total", text) == []


def test_between_two_months_is_one_run_of_months() -> None:
    read = _claims("Exports hit 11.46 trillion yuan between January and June, up 3.7 percent.")
    assert read["11.46 trillion yuan"].period == "between January and June"


def test_shares_told_in_order_after_their_parts_imply_one_whole() -> None:
    text = "民事一审案件228.2万件，民事二审案件23.1万件，分别占民事案件总数的86.06%、8.73%。"
    assert _of("share_vs_counts", text) == []
    assert _of("share_vs_counts", text.replace("23.1万件", "43.1万件")) == ["228.2万件 | 86.06% | 43.1万件 | 8.73%"]
    market = "vivo和OPPO的出货量分别为3330万台和3320万台，市场份额分别为10.1%和10.0%。"
    assert _of("share_vs_counts", market) == []
    assert _of("share_vs_counts", market.replace("10.0%", "12.0%")) == ["3330万台 | 10.1% | 3320万台 | 12.0%"]


def test_qici_after_the_lowest_is_second_from_the_bottom_and_weilie_dier_is_a_rank() -> None:
    text = ("各地报名数据中，上海职位的报名人数达到31万2040人，位列榜首。江苏紧随其后，位列第二，有24万1800人报名。四川"
            "位列第三，报名人数达15万3320人。青海职位的报名人数最少，为1万8020人，其次是甘肃和新疆，分别是2万1030人和"
            "2万3900人。")
    assert flagged(text) == []
    assert _claims(text)["第二"].kind == "rank"


@pytest.mark.parametrize("text", [
    "该品牌去年和今年一季度的出货量分别为3000万台和3300万台，市场份额分别为10.0%和10.5%。",
    "全市共有企业120家，其中国有企业30家，民营企业84家，外资企业6家，国有和民营企业分别占25%和70%。",
    "甲市和乙市的常住人口分别为820万人和460万人，其中城镇人口占比分别为72.0%和58.0%。",
    "全市进口和出口分别为1200亿元和1800亿元，分别占全省进口总额和出口总额的20%和15%。",
])
def test_listed_shares_of_no_one_whole_are_not_judged_as_one(text: str) -> None:
    assert _of("share_vs_counts", text) == []


def test_a_completion_passes_on_the_quantity_completed() -> None:
    read = _claims("全年招商引资到位资金86亿元，占全年目标任务的108%，同比增长12%。")
    assert read["108%"].kind == "ratio" and read["12%"].metric == read["86亿元"].metric == "招商引资到位资金"
    assert flagged("全年招商引资到位资金86亿元，占全年目标任务的108%，同比增长12%。") == []


def test_a_base_a_year_before_told_after_the_rate_is_its_base() -> None:
    text = "公司营业收入86.4亿元，同比增长12.5%，上年同期为76.8亿元。"
    assert flagged(text) == []
    assert flagged(text.replace("12.5%", "21.5%")) == [("growth_vs_levels", "76.8亿元 | 86.4亿元 | 21.5%")]
    assert _claims(text)["76.8亿元"].metric == "营业收入"
