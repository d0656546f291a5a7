"""The edges of this session's relation readers (tests/test_relations_clean10.py has the forms themselves): what each
reads and what it leaves alone, on sentences written for these tests."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


def test_a_completion_of_a_plan_or_a_target_and_as_the_last_figure() -> None:
    plan = "全年粮食收购累计完成300万吨，完成全年计划500万吨的{ratio}%。"
    assert flagged(plan.format(ratio="60.0")) == []
    assert flagged(plan.format(ratio="70.0")) == [("share_vs_counts", "300万吨 | 500万吨 | 70.0%")]
    goal = "全年累计实现销售额30亿元，为年度目标50亿元的{ratio}%。"
    assert flagged(goal.format(ratio="60.0")) == []
    assert flagged(goal.format(ratio="66.0")) == [("share_vs_counts", "30亿元 | 50亿元 | 66.0%")]


def test_a_completion_needs_its_achieved_amount_in_its_sentence_of_its_unit() -> None:
    assert flagged("全年累计完成300万吨。完成全年计划500万吨的70.0%。") == []
    assert flagged("全年累计完成300万元，完成全年计划500万吨的70.0%。") == []
    assert flagged("完成全年计划500万吨的70.0%。") == []
    assert flagged("全年累计完成300万吨，完成数为500万吨的70.0%。") == []  # no target named before it


def test_the_arithmetic_of_a_completion_names_its_target() -> None:
    text = "全年累计完成300万吨，完成全年计划500万吨的70.0%。"
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    assert list(frame["arithmetic"]) == [
        "300万吨 of 500万吨 (its target) is 60% ([59.84, 60.16] allowing for rounding); stated 70.0%"]


def test_a_forecast_of_two_years_and_after_a_list_that_is_no_forecast() -> None:
    two = "预计2026-2027年营业收入分别为100.0亿元、{second}亿元，对应增速分别为20%、10%。"
    assert flagged(two.format(second="110.0")) == []
    assert flagged(two.format(second="120.0")) == [("growth_vs_levels", "100.0亿元 | 120.0亿元 | 10%")]
    after = ("线上、线下分别为3亿元、5亿元。预计2026-2027年营业收入分别为100.0亿元、{second}亿元，"
             "对应增速分别为20%、10%。")
    assert flagged(after.format(second="120.0")) == [("growth_vs_levels", "100.0亿元 | 120.0亿元 | 10%")]


def test_a_forecast_of_rates_or_with_fewer_rates_than_years_is_not_read() -> None:
    assert flagged("预计2025-2027年毛利率分别为20.0%、21.0%、22.0%，对应增速分别为5%、5%、5%。") == []
    assert flagged("预计2025-2027年营业收入分别为100.0亿元、130.0亿元、150.0亿元，对应增速分别为20%、10%。") == []
    assert flagged("预计2025-2026年营业收入分别为100.0亿元、130.0亿元、150.0亿元，对应增速分别为20%、10%、5%。") == []


def _arithmetic(text: str) -> list[str]:
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return list(frame["arithmetic"])


def test_the_arithmetic_of_a_beaten_or_missed_estimate() -> None:
    beat = "Revenue was $20.50 billion, topping forecasts. Analysts expected ${e} billion."
    assert _arithmetic(beat.format(e="20.10")) == ["$20.50 billion is said to have beat the estimate of $20.10 billion"]
    assert _arithmetic(beat.format(e="20.90")) == [
        "$20.50 billion is said to have beat the estimate of $20.90 billion, but it did not"]
    missed = "Revenue was $20.50 billion, missing the consensus. The consensus estimate was ${e} billion."
    assert _arithmetic(missed.format(e="20.90")) == [
        "$20.50 billion is said to have missed the estimate of $20.90 billion"]
    assert _arithmetic(missed.format(e="20.10")) == [
        "$20.50 billion is said to have missed the estimate of $20.10 billion, but it did not"]


def test_an_estimate_is_of_the_results_scale_in_the_very_next_sentence() -> None:
    assert flagged("Earnings were $1.10 per share, topping forecasts. Analysts expected $2.30.") == []  # over twice
    assert flagged("Revenue was $20.50 billion, topping forecasts. Costs rose. Analysts expected $20.90 billion.") == []
    assert flagged("Sales were $20.50 billion. Costs rose. It topped forecasts. Analysts expected $20.90 bn.") == []
    assert flagged("Revenue was $20.50 billion, topping forecasts. Its market value was $20.90 billion.") == []


def test_a_headings_breakdown_ends_with_its_paragraph_and_takes_no_members_figure_as_its_whole() -> None:
    text = ("3月末，全省本外币各项存款余额5000.00亿元。对非洲存款余额6000.00亿元。\n"
            "从存款结构看，住户存款余额2500.00亿元；非金融企业存款余额1200.00亿元。\n政府存款余额{next}亿元。")
    assert flagged(text.format(next="4000.00")) == []  # the next paragraph's figure is no part of the breakdown
    assert flagged(text.replace("2500.00", "4500.00").format(next="10.00")) == [
        ("parts_vs_total", "5000.00亿元 | 4500.00亿元 | 1200.00亿元")]  # not the member's 6000.00 (对非洲)


def test_a_headings_whole_that_is_itself_a_part_is_taken_only_by_its_own_name() -> None:
    named = ("上半年，全市一般公共预算收入800.0亿元。其中：地方税收收入600.0亿元。主要税收收入项目情况如下：\n"
             "增值税500.0亿元；\n企业所得税150.0亿元。")
    assert flagged(named) == [("parts_vs_total", "600.0亿元 | 500.0亿元 | 150.0亿元")]
    contained = ("3月末，全省各项存款余额5000.00亿元。其中，人民币各项存款余额4000.00亿元。\n"
                 "从存款结构看，住户存款余额3000.00亿元；非金融企业存款余额1500.00亿元。")
    assert flagged(contained) == []  # 4500 ≤ 5000: the whole is 各项存款余额, not 其中's 人民币 part


def test_a_headings_whole_more_than_six_paragraphs_back_is_not_taken() -> None:
    breakdown = "从存款结构看，住户存款余额4500.00亿元；非金融企业存款余额1200.00亿元。"
    near = "全省各项存款余额5000.00亿元。\n" + "说明。\n" * 5 + breakdown
    far = "全省各项存款余额5000.00亿元。\n" + "说明。\n" * 6 + breakdown
    assert flagged(near) == [("parts_vs_total", "5000.00亿元 | 4500.00亿元 | 1200.00亿元")]
    assert flagged(far) == []
