"""English readings of stop 36: a window of time is no figure before the next one, a verb after "has" or "had been"
is no part of a quantity's name, a movement set as an apposition is of the levels before it, a verb left out between
quantities, and what a measure counts after "of"; sentences written for this test."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.metric) for c in extract(text, "d")]


def test_a_window_of_months_ending_on_a_date_is_no_figure_before_the_next() -> None:
    assert _read("Revenue in the three months ended Sept 30 rose 14.2 per cent to S$61 million.") == [
        ("14.2 per cent", "revenue"), ("S$61 million", "revenue")]


def test_the_figure_after_a_window_is_read_with_the_one_before_it() -> None:
    read = _read("Keppel recorded a net profit of $809.3 million for the nine months to Sept 30, 18 per cent up on "
                 "the $688 million from a year earlier.")
    assert [metric for _, metric in read] == ["net profit", "net profit", "net profit"]


def test_a_verb_after_has_or_had_been_is_no_part_of_the_name() -> None:
    assert _read("Haw Par Corp has posted a net profit of S$57.2 million in the third quarter.")[0][1] == "net profit"
    assert _read("Economists had been predicting a trade surplus of $1.51 billion.")[0][1] == "trade surplus"


def test_a_participle_that_values_the_figure_is_no_part_of_the_name() -> None:
    assert _read("The country's receipts valued at $745.22 million came mostly from chips.")[0][1] == "receipts"
    assert _read("Its export earnings amounting to $5.2 billion were a record.")[0][1] == "export earnings"


def test_year_to_date_and_a_comparison_basis_are_no_part_of_the_name() -> None:
    assert _read("Year to date imports are up 2.5% on 2022.")[0][1] == "imports"
    assert _read("London saw year-on-year growth of 7.3%.")[0][1] is None


def test_a_growth_rate_set_after_two_levels_is_of_their_quantity() -> None:
    read = _read("GDP in the quarter is estimated at Rs33.74 lakh crore, as against Rs31.18 lakh crore a year "
                 "earlier, showing a growth rate of 8.2 percent.")
    assert read[-1] == ("8.2 percent", "GDP")


def test_a_movement_after_a_figure_of_no_moving_kind_names_nothing() -> None:
    read = _read("The largest rise was in department stores (3.5 per cent), which followed a fall in July of 5.8 per "
                 "cent.")
    assert read[-1] == ("5.8 per cent", None)


def test_an_earlier_movement_after_following_is_of_the_same_quantity() -> None:
    read = _read("Singapore's electronic NODX declined 7.8 percent year on year in May, following the 6.9 percent "
                 "decrease in April.")
    assert [metric for _, metric in read] == ["electronic NODX", "electronic NODX"]


def test_quantities_whose_verb_is_left_out_after_the_first() -> None:
    read = _read("Coal production rose by 7.3%, crude oil output by 6.1%, and natural gas by 3.8%.")
    assert [metric for _, metric in read] == ["Coal production", "crude oil output", "natural gas"]
    assert [c.direction for c in extract("Coal output rose by 7.3%, steel output by 4.9%.", "d")] == ["up", "up"]


def test_a_verb_between_the_quantity_and_by_is_no_gapped_name() -> None:
    read = _read("Long haul passengers rose by 21.5%, and short haul grew by 15.1% year-on-year.")
    assert read[-1][1] != "short haul grew"


def test_a_quantity_leading_a_clause_of_showing_names_the_movement_after_it() -> None:
    read = _read("Revenue also showed strong gains, rising 11% to $25.1 billion.")
    assert [metric for _, metric in read] == ["revenue", "revenue"]


def test_what_a_measure_counts_is_named_after_its_unit() -> None:
    assert _read("The airport handled 156,000 tonnes of cargo in August.")[0][1] == "cargo"
    assert _read("More than 2.1 million tons of cargo also passed through the port.")[0][1] == "cargo"
    assert _read("The port handled 5 million tonnes of which half was coal.")[0][1] is None


def test_who_speaks_is_no_owner_of_the_figures() -> None:
    read = extract("Today's figures show falling exports led by a 31 per cent drop in logs to $250 million.", "d")
    assert all(c.subject is None for c in read)


def test_a_dateline_is_no_part_of_the_owner() -> None:
    read = extract("MANILA, Philippines - The country's merchandise exports grew 11.2 percent in March.", "d")
    assert read[0].metric == "merchandise exports" and "MANILA" not in str(read[0].subject)
    listed = extract("Best sellers: Tesla Model Y - 93,708 units, Ford Mustang Mach-E - 13,951 units.", "d")
    assert [c.subject for c in listed] != [None, None]


def test_a_window_ending_on_a_date_and_a_year_ending_in_a_month_are_one_period() -> None:
    read = {c.text: c.period for c in extract(
        "Visitors numbered 3.39 million in the September year. HP earned $1.55 billion in the three months ended "
        "Jan. 31. For the first nine months of calendar year 2012, volumes rose 5.16 percent.", "d")}
    assert read == {"3.39 million": "September year", "$1.55 billion": "three months ended Jan. 31",
                    "5.16 percent": "first nine months of calendar year 2012"}


def test_a_level_from_a_year_earlier_is_of_that_time() -> None:
    read = extract("Net profit was $809.3 million for the nine months to Sept 30, 18 per cent up on the $688 million "
                   "from a year earlier.", "d")
    assert [c.period for c in read] == ["nine months to Sept 30", "nine months to Sept 30", "a year earlier"]


def test_a_quantity_that_moved_in_members_named_with_their_figures_in_brackets() -> None:
    read = extract("Employment rose among core-aged women (+43,000; +0.7%) and declined among core-aged men (-36,000; "
                   "-0.5%). Payroll employment increased in Quebec (+27,200; +0.8%) and Alberta (+19,600; +1.1%).", "d")
    assert [(c.text, c.segment, c.direction) for c in read] == [
        ("+43,000", "core-aged women", "up"), ("+0.7%", "core-aged women", "up"),
        ("-36,000", "core-aged men", "down"), ("-0.5%", "core-aged men", "down"),
        ("+27,200", "Quebec", "up"), ("+0.8%", "Quebec", "up"), ("+19,600", "Alberta", "up"),
        ("+1.1%", "Alberta", "up")]
    assert {c.metric for c in read[:4]} == {"Employment"}


def test_a_bracketed_percent_after_a_moved_quantity_is_its_movement_unless_a_rate() -> None:
    moved = extract("Dwelling approvals fell in November in the Australian Capital Territory (9.5 per cent) and South "
                    "Australia (6.2 per cent).", "d")
    assert [(c.kind, c.direction) for c in moved] == [("growth", "down"), ("growth", "down")]
    rates = extract("Among the groups, unemployment rates declined in September for adult men (5.3 percent).", "d")
    assert rates[0].kind != "growth"


def test_a_statistics_office_is_the_source_not_the_owner() -> None:
    read = extract("PRETORIA - Stats SA has revealed that retail trade sales increased by 0.7% year-on-year.", "d")
    assert read[0].subject is None and read[0].metric == "retail trade sales"
    kept = extract("Canada's merchandise trade surplus more than doubled to $1.9 billion in August, Statistics Canada "
                   "said.", "d")
    assert {c.subject for c in kept} == {"Canada"}


def test_a_unit_of_containers_read_as_a_name_stays_the_vague_name_the_relations_know() -> None:
    assert extract("In the first half, 120.19 million TEUs were moved through the ports.", "d")[0].metric == "TEUs"


def test_a_plunge_or_a_dip_in_a_quantity_is_its_movement() -> None:
    read = extract("Its investments unit saw an 85 per cent plunge in net profit to $8 million.", "d")
    assert [(c.kind, c.direction, c.metric) for c in read] == [("growth", "down", "net profit"),
                                                                 ("level", None, "net profit")]
    assert extract("But a 0.8 percent dip in U.S. comparable store sales for March hurt.", "d")[0].metric == \
        "U.S. comparable store sales"


def test_a_quantity_read_where_an_owner_stands_is_no_owner() -> None:
    read = extract("Philippine exports posted an increase of 11% with total sales of $4.782 billion in February.", "d")
    assert [(c.subject, c.metric) for c in read] == [(None, "Philippine exports"), (None, "sales")]


def test_an_aside_of_members_between_a_quantity_and_its_verb_leaves_the_quantity_named() -> None:
    read = extract("Meat products, including beef, lamb and pork, rose 4 per cent to $700 million.", "d")
    assert [c.metric for c in read] == ["Meat products", "Meat products"]


def test_a_contribution_after_a_members_rate_is_that_members_contribution() -> None:
    read = extract("Coal decreased by 12.5%, contributing -2.1 percentage points, while copper increased by 3.0%, "
                   "contributing 0.4 of a percentage point.", "d")
    assert next((c.metric, c.segment) for c in read if c.unit == "pp") == ("contribution", "Coal")
    # a member's rate followed by its own contribution is its rate, not a contribution
    listed = extract("The main contributors were: clothing retailers (50.5% and contributing 6.1 percentage points); "
                     "and all other retailers (40.2% and contributing 3.3 percentage points).", "d")
    assert [c.metric == "contribution" for c in listed] == [False, True, False, True]


def test_a_decimal_comma_before_a_percent_or_points_is_a_decimal() -> None:
    read = extract("Output fell by 12,5% in May; copper contributed -3,1 percentage points. Sales were 1,500 units.",
                   "d")
    assert [(c.text, c.value) for c in read] == [("12,5%", 12.5), ("-3,1 percentage points", -3.1), ("1,500", 1500)]


def test_a_span_of_months_of_a_fiscal_year_is_one_period() -> None:
    read = extract("Exports in April-March 2019-20 were USD 300.5 billion. Imports in June-August 2024 rose 2.1%.", "d")
    assert [c.period for c in read] == ["April-March 2019-20", "June-August 2024"]


def test_a_negative_growth_or_a_contraction_is_a_fall_of_the_quantity_before() -> None:
    read = extract("Overall exports in April-March 2019-20 were USD 300.5 billion, exhibiting a negative growth of "
                   "4.1% over the same period last year.", "d")
    assert [(c.kind, c.direction, c.metric) for c in read] == [
        ("level", None, "exports"), ("growth", "down", "exports")]
    assert [c.direction for c in extract("The economy showed a contraction of 2.1%.", "d")] == ["down"]


def test_a_quantity_estimated_to_be_a_figure_is_named_without_the_estimate() -> None:
    read = extract("The number of automobile travelers is expected to be 30.1 million.", "d")
    assert read[0].metric == "automobile travelers"
