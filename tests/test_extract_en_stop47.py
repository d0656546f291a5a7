"""English readings of stop 47, from the forms the blind reviewers of clean28–clean31 found misread, on sentences
written for these tests: a company named with its legal form after a comma, and a table's row written as a line."""

from __future__ import annotations

from checks import extract


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


def test_a_company_named_with_a_comma_before_its_legal_form_owns_the_report() -> None:
    read = _claims("Harbour Tools, Inc. (NYSE: HBT) announced that revenue was up 12% for 2024 ($40.1 million versus "
                   "$35.8 million in 2023). Net income rose 5% to $3.2 million.")
    assert read["12%"].subject == read["$3.2 million"].subject == "Harbour Tools"
    assert read["12%"].attribution.startswith("Harbour Tools, Inc.")


def test_a_row_of_fields_after_a_member_s_name_is_that_member_s() -> None:
    read = _claims("Regional prices published by the registry:\n"
                   "- Northland: Monthly change 2.7%, Annual change -1.5%, Average price £467,070.\n"
                   "- Southfield: Monthly change 1.1%, Annual change 8.6%, Average price £238,119.\n")
    monthly, annual, level = read["2.7%"], read["-1.5%"], read["£467,070"]
    assert (monthly.segment, annual.segment, level.segment) == ("Northland",) * 3
    assert (monthly.kind, monthly.direction, monthly.basis) == ("growth", "up", "month on month")
    assert (annual.kind, annual.direction, annual.basis) == ("growth", "down", "year on year")
    assert monthly.metric == annual.metric == level.metric == "Average price"
    assert read["8.6%"].segment == "Southfield"


def test_a_labelled_line_of_prose_is_no_row_of_fields() -> None:
    read = _claims("Outlook: revenue will rise 4% and margins 2%.\n")
    assert read["4%"].segment is None
    assert read["4%"].metric != "margins"


def test_a_bulleted_amount_and_what_it_goes_to_is_that_member_s_amount() -> None:
    read = _claims("The proposed budget of the county:\n- $12.5 million for road repairs\n- $3.1 million for the year\n"
                   "- $0.8 million towards parks.\n")
    assert read["$12.5 million"].segment == "road repairs"
    assert read["$0.8 million"].segment == "parks"
    assert read["$3.1 million"].segment is None  # a time is no member


def test_the_level_a_member_s_change_ends_at_is_that_member_s() -> None:
    read = _claims("Norway's exports to the EU rose 6.7 percent to reach €38 billion in the first half.")
    assert read["6.7 percent"].segment == read["€38 billion"].segment == "EU"


def test_a_growth_in_a_quantity_then_its_move_from_one_level_to_another_links_both_levels() -> None:
    read = _claims("The month of May saw a 15.62 percent growth in tourist arrivals, increasing from 537,743 last year "
                   "to 621,719 this year.")
    rate = read["15.62 percent"]
    assert (rate.base_value, rate.level_after) == (537_743, 621_719)


def test_a_movement_told_as_an_annual_or_monthly_rate_is_a_growth() -> None:
    read = _claims("Tourist arrivals jumped an annual 7.5% in September to 520,138. Prices rose a monthly 0.4% in May.")
    assert (read["7.5%"].kind, read["7.5%"].direction, read["7.5%"].level_after) == ("growth", "up", 520_138)
    assert (read["0.4%"].kind, read["0.4%"].direction) == ("growth", "up")


def test_a_traded_contract_named_as_what_moved_owns_its_figures_not_the_roundup_s_first() -> None:
    read = _claims("Gold futures fell $29.6, or 1.65%, to $1,768.30 per ounce.\n\nWTI crude futures were up 97 cents, "
                   "or 1.2%, at $82.28 a barrel.\n\nGlobal oil demand rises by 5.5 million bpd in 2021.")
    assert read["97 cents"].subject == read["1.2%"].subject == "WTI crude futures"
    assert read["5.5 million bpd"].subject != "WTI crude futures"  # it passes its name on to no other figure
