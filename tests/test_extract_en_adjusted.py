"""Figures with something left out (checks/extract/en/adjusted.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _metrics(text: str) -> dict[str, str | None]:
    return {c.text: c.metric for c in extract(text, "doc")}


def test_an_opener_that_leaves_something_out_names_the_figures_after_it() -> None:
    read = _metrics("Sales rose 0.4 percent in June. Excluding gasoline, sales were up 0.2 percent in June. "
                    "Excluding restructuring charges, net income was 38 cents per share. After adjusting for the "
                    "return of locked-out workers (12,000), factory employment was up by 31,000.")
    assert read["0.4 percent"] == "sales" and read["0.2 percent"] == "sales excluding gasoline"
    assert read["38 cents"] == "adjusted earnings per share"
    assert read["31,000"] == "adjusted factory employment" and read["12,000"] != "adjusted factory employment"
