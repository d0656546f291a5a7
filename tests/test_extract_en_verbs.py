"""Verbs cut from an English quantity's name (checks/extract/en/verbs.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract
from checks.extract.claim import Claim


def _read(text: str) -> dict[str, Claim]:
    return {c.text: c for c in extract(text, "doc")}


def test_a_name_stops_at_its_finite_verb() -> None:
    read = _read("Building consents fell 4.2% in March. The payout was below the 5 cent payout forecast by brokers. "
                 "Tonnage handled at the port inched lower by 0.8 per cent in June.")
    assert read["4.2%"].metric == "Building consents"
    assert read["5 cent"].metric == "payout"
    assert read["0.8 per cent"].metric == "Tonnage handled at the port" or "inched" not in read["0.8 per cent"].metric


def test_a_fiscal_years_tail_is_no_figure_the_next_reads_from() -> None:
    read = _read("Shipments during 2021-22 grew by 6.5 per cent to $41.2 billion.")
    assert read["6.5 per cent"].metric == "shipments" and read["$41.2 billion"].metric == "shipments"


def test_a_verb_of_recording_makes_its_subject_the_part() -> None:
    read = _read("Wholesale grew 3.1% in the quarter, while retail and hospitality services recorded a 7.4% rise.")
    assert read["7.4%"].segment == "retail and hospitality services" or read["7.4%"].segment == "hospitality services"
    assert "recorded" not in (read["7.4%"].metric or "")


def test_a_quantity_after_a_verb_of_being_names_it() -> None:
    read = _read("The outcome was a budget deficit of $12.5 billion in May.")
    assert read["$12.5 billion"].metric == "budget deficit"


def test_a_bare_verb_names_nothing() -> None:
    read = _read("- 18 new outlets opened in the year and two closed (2020: nil)\n")
    assert read["two"].metric != "closed"


def test_what_a_figure_beat_is_the_same_quantity() -> None:
    read = _read("Cloud revenue rose 21% to $9.1 billion, surpassing expectations of $8.9 billion.")
    assert read["$8.9 billion"].metric == read["$9.1 billion"].metric == "Cloud revenue"


def test_a_polls_answer_keeps_its_verb() -> None:
    read = _read("In the survey of 1,000 adults, 41% said saving is important to them.")
    assert read["41%"].metric is not None and "said" in read["41%"].metric


def test_a_unit_that_generated_an_amount_in_revenue_is_its_part() -> None:
    read = _read("The devices unit, which includes tablets and phones, generated $7.2 billion in revenue.")
    assert read["$7.2 billion"].metric == "revenue" and "unit" in (read["$7.2 billion"].segment or "")


def test_a_footnote_mark_is_no_part_of_a_name() -> None:
    read = _read("- Store sales2 increased by 5.1% to £212.4m (2019: £202.1m)\n")
    assert read["5.1%"].metric == "Store sales" and read["£202.1m"].metric == "Store sales"
