"""Prior-year figures in brackets (checks/extract/en/comparative.py) and names that are quantities, not owners
(checks/extract/en/owners.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract
from checks.extract.claim import Claim


def _read(text: str) -> dict[str, Claim]:
    return {c.text: c for c in extract(text, "doc")}


def test_a_prior_year_in_brackets_is_the_same_quantity_of_that_year() -> None:
    read = _read("Results for the year.\n"
                 "- Interim dividend of 4.2p per share (2019: 3.9p)\n"
                 "- Membership income increased by 12.5% (2019: 8.0%) to £96.4m (2019: £85.7m)\n"
                 "- 40 new branches opened in the year (2019: 31 branches)\n")
    assert (read["3.9p"].metric, read["3.9p"].period) == ("Interim dividend", "2019")
    assert read["4.2p"].period is None
    assert (read["8.0%"].metric, read["8.0%"].kind, read["8.0%"].period) == ("Membership income", "growth", "2019")
    assert read["£96.4m"].metric == "Membership income" and read["£96.4m"].period is None
    assert (read["£85.7m"].metric, read["£85.7m"].period) == ("Membership income", "2019")
    assert read["31"].metric == read["40"].metric and read["31"].period == "2019"


def test_a_closed_prior_year_bracket_dates_no_later_figure() -> None:
    read = _read("- Two branches closed (2019: nil) leaving 212 branches at the year end (2019: 174 branches)\n")
    assert read["212"].period is None and read["174"].period == "2019"


def test_a_results_abbreviation_is_a_quantity_not_an_owner() -> None:
    read = _read("- Basic EPS up 11.2% to 24.1p (2019: 21.7p)\n- Statutory NPAT $2.3 million\n")
    assert read["11.2%"].metric == "Basic EPS" and read["11.2%"].subject is None
    assert read["21.7p"].metric == "Basic EPS" and read["$2.3 million"].subject != "Statutory NPAT"


def test_an_index_of_prices_is_inflation_not_a_stock_index() -> None:
    read = _read("The Retail Prices Index rose by 3.1% in the year to May.")
    assert read["3.1%"].metric == "Retail Prices Index" and read["3.1%"].subject is None
    assert _read("The FTSE 100 rose 40 points.")["40 points"].metric == "index level"


def test_the_party_that_today_announces_its_results_owns_them() -> None:
    read = _read("Harbour Foods Ltd today announced that revenue rose 8% to $41 million in the half.")
    assert read["8%"].subject == "Harbour Foods"


def test_spaced_heading_letters_are_no_owner() -> None:
    read = _read("R E S U L T S NORTHWIND Revenue $12.0 million, up 5%.")
    assert read["$12.0 million"].subject is None or " " not in read["$12.0 million"].subject[:3]
