"""Which period and quantity a Chinese figure has when a section heading names the period of the lines under it, a
clause before says how a quantity moved, or a name opens with 其 (invented sentences)."""

from __future__ import annotations

from checks.extract import extract


def test_a_section_heading_names_the_period_of_its_lines() -> None:
    text = ("某某集团发布2025年第三季度及前三季度业绩\n2025年第三季度业绩摘要\n"
            "- 营业收入为人民币120亿元，同比增长8.2%。\n- 毛利为人民币41亿元。\n"
            "2025年前三季度业绩摘要\n- 营业收入为人民币338亿元，同比增长9.9%。\n")
    found = {c.text: c.period for c in extract(text, "doc")}
    assert found["120亿元"] == found["41亿元"] == "2025年第三季度"
    assert found["338亿元"] == "2025年前三季度"


def test_a_headline_heads_no_section() -> None:
    found = {c.text: c.period for c in extract("2025年上半年某某集团业绩\n- 营业收入为人民币120亿元。\n", "doc")}
    assert found["120亿元"] is None


def test_a_quantity_said_to_grow_in_the_clause_before_is_the_figures() -> None:
    found = {c.text: c.metric for c in extract("三月，全市港口集装箱吞吐量增长较快，同比增长12.6%。", "doc")}
    assert found["12.6%"] == "港口集装箱吞吐量"


def test_qita_is_a_word_not_a_connective() -> None:
    found = {c.text: c.metric for c in extract("某某公司线下门店收入占比41.5%，其他渠道收入占比8.5%。", "doc")}
    assert found["8.5%"] == "其他渠道收入占比"
