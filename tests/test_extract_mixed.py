"""Mixed-language documents are read sentence by sentence (and quote by quote) in each one's language."""

from __future__ import annotations

import itertools

from checks.extract import extract, mentions, numbers, runs
from checks.extract.text import fold_width

# An English quotation inside a Chinese report (invented figures).
ZH_WITH_ENGLISH_QUOTE = (
    "据公司公告，2023年营收同比增长12.5%，达到380亿元。公司首席执行官在发布会上表示："
    "“Our overseas revenue rose 25 percent to $4.2 billion, and we expect more than 30 new stores next year.”"
    "此外，净利润下降3.1%。")
# A Chinese statement inside an English report.
EN_WITH_CHINESE_STATEMENT = (
    "Alibaba reported revenue of $30.7 billion for the quarter, up 9 percent. In a statement in Chinese the "
    "company said: 淘宝天猫商品交易额同比增长超过5%，活跃买家达到8.9亿。Analysts expect margins to widen by 2 "
    "percentage points.")


def test_width_folding_keeps_offsets_and_reads_grouping_commas() -> None:
    assert fold_width("营收１２，３４５，６７８元，增长５％") == "营收12,345,678元，增长5%"
    assert fold_width("营收12，345元，同比1，23") == "营收12,345元，同比1，23"  # 1，23 groups nothing
    assert fold_width("no full-width character here") == "no full-width character here"
    assert fold_width("a\u00a0b") == "a b"
    assert fold_width("净利润1\ufe5248亿元，增长16\ufe526\ufe6a") == "净利润1.48亿元，增长16.6%"


def test_a_small_full_stop_is_a_decimal_point() -> None:
    found = _read("公司营业额2\ufe5276亿元，同比上升16\ufe526%。")
    assert found["2\ufe5276亿元"][0] == 2.76e8 and found["16\ufe526%"][:2] == (16.6, "percent")


def _read(text: str) -> dict[str, tuple]:
    return {c.text: (c.value, c.unit, c.qualifier, c.direction) for c in extract(text, "doc")}


def test_an_english_quote_in_a_chinese_article_is_read_in_english() -> None:
    found = _read(ZH_WITH_ENGLISH_QUOTE)
    assert found["12.5%"] == (12.5, "percent", "exact", "up")
    assert found["380亿元"] == (3.8e10, "CNY", "exact", None)
    assert found["25 percent"] == (25, "percent", "exact", "up")
    assert found["$4.2 billion"] == (4.2e9, "USD", "exact", None)
    assert found["more than 30"] == (30, "count", "over", None)
    assert found["3.1%"] == (3.1, "percent", "exact", "down")
    assert len(found) == 6


def test_chinese_figures_in_an_english_article_are_read_in_chinese() -> None:
    claims = extract(EN_WITH_CHINESE_STATEMENT, "doc")
    found = {c.text: (c.value, c.unit, c.qualifier) for c in claims}
    assert found == {"$30.7 billion": (3.07e10, "USD", "exact"), "9 percent": (9, "percent", "exact"),
                     "超过5%": (5, "percent", "over"), "8.9亿": (8.9e8, "count", "exact"),
                     "2 percentage points": (2, "pp", "exact")}
    chinese = next(c for c in claims if c.text == "超过5%")
    assert chinese.metric == "淘宝天猫商品交易额" and chinese.basis  # read by the Chinese reader: 同比
    assert all(EN_WITH_CHINESE_STATEMENT[c.start:c.end] == c.text for c in claims)


def test_runs_cover_the_text_and_switch_only_on_clear_evidence() -> None:
    folded = fold_width(ZH_WITH_ENGLISH_QUOTE)
    found = runs(folded)
    assert [lang for _, _, lang in found] == ["zh", "en", "zh"]
    assert found[0][0] == 0 and found[-1][1] == len(folded)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(found))
    # a name or a short phrase in the other script does not switch: one run, read as before
    assert len(runs("苹果公司（Apple Inc.）营收增长5%。iPhone销量下降2%。")) == 1
    assert len(runs("BYD, or 比亚迪, sold 3 million cars. Sales rose 12%.")) == 1
    assert len(runs("营收增长5%，详见 https://example.com/report?id=30%25 and more。")) == 1
    assert runs("") == [(0, 0, "zh")]


def test_ids_of_a_mixed_document_do_not_depend_on_offsets() -> None:
    """Adding a sentence before the English quote leaves every claim id alone."""
    before = {c.text: c.claim_id for c in extract(ZH_WITH_ENGLISH_QUOTE, "doc")}
    after = {c.text: c.claim_id for c in extract("公司成立于北京。" + ZH_WITH_ENGLISH_QUOTE, "doc")}
    assert before == after


def test_mentions_and_numbers_follow_the_runs_too() -> None:
    assert [m.value for m in mentions(EN_WITH_CHINESE_STATEMENT)] == [3.07e10, 9, 5, 8.9e8, 2]
    assert [n.value for n in numbers("营收增长五成。Sales rose by two thirds.")] == [5, 2 / 3]
