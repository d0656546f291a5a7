"""False alarms of the blind set clean20/ (tuned on at the end of stop 35, after its measurement), in general form,
each on sentences written for this test."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_the_year_compared_with_names_the_earlier_level() -> None:
    claims = {c.text: c for c in extract("全国总票房200.00亿元，相比较2015年160.00亿元的票房，同比增长25.00%。", "d")}
    assert (claims["25.00%"].base_value, claims["25.00%"].level_after) == (1.6e10, 2e10)


def test_a_share_is_of_its_own_years_amount_not_of_the_level_compared_with() -> None:
    text = ("全国总票房200.00亿元，相比较2015年160.00亿元的票房，同比增长25.00%；其中国产影片票房120.00亿元，相比较"
            "2015年80.00亿元，同比增长50.00%，占比60.00%（2015年占比50.00%）。")
    assert [r for r, _ in flagged(text) if r == "share_vs_counts"] == []


def test_the_largest_decreases_are_ranked_by_how_far_they_fell() -> None:
    text = ("Retail volumes fell by 1.1 per cent. The sectors with the largest month on month volume decreases were "
            "garden and outdoor (-4.6 per cent), and cafes (-2.8 per cent).")
    assert flagged(text) == []


def test_two_members_named_together_lead_together() -> None:
    text = ("Movements between the port and Lima also recorded a robust 8% increase, with a 11% growth in traffic to "
            "and from Cusco. The airport’s other top markets – Chile, Peru and Mexico – also registered growth for the "
            "month, with Peru (+24%) and Chile (+14%) leading the way.")
    assert flagged(text) == []


def test_a_rate_averaged_over_two_years_is_no_whole_of_the_years_parts() -> None:
    text = ("1-9月，全县规模以上工业增加值同比增长10.4%，两年平均增长6.2%。"
            "分三大门类看，采矿业同比增长18.2%，制造业同比增长9.2%，电力、热力、燃气及水生产和供应业同比增长12.2%。")
    assert flagged(text) == []


def test_loans_after_deposits_are_no_part_of_them() -> None:
    text = "截至8月底，各项存款余额达288.06亿元。其中住户储蓄存款余额208.02亿元；各项贷款余额113.71亿元。"
    assert flagged(text) == []
    assert [r for r, _ in flagged(text.replace("208.02", "308.02"))] == ["parts_vs_total"]


def test_a_gap_is_not_to_the_own_rate_stated_again() -> None:
    text = ("民营企业进出口增长10.4%。\n"
            "前三季度，民营企业进出口增长10.4%，高出外贸整体增速7.6个百分点，占外贸总值的42.3%。")
    assert flagged(text) == []
