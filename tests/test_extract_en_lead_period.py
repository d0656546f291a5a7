"""The period an English paragraph states for figures that name none (en/lead_period.py), on
sentences written for these tests."""

from __future__ import annotations

from checks import extract
from tests.flags import flagged


def _periods(text: str) -> dict[str, str | None]:
    return {claim.text: claim.period for claim in extract(text)}


def test_a_sentence_opening_with_a_time_states_it_for_the_paragraph() -> None:
    periods = _periods("In February, imports fell 3.1% to $2 billion. Exports rose 4.2 percent to $1.5 billion.")
    assert periods["4.2 percent"] == "February"
    assert periods["$1.5 billion"] == "February"


def test_the_carry_ends_with_the_paragraph_and_at_another_time() -> None:
    text = "In February, imports fell 3.1%.\n\nExports rose 4.2 percent. Costs were $2 billion in March."
    assert _periods(text)["4.2 percent"] is None  # the paragraph ends; the document names two months
    between = "In February, imports fell 3.1%. Costs were $2 billion in March. Exports rose 4.2 percent."
    assert _periods(between)["4.2 percent"] is None  # March was named between: which one is unsaid


def test_the_level_a_change_starts_from_is_of_an_earlier_time() -> None:
    periods = _periods("In the third quarter, Apple gained share. Samsung's share fell from 32.1% to 24.4%.")
    assert periods["24.4%"] == "third quarter"
    assert periods["32.1%"] is None


def test_a_sentence_of_an_earlier_time_is_not_carried_to() -> None:
    text = "This week, investors traded 2.606 billion shares. This compares to 2.645 billion shares the previous week."
    periods = _periods(text)
    assert periods["2.645 billion"] is None


def test_a_document_naming_one_period_elsewhere_states_none() -> None:
    # the document's one period, named in another paragraph: not carried (a relation of figures of one time asks
    # for a period the text states, see relations/restated.py)
    text = "Exports rose 5% in the first half of 2018.\n\nThe surplus was $3 bn."
    assert _periods(text)["$3 bn"] is None
    assert _periods("In 2018, exports rose 5%. Imports fell 2%.")["2%"] == "2018"


def test_a_total_is_no_rival_of_the_member_ranked_first() -> None:
    text = ("In Q4 2015, shipments totaled 399.5 million units, an increase of 5.7 percent from a year ago. Samsung "
            "retained its spot as the number one manufacturer, and Huawei recorded shipments of 106.6 million.")
    assert [texts for relation, texts in flagged(text) if relation == "rank_vs_values"] == []
