"""Lengths of time that are the scope of other figures (checks/extract/en/scopes.py), on sentences written for these
tests."""

from __future__ import annotations

from checks import extract


def _texts(text: str) -> set[str]:
    return {c.text for c in extract(text, "doc")}


def test_how_far_back_a_comparison_reaches_is_no_claim() -> None:
    found = _texts("Exports hit a nine-month high in May, the biggest rise in almost four years, and the first "
                   "monthly gain of U.S. shipments in two years. Sales beat the five-year average.")
    assert not found & {"nine-month", "almost four years", "two years", "five-year"}


def test_a_span_that_is_the_figure_stays_a_claim() -> None:
    found = _texts("The strike lasted six weeks. The wait was two months longer than planned.")
    assert {"six weeks", "two months"} <= found
