"""Qualifiers and stated precision → the interval a claim allows: the one rule evidence and relations share."""

from __future__ import annotations

import math

import pytest

from checks.claims.intervals import APPROX_SHARE, claim_interval, stated_precision

INF = math.inf


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("9,000", 9000, 500), ("717,000人", 717000, 500), ("9000", 9000, 0.5), ("1,000.5", 1000.5, 0.05),
        ("12,345", 12345, 0.5), ("3.60天", 3.6, 0.005), ("-5%", -5, 0.5), ("下降5%", -5, 0.5),
        ("5亿件", 5e8, 5e7), ("2.5万", 25000, 500), ("0", 0, 0.5), ("0.0%", 0, 0.05),
        # Chinese numerals: the place of the last non-zero digit of the value.
        ("八成", 80, 5), ("十", 10, 5), ("三千", 3000, 500), ("一万二千", 12000, 500), ("九", 9, 0.5),
        ("零", 0, 0.5), ("负八十", -80, 5), ("一百零五", 105, 0.5), ("五十五", 55, 0.5), ("半", 0.5, 0.5),
    ],
)
def test_stated_precision_is_half_the_last_written_digit(text: str, value: float, expected: float) -> None:
    assert stated_precision(text, value) == pytest.approx(expected)


def row(value: float, qualifier: str = "exact", lower: object = None, upper: object = None) -> dict[str, object]:
    return {"value": value, "qualifier": qualifier, "lower": lower, "upper": upper}


def test_an_exact_figure_allows_its_rounding_either_side() -> None:
    assert claim_interval(row(23.0, lower=23.0, upper=23.0), 0.5) == (22.5, 23.5)
    assert claim_interval(row(-4.0, lower=-4.0, upper=-4.0), 0.05) == pytest.approx((-4.05, -3.95))
    assert claim_interval(row(7, lower=7, upper=7), 0.0) == (7.0, 7.0)


def test_a_range_allows_its_ends_widened_by_the_tolerance() -> None:
    assert claim_interval(row(15.0, "range", lower=10.0, upper=20.0), 0.5) == (9.5, 20.5)
    assert claim_interval(row(15, "range", lower=10, upper=20), 1) == (9.0, 21.0)


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_an_open_end_is_unbounded(missing: object) -> None:
    assert claim_interval(row(5.0, "exact", lower=missing, upper=6.0), 0.5) == (-INF, 6.5)
    assert claim_interval(row(5.0, "exact", lower=4.0, upper=missing), 0.5) == (3.5, INF)
    assert claim_interval({"value": 5.0, "qualifier": "exact"}, 0.5) == (-INF, INF)


@pytest.mark.parametrize(("qualifier", "lower", "upper"), [
    ("over", 80.0, None), ("at_least", 80.0, None), ("under", None, 80.0), ("at_most", None, 80.0)])
def test_a_bound_is_not_widened_by_rounding(qualifier: str, lower: float | None, upper: float | None) -> None:
    """超八成 states a bound, not a rounded value: more than 80 is not 75."""
    low, high = claim_interval(row(80.0, qualifier, lower=lower, upper=upper), 5.0)
    assert (low, high) == (80.0 if lower else -INF, 80.0 if upper else INF)


def test_about_allows_a_share_of_the_value_or_the_tolerance_if_wider() -> None:
    assert APPROX_SHARE == 0.05
    assert claim_interval(row(100.0, "approx", lower=100.0, upper=100.0), 0.5) == pytest.approx((95.0, 105.0))
    assert claim_interval(row(-200.0, "approx"), 0.5) == pytest.approx((-210.0, -190.0))
    assert claim_interval(row(2.0, "approx", lower=2.0, upper=2.0), 0.5) == (1.5, 2.5)  # the rounding is wider
    assert claim_interval(row(0.0, "approx"), 0.05) == (-0.05, 0.05)


def test_a_decimal_comma_is_written_to_its_tenth() -> None:
    from checks.claims.intervals import stated_precision

    assert stated_precision("-0,7%", -0.7) == 0.05 and stated_precision("27,5%", 27.5) == 0.05
    assert stated_precision("1,500", 1500.0) == 0.5  # a thousands group, not a decimal
