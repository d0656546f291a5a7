"""Figures written with their sign or with no unit, read as the levels and moves they are: a deficit written
-$79.6 billion, an index's bare points before ", or 1.1%". Sentences written for these tests."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged

DEFICIT = ("The trade deficit was -$79.6 billion in June, the department said. June exports were $260.8 billion and "
           "June imports were $340.4 billion.")


def test_a_deficit_written_with_its_sign_is_a_level_judged_against_its_sides() -> None:
    deficit = extract(DEFICIT, "t.txt")[0]
    assert (deficit.kind, deficit.value) == ("level", -79.6e9)
    assert flagged(DEFICIT) == []
    assert flagged(DEFICIT.replace("$340.4", "$310.4")) == [
        ("parts_vs_total", "-$79.6 billion | $260.8 billion | $310.4 billion")]


def test_a_signed_change_stays_a_change() -> None:
    change = extract("The change in payrolls was -227,000 in September.", "t.txt")[0]
    assert (change.kind, change.direction) == ("change", "down")
    assert extract("Profit rose +$5 million.", "t.txt")[0].direction == "up"


def test_economists_pencilled_in_figure_is_their_forecast() -> None:
    claim = extract("Economists had penciled-in a deficit of -$81.5bn.", "t.txt")[0]
    assert claim.projected


def test_an_index_bare_points_before_its_rate_move_to_its_close() -> None:
    text = "The Nasdaq fell 166.64, or 1.1%, to 14,340.26 on Tuesday."
    points = extract(text, "t.txt")[0]
    assert (points.text, points.kind, points.direction) == ("166.64", "change", "down")
    assert flagged(text) == []
    assert flagged(text.replace("166.64", "466.64")) == [("growth_vs_levels", "466.64 | 14,340.26 | 1.1%")]


def test_an_unemployment_rate_beats_its_estimate_by_being_lower() -> None:
    text = "The unemployment rate fell to 7.9% from 8.4% and beat the estimate of 8.3%."
    assert flagged(text) == []
    assert flagged("Revenue rose to $7.9 billion and beat the estimate of $8.3 billion.") == [
        ("rank_vs_values", "$7.9 billion | $8.3 billion")]


def test_a_planned_amount_is_no_whole_of_actual_sales() -> None:
    text = ("Scholastic earned $75.6 million. Revenue rose 1.4% to $746.2 million. Scholastic also said it will "
            "repurchase up to an additional $20 million of its stock. The company said international sales rose 13% "
            "to $157.6 million.")
    assert flagged(text) == []  # (the $20 million read as revenue, carried from the sentence before)
    assert extract("Analysts were expecting revenue of $750.1 million.", "t.txt")[0].projected
