"""A movement's verb against its figure's sign (checks/relations/signs.py) and a rate against its bracketed level and
base (bracketed_levels.py), on sentences written for this test."""

from __future__ import annotations

from .flags import flagged


def _signs(text: str) -> list[str]:
    return [texts for name, texts in flagged(text) if name == "rank_vs_values"]


def test_a_verb_of_rising_before_a_negative_figure_contradicts_it() -> None:
    assert _signs("Jobs rose among young workers (-12,000) and fell among older workers (-8,000).") == ["-12,000"]
    assert _signs("Building approvals increased -1.5 per cent in June.") == ["-1.5 per cent"]
    assert _signs("Sales fell in Perth (+3.0%), the bureau said.") == ["+3.0%"]


def test_the_way_said_twice_or_each_figure_with_its_own_verb_is_no_contradiction() -> None:
    assert _signs("Jobs rose among young workers (+12,000) and fell among older workers (-8,000).") == []
    assert _signs("Sales fell -2.0% in June.") == []
    assert _signs("Jobs rose in Perth (+1,200), while they fell in Hobart (-300).") == []
    assert _signs("Growth of -0.4% was recorded in the quarter.") == []  # a noun is no way
    assert _signs("出口增长-3.2%。") == []  # how a fall is written in Chinese


def test_a_rate_against_its_bracketed_level_and_base() -> None:
    from .flags import flagged as found

    text = ("Van registrations for the month of May were down 8.0% (4,600) when compared to May 2022 (5,000). "
            "Registrations year to date are up 12.0% (56,000) on the same period last year (50,000).")
    assert [t for name, t in found(text) if name == "growth_vs_levels"] == []
    wrong = text.replace("down 8.0%", "down 18.0%")
    assert [t for name, t in found(wrong) if name == "growth_vs_levels"] == ["18.0% | 4,600 | 5,000"]
    # a release whose bracket is the change itself: 600 of 5,000 is the 12.0%
    assert [t for name, t in found("Sales are up 12.0% (600) on the same month last year (5,000).")
            if name == "growth_vs_levels"] == []
