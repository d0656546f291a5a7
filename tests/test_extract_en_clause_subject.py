"""The English reader's last resort: a figure nothing nearer names is of its clause's subject, or of the noun a
"which" clause hangs on (en/clause_owner.py, clause_subject); sentences written for this test."""

from __future__ import annotations

from checks.extract import extract


def _metrics(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.metric, c.segment) for c in extract(text, "d")]


def test_the_subject_of_a_clause_whose_verb_the_readers_do_not_know() -> None:
    assert _metrics("The cash reserve ratio under the new rules stands adjusted to 4.5 per cent.")[0][1] == \
        "cash reserve ratio under the new rules"


def test_the_noun_a_which_clause_of_movement_hangs_on() -> None:
    read = _metrics("Orders for machine tools lifted overall shipments, which climbed 6.2 percent to $4.1 billion.")
    assert [r[1] for r in read] == ["shipments", "shipments"]
    read = _metrics("It was a strong year for hotel and restaurant spending, which rose 8 percent to $92 billion.")
    assert read[0][1] == "hotel and restaurant spending"


def test_a_which_clause_that_moves_nothing_names_nothing() -> None:
    assert _metrics("The decision, which was expected by 18 of 20 analysts, surprised nobody.")[0][1] is None


def test_members_of_a_which_clause_stay_unnamed() -> None:
    read = _metrics("The fastest growing were flights to Peru and Chile, which grew 31% and 22% respectively.")
    assert "Peru and Chile" not in {r[1] for r in read}


def test_a_name_alone_is_an_owner_and_no_quantity() -> None:
    read = extract("Zenotek shipped 4.1 million phones. Zenotek slipped 2.4% in the year.", "d")
    assert all(c.metric != "zenotek" for c in read)


def test_a_second_clause_or_a_with_leaves_the_figure_unnamed() -> None:
    read = _metrics("Federal officials said that, though unemployment remains low and prices have risen closer to "
                    "the 2% goal, caution is needed.")
    assert read[0][1] != "unemployment"
    read = _metrics("The hatchback Zeta was the second best selling model with 14,220 units.")
    assert read[1] == ("14,220", None, None)


def test_words_that_name_nothing_are_no_subject() -> None:
    assert _metrics("A year earlier the reading was 3.2%.")[0][1] != "year earlier the reading"
    assert _metrics("The figure this week was 41%.")[0][1] is None
    assert _metrics("The ministry said the trade gap widened to $3.3 billion.")[0][1] == "trade gap"
