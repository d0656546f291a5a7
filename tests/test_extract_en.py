"""English extraction, on sentences written for these tests."""

from __future__ import annotations

import pytest

from checks import extract
from checks.extract import language

from .conftest import only_claim as one


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit", "qualifier", "kind", "direction"),
    [
        ("Revenue rose 12.5% in the quarter.", "12.5%", 12.5, "percent", "exact", "growth", "up"),
        ("More than 200 brands took part.", "More than 200", 200, "count", "over", "level", None),
        ("Nearly 40 percent of shoppers were young.", "Nearly 40 percent", 40, "percent", "under", "share", None),
        ("Sales reached $3.2 billion.", "$3.2 billion", 3.2e9, "USD", "exact", "level", None),
        ("The jobless rate fell 0.3 percentage points.", "0.3 percentage points", 0.3, "pp", "exact", "change", "down"),
        ("The bank cut rates by 25 basis points.", "25 basis points", 0.25, "pp", "exact", "change", "down"),
        ("Members can save up to 75% on fees.", "up to 75%", 75, "percent", "at_most", "growth", "down"),
        ("The city has about 4,000 stores.", "about 4,000", 4000, "count", "approx", "level", None),
        ("Exports grew 8 to 10 percent.", "8 to 10 percent", 8, "percent", "range", "growth", "up"),
        ("The festival lasted five days.", "five days", 5, "day", "exact", "duration", None),
        ("Output was three times higher.", "three times", 3, "times", "exact", "multiple", None),
    ],
)
def test_reading(sentence, span, value, unit, qualifier, kind, direction) -> None:
    claim = one(sentence)
    assert (claim.text, claim.unit, claim.qualifier, claim.kind, claim.direction) == (
        span, unit, qualifier, kind, direction)
    assert claim.value == pytest.approx(value)
    assert sentence[claim.start:claim.end] == span


def test_year_on_year_after_a_figure_is_its_comparison_not_its_unit() -> None:
    """Found by tests/test_properties_extract.py: "$1 billion year on year" was the span "$1 billion year", and
    "25,000 year on year" a duration of 25,000 years."""
    money = one("Revenue rose $1 billion year on year.")
    assert (money.text, money.value, money.unit, money.basis) == ("$1 billion", 1e9, "USD", "year on year")
    jobs = one("Jobs increased 25,000 year on year.")
    assert (jobs.text, jobs.unit, jobs.kind) == ("25,000", "count", "change")
    assert one("Output rose 12 month-over-month.").unit != "month"
    assert one("The festival lasted three years.").unit == "year"


def test_what_a_figure_counts_stops_at_the_end_of_its_sentence() -> None:
    """Found by tests/test_properties_extract.py: the metric of "300 people." ran into the next sentence
    ("people. The weather"), so that a sentence added at the end changed the claims before it."""
    assert extract("The company hired 300 people. The weather was fine.")[0].metric == "people"
    assert extract("The company hired 300 people.\nThe weather was fine.")[0].metric == "people"
    assert one("Nearly 40 percent of shoppers were young.").metric == "shoppers"


def test_a_figure_after_a_colon_or_comma_does_not_start_on_the_space() -> None:
    """Found by tests/test_properties_extract.py: "A: 0%" gave the span " 0%" (the space before the number)."""
    for sentence in ("A: 0%", "Revenue: 5%", "Sales grew, 5% in all."):
        claim = one(sentence)
        assert claim.text == claim.text.strip() and claim.text[0].isdigit(), sentence
    assert one("It cost $ 5 billion.").text == "$ 5 billion"


def test_the_sentence_of_a_long_last_sentence_is_not_marked_cut_for_a_line_break() -> None:
    """Found by tests/test_properties_extract.py: a long sentence ending the text got a closing … once a line
    followed it, though no word of it was cut."""
    after = (" and more" * 20)[:148] + " "  # the figure's half of the 300-character window, to the last character
    text = "and more " * 40 + "Apple rose 5%" + after
    claim = one(text)
    assert claim.sentence.startswith("…") and not claim.sentence.endswith("…")
    assert one(text + "\nThe weather was fine.").sentence == claim.sentence


@pytest.mark.parametrize(
    "sentence",
    ["The report was published in 2023.", "The sale starts on March 5 at 8 p.m.", "Apple unveiled the iPhone 15.",
     "It was the first time.", "Singles' Day, or 11.11, is the biggest sale."],
)
def test_no_claim(sentence: str) -> None:
    assert [c.text for c in extract(sentence)] == []


def test_basis_period_projection_and_attribution() -> None:
    claims = extract("According to the National Bureau of Statistics, retail sales rose 5.5% year on year in the "
                     "first quarter. The company expects revenue to grow 10% next year.")
    first, second = claims
    assert first.basis == "year on year" and first.period == "first quarter"
    assert first.attribution.startswith("According to the National Bureau of Statistics")
    assert not first.projected and second.projected


def test_language_detection() -> None:
    assert language("今年营收增长12%") == "zh"
    assert language("Revenue rose 12%") == "en"
    assert language("京东（JD.com）今年营收增长12%，GMV突破1万亿元") == "zh"
    # counted over the first 4,000 characters, a web address left out: four Latin letters a Chinese character
    assert language("营收" + "abcdefgh") == "zh" and language("营收" + "abcdefghi") == "en"
    assert language("营收 www.abcdefghijklmnop.com") == "zh"
    assert language("营收 https://abcdefghijklmnop") == "zh"


def test_english_sources_are_classified() -> None:
    from checks.claims import claims_table
    from checks.documents import Document

    text = ("Acme Corp said revenue rose 12%. Acme Corp opened 40 stores. Acme plans more. "
            "According to the National Bureau of Statistics, retail sales grew 5%. Data from Nielsen showed 30% of "
            "buyers were new.")
    frame = claims_table([Document("e.txt", text, "e.txt")])
    kinds = dict(zip(frame["text"], frame["source_kind"], strict=True))
    assert kinds["12%"] == "self"
    assert kinds["5%"] == "official"
    assert kinds["30%"] == "third_party"


def test_english_labelled_corpus() -> None:
    """tests/corpus/en: 12 texts, 303 labelled claims, written for the project by someone who did not see the code."""
    from .conftest import ROOT, score_corpus

    result = score_corpus(ROOT / "tests" / "corpus" / "en")
    assert result.labels == 303
    assert result.precision >= 0.93 and result.recall >= 0.88


def test_words_to_the_billions_currencies_with_country_prefixes_and_amounts_in_two_units() -> None:
    from checks.extract import extract

    found = {c.text: (c.value, c.unit) for c in extract(
        "The fund raised two and a half million dollars, C$ 40 million and HK $3 billion; a ticket cost "
        "seven dollars and 25 cents, and 800 Swedish kronor bought a lunch. Output fell to minus 2 percent.")}
    assert found["two and a half million dollars"] == (2.5e6, "USD")
    assert found["C$ 40 million"] == (4e7, "CAD")
    assert found["HK $3 billion"] == (3e9, "HKD")
    assert found["seven dollars and 25 cents"] == (7.25, "USD")
    assert found["800 Swedish kronor"] == (800, "SEK")
    assert found["minus 2 percent"] == (-2, "percent")


def test_tolerances_and_web_addresses_are_not_figures() -> None:
    from checks.extract import extract

    texts = [c.text for c in extract("The poll has a margin of plus or minus 3 percentage points; see "
                                     "https://example.com/?q=45%25 for 12% more.")]
    assert texts == ["3 percentage points", "12%"]


@pytest.mark.parametrize("sentence, figure, party", [
    ("However, the big grocer said sales were up 4.1 per cent to £9bn.", "4.1 per cent", "the big grocer"),
    ("Carmaker Nordwerk AG (NWK.DE, NWKG.F) reported Tuesday that profit grew 8 percent.", "8 percent",
     "Carmaker Nordwerk AG"),
    ("Deliveries rose by 12 per cent, said the SMTA, driven by fleets.", "12 per cent", "SMTA"),
    ("Prices fell 2% in the month, says Jane Ortiz, chief economist at Harbor Bank.", "2%", "Jane Ortiz"),
    ("Tom Weller, senior analyst at Crest Markets, said the index gained 0.4 per cent.", "0.4 per cent", "Tom Weller"),
    ("Wind power made up almost 12% of supply last year, official figures show.", "almost 12%", "official figures"),
    ("According to the poll of 1,500 adults, 31% plan to travel.", "31%", "poll"),
    ("The rate cut of 50 basis points was expected by 20 of 22 economists in a Reuters poll.", "50 basis points",
     "Reuters poll"),
    ("Earnings of $2.10 a share beat the Wall Street estimate of $1.95.", "$1.95", "Wall Street estimate"),
    ("Sales of $9.2 billion topped the forecast of analysts polled by FactSet, who had expected $9 billion.",
     "$9 billion", "analysts polled by FactSet"),
    ("The Nordic Housing Board (NHB) has released its figures and sales rose 3 per cent.", "3 per cent",
     "Nordic Housing Board"),
    ("Data from the agency shows that 4,100 homes were sold.", "4,100", "agency"),
])
def test_english_attribution_forms(sentence: str, figure: str, party: str) -> None:
    from checks.claims.sources import source_of

    claim = next(c for c in extract(sentence, "d") if c.text == figure)
    assert source_of(claim.attribution) == party


def test_a_name_before_showed_is_no_party_unless_it_shows_a_figure() -> None:
    from checks.claims.sources import source_of

    claims = extract("Japan posted a surplus of ¥500 billion as exports to Korea showed solid growth, the "
                     "Finance Ministry said.", "d")
    assert source_of(claims[0].attribution) == "Finance Ministry"


def test_a_statistics_release_speaks_for_all_its_figures() -> None:
    from checks.claims.sources import source_of

    release = "The Bureau of Statistics said exports rose 2.1% in May. Imports fell 0.8% in the month."
    assert [source_of(c.attribution) for c in extract(release, "d")] == ["Bureau of Statistics"] * 2
    story = "The company said sales rose 4% in May. Costs fell 1% in the month."
    assert [source_of(c.attribution) for c in extract(story, "d")][1] is None  # a company's "said" is its sentence's


def test_chinese_source_is_carried_through_the_document_english_is_not() -> None:
    zh = extract("据某协会数据，10月销量为12万辆。其中新能源车占比40%。", "d")
    assert [c.attribution for c in zh] == ["据某协会数据", "据某协会数据"]
    en = extract("The retailer said sales rose 3% in May. Exports fell 2% in the month.", "d")
    assert en[0].attribution is not None and en[1].attribution is None


def test_the_dollar_of_a_text_is_read_only_where_a_dollar_can_ask() -> None:
    # an Australian market report: its bare $ is AUD, its cents too; a text with no $, dollar or cent needs no answer
    report = "The ASX 200 rose 0.4% in AEDT trading as Australian miners gained. Shares of BHP rose $1.20, or 40 cents."
    assert {c.unit for c in extract(report, "d") if c.text.startswith(("$", "40"))} == {"AUD"}
    assert [c.unit for c in extract("Prices rose 3% in May.", "d")] == ["percent"]
    assert [c.unit for c in extract("It cost ¥500 in Tokyo.", "d")] == ["JPY"]


@pytest.mark.parametrize(("text", "unit"), [
    ("Revenue was $US2.4 billion.", "USD"), ("Profit was $A5.2 million.", "AUD"),
    ("Sales reached $NZ3 billion.", "NZD")])
def test_a_dollar_sign_before_the_country_code_as_australian_papers_write_it(text: str, unit: str) -> None:
    (claim,) = extract(text)
    assert claim.unit == unit and claim.text == text.split()[-2] + " " + text.split()[-1].rstrip(".")

