"""Forms of stop 63, written before its blind set was read (from the misses of earlier planted sets), on sentences
written for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of


def test_a_flow_named_with_its_goods_and_route_is_of_the_flow() -> None:
    claims = extract("The first figures show exports of goods from the bloc to the rest of the world worth 120.0 "
                     "billion euros in May.")
    assert claims[0].metric == "exports"
    # a flow to a partner named after it keeps its partner as its member
    assert extract("Exports to China rose 4% to $3.1 billion.")[1].metric != "exports"


def test_a_balance_told_as_the_result_of_the_paragraph_before() -> None:
    text = ("Figures show a trade surplus of 10.0 billion euros for the bloc.\n"
            "Exports of goods from the bloc to the rest of the world were worth 120.0 billion euros in May, down 2.0% "
            "on May of last year (122.4 billion euros). Imports from the rest of the world amounted to €110.0 "
            "billion in May, down 5.0% on May of last year (€115.8 billion).\n"
            "As a result, the bloc recorded a surplus of {surplus} billion euros in goods trade.")
    assert flagged_of("parts_vs_total", text.format(surplus="10.0")) == []
    assert flagged_of("parts_vs_total", text.format(surplus="13.0")) != []
    # no such opening: the sides of the paragraph before, out of reach, are not read
    assert flagged_of("parts_vs_total", text.format(surplus="13.0").replace("As a result, t", "T")) == []


def test_a_heading_line_names_the_member_of_the_labelled_lines_under_it() -> None:
    text = ("Sales totaled 900,000 in May.\n\nBy area:\n\nNorth\n\nUnits Sold: 400,000 (+2% YoY)\n\n"
            "Median Price: $300,000\n\nSouth\n\nUnits Sold: 500,000 (+3% YoY)\n\nMedian Price: $250,000\n")
    segments = [(c.text, c.segment) for c in extract(text)]
    assert ("400,000", "North") in segments and ("$250,000", "South") in segments
    # one heading alone is no table of members
    alone = extract("Summary\n\nUnits Sold: 400,000\n\nMedian Price: $300,000\n")
    assert all(c.segment is None for c in alone)
