"""What an English figure measures in roundups and lists (several owners or members in one passage), in verbs that
name a quantity, and in survey answers: the forms reviewers found misread, on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


def test_bracketed_figures_after_a_movement_are_each_member_s_growth() -> None:
    read = _claims("Wool exports rose 2.0 per cent in June. There were rises in Otago (1.5 per cent) and Nelson (0.8 "
                   "per cent). Shipments jumped to Peru (4.1 percent); Chile (3.2 percent). Unemployment was lower in "
                   "Otago (3.9 per cent).")
    for figure in ("1.5 per cent", "0.8 per cent", "4.1 percent", "3.2 percent"):
        assert (read[figure].kind, read[figure].direction) == ("growth", "up"), figure
    assert read["3.9 per cent"].kind != "growth"  # "lower in" compares levels, it moves nothing


def test_a_verb_of_passage_ends_what_is_counted_and_a_named_place_owns_the_count() -> None:
    read = _claims("Some 9.2 million passengers used Leeds Bradford Airport in 2023. Last month 310,000 travellers "
                   "passed through the terminal.")
    count = read["Some 9.2 million"]
    assert (count.subject, count.metric) == ("Leeds Bradford Airport", "passengers")
    assert read["310,000"].metric == "travellers"


def test_a_verb_of_earning_with_in_names_the_owner_and_the_money_s_noun_names_the_quantity() -> None:
    read = _claims("Italy raked in $48.1 billion in tourist spending last year.")
    assert (read["$48.1 billion"].subject, read["$48.1 billion"].metric) == ("Italy", "tourist spending")


def test_a_bare_change_takes_the_quantity_its_sentence_named_with_the_first_change() -> None:
    read = _claims("The change in total farm employment for May was revised from +12,000 to +24,000, and the change "
                   "for June was revised from +42,000 to +18,000.")
    assert read["+18,000"].metric == read["+24,000"].metric == "total farm employment"


def test_a_party_named_before_a_verb_of_having_owns_the_figures_of_its_clause_in_a_roundup() -> None:
    read = _claims("Diesel cars registered a decrease of 12 percent to 9,100 vehicles, while Mild hybrids saw almost "
                   "8,000 new buyers. Lisbon Portela led the way with 9,306,293 passengers and Porto reported growth "
                   "of 11.1% on its way to 5,396,394 passengers. Meanwhile, Faro became the first airport in the "
                   "region to handle a million passengers in one month. March saw growth of 0.2%.")
    assert read["almost 8,000"].subject == "Mild hybrids" and read["9,100"].subject == "Diesel cars"
    assert read["9,306,293"].subject == "Lisbon Portela" and read["5,396,394"].subject == "Porto"
    assert read["a million"].subject == "Faro"
    assert read["0.2%"].subject != "March"  # a time that saw a figure is its period, no party


def test_a_clause_opened_by_a_place_or_a_side_reads_its_figures_as_that_member_s() -> None:
    read = _claims("In Norway, electric cars took 61% of new car sales, and in Sweden, the figure was 29%. "
                   "Domestically, the airlines flew 9.9 million passengers. In May, sales rose 5%.")
    assert (read["61%"].segment, read["29%"].segment) == ("Norway", "Sweden")
    assert read["9.9 million"].segment == "domestic" and read["5%"].segment is None


def test_each_member_of_a_list_of_movers_owns_its_own_figures() -> None:
    # Name, up 3p, Name2, up 2p, and Name3, down 1p: the name before each aside, not the first one carried on
    read = _claims("The biggest movers were Barclays, up 3p to 210p, Lloyds, up 2p, and Aviva, down 14p to 401p.")
    assert [read[f].subject for f in ("3p", "210p", "2p", "14p", "401p")] == [
        "Barclays", "Barclays", "Lloyds", "Aviva", "Aviva"]


def test_a_movement_named_before_was_is_a_growth_of_what_moved() -> None:
    # Growth in X was N%: the growth of X, not a share; not when the figure is the share something accounted for
    read = _claims("Growth in wool exports was 2.4% in May. The fall in card spending was 1.5%. "
                   "Growth in Asia accounted for 40% of the total. Peru saw a drop in wool sales of 6.2% on 2020.")
    assert (read["2.4%"].kind, read["2.4%"].direction, read["2.4%"].metric, read["2.4%"].segment) == (
        "growth", "up", "wool exports", None)
    assert (read["1.5%"].kind, read["1.5%"].direction) == ("growth", "down")
    assert read["40%"].kind == "share"
    assert (read["6.2%"].kind, read["6.2%"].direction, read["6.2%"].metric) == ("growth", "down", "wool sales")


def test_a_member_whose_verb_is_left_out_moves_like_the_one_before() -> None:
    # Name rose 7.9% and Name2 6.1%: Name2's growth of the same quantity; a month is no member
    read = _claims("Passenger numbers at Leeds rose 7.9% and Bristol 6.1%. Sales fell 5% in March and April 3%.")
    assert (read["6.1%"].kind, read["6.1%"].direction, read["6.1%"].segment) == ("growth", "up", "Bristol")
    assert read["6.1%"].metric == read["7.9%"].metric
    assert "April" not in (read["3%"].subject, read["3%"].segment)


def test_a_quantity_compared_in_a_place_keeps_no_verb() -> None:
    # X was lower in Place (N): the quantity is X, the place its member
    read = _claims("Inflation was lower in Wales (2.2 per cent) than in England. "
                   "Wages were highest in Kent (5 per cent).")
    assert (read["2.2 per cent"].metric, read["2.2 per cent"].segment) == ("Inflation", "Wales")
    assert (read["5 per cent"].metric, read["5 per cent"].segment) == ("Wages", "Kent")


def test_a_year_ago_adjective_dates_the_figure_it_names() -> None:
    # a year-earlier profit of $X; last year's X: the figure is of that earlier time, named by its noun
    read = _claims("Zeta posted a profit of $81 million, up from a year-earlier profit of $64 million. "
                   "Sales rose to 7.2 billion euros from last year's 6.9 billion euros.")
    assert (read["$64 million"].metric, read["$64 million"].period) == ("profit", "a year earlier")
    assert read["$81 million"].period is None
    assert read["6.9 billion euros"].period == "last year"
    assert read["7.2 billion euros"].period is None


def test_a_clause_leading_up_to_a_movement_is_no_member_of_it() -> None:
    # Despite suffering / After recording a N% fall in X: of X, with no member named by the leading words
    read = _claims("Despite suffering a 4.1% drop in bookings, Malta grew. After recording a 2% fall in output, "
                   "Chile recovered.")
    assert (read["4.1%"].metric, read["4.1%"].segment) == ("bookings", None)
    assert (read["2%"].metric, read["2%"].segment) == ("output", None)


def test_words_that_only_grade_a_movement_name_no_quantity() -> None:
    # remarkable yearly growth of N%: a yearly growth; a one-time gain of $X; praise alone is no name
    read = _claims("The port reported remarkable yearly growth of 14%. It booked a one-time gain of $9 million. "
                   "Volumes showed robust growth of 6%.")
    assert read["14%"].metric == "yearly growth"
    assert read["$9 million"].metric == "one-time gain"
    assert read["6%"].metric != "robust"
