"""What an English figure measures in the forms reviewers found misread (checks/extract/en/respective.py and the
passes after it), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric, c.period) for c in extract(text, "doc")}


def test_a_bracketed_list_keeps_its_own_quantity_past_a_sentence_end_and_figures_inside_its_items() -> None:
    read = _read("Sales rose to Peru (4.0 percent) to the best in five years; Chile (2 percent) and Bolivia (1.5 "
                 "percent). Purchases climbed from Peru (3.1 percent), a new peak; Chile (2.2 percent).")
    assert [read[f][2] for f in ("4.0 percent", "2 percent", "1.5 percent")] == ["sales"] * 3
    assert (read["3.1 percent"][1], read["3.1 percent"][2]) == ("Peru", "purchases")
    assert (read["2.2 percent"][1], read["2.2 percent"][2]) == ("Chile", "purchases")


def test_a_list_opened_by_a_bare_movement_is_of_the_quantity_stated_plainly_before_its_breakdowns() -> None:
    read = _read("Café turnover grew by 0.6 per cent in May.\n\nThe biggest rise was in bakeries (2.1 per cent), "
                 "which followed a fall in April of 1.2 per cent. There were falls in kiosks (-0.3 per cent).\n\n"
                 "There were rises in Otago (0.9 per cent), Nelson (0.4 per cent) and Southland (0.2 per cent).")
    for figure, place in (("0.9 per cent", "Otago"), ("0.4 per cent", "Nelson"), ("0.2 per cent", "Southland")):
        assert (read[figure][1], read[figure][2]) == (place, "Café turnover")
