"""English forms of published news text (issue 12), each on a sentence written for this test."""

from __future__ import annotations

import pytest

from checks import extract

from .conftest import only_claim as one


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, round(c.value, 6), c.unit) for c in extract(text, doc="t")]


def test_a_bare_dollar_in_a_text_about_an_australian_market_is_australian() -> None:
    """The exchange and its time zone name the market whose prices are quoted, even when the text talks of the US."""
    text = ("Westfarmers climbed 40 cents to $41.20 on the ASX after US data, US bond yields and the US Fed.\n"
            "At 1600 AEDT the S&P/ASX200 was up 20 points.")
    units = {c.text: c.unit for c in extract(text, doc="t")}
    assert units["40 cents"] == units["$41.20"] == "AUD"
    assert "1600" not in units  # a time of day with its zone
    assert one("Boeing stock rose $3 on the NYSE, as Sydney and Melbourne buyers came in.").unit == "USD"


def test_a_figure_in_a_year_is_no_sample_of_that_year() -> None:
    """"260,000 in 2014" is a figure and its year, not 260,000 out of 2,014."""
    claim = one("Hiring averaged 310,000 in 2016.")
    assert (claim.text, claim.value, claim.unit) == ("310,000", 310000, "count")
    assert one("One in 20 drivers was fined.").value == pytest.approx(5)


def test_a_percent_written_out_on_both_sides_of_to_is_one_range() -> None:
    claim = one("Fares for each seat climbed 11 percent to 12 percent in June.")
    assert (claim.text, claim.qualifier, claim.value, claim.upper) == ("11 percent to 12 percent", "range", 11, 12)


def test_the_scale_written_once_serves_both_ends_of_a_range() -> None:
    assert _read("The port hopes for 4.0-4.5 million containers.") == [("4.0-4.5 million", 4e6, "count")]
    claim = one("It expects 7.5-8.0 billion Canadian dollars in sales.")
    assert (claim.value, claim.upper, claim.unit) == (7.5e9, 8e9, "CAD")


def test_a_unit_written_once_after_and_serves_both_figures() -> None:
    assert _read("Sales to Mexico and Brazil grew 3.4 and 8.1 percent respectively.") == [
        ("3.4", 3.4, "percent"), ("8.1 percent", 8.1, "percent")]


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("Its sedan held fourth position with 9,100 units.", "fourth", 4),
    ("The hatchback stood at sixth place in April.", "sixth", 6),
    ("Brazil is the second-biggest buyer of the fruit.", "second", 2),
    ("The model was the third best selling car in March.", "third", 3),
    ("The brand captured the third position with a 14% share.", "third", 3),
    ("Two makers tied for fourth place with 33 million units.", "fourth", 4),
    ("It now stands as the #24 biggest movie of all time.", "#24", 24),
])
def test_a_position_in_a_ranking_is_a_rank(sentence, span, value) -> None:
    ranks = [c for c in extract(sentence, doc="t") if c.kind == "rank"]
    assert [(c.text, c.value) for c in ranks] == [(span, value)]


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("Rates have sat near zero for more than half a decade.", "more than half a decade", 5, "year"),
    ("The bank will start selling bonds a quarter later than planned.", "a quarter", 3, "month"),
    ("The lender cut its rate by 50-basis-points.", "50-basis-points", 0.5, "pp"),
    ("The school had a cent per cent pass rate.", "cent per cent", 100, "percent"),
])
def test_word_figures_of_time_points_and_wholes(sentence, span, value, unit) -> None:
    claim = one(sentence)
    assert (claim.text, claim.unit) == (span, unit)
    assert claim.value == pytest.approx(value)


def test_half_before_a_hyphenated_period_is_the_period() -> None:
    assert extract("Airline posts half-year results.", doc="t") == []


def test_a_line_an_index_crosses_is_its_level() -> None:
    claim = one("The Paris bourse's main index closed above the 6,800 mark on Monday.")
    assert (claim.text, claim.unit, claim.qualifier) == ("above the 6,800 mark", "other", "over")
    assert extract("Gold was at one point trading near record highs.", doc="t") == []


def test_an_index_named_after_its_reading() -> None:
    claims = extract("Orders edged up to 51.2 in June from a reading of 50.6 in May.", doc="t")
    assert [(c.text, c.unit, c.qualifier) for c in claims] == [("51.2", "other", "exact"), ("50.6", "other", "exact")]


@pytest.mark.parametrize("sentence", [
    "The pass rate has gone up to 88 percent this year.",
    "Its margin went up to 7.4 percent from 6.9 percent.",
])
def test_up_to_after_a_movement_is_where_it_went_not_a_ceiling(sentence) -> None:
    claim = extract(sentence, doc="t")[0]
    assert claim.qualifier == "exact" and claim.text[0].isdigit()
    assert one("Members can save up to 40% on fees.").qualifier == "at_most"


def test_a_number_in_a_model_name_is_no_figure() -> None:
    assert extract("Stores stopped selling the Oppo Find 7 Pro in spring.", doc="t") == []


def test_a_figure_after_a_number_of_label_counts() -> None:
    claims = extract("Number of members voting YES 212 61.4%\nNumber of members abstaining: 44", doc="t")
    assert [(c.text, c.unit) for c in claims] == [("212", "count"), ("61.4%", "percent"), ("44", "count")]


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.kind, c.direction) for c in extract(text, doc="t")]


def test_a_policy_rate_is_a_level_wherever_it_moves() -> None:
    assert _kinds("The central bank lowered its cash rate by 25 basis points from 4.35 per cent to 4.1 per cent.") == [
        ("25 basis points", "change", "down"), ("4.35 per cent", "level", None), ("4.1 per cent", "level", None)]
    assert _kinds("Cash Rate- 4.1% Deposit Rate- 3.85%") == [("4.1%", "level", None), ("3.85%", "level", None)]
    assert _kinds("Slightly more than half of analysts expect an interest rate cut.")[0][1] == "share"


def test_a_percentage_outside_0_to_100_is_a_share_only_where_the_text_says_so() -> None:
    assert _kinds("The fund's units returned 164% last year.") == [("164%", "growth", "up")]
    assert _kinds("Turnout in the ward was 103%.") == [("103%", "ratio", None)]
    assert _kinds("Its share of the vote was put at 104%.") == [("104%", "share", None)]  # the suite flags it
    # a dividend as a percentage of the face value of a share: no share of anything
    assert _kinds("It paid a dividend of Rs 4 per equity share of Rs 2 each (200%).")[-1] == ("200%", "ratio", None)


def test_a_headline_movement_to_a_level_is_two_figures() -> None:
    assert _kinds("Tablet shipments fall 7% to 41.5 million") == [("7%", "growth", "down"),
                                                                   ("41.5 million", "level", None)]


def test_a_load_factor_or_occupancy_is_a_ratio() -> None:
    assert _kinds("Hotel occupancies in May stood at 81 percent.") == [("81 percent", "ratio", None)]
    assert _kinds("The airline's load factor rose 1.2 percentage points to 84.1 percent.")[1][1] == "ratio"


def test_points_that_are_no_movement() -> None:
    assert _kinds("The poll has a margin of error of plus or minus three percentage points.") == [
        ("three percentage points", "other", None)]


def test_a_level_of_gains_is_a_change() -> None:
    assert _kinds("Job gains have averaged 121,000 a month this year.") == [("121,000", "change", "up")]


def test_a_rate_in_brackets_after_a_change_is_its_growth_rate() -> None:
    assert _kinds("Vacancies fell by 12,000 (1.6 per cent) in the quarter.") == [
        ("12,000", "change", "down"), ("1.6 per cent", "growth", "down")]


@pytest.mark.parametrize("sentence", [
    "Glencore was up $2.10 or 5.5 per cent to $40.30.",
    "Telstra finished 9 cents higher, or 2.1 per cent, at $4.38.",
    "Qantas added 12 cents to its value, or 2.4 per cent, to $5.10.",
])
def test_a_rate_after_or_restates_the_move_before_it(sentence) -> None:
    rate = next(c for c in extract(sentence, doc="t") if c.unit == "percent")
    assert (rate.kind, rate.direction) == ("growth", "up")


def test_movement_said_after_a_figure_and_its_noun() -> None:
    assert _kinds("Sales slipped on a 9 percent volume decline.") == [("9 percent", "growth", "down")]
    assert _kinds("The poor numbered 12.1 million, 1.3 million fewer than a year before.")[1][1:] == ("change", "down")


def test_made_up_is_a_share_not_a_rise() -> None:
    assert _kinds("Solar made up 7.1% of total power output.") == [("7.1%", "share", None)]


def _source(sentence: str) -> str | None:
    from checks.claims.sources import source_of

    return source_of(extract(sentence, doc="t")[0].attribution)


@pytest.mark.parametrize(("text", "source"), [
    ("Prices rose 2.1% in June, according to the latest figures released by the Bureau of Statistics.",
     "Bureau of Statistics"),
    ("Payrolls grew by 90,000, according to data published Friday, Nov. 3, by the U.S. Labor Department.",
     "U.S. Labor Department"),
    ("Turnover rose 4% according to a flash estimate from Statistics Norway.", "Statistics Norway"),
    ("The company now forecasts sales of $4 billion.", "company"),
    ("Analysts polled by FactSet had expected earnings of 88 cents a share.", "Analysts polled by FactSet"),
    ("The brewer said volumes fell 3 per cent.", "brewer"),
    ("The estimated number of vacancies fell to 800,000.", None),
    ("Voters backed the plan by 61%.\nSource: Ipsos", "Ipsos"),
    ("Voters backed the plan by 61%.\nReference: Ipsos, Gallup", "Ipsos, Gallup"),
])
def test_who_a_figure_comes_from(text, source) -> None:
    """The party as named, less its article (the U.S. Census Bureau and the Census Bureau are one party)."""
    assert _source(text) == source


def test_a_source_line_under_a_chart_sources_the_document_and_outranks_a_bare_survey() -> None:
    text = "A survey of 900 drivers was held.\nSurvey shows 41% want tolls\nSource: Ipsos\nOf those, 12% were unsure."
    from checks.claims.sources import source_of

    assert {source_of(c.attribution) for c in extract(text, doc="t")} == {"Ipsos"}


@pytest.mark.parametrize(("sentence", "projected"), [
    ("Output is estimated to have grown by 0.4% in the quarter.", False),
    ("Earnings beat the Wall Street estimate of $2.10 a share.", True),
    ("An operating margin of about 9 percent is expected.", True),
    ("The board is targetting 4.5 million visitors.", True),
])
def test_projections(sentence, projected) -> None:
    assert next(c for c in extract(sentence, doc="t")).projected is projected


def test_a_bare_grouped_figure_takes_the_measure_its_sentence_names() -> None:
    claims = extract("Seat-kilometres fell 3.1% to 4,512,880,000 from 4,657,200,000 a year earlier.", doc="t")
    assert [(c.text, c.unit) for c in claims] == [
        ("3.1%", "percent"), ("4,512,880,000", "other"), ("4,657,200,000", "other")]
    assert one("The club sold 4,512 tickets.").unit == "count"


def test_a_number_in_words_of_its_plural_noun_counts() -> None:
    claim = one("The brand had six of its scooters among the best sellers.")
    assert (claim.text, claim.value, claim.unit) == ("six", 6, "count")


def test_a_rate_with_its_comparison_abbreviated_and_no_percent_sign() -> None:
    claims = extract("Exports were down 2.2 percent y/y and imports were up 1.4 y/y in May.", doc="t")
    assert [(c.text, c.value, c.unit, c.direction) for c in claims] == [
        ("2.2 percent", 2.2, "percent", "down"), ("1.4", 1.4, "percent", "up")]


def test_a_noun_of_expectation_speaks_only_of_the_figure_after_it() -> None:
    claims = extract("-Analysts Estimate: $2.05 -Sales (Q3): $9.1 Bln vs. $8.7 Bln last year.", doc="t")
    assert [(c.text, c.projected) for c in claims] == [("$2.05", True), ("$9.1 Bln", False), ("$8.7 Bln", False)]


def test_an_average_per_month_measures_its_subject_and_its_comparison_the_same() -> None:
    claims = extract("Hiring has averaged 150,000 per month this year, compared with an average monthly gain of "
                     "210,000 in 2022.", doc="t")
    assert [c.metric for c in claims] == ["hiring", "hiring"]


@pytest.mark.parametrize(("text", "source"), [
    ("Brokers had expected a profit of $1.10 a share, according to figures compiled by FactSet.", "FactSet"),
    ("The study, conducted by pollster Opinium, found that 64 per cent of savers worry.", "pollster Opinium"),
    ("Gallup's latest poll had 45% of voters undecided.", "Gallup's latest poll"),
    ("Traders have been looking for a rebound of 3%.", "Traders"),
    ("From the Labor Department:\nThe jobless rate fell to 3.9% in May.", "Labor Department"),
])
def test_who_a_figure_comes_from_when_the_sentence_names_several(text, source) -> None:
    assert _source(text) == source


@pytest.mark.parametrize(("sentence", "basis"), [
    ("Sales were up 4.1 per cent on the same month last year.", "on the same month last year"),
    ("Imports rose 2.3 percent q-o-q in June.", "q-o-q"),
    ("Payrolls fell by 20,000 (0.1 per cent) year on year.", "year on year"),
    ("Rents were 7.2 percent higher than in May 2019.", "than in May 2019"),
    ("Profit was a 12% increase over last year's quarter.", "over last year's quarter"),
    ("Prices increased by 3 per cent on a year-over-year basis.", "year-over-year"),
    ("Exports rose 0.6 percent from the year before to $9 billion.", "from the year before"),
])
def test_the_comparison_written_after_a_figure(sentence, basis) -> None:
    assert extract(sentence, doc="t")[0].basis == basis


def test_points_then_a_percent_level_are_two_figures() -> None:
    """A change in percentage points and the rate it reached are no range of one quantity."""
    claims = extract("Unemployment fell 0.2 percentage point to 4.4% in March.", doc="t")
    assert [(c.text, c.unit, c.kind) for c in claims] == [
        ("0.2 percentage point", "pp", "change"), ("4.4%", "percent", "share")]


def test_there_is_no_subject() -> None:
    claims = extract("Most economists think there will be a cut in the rates by 50 basis points. "
                     "The repo rate now stands at 5.5 percent.", doc="t")
    assert all((c.subject or "").lower() != "there" for c in claims)


def test_the_forms_of_issue_12_on_sentences_of_our_own() -> None:
    """The table of issue 12, each row's form in a sentence written for this test."""
    from checks.claims.sources import source_kind, source_of

    text = "Turnover rose 8.2% to $4.6 billion in 2024, the company said."
    claims = extract(text, doc="t")
    assert [(c.text, c.kind, c.direction) for c in claims] == [
        ("8.2%", "growth", "up"), ("$4.6 billion", "level", None)]
    assert claims[0].level_after == pytest.approx(4.6e9)
    assert {source_of(c.attribution) for c in claims} == {"company"}
    assert source_kind("company", text) == "self"
    assert _kinds("Deliveries fell 3% to 1.8 million units.") == [
        ("3%", "growth", "down"), ("1.8 million", "level", None)]
    assert [(c.text, c.value, c.unit) for c in extract("Shares rose 4.1% to 212p.", doc="t")] == [
        ("4.1%", 4.1, "percent"), ("212p", 2.12, "GBP")]
    assert _kinds("Factories added 42,000 jobs in June.") == [("42,000", "change", "up")]
    share = one("Three in five renters have no savings.")
    assert (share.value, share.unit, share.kind) == (60, "percent", "share")
    assert [(c.text, c.unit, c.kind) for c in extract("The index gained 2.5 points to 8,120.", doc="t")] == [
        ("2.5 points", "other", "change"), ("8,120", "other", "level")]
    eased = extract("Inflation eased to 3.1% in March from 3.6% in February.", doc="t")
    assert (eased[0].kind, eased[0].base_value) == ("growth", pytest.approx(3.6))
    spaced = one("springfield , il . - - $ 40 million of notes")
    assert (spaced.value, spaced.unit) == (4e7, "USD")
    official = "Prices rose 2.2% in April, the Office for National Statistics said."
    assert source_kind(source_of(extract(official, doc="t")[0].attribution), official) == "official"


def test_the_size_of_a_ranked_list_is_no_figure_but_a_top_share_is() -> None:
    # the top 10 sellers, the top ten list: how long a list is; the top 1%: a share of people
    assert [c.text for c in extract("Among the top 10 sellers, the Swift led with 9,120 units.", doc="t")] == ["9,120"]
    assert extract("It was not in the top ten list last year.", doc="t") == []
    assert [c.text for c in extract("Earners in the top 1% took 20% of income.", doc="t")] == ["1%", "20%"]


def test_a_results_tables_comparative_year_dates_only_the_figure_in_its_bracket() -> None:
    claims = extract("Revenue £512.1m (2010: £485.3m), up 5.5%. Sales rose 4% in 2011.", "t")
    assert [(c.text, c.period) for c in claims] == [("£512.1m", None), ("£485.3m", "2010"), ("5.5%", None),
                                                    ("4%", "2011")]
