"""Others' estimates of a figure, read into its basis (checks/extract/en/estimates.py), on sentences written for these
tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, bool]]:
    return {c.text: (c.basis, c.metric, c.projected) for c in extract(text, "doc")}


def test_estimators_as_the_subject_of_a_verb_of_expecting_are_the_basis_of_the_figures_after_it() -> None:
    read = _read("Bolt reported revenue of $2.1 billion. Analysts surveyed by FactSet expected a profit of 44 "
                 "cents per share on revenue of $2.2 billion. Economists had forecast a surplus of $3.4 billion.")
    assert read["$2.1 billion"][0] is None
    assert read["44 cents"] == ("analysts' estimate", "earnings per share", True)
    assert read["$2.2 billion"] == ("analysts' estimate", "revenue", True)
    assert read["$3.4 billion"][0] == "economists' estimate"


def test_an_estimate_noun_before_the_figure_or_who_expected_it_after_it_says_whose() -> None:
    read = _read("Bolt said sales rose 8% to $6.1 billion, more than the $5.9 billion expected by analysts. "
                 "Its earnings of 51 cents a share beat the consensus estimate of 48 cents.")
    assert read["$5.9 billion"][0] == "analysts' estimate" and read["$6.1 billion"][0] is None
    assert read["48 cents"][0] == "analysts' estimate" and read["51 cents"][0] is None


def test_a_forecast_beaten_in_another_clause_is_no_figures_basis() -> None:
    read = _read("Bolt topped Wall Street forecasts on Monday when it said it earned $310 million.")
    assert read["$310 million"][0] is None
