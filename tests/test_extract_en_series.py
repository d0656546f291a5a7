"""The series an English figure belongs to (checks/extract/en/series.py), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _metrics(text: str) -> dict[str, str | None]:
    return {c.text: c.metric for c in extract(text, "doc")}


def test_a_series_heading_reaches_its_figures_up_to_the_next_heading() -> None:
    read = _metrics("TREND ESTIMATES (MONTHLY CHANGE) Jobs rose to 4,120,300. Hours worked rose 0.3 million hours "
                    "to 610.2 million hours. SEASONALLY ADJUSTED ESTIMATES (MONTHLY CHANGE) Jobs rose 8,100 to "
                    "4,118,900. PAY GAP (ANNUAL CHANGE) The pay gap narrowed to 12.1%.")
    assert read["4,120,300"] == "trend Jobs" and read["0.3 million hours"] == "trend Hours worked"
    assert read["8,100"] == read["4,118,900"] == "seasonally adjusted Jobs"
    assert "trend" not in (read["12.1%"] or "").lower() and "adjusted" not in (read["12.1%"] or "").lower()


def test_a_series_label_with_its_colon_is_a_heading() -> None:
    read = _metrics("Trend estimates : The vacancy rate fell to 2.4%. Seasonally adjusted estimates: The vacancy "
                    "rate rose to 2.5%.")
    assert (read["2.4%"], read["2.5%"]) == ("trend vacancy rate", "seasonally adjusted vacancy rate")


def test_a_series_opening_a_sentence_or_set_after_a_figure_is_that_figures() -> None:
    read = _metrics("Wholesale sales rose 1.1 per cent in May. In volume terms, wholesale sales rose 0.6 per cent "
                    "in May. In real terms, imports fell 2.0 per cent. Cafe turnover grew by 0.9 per cent in June, "
                    "seasonally adjusted. The idle rate for veterans was 3.1 percent (not seasonally adjusted).")
    assert read["1.1 per cent"] == "Wholesale sales" and read["0.6 per cent"] == "wholesale sales volumes"
    assert read["2.0 per cent"] == "real imports"
    assert read["0.9 per cent"] == "seasonally adjusted Cafe turnover"
    assert read["3.1 percent"] == "not seasonally adjusted idle rate"


def test_a_span_of_time_in_words_takes_no_series() -> None:
    read = _metrics("On a non-seasonally adjusted basis, sales rose to Peru (2.2 percent), the best in four years; "
                    "the strike lasted four weeks.")
    assert read["2.2 percent"] == "not seasonally adjusted sales"
    assert "not seasonally adjusted" not in (read["four weeks"] or "")
