"""Parts named before a bracketed figure (checks/extract/en/bracketed.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.segment, c.metric) for c in extract(text, "doc")}


def test_a_bracketed_part_is_of_the_quantity_broken_down_before_it() -> None:
    read = _read("Imports of machinery rose USD 2.1 billion to USD 80.3 billion, mainly engines (+USD 0.9 billion); "
                 "spare parts increased (+USD 0.4 billion).")
    assert read["+USD 0.9 billion"] == ("engines", "Imports of machinery")
    assert read["+USD 0.4 billion"] == ("spare parts", "Imports of machinery")


def test_parts_in_a_later_sentence_are_of_the_quantity_named_before() -> None:
    read = _read("Hotel spending increased by 0.6 per cent in May. There were rises in room bookings (1.1 per cent) "
                 "and catering (0.2 per cent). Among the regions, the rise was in Otago (0.9 per cent).")
    assert read["1.1 per cent"] == ("room bookings", "Hotel spending")
    assert read["0.2 per cent"] == ("catering", "Hotel spending")


def test_a_bracketed_figure_that_names_its_own_quantity_keeps_it() -> None:
    read = _read("Sales grew 3% in June. Exports rose to Chile (4.0%) and Peru (2.5%).")
    assert read["4.0%"][1] != "Sales" and read["2.5%"][1] != "Sales"


def test_poll_answers_are_no_breakdown_of_a_quantity() -> None:
    read = _read("Taxes were the top problem, cited by 12% of voters, followed by roads/transport (8%) and "
                 "schools (5%).")
    assert read["5%"][1] != "roads transport"


def test_a_verb_or_a_name_before_the_bracket_is_no_part() -> None:
    read = _read("Savings rose 4% in May. Many admitted failing to budget (one in three). "
                 "Prices rose 2% in June, with gains in Leeds (0.8%).")
    assert read["one in three"][0] != "budget"
    assert read["0.8%"][0] != "leeds"
