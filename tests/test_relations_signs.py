"""A movement's verb against its figure's sign (checks/relations/signs.py), on sentences written for this test."""

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
