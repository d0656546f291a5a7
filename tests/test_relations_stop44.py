"""Forms read at stop 44 from the tuned sets' misses (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_futures_close_its_change_on_the_settlement_and_its_rate_agree() -> None:
    text = "大豆期货主力合约收于每吨4500元，较前一交易日结算价大幅上涨90元，涨幅为2.04%。"
    assert flagged(text) == []
    assert flagged(text.replace("涨幅为2.04%", "涨幅为3.04%")) == [("growth_vs_levels", "90元 | 4500元 | 3.04%")]


def test_a_close_said_with_its_unit_per_ton_then_its_change() -> None:
    text = "铝主力合约，以20000元/吨收盘，下跌200元，跌幅为0.99%。"
    assert flagged(text) == []
    assert flagged(text.replace("下跌200元", "下跌400元")) == [("growth_vs_levels", "400元 | 20000元 | 0.99%")]


def test_couples_are_counted_in_pairs() -> None:
    claims = extract("全年办理离婚登记5000对，比上年增加500对，增长11.1%。")
    assert [(c.text, c.kind) for c in claims] == [("5000对", "level"), ("500对", "change"), ("11.1%", "growth")]
    assert claims[2].level_after == 5000
    assert [c.text for c in extract("对于企业，对外贸易增长5%。")] == ["5%"]


def test_parts_set_apart_by_commas_end_at_a_semicolon() -> None:
    text = ("全年办理结婚登记3000对，其中本市居民结婚登记2900对，外籍人士结婚登记100对，结婚登记数比上年增加90对；"
            "办理离婚登记1200对；办理复婚登记300对。")
    assert [r for r in flagged(text) if r[0] == "parts_vs_total"] == []


def test_a_rate_to_a_level_at_a_period_end_from_the_earlier_level() -> None:
    text = "Gross bad loans rose 10.0% to $2.2 billion at the end of the December quarter from $2.0 billion a year ago."
    assert flagged(text) == []
    assert flagged(text.replace("10.0%", "20.0%")) == [("growth_vs_levels", "$2.0 billion | $2.2 billion | 20.0%")]


def test_a_second_revision_after_a_comma_is_no_earlier_level_of_the_first() -> None:
    claims = extract("The gain for May was revised from +100,000 to +120,000, and the gain for June was revised "
                     "from +150,000 to +140,000.")
    assert claims[0].base_value is None


def test_a_full_stop_with_no_space_before_a_capital_ends_the_sentence() -> None:
    claims = extract("Costs fell 3% on a yearly basis.Gross margin rose to 41% in the quarter.")
    assert claims[1].metric == "Gross margin"


def test_ringgit_and_malaysian_millions() -> None:
    claims = extract("Revenue fell to RM850.5mil from RM900.0mil a year earlier, and assets reached RM1.5bil.")
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("RM850.5mil", 850.5e6, "MYR"), ("RM900.0mil", 900e6, "MYR"), ("RM1.5bil", 1.5e9, "MYR")]
    assert flagged("Revenue rose to RM850.5mil from RM900.0mil a year earlier.") == [
        ("rank_vs_values", "RM900.0mil | RM850.5mil")]


def test_a_levels_second_change_after_but_and_its_rate_in_brackets() -> None:
    text = ("The median price in May was $300,000, a decrease of $3,000 (1.0%) from April but an increase of "
            "$15,000 (5.3%) compared to May 2024.")
    assert flagged(text) == []
    assert flagged(text.replace("$15,000", "$25,000")) == [("growth_vs_levels", "$25,000 | $300,000 | 5.3%")]


def test_a_level_per_share_and_its_period_then_the_earlier_level() -> None:
    claims = extract("The chain reported net income of $50.0 million, or 40 cents per share, for the quarter ended "
                     "Jan. 30, compared with the previous year's $40.0 million, or 32 cents per share.")
    assert claims[0].base_value == 40e6
