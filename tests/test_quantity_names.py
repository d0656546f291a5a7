"""Whether two names of figures name one quantity (relations/quantity_names.py), name by name."""

from __future__ import annotations

from checks.relations.quantity_names import one_word, same_quantity, stock


def test_equal_names_and_a_long_enough_end_name_one_quantity() -> None:
    assert same_quantity("营业收入", "营业收入", loose=False)
    assert same_quantity("全市网络零售额", "网络零售额", loose=False)
    assert same_quantity("网络零售额", "全市网络零售额", loose=False)
    assert not same_quantity("全市零售额", "零售额", loose=False)  # three characters: too short, unless loose
    assert same_quantity("全市零售额", "零售额", loose=True)
    assert not same_quantity("全市零售额", "售额", loose=True)


def test_a_name_set_apart_by_a_breakdowns_member_is_a_part_not_the_whole() -> None:
    assert not same_quantity("一般贸易进出口", "进出口", loose=True)
    assert not same_quantity("进出口", "一般贸易进出口", loose=True)
    assert not same_quantity("城镇消费品零售额", "消费品零售额", loose=False)
    assert same_quantity("全省消费品零售额", "消费品零售额", loose=False)


def test_the_same_owners_names_alike_after_synonyms() -> None:
    assert same_quantity("腾讯营收", "腾讯总收入", loose=False)
    assert not same_quantity("腾讯营收", "阿里营收", loose=False)
    assert not same_quantity("腾讯净利润", "腾讯营收", loose=False)


def test_a_stocks_rate_is_its_balances() -> None:
    assert stock({"kind": "growth", "metric": "广义货币余额"}) == stock({"kind": "growth", "metric": "广义货币"})
    assert stock({"kind": "level", "metric": "广义货币余额"}) != stock({"kind": "level", "metric": "广义货币"})
    assert stock({"kind": "growth", "metric": "余额"}) == stock({"kind": "level", "metric": "余额"})


def test_a_one_word_english_name_is_too_short_to_match_by_its_end() -> None:
    assert one_word({"metric": "sales"})
    assert not one_word({"metric": "retail sales"})
    assert not one_word({"metric": "营业收入"})
    assert one_word({"metric": None})
