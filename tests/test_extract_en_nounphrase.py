"""What an English figure measures where the words before it join one noun phrase, name no quantity, or list the
members of its figures (checks/extract/en/nounphrase.py, respective.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _measures(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.subject, c.segment, c.metric) for c in extract(text, doc="t")]


def test_and_inside_a_preposition_s_object_and_for_after_a_quantity_join_one_noun_phrase() -> None:
    assert _measures("Sales at building materials and garden equipment stores rose 1.1 percent.") == [
        (None, "building materials and garden equipment stores", "sales")]
    assert _measures("The economic inactivity rate for people in the same age group was estimated at 21 per cent.")[
        0][1:] == ("people in the same age group", "economic inactivity rate")
    assert _measures("The company cut costs at its plants and revenue rose 5%.")[0][2] == "revenue"


def test_a_run_of_periods_is_a_time_not_a_name() -> None:
    assert _measures("Average hotel occupancy for the first six months was 83 percent.")[0][2] == (
        "Average hotel occupancy")


def test_a_counter_after_a_named_quantity_leaves_the_quantity() -> None:
    assert _measures("Natural increase during this period was 139,100 people.")[0][2] == "Natural increase"
    assert _measures("The year ended with net overseas migration of 249,700 people.")[0][2] == (
        "net overseas migration")
    assert _measures("The company hired 300 people.")[0][2] == "people"


def test_a_pronoun_or_a_participle_where_a_quantity_s_name_stands_is_of_the_figure_before() -> None:
    assert [m[2] for m in _measures("Pass percentage this year was 86% while it was 80% last year.")] == [
        "Pass percentage", "Pass percentage"]
    assert _measures("Shares in the bank jumped 9.4 per cent before eventually closing up 5 per cent.")[1][2] == (
        "shares")
    assert _measures("The literacy rate rose to 74.04 per cent — showing an increase of 9.21 percentage points.")[
        1][2] == "literacy rate"


def test_a_revision_a_dashed_aside_and_the_figure_s_own_to_name_no_quantity() -> None:
    # the figure as first reported and the revised figure: two statements (en/revisions.py), of the quantity named
    revised = _measures("The change in total nonfarm payroll employment for July was revised from +245,000 to "
                        "+223,000.")
    assert [m[2] for m in revised] == ["previously reported total nonfarm payroll employment",
                                       "total nonfarm payroll employment"]
    assert _measures("The labor participation rate — the proportion of the population working — remained "
                     "unchanged at 62.7 percent.")[0][2] == "labor participation rate"
    assert _measures("Sales revenue also declined from last year to 41.3 billion euros.")[0][2] == "Sales revenue"
    assert _measures("Foster's reported a full year net loss to $89 million.")[0][2] == "net loss"


def test_a_clause_that_is_only_a_quantity_s_name_before_an_aside_of_movement() -> None:
    assert _measures("Microsoft's stock price, up 25 per cent since June, reflected optimism.") == [
        ("Microsoft", None, "stock price")]
    assert _measures("Serbia's Gross Domestic Product contracted by 0.8 percent.") == [
        ("Serbia", None, "Gross Domestic Product")]


def test_exceeding_a_yardstick_by_a_figure_moves_the_owner_s_quantity() -> None:
    assert _measures("It expects sales revenue to exceed the prior-year figure by 5 percent.")[0][2] == (
        "sales revenue")


def test_an_owner_named_by_a_common_noun_is_the_party_named_before() -> None:
    claims = extract("Acme Corp. reported record sales. The company's revenue rose 4.6% to $18.24 billion.", doc="t")
    assert [c.subject for c in claims] == ["Acme", "Acme"]  # its legal form aside


def test_figures_listed_against_the_members_named_before_their_verb() -> None:
    assert _measures("Germany, France and Italy accounted for 20%, 15% and 10% of sales.") == [
        (None, "Germany", "Germany"), (None, "France", "France"), (None, "Italy", "Italy")]
    assert _measures("Exports to China, Japan and Korea fell 3.1%, 2.2% and 1.5% in May.") == [
        (None, "China", "Exports"), (None, "Japan", "Exports"), (None, "Korea", "Exports")]


def test_named_owners_listed_before_their_prices_each_own_one() -> None:
    assert _measures("BP and Royal Dutch Shell rose 17p and 24p.") == [
        ("BP", None, "share price"), ("Royal Dutch Shell", None, "share price")]
    # a long clause before a relative names no quantity of its own: the noun the relative hangs on does
    assert _measures("Gains in shipments of car parts to China helped lift overall exports, which jumped 11.3 percent "
                     "from a year earlier.")[0][2] == "exports"


def test_a_name_with_its_figure_in_brackets_is_a_member_of_the_list_s_quantity() -> None:
    claims = {c.text: c for c in extract("Exports rose 2.0 percent. Exports jumped to Mexico (4.1 percent), a record; "
                                         "Chile (3.2 percent); Peru (1.5 percent).", "doc")}
    for figure, name in (("4.1 percent", "Mexico"), ("3.2 percent", "Chile"), ("1.5 percent", "Peru")):
        assert (claims[figure].segment, claims[figure].subject, claims[figure].metric) == (name, name, "exports")
    assert claims["2.0 percent"].subject is None  # a member's name is carried to no other figure


def test_an_owner_named_in_a_paragraph_owns_that_paragraph_only() -> None:
    claims = {c.text: c for c in extract("Skyways Group reported revenue of $2.1 billion, up 4%.\n"
                                         "Northfield Airport's passenger numbers climbed 8.5%. Its cargo rose 3%.\n"
                                         "Operating costs fell 2.1%.", "doc")}
    assert claims["3%"].subject == "Northfield Airport"  # within its paragraph
    assert claims["2.1%"].subject == "Skyways Group"  # the next paragraph goes back to the text's owner


def test_an_item_labelled_with_a_member_is_that_member_of_the_item_before() -> None:
    claims = extract("Highlights for March:\n- Visitors: 4.2 million, +6.0%;\n- Domestic: 3.1 million, +7.2%;\n"
                     "- International: 1.1 million, +3.1%;\n- Revenue: $920 million.", "doc")
    read = {c.text: (c.segment, c.metric) for c in claims}
    assert read["4.2 million"] == (None, "visitors")
    assert read["3.1 million"] == ("domestic", "visitors") and read["+7.2%"] == ("domestic", "visitors")
    assert read["1.1 million"] == ("international", "visitors")
    assert read["$920 million"] == (None, "revenue")


def test_an_owner_that_recorded_a_movement_owns_the_quantity_of_the_figure_before() -> None:
    text = ("Passenger numbers at the group's airports rose 5.2% in May. Northfield was up 11.3%, and Southport "
            "recorded a gain of 1.4%. It recorded a rise of 3% in June.")
    claims = {c.text: c for c in extract(text, "doc")}
    assert (claims["1.4%"].subject, claims["1.4%"].metric.lower()) == ("Southport", "passenger numbers")
    assert claims["3%"].metric.lower() == "passenger numbers" and claims["3%"].subject != "It"


def test_the_lead_owner_of_a_text_is_named_by_the_end_of_its_first_figure_s_sentence() -> None:
    claims = {c.text: c for c in extract("Revenue rose 12.5% to $3.1 billion in 2023, Acme said. Beta Corp, a rival, "
                                         "said its sales fell 2%.", "doc")}
    assert claims["12.5%"].subject == "Acme"
    later = extract("Revenue rose 5% in May. Northgate Holdings reported the figures on Tuesday.", "doc")
    assert later[0].subject is None  # named first in a later sentence: not the lead's party


def test_a_list_of_places_after_a_sentence_names_that_sentence_s_quantity() -> None:
    read = {c.text: (c.segment, c.metric) for c in extract(
        "Retail turnover rose 0.4 per cent in August. There were rises in Victoria (0.7 per cent), Tasmania "
        "(0.5 per cent) and Queensland (0.2 per cent).", "doc")}
    assert read["0.7 per cent"] == ("Victoria", "Retail turnover")
    assert read["0.2 per cent"] == ("Queensland", "Retail turnover")


def test_a_sentence_that_opens_with_a_member_gives_it_to_its_figures() -> None:
    read = {c.text: (c.segment, c.metric) for c in extract(
        "Average weekly hours rose to 34.4 hours. In manufacturing, the workweek increased by 0.1 hour to 40.7 "
        "hours. In total, sales rose 5%. In real terms, output grew 2%.", "doc")}
    assert read["40.7 hours"] == ("manufacturing", "workweek") and read["34.4 hours"][0] is None
    assert read["5%"][0] is None and read["2%"][0] is None  # ways of speaking, not members


def test_a_figure_set_after_its_name_by_a_comma_and_at_is_of_that_name() -> None:
    read = {c.text: c.metric for c in extract(
        "In May, both the participation rate, at 61.2 percent, and the jobless rate, at 4.4 percent, held. "
        "The index rose 76 points, or 1.1 per cent, at 5,242 points.", "doc")}
    assert read["61.2 percent"] == "participation rate" and read["4.4 percent"] == "jobless rate"
    assert read["5,242 points"] != "per cent"  # a figure before the comma names nothing


def test_groups_listed_with_their_rates_in_brackets_are_members_of_the_rate() -> None:
    read = {c.text: (c.subject, c.segment, c.metric) for c in extract(
        "Jobless rates fell in May for adult women (4.1 percent), teenagers (12.5 percent), and veterans "
        "(3.2 percent). Sales rose 5% (in May), and failing to save (one in two) was common.", "doc")}
    for figure, group in (("4.1 percent", "adult women"), ("12.5 percent", "teenagers"), ("3.2 percent", "veterans")):
        assert (read[figure][0], read[figure][1], read[figure][2].lower()) == (None, group, "jobless rates")
    assert read["one in two"][1] is None  # an answer in words, not a group of a list
