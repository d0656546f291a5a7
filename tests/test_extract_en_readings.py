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


def test_a_level_followed_by_an_earlier_time_is_of_that_time() -> None:
    read = _read("Net sales grew 3% to $4.2 billion from $4.1 billion a year ago. The margin was 9.1%, compared to "
                 "8.4% in the prior year's quarter. Profit was $310 million, or 52 cents a share, against $280 "
                 "million, or 47 cents a share, a year earlier. Visits rose to 90,000 in June from 85,000 for the "
                 "same month in 2021.")
    assert read["$4.1 billion"][3] == "a year ago" and read["$4.2 billion"][3] is None
    assert read["8.4%"][3] == "the prior year's quarter" and read["9.1%"][3] is None
    assert read["$280 million"][3] == read["47 cents"][3] == "a year earlier"
    assert read["85,000"][3] == "the same month in 2021" and read["90,000"][3] == "June"


def test_the_same_period_alone_and_a_rate_before_an_earlier_time_keep_their_reading() -> None:
    read = _read("Profit for the 2022 year fell 9% to $80 million, and revenue rose 4% to $1.1 billion for the same "
                 "period. Sales rose 5% a year earlier.")
    assert read["$1.1 billion"][3] != "the same period"
    assert read["5%"][3] != "a year earlier"  # a rate of change: the comparison, left alone


def test_a_period_that_owns_the_figure_after_it_is_not_the_period_of_the_one_before() -> None:
    read = _read("Operating income rose 12 percent to 3.1 billion euros from last year's 2.8 billion euros.")
    assert read["3.1 billion euros"][3] is None and read["2.8 billion euros"][3] == "last year"


def test_what_a_figure_counts_ends_at_its_clause_mark() -> None:
    read = _read("World sales of electric scooters reached about 3.4 million units, an increase of 21% on the year.")
    assert read["about 3.4 million"][2] == read["21%"][2] == "World sales of electric scooters"


def test_linking_adverbs_and_a_verb_of_being_are_no_part_of_a_quantity_s_name() -> None:
    read = _read("The EU hybrid market share thus rose from 4.1% to 4.6%. In contrast forestry decreased by 1.2%. "
                 "Total number of pupils who sat the test were 9,412.")
    assert read["4.1%"][2] == "EU hybrid market share" and read["1.2%"][2] == "forestry"
    assert read["9,412"][2] == "pupils who sat the test"
