"""Market shares and the parts that hold them (checks/extract/en/held.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.segment, c.metric) for c in extract(text, "doc")}


def test_a_share_taken_after_a_movement_is_held_by_what_moved() -> None:
    read = _read("Sales of vans were up 12.4 per cent to take a 7.9 per cent market share.")
    assert read["7.9 per cent"] == ("Sales of vans", "market share")


def test_a_share_is_held_by_the_clause_that_leads_it() -> None:
    read = _read("It means hybrids had a 4.1% share of the market in May. "
                 "Diesel cars kept most of new sales with a 33.1% share, the data showed.")
    assert read["4.1%"] == ("hybrids", "market share")
    assert read["33.1%"] == ("Diesel cars", "market share")


def test_a_share_after_another_share_is_not_held_by_its_lead() -> None:
    read = _read("Three-fifths of new vans sold were diesel, with electric vans still rare at a 3.2% market share.")
    assert read["3.2%"][0] != "Three-fifths of new vans sold"
