"""Owners read as clause fragments (checks/extract/en/fragments.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in extract(text, "doc")}


def test_a_modal_or_an_adverb_after_the_owner_is_cut_and_a_pronoun_left_alone_is_carried() -> None:
    read = _subjects("Bolt reported revenue of $3.1 billion. Excluding charges, the maker said it would have "
                     "earned $410 million. Zest reportedly shipped about 12.5 million units.")
    assert read["$410 million"] == "Bolt" and read["about 12.5 million"] == "Zest"


def test_a_cause_or_a_relative_clause_owns_no_figure() -> None:
    cause = {c.text: c for c in extract("Bolt said that in its second quarter a year ago a tax gain and a legal "
                                        "refund drove up profits by $80 million or 2 cents per share.", "doc")}
    assert cause["$80 million"].subject is None and cause["2 cents"].subject is None
    poll = {c.text: c for c in extract("Survey of 300 firms shows that nearly four in 10 who sought loans to "
                                       "expand say getting one is hard.", "doc")}
    assert poll["nearly four in 10"].subject == "Survey"
    assert poll["nearly four in 10"].whole == "those who sought loans to expand"


def test_a_name_cut_inside_a_word_is_read_on_to_the_end_of_its_noun_phrase() -> None:
    claims = {c.text: c.metric for c in extract("Seat demand rose 1.2 points in 2019 on a 4.4 percent increase in "
                                                "transatlantic business bookings that grew faster than capacity, and "
                                                "a 2.6 percent increase in international passengers (8.1 million).",
                                                "doc")}
    assert claims["4.4 percent"] == "transatlantic business bookings"
    assert claims["2.6 percent"] == "international passengers"
