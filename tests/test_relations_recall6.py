"""Forms of the fifth planted set the relations missed (tuned on clean6/ after it was measured blind), each on
sentences written for this test, with its consistent neighbour that must not be flagged."""

from __future__ import annotations

from .flags import flagged

_PARAGRAPH = ("全市港口完成货物吞吐量5200万吨，增长3.1%。\n\n"
              "其中，外贸吞吐量1800万吨，增长2.0%；内贸吞吐量{inland}万吨，增长3.5%。")
_KINDS = ("节日期间全市共发送旅客920万人次，增长4%。其中，铁路客运量210万人次，增长9%；公路客运量{road}万人次，"
          "下降1%；水路客运量30万人次，增长2%；民航运送旅客60万人次，增长6%。")


def test_a_breakdown_that_opens_the_next_paragraph_is_held_against_the_total_before_it() -> None:
    assert flagged(_PARAGRAPH.format(inland="3100")) == []
    assert flagged(_PARAGRAPH.format(inland="3600")) == [("parts_vs_total", "5200万吨 | 1800万吨 | 3600万吨")]


def test_two_kinds_listed_clause_by_clause_after_an_opening_among_are_summed() -> None:
    text = "全市港口完成货物吞吐量5200万吨。其中，外贸吞吐量1800万吨，增长2.0%；内贸吞吐量{inland}万吨，增长3.5%。"
    assert flagged(text.format(inland="3100")) == []
    assert flagged(text.format(inland="3600")) == [("parts_vs_total", "5200万吨 | 1800万吨 | 3600万吨")]


def test_a_clause_after_an_among_that_follows_a_comma_is_a_quantity_of_its_own() -> None:
    text = "首年保费达620亿元，其中十年期保费达280亿元，增长12%；续期保费达1900亿元，增长6%。"
    assert flagged(text) == []


def test_the_kinds_that_end_alike_are_summed_up_to_the_first_that_does_not() -> None:
    assert flagged(_KINDS.format(road="600")) == []
    assert flagged(_KINDS.format(road="700")) == [
        ("parts_vs_total", "920万人次 | 210万人次 | 700万人次 | 30万人次")]
