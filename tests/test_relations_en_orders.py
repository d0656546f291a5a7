"""Orders stated in English words that name no place of one figure (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_the_top_three_is_a_group_not_the_first_place() -> None:
    text = ("Estonia was ranked first in inflation for December (12 percent), followed by Lithuania (10.7 percent) "
            "and Latvia (7.7 percent) to complete the top-three.")
    assert flagged(text) == []
    wrong = text.replace("(10.7 percent)", "(13.7 percent)")
    assert flagged(wrong) == [("rank_vs_values", "12 percent | 13.7 percent")]  # the order itself is still read


def test_the_ones_after_a_group_below_a_bound_may_be_above_it() -> None:
    text = ("Malta (2.6 percent) and Portugal (2.8 percent) were the only two countries with an inflation rate below "
            "3 percent, followed by Finland (3.2 percent) and Austria (3.8 percent).")
    assert flagged(text) == []


def test_shares_of_one_group_in_two_english_sentences_are_answers_to_two_questions() -> None:
    text = ("Despite the trials ahead, 80 percent of small-business owners said the rewards outweigh the risks. "
            "A similar survey found that 87 percent of small-business owners said they have no regrets.")
    assert flagged(text) == []  # two surveys' answers, each of its own respondents: no 167% of one whole


def test_a_unit_a_sentence_opens_with_owns_its_figures() -> None:
    text = ("Operating profit at Kellogg North America rose 12% to $426 million while net sales climbed to $2,176 "
            "million from $2,127 million.\n\nAt Kellogg International, net sales fell 13%.")
    assert flagged(text) == []  # the international unit's fall, not North America's sales
    found = {c.text: c.segment for c in extract(text, "t")}
    assert found["13%"] == "Kellogg International"


def test_a_level_a_poll_tipped_is_no_earlier_level() -> None:
    text = ("The reserves rose $11.3 billion to $3.204 trillion last month, compared with $3.200 trillion tipped by a "
            "Reuters poll of analysts and $3.193 trillion in June.")
    assert flagged(text) == []  # rose from June's $3.193 trillion, not from what the poll expected
    found = {c.text: c for c in extract(text, "t")}
    assert found["$3.200 trillion"].projected and found["$11.3 billion"].base_value == 3.193e12  # June's
    assert flagged(text.replace("$11.3 billion", "$21.3 billion")) == [
        ("growth_vs_levels", "$3.193 trillion | $3.204 trillion | $21.3 billion")]


def test_the_largest_contributor_is_said_of_the_contribution_not_the_rate() -> None:
    text = ("The largest positive contributors included coal sales volume increasing 84.3 percent and contributing "
            "13.8 percentage points, followed by chromium ore, which increased sales volume by 94.5 percent, "
            "contributing 2.1 percentage points.")
    assert [relation for relation, _ in flagged(text) if relation == "rank_vs_values"] == []


def test_a_figure_estimated_by_its_own_office_is_no_forecast() -> None:
    found = {c.text: c.projected for c in extract(
        "The city has a population of 5.2 million estimated by the census bureau. Sales were $2.1 billion, against "
        "$2.3 billion expected by analysts.", "t")}
    assert found == {"5.2 million": False, "$2.1 billion": False, "$2.3 billion": True}
