"""A company's results as the news writes them (checks/extract/en/results.py), on sentences written for these
tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.subject, c.metric) for c in extract(text, "doc")}


def test_the_length_of_the_period_results_cover_is_no_claim() -> None:
    read = _read("Acme Corp. said it earned $3.2 billion, or 41 cents a share, in the six months ended June 30. "
                 "For the 12 month period to March 31st, traffic rose 2.5 per cent. The wait was two months longer.")
    assert "six months" not in read and "12 month" not in read
    assert "two months" in read


def test_the_verb_of_a_results_sentence_names_the_quantity_and_its_owner() -> None:
    read = _read("Acme said it earned $3.2 billion, or 41 cents a share. Bolt Inc. earned $610 million. It expects "
                 "to earn between 45 cents and 47 cents a share next year.")
    assert read["$3.2 billion"][1] == "earnings" and read["41 cents"][1] == "earnings per share"
    assert read["between 45 cents"][1] == "earnings per share"
    assert read["$610 million"] == ("Bolt Inc.", "earnings")


def test_a_figure_set_against_the_one_before_is_the_same_quantity_and_its_per_share_beside_it() -> None:
    read = _read("Bolt Inc. earned $710 million, or 35 cents a share, in the quarter, compared to $650 million, "
                 "or 31 cents, a year earlier. Net profit was $90 million (EUR80 million), or 12 cents per share, "
                 "from $70 million (EUR62 million), or 9 cents per share, last year. Diluted earnings per share "
                 "were $1.90, compared to $1.75 a year ago.")
    assert read["$650 million"][1] == "earnings" and read["31 cents"][1] == "earnings per share"
    assert read["$70 million"][1] == read["EUR62 million"][1] == "Net profit"
    assert read["$1.75"][1] == "Diluted earnings per share"


def test_a_sentence_going_on_from_the_one_before_sets_its_figure_against_that_ones() -> None:
    read = _read("Executives said it earned $410.5 million, or 33 cents per share, in the period. That's up from "
                 "$380.2 million, or 30 cents per share, a year ago.")
    assert read["$380.2 million"][1] == "earnings" and read["30 cents"][1] == "earnings per share"
