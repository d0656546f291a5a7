"""English readings of stop 50, from the forms clean34's English reviewer found with no quantity's name, on sentences
written for these tests: a passive of recording, a rate moved "by" with its alias in brackets, a member's rate that
suffered a fall, a rival "with" its share, an index that opened and closed, and a market roundup's members."""

from __future__ import annotations

from checks import extract
from tests.flags import flagged


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


def test_a_quantity_said_to_be_recorded_at_a_figure_is_that_quantity() -> None:
    read = _claims("The current account deficit during FY 2019-20 was recorded at $ 12.310 billion against the "
                   "deficit of $15.204 billion in FY 2018-19.")
    assert read["$ 12.310 billion"].metric == "current account deficit"
    assert read["$ 12.310 billion"].period == "FY 2019-20" and read["$ 12.310 billion"].segment is None
    assert read["$15.204 billion"].period == "FY 2018-19"


def test_a_rate_moved_by_with_its_alias_in_brackets_and_the_level_it_reached() -> None:
    read = _claims("The central bank has cut its key lending rate (repo rate) by 25 basis points, taking it to "
                   "6.75 percent.")
    assert read["25 basis points"].metric == "key lending rate"
    assert read["6.75 percent"].metric == "key lending rate"


def test_a_members_rate_that_suffered_a_fall_is_the_members_rate() -> None:
    read = _claims("Occupancy at the resort was steady. However, the rate for budget hotels suffered a decline of "
                   "3.2 percentage points.")
    assert (read["3.2 percentage points"].metric, read["3.2 percentage points"].segment) == ("rate", "budget hotels")
    assert read["3.2 percentage points"].direction == "down"


def test_a_rival_with_its_share_takes_the_leaders_quantity() -> None:
    read = _claims("Kia led van sales with 21% market share (1,204 units) followed by Renault with 14% (802 units) "
                   "and Fiat with 9% (515 units).")
    assert (read["14%"].metric, read["14%"].segment) == ("market share", "Renault")
    assert (read["9%"].metric, read["9%"].segment) == ("market share", "Fiat")


def test_an_index_that_opened_and_closed_is_one_quantity_and_its_close_no_figure_of_the_basis() -> None:
    read = _claims("The broad index of the Lagos exchange, which opened at 41,201.35 points, closed at 41,655.20 "
                   "points, up 453.85 points or 1.1 per cent compared to its previous close of 41,201.35 points.")
    assert read["41,201.35 points"].metric is not None
    assert read["41,655.20 points"].metric == read["41,201.35 points"].metric
    assert read["1.1 per cent"].basis == "compared to its previous close"


def test_a_market_roundups_members_own_their_moves_and_prices() -> None:
    read = _claims("Gainers included Acme, up 2.10 per cent at Rs.410.50; Brixton, up 1.75 per cent at Rs.88.20 "
                   "and Cobalt, up 0.90 per cent at Rs.1,020.")
    assert [read[f].subject for f in ("2.10 per cent", "1.75 per cent", "0.90 per cent")] == [
        "Acme", "Brixton", "Cobalt"]
    assert read["1.75 per cent"].metric == "share price" and read["Rs.88.20"].subject == "Brixton"


def test_a_deficit_of_a_fiscal_year_against_that_years_exports_and_imports() -> None:
    text = ("The exports from the country during July-June (2019-20) were recorded at $21.400 billion.\n\n"
            "Imports into the country also increased by 4.2 percent by going up from $52.100 billion in FY 2018-19 "
            "to $54.300 billion during FY 2019-20.\n\n"
            "The trade deficit during FY 2019-20 was recorded at $ 32.900 billion.\n")
    read = _claims(text)
    assert (read["$21.400 billion"].metric, read["$21.400 billion"].segment) == ("exports", "country")
    assert read["$52.100 billion"].metric == "imports"
    assert flagged(text) == []
    assert [relation for relation, _ in flagged(text.replace("32.900", "35.900"))] == ["parts_vs_total"]
