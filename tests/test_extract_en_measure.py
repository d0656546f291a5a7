"""What an English figure measures (subject, metric, segment), on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _measures(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.subject, c.segment, c.metric) for c in extract(text, doc="t")]


def test_a_named_company_moving_by_a_price_is_its_share_price() -> None:
    assert _measures("Barclays Group was up 12 pence to 310p after the results.") == [
        ("Barclays Group", None, "share price"), ("Barclays Group", None, "share price")]


def test_a_single_name_mid_sentence_is_a_subject() -> None:
    assert _measures("Meanwhile Vodafone fell 3 cents to $2.10.")[0] == (
        "Vodafone", None, "share price")


def test_shares_in_a_company_are_its_share_price() -> None:
    assert _measures("Shares in Tesco rose by 4.5p in early trade.") == [("Tesco", None, "share price")]
    assert _measures("Later, Nokia shares dropped 6% in Helsinki.") == [("Nokia", None, "share price")]


def test_a_stock_index_measures_its_level() -> None:
    assert _measures("The Nikkei rose 120 points, or 0.4 per cent.") == [
        ("Nikkei", None, "index level"), ("Nikkei", None, "index level")]
    assert _measures("The broader Composite index closed 15.2 points lower.") == [
        ("broader Composite index", None, "index level")]


def test_a_common_noun_that_starts_a_sentence_is_no_name() -> None:
    assert _measures("Attendance rose 5% last season.") == [(None, None, "attendance")]
    assert _measures("Exports fell $2 billion in March.")[0][2] == "exports"


def test_a_company_amount_is_no_share_price() -> None:
    # a movement by billions is the company's amount of something, not the price of its shares
    assert _measures("Later, Siemens lost $3 billion in the quarter.")[0][2] != "share price"


def test_a_participle_after_a_clause_belongs_to_that_clause_name() -> None:
    assert _measures("Telstra followed, climbing 14 cents.") == [("Telstra", None, "share price")]
    assert _measures("The top risers included Burberry, up 31p.") == [("Burberry", None, "share price")]
    assert _measures("The worst performer was Ocelot Mining, which slid 9 cents.") == [
        ("Ocelot Mining", None, "share price")]
