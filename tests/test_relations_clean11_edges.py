"""The edges of stop 29's relation readers (tests/test_relations_clean11.py has the forms themselves): what each reads,
what it says, and what it leaves alone, on sentences written for these tests."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


def rows(text: str, relation: str) -> list[dict]:
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return [row for row in frame.to_dict("records") if row["relation"] == relation]


WEEK = ("On Thursday:\n\nThe Alpha 300 rose 20.00 points, or 1.0%, to 2,020.00.\n\nThe Beta index fell 30.00 points, "
        "or 0.5%, to 5,970.00.\n\nFor the week:\n\n{lines}")


def test_a_weeks_fall_is_measured_from_the_close_plus_the_points() -> None:
    text = WEEK.format(lines="The Beta index is down 300.00 points, or {rate}%.")
    assert flagged(text.format(rate="4.8")) == []
    assert flagged(text.format(rate="5.8")) == [("growth_vs_levels", "300.00 points | 5,970.00 | 5.8%")]


def test_a_rate_within_a_quarter_step_of_the_close_arithmetic_passes_and_further_off_fails() -> None:
    text = WEEK.format(lines="The Alpha 300 is up 120.97 points, or {rate}%.")
    assert flagged(text.format(rate="6.3")) == []  # 6.370%: 0.02 off 6.35, within a quarter of the step of 0.1
    assert flagged(text.format(rate="6.2")) == [("growth_vs_levels", "120.97 points | 2,020.00 | 6.2%")]
    found = [r for r in rows(text.format(rate="6.2"), "growth_vs_levels") if r["texts"].startswith("120.97")]
    assert [(r["texts"], r["gap"] > 0) for r in found] == [("120.97 points | 2,020.00 | 6.2%", True)]


def test_a_span_named_in_the_sentence_and_each_index_against_its_own_close() -> None:
    text = ("The Alpha 300 rose 20.00 points, or 1.0%, to 2,020.00. The Beta index fell 30.00 points, or 0.5%, to "
            "5,970.00.\n\nSo far this year, the Beta index is up 970.00 points, or {rate}%.")
    assert flagged(text.format(rate="19.4")) == []  # 970 on 5,970 − 970 = 5,000: 19.4%, not on Alpha's 2,020
    assert flagged(text.format(rate="24.4")) == [("growth_vs_levels", "970.00 points | 5,970.00 | 24.4%")]


def test_no_span_no_single_close_no_judgement() -> None:
    days = ("The Alpha 300 rose 20.00 points, or 1.0%, to 2,020.00.\n\nOn Wednesday, the Alpha 300 fell 10.00 points, "
            "or 0.5%, to 2,000.00.\n\nFor the week:\n\nThe Alpha 300 is up 120.00 points, or 9.9%.")
    assert flagged(days) == []  # two closes of one index: which one the week ends at is not known
    no_span = WEEK.replace("For the week:", "Meanwhile:").format(lines="The Alpha 300 is up 120.00 points, or 9.9%.")
    assert flagged(no_span) == []  # a move not said to be over a span may end anywhere


def test_the_arithmetic_of_a_span_against_its_close() -> None:
    found = rows(WEEK.format(lines="The Alpha 300 is up 120.00 points, or 6.3%."), "growth_vs_levels")
    week = [r for r in found if r["texts"].startswith("120.00 points")]
    assert [r["arithmetic"] for r in week] == [
        "120.00 points on 1,900 (the close 2,020.00 less the points) imply 6.32% ([6.32, 6.32] allowing for rounding); "
        "stated 6.3%"]


def test_the_dividends_arithmetic_and_last_years_left_out() -> None:
    text = ("Proposed final dividend of 2.5p per share (2023: 2.0p), in addition to the interim dividend of 1.0p "
            "already paid, to give a full year dividend of 3.5p (2023: 3.0p).")
    found = rows(text, "parts_vs_total")
    assert [(r["texts"], r["arithmetic"], r["metric"]) for r in found] == [
        ("3.5p | 1.0p | 2.5p", "interim 1.0p + final 2.5p = 3.5p = the year's 3.5p", "give a full year dividend")]
    alone = rows("A final dividend of 2.50p per share is recommended, bringing full year dividend to 2.20p.",
                 "parts_vs_total")
    assert [(r["arithmetic"], r["gap"] > 0) for r in alone] == [("the final dividend 2.50p > the year's 2.20p", True)]


def test_dividends_of_two_sentences_or_two_units_are_not_summed() -> None:
    assert flagged("The final dividend is 9.0p per share. The full year dividend is 3.0p per share.") == []
    assert flagged("A final dividend of 90p is recommended, bringing the full year dividend to $0.50.") == []
    assert flagged("The final dividend of 2.0p (2023: 9.0p) brings the full year dividend to 3.0p.") == []


def test_a_months_flow_edges() -> None:
    found = rows("前9月，新能源汽车销量完成390.0万辆。9月，新能源汽车销量完成58.0万辆。", "parts_vs_total")
    assert [(r["texts"], r["arithmetic"]) for r in found] == [
        ("390.0万辆 | 58.0万辆", "58.0万辆 (9月) ≤ 390.0万辆 (前9月), whose time holds it")]
    # a member's month is no part of the whole's months to date, nor a month of the year before
    assert rows("前9月，新能源汽车销量完成390.0万辆。9月，出口新能源汽车销量完成58.0万辆。", "parts_vs_total") == []
    assert flagged("2023年前9月，全市汽车销量完成39.0万辆。2024年9月，全市汽车销量完成58.0万辆。") == []
    assert flagged("前9月，全市汽车平均价格12.0万元。9月，全市汽车平均价格18.0万元。") == []  # an average, no flow


def test_an_amount_or_a_rate_against_the_level_it_reached_told_again() -> None:
    text = ("Exports decreased $50.0 billion or {rate} percent. Imports decreased $50.0 billion or 1.0 percent.\n\n"
            "Exports were $2,200.0 billion in 2023, down $50.0 billion from 2022.")
    assert flagged(text.format(rate="2.2")) == []  # 50 on 2,250: 2.22%; imports' rate is no exports'
    assert flagged(text.format(rate="5.2")) == [("growth_vs_levels", "$2,200.0 billion | $50.0 billion | 5.2 percent")]


def test_an_amount_or_a_rate_of_a_fall_against_its_earlier_level() -> None:
    text = ("For 2023, the trade deficit decreased $2.0 billion, or {rate} percent, from 2022.\n\n"
            "For 2023, the trade deficit was $398.0 billion, down $2.0 billion from $400.0 billion in 2022.")
    assert flagged(text.format(rate="0.5")) == []
    assert flagged(text.format(rate="2.5")) == [("growth_vs_levels", "$400.0 billion | $2.0 billion | 2.5 percent")]


def test_a_months_flow_of_another_member_far_away_or_approximate_and_the_nearest_months_to_date() -> None:
    # the nearest months to date of the quantity: of its own member, within a paragraph, exact figures only
    member = "上半年，城镇消费品零售额500.0亿元。6月份，乡村消费品零售额600.0亿元。"
    assert [r for r in rows(member, "parts_vs_total") if "whose time" in r["arithmetic"]] == []
    far = "前9月，全市汽车销量39.0万辆。\n\n另据统计。\n\n再据统计。\n\n9月，全市汽车销量58.0万辆。"
    assert flagged(far) == []
    assert flagged("前9月，全市汽车销量39.0万辆。9月，全市汽车销量约58万辆。") == []
    nearest = ("前9月，全市汽车销量390.0万辆。\n前8月，全市汽车销量330.0万辆。8月，全市汽车销量{august}万辆。")
    found = [r["texts"] for r in rows(nearest.format(august="40.0"), "parts_vs_total")
             if "whose time" in r["arithmetic"] and r["texts"].endswith("| 40.0万辆")]
    assert found == ["330.0万辆 | 40.0万辆"]  # the months to date nearest the month, not the nine months
    assert ("parts_vs_total", "330.0万辆 | 340.0万辆") in flagged(nearest.format(august="340.0"))


def test_a_first_quarter_within_the_first_half() -> None:
    text = "上半年，全市汽车销量{half}万辆。一季度，全市汽车销量120.0万辆。"
    assert flagged(text.format(half="250.0")) == []
    assert flagged(text.format(half="100.0")) == [("parts_vs_total", "100.0万辆 | 120.0万辆")]


def test_the_arithmetic_of_an_amount_or_a_rate_names_the_earlier_level_it_works_out() -> None:
    text = ("Exports decreased $50.0 billion or 2.2 percent.\n\n"
            "Exports were $2,200.0 billion in 2023, down $50.0 billion from 2022.")
    assert [r["arithmetic"] for r in rows(text, "growth_vs_levels") if "percent" in r["texts"]] == [
        "$50.0 billion on $2,250 billion ($2,200.0 billion plus the change) imply -2.22% ([-2.23, -2.22] allowing for "
        "rounding); stated 2.2 percent down"]
