"""Revisions of published figures (checks/extract/en/revisions.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _metrics(text: str) -> dict[str, str | None]:
    return {c.text: c.metric for c in extract(text, "doc")}


def test_the_revision_the_figure_first_reported_and_the_revised_figure_are_three_quantities() -> None:
    read = _metrics("The change in farm payroll employment for March was revised up by 12,000, from +41,000 to "
                    "+53,000, and the change for April was revised from +30,000 to +22,000.")
    assert read["12,000"] == "revision to farm payroll employment"
    assert read["+41,000"] == read["+30,000"] == "previously reported farm payroll employment"
    assert read["+53,000"] == read["+22,000"] == "farm payroll employment"


def test_a_sum_lower_than_previously_reported_is_its_revision_and_a_revised_figure_keeps_its_name() -> None:
    read = _metrics("With these revisions, job gains in March and April combined were 8,000 lower than previously "
                    "reported. Exports rose by a revised 0.7 percent in April.")
    assert read["8,000"] == "revision to job gains"
    assert read["0.7 percent"] == "exports"
