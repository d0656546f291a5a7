"""What an English figure measures in sentence structures that left its quantity empty or wrong (verbs of little
change, contributions, …), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric, c.period) for c in extract(text, "doc")}


def test_a_verb_of_little_change_is_no_part_of_the_quantity_s_name() -> None:
    read = _read("Retail employment changed little (+12,000) in March. The jobless rate was little changed at 4.4 "
                 "percent in May. Mining employment continued on an upward trend (+8,000). The number of discouraged "
                 "workers was little changed in June at 1.1 million.")
    assert read["+12,000"][2] == "Retail employment" and read["4.4 percent"][2] == "jobless rate"
    assert read["+8,000"][2] == "Mining employment" and read["1.1 million"][2] == "discouraged workers"


def test_a_contribution_to_a_rate_is_of_its_member_and_so_are_the_items_listed_after_it() -> None:
    read = _read("In May, energy contributed the most to the country's annual inflation rate, adding 0.9 percentage "
                 "points. It was followed by food and drink, which contributed 0.31 percentage points, rents at 0.22 "
                 "percentage points, and clothing at 0.05 percentage points.")
    assert read["0.9 percentage points"][1:3] == ("energy", "contribution to annual inflation rate")
    for figure, member in (("0.31 percentage points", "food and drink"), ("0.22 percentage points", "rents"),
                           ("0.05 percentage points", "clothing")):
        assert read[figure][1:3] == (member, "contribution to annual inflation rate")


def test_a_contribution_named_as_a_noun_reads_its_bracketed_members_and_not_a_growth_rate() -> None:
    read = _read("The largest contribution to annual inflation came from housing (+0.71 pp), followed by transport "
                 "(+0.40 pp); leisure (+0.12 pp); and energy (-0.08 pp). Mobile sales contributed 4.1 per cent to "
                 "total store sales. The largest contribution to this growth came from mining (+1.1%).")
    for figure, member in (("+0.71 pp", "housing"), ("+0.40 pp", "transport"), ("-0.08 pp", "energy")):
        assert read[figure][1:3] == (member, "contribution to annual inflation")
    assert read["4.1 per cent"][1:3] == ("Mobile sales", "contribution to total store sales")
    assert read["+1.1%"][2] != "contribution to this growth"  # the member's own growth, in percent


def test_a_share_after_a_verb_of_being_is_of_the_subject_and_not_of_its_whole() -> None:
    read = _read("At this point, survey coverage is less than half of the total needed for the estimate. Marketing "
                 "costs were 18.5% of total revenue, compared to 17.9% a year earlier.")
    assert read["less than half"][2] == "survey coverage" and read["18.5%"][2] == "Marketing costs"
    assert _read("They were 30 percent of respondents.")["30 percent"][2] != "They"  # a pronoun names nothing


def test_a_quantity_a_change_is_in_is_read_in_whole_words_and_never_a_month() -> None:
    read = _read("Revenue rose on a 12 percent increase in freight that moved faster than expected. Sales grew 3% "
                 "in March, after a 0.4 percent rise in April. Bookings were helped by a 9 percent rise in "
                 "international travellers (2.1 million) and a 5 percent rise in Hong Kong's hotel supply during "
                 "the year.")
    assert read["12 percent"][2] == "freight" and read["0.4 percent"][2] != "April"
    assert read["9 percent"][2] == "international travellers"
    assert read["5 percent"][2] == "Hong Kong's hotel supply"


def test_a_quantity_s_name_never_ends_open_and_a_change_in_a_time_is_of_the_quantity_before() -> None:
    read = _read("The group reported a 12 per cent increase in core net profit and. It expects a 20 per cent rise in "
                 "the year ahead. Output increased in all four main industrial groupings within the country in 2014. "
                 "Number of members voting FOR 310 62.0%")
    assert read["12 per cent"][2] == read["20 per cent"][2] == "core net profit"
    assert read["four"][2] == "main industrial groupings"
    assert all(not (metric or "").endswith(("within", "the", "and")) for _, _, metric, _ in read.values())
    assert read["310"][2] == "members voting FOR"  # an upper-case FOR names the vote


def test_a_revision_s_amount_and_the_estimate_it_replaced_are_read_apart_from_the_new_estimate() -> None:
    read = _read("The change in retail employment for May was revised down by 14,000, from +52,000 to +38,000. "
                 "Factory orders for April were revised upward 3,000 to 61,000.")
    assert read["14,000"][2] == "revision to retail employment"
    assert read["+52,000"][2] == "previously reported retail employment"
    assert read["+38,000"][2] == "retail employment"
    assert read["3,000"][2].startswith("revision to") and not read["61,000"][2].startswith(("revision", "previously"))


def test_a_clause_after_a_contribution_is_no_item_of_its_list() -> None:
    read = _read("Energy contributed 0.4 percentage points, while inflation at 2.6 percent was steady.")
    assert read["0.4 percentage points"][1] == "Energy" and read["2.6 percent"][2] == "inflation"


def test_the_year_of_one_figure_is_no_start_of_a_range_to_the_next() -> None:
    found = [(c.text, c.qualifier) for c in extract("Visitors rose from 1.6 million in 2010 to 4.8 million in 2020.")]
    assert found == [("1.6 million", "exact"), ("4.8 million", "exact")]
    assert [(c.text, c.qualifier) for c in extract("Tickets cost 2000 to 3000 dollars.")] == [
        ("2000 to 3000 dollars", "range")]


def test_a_figure_passed_that_is_a_change_is_a_change() -> None:
    found = [(c.text, c.kind, c.direction) for c in extract(
        "Traffic grew 4.7%, outpacing a 3.1% increase in capacity, and output surpassed 10 million bpd.")]
    assert found == [("4.7%", "growth", "up"), ("3.1%", "growth", "up"), ("10 million bpd", "level", None)]
    assert [(c.kind, c.direction) for c in extract("Sales grew 2%, outpacing a 3% decline in the market.")][1] == (
        "growth", "down")
