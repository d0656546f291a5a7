"""The claims table's `measure`: one key for what a figure measures (invented sentences)."""

from __future__ import annotations

from checks.claims import claims_table
from checks.claims.measures import basis, measure_key, owner
from checks.documents import Document


def _measures(text: str) -> dict[str, str | None]:
    table = claims_table([Document("d.txt", text, "d.txt")])
    keys: dict[str, set[str | None]] = {}
    for figure, key in zip(table["text"], table["measure"], strict=True):
        keys.setdefault(figure, set()).add(key)
    assert all(len(found) == 1 for found in keys.values()), keys  # a figure stated twice has one key
    return {figure: found.pop() for figure, found in keys.items()}


def test_two_statements_of_one_quantity_share_the_key_and_others_do_not() -> None:
    found = _measures("2024年，星河汽车营收同比增长8.5%至420亿元。2024年，星河汽车营业收入为420亿元，较上年增长8.5%。"
                      "2024年，星河汽车净利润为31亿元。")
    assert found["8.5%"] == "星河汽车||营业收入|2024年|同比"  # the rate, stated twice with two wordings
    assert found["420亿元"] == "星河汽车||营业收入|2024年|"
    assert found["31亿元"] != found["420亿元"]


def test_the_member_and_the_basis_tell_two_figures_of_one_quantity_apart() -> None:
    found = _measures("全市第二产业增加值同比增长5.1%，第三产业增加值同比增长6.2%。从环比看，全市增加值增长1.1%。")
    assert found["5.1%"] != found["6.2%"] and found["5.1%"].split("|")[1] == "第二产业"
    assert found["1.1%"].endswith("|环比")


def test_the_parts_of_the_key() -> None:
    assert owner("我国") == owner("全国") == "全国" and owner("该公司") == ""
    assert basis("较去年同期") == basis("year on year") == "同比" and basis("比上月") == "环比"
    assert measure_key("公司", None, None, None, None) is None  # no quantity read, no key
    assert measure_key("Apple", None, "Revenue", "Q3", "from a year earlier") == "apple||营业收入|q3|同比"


def test_a_period_written_with_or_without_its_measure_word_is_one_period() -> None:
    assert measure_key("全国", None, "投资", "1-9月份", None) == measure_key("全国", None, "投资", "1—9月", None)
    assert measure_key("全国", None, "投资", "1-9月", None) != measure_key("全国", None, "投资", "1-8月", None)
