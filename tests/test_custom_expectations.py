"""The row conditions of the package's own expectations, at their edges (tests/test_guarantees.py runs them through
Great Expectations): a value inside its interval up to the noise of unit scaling; a span inside its document."""

from __future__ import annotations

import pandas as pd

from checks.validate.backends.expectations import ClaimSpanInsideDocument, ClaimValueWithinInterval

NAN = float("nan")


def within(rows: list[tuple[float, float, float]]) -> list[bool]:
    lower, value, upper = (pd.Series(column, dtype="float64") for column in zip(*rows, strict=True))
    return ClaimValueWithinInterval.holds(lower, value, upper).tolist()


def inside(rows: list[tuple[float, float, float]]) -> list[bool]:
    start, end, length = (pd.Series(column, dtype="float64") for column in zip(*rows, strict=True))
    return ClaimSpanInsideDocument.holds(start, end, length).tolist()


def test_a_value_inside_or_at_the_ends_of_its_interval_holds() -> None:
    assert within([(1.0, 2.0, 3.0), (2.0, 2.0, 2.0), (-3.0, -2.0, -1.0), (0.0, 0.0, 0.0)]) == [True] * 4


def test_a_value_outside_its_interval_fails() -> None:
    assert within([(1.0, 4.0, 3.0), (5.0, 4.0, 9.0), (-1.0, -2.0, 0.0), (-3.0, 0.0, -1.0)]) == [False] * 4


def test_an_open_end_is_no_bound() -> None:
    assert within([(NAN, 9.0, NAN), (NAN, -1e12, 0.0), (0.0, 1e12, NAN)]) == [True] * 3
    assert within([(NAN, 9.0, 8.0), (10.0, 9.0, NAN)]) == [False] * 2


def test_the_noise_of_unit_scaling_is_absorbed_and_no_more() -> None:
    """4.2亿 scaled to 420000000.00000006 is 4.2亿; a billionth of the value and a billionth more is the slack."""
    assert within([(420000000.00000006, 420000000.0, 420000000.0), (1e9 + 0.9, 1e9, 1e9 - 0.9),
                   (0.0, 0.0, -5e-10), (5e-10, 0.0, 0.0), (-2e9 - 1.5, -2e9, -2e9 - 1.5)]) == [True] * 5
    assert within([(1e9 + 2.5, 1e9, 1e9 + 3), (1e9 - 3, 1e9, 1e9 - 2.5), (2e-9, 0.0, 1.0), (-1.0, 0.0, -2e-9),
                   (-2e9 + 5, -2e9, -2e9 + 9), (-2e9 - 9, -2e9, -2e9 - 5)]) == [False] * 6


def test_a_span_inside_its_document_holds_up_to_its_edges() -> None:
    assert inside([(0, 4, 4), (5, 6, 10), (0, 1, 1)]) == [True] * 3


def test_a_span_outside_its_document_or_empty_fails() -> None:
    assert inside([(-1, 2, 10), (3, 3, 10), (8, 11, 10), (5, 4, 10), (NAN, 2, 10), (0, 2, NAN)]) == [False] * 6
