"""The base of a comparison with a level of another time (checks/extract/en/cues.py BASIS_AFTER), on sentences
written for these tests."""

from __future__ import annotations

from checks import extract


def _bases(text: str) -> dict[str, str | None]:
    return {c.text: c.basis for c in extract(text, "doc")}


def test_a_level_of_another_time_named_after_higher_than_above_or_below_is_the_base() -> None:
    read = _bases("Output in May was 2.1% higher than the pre-recession peak of Q2 2019. Exports are now 1.5% below "
                  "its pre-strike level. Visits were 4.2 percent above that of three years ago, and 0.6 percent more "
                  "than 2015.")
    assert read["2.1%"] == "than the pre-recession peak of Q2 2019"
    assert read["1.5%"] == "below its pre-strike level"
    assert read["4.2 percent"] == "above that of three years ago" and read["0.6 percent"] == "than 2015"
