"""What an English figure measures in sentence structures that left its quantity empty or wrong (verbs of little
change, contributions, …), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric, c.period) for c in extract(text, "doc")}


def test_a_verb_of_little_change_is_no_part_of_the_quantity_s_name() -> None:
    read = _read("Retail employment changed little (+12,000) in March. The jobless rate was little changed at 4.4 "
                 "percent in May. Mining employment continued on an upward trend (+8,000). The number of discouraged "
                 "workers was little changed in June at 1.1 million.")
    assert read["+12,000"][2] == "Retail employment" and read["4.4 percent"][2] == "jobless rate"
    assert read["+8,000"][2] == "Mining employment" and read["1.1 million"][2] == "discouraged workers"
