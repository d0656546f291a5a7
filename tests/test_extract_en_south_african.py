"""English forms of a trade release written as Stats SA and SARS write them (decimal commas, the rand), and the spans
of months and amounts named by the noun after them that such releases use (sentences written for this test)."""

from __future__ import annotations

from checks import extract


def _read(text: str) -> dict[str, tuple[float, str, str, str | None, str | None, str | None]]:
    return {c.text: (round(c.value, 2), c.unit, c.kind, c.direction, c.metric, c.period) for c in extract(text, "t")}


def test_a_decimal_comma_before_a_magnitude_and_the_rand() -> None:
    found = _read("Imports of R98,15-billion are 7,3% more than a year earlier. Sales were 1,234 million units.")
    assert found["R98,15-billion"][:2] == (98.15e9, "ZAR")
    assert found["7,3%"][0] == 7.3
    assert found["1,234 million"][:2] == (1.234e9, "count")  # three digits after the comma: a thousands group
    assert "R5" not in "".join(_read("The Canon R5 camera costs $3,899."))  # R without a magnitude: a model's name


def test_an_amount_named_by_the_noun_after_it() -> None:
    found = _read("Exports rose 3% in May. The $12-billion trade balance surplus for June is large.")
    assert found["$12-billion"][4] == "trade balance surplus"  # not the exports of the sentence before
    assert _read("The company announced a $2.5 billion share buyback.")["$2.5 billion"][4] == "share buyback"
    stimulus = extract("It unveiled a $40 billion stimulus package on Monday.", "t")[0]
    assert (stimulus.subject, stimulus.metric) == (None, "stimulus package")  # a pronoun names no owner


def test_a_span_of_months_is_the_figures_period() -> None:
    found = _read("Imports recorded in January to June 2017 of $536 billion.")
    assert found["$536 billion"][5] == "January to June 2017"
    found = _read("From January to July 2021, some 255,393 cars were registered.")
    assert found["some 255,393"][5] == "January to July 2021"  # its "from" starts the span: no earlier time
    found = _read("The year-to-date (01 January to 30 June 2018) deficit of R1,79-billion is a deterioration.")
    assert found["R1,79-billion"][5] == "01 January to 30 June 2018"


def test_a_change_by_an_amount_over_a_span_of_months() -> None:
    found = _read("Exports increased from May 2018 to June 2018 by R7,27-billion (7,1%).")
    assert found["R7,27-billion"][2:4] == ("change", "up")
    assert found["7,1%"][2:4] == ("growth", "up")


def test_figures_in_a_list_of_movements_are_changes_of_their_members() -> None:
    found = _read("The increase in exports reflected increases in consumer goods ($2.0\nbillion); capital goods ($0.9 "
                  "billion). Decreases occurred in industrial supplies ($0.5 billion).")
    assert found["$2.0\nbillion"][2:4] == found["$0.9 billion"][2:4] == ("change", "up")  # its line broken, too
    assert found["$0.5 billion"][2:4] == ("change", "down")
    found = _read("Victoria (0.7 per cent) rose, while decreases were recorded in Queensland (1.8 per cent).")
    assert found["1.8 per cent"][2:4] == ("growth", "down")
    found = _read("Passengers rose 1.7%, a 1.4 percent increase in domestic passengers (56.5 million).")
    assert found["56.5 million"][2] == "level"  # one increase, its rate given: the bracket holds the level


def test_a_span_of_months_is_another_period_than_its_last_month() -> None:
    from checks.relations.periods import periods_conflict

    assert periods_conflict("January to June 2017", "June 2017")  # year-to-date imports are not June's
    assert periods_conflict("July to September 2016", "June to August 2016")
    assert not periods_conflict("January to June 2017", "January to June 2017")
    assert not periods_conflict("June 2017", "May 2017")  # English months alone are not told apart, as before


def test_a_list_of_movements_that_never_reaches_its_figure_is_read_in_linear_time() -> None:
    """A red-team's input: thirteen bracketed members, two spaces after each comma, and a full stop before the last
    figure took 5.7 s when the list's pattern could split its spaces two ways."""
    import time

    text = ("Increases were recorded in " + ",  ".join(f"R{i} ({i}%)" for i in range(13)) + ". Canada (5%) was flat.")
    extract(text, "warm")
    started = time.perf_counter()
    found = extract(text * 20, "t")
    assert time.perf_counter() - started < 2.0 and len(found) == 14 * 20


def test_forms_a_red_team_found_read_as_before() -> None:
    from checks.relations.periods import periods_conflict

    assert not periods_conflict("January to June 2017", "first six months of 2017")  # one half year
    assert extract("At Christmas, spending rose 5% to $12 billion.", "t")[0].segment is None  # a time, no unit
    assert not extract("The jobless rate of 3.9% estimated by the Labour Force Survey fell.", "t")[0].projected
    found = extract("Regulators approved a $69 billion acquisition of Activision by Microsoft.", "t")[0]
    assert found.subject is None
    assert _read("Rises were seen in food (2.1%) and energy (1.5%); clothing (0.3%) was flat.")["0.3%"][3] is None
