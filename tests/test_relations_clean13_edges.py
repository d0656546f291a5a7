"""The edges of this stop's new relation modules (top_lists.py, day_range.py), each the case a mutant of the module
got wrong: where a list starts and ends, which figures are its items, and which close a day's high is held against."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


def test_the_leader_of_a_qi_ci_list_is_in_its_own_sentence_or_line() -> None:
    # the largest named in the sentence (or the line) before is no leader of this list
    assert flagged("前言。美国是最大的市场，金额为50亿美元。日本60亿美元，其次为韩国70亿美元。") == []
    assert flagged("美国是最大的市场，金额为50亿美元\n日本60亿美元，其次为韩国70亿美元。") == []


def test_a_leader_that_opens_its_sentence() -> None:
    assert flagged("去年如此。368亿美元居首，其次为韩国389亿美元。") == [("rank_vs_values", "368亿美元 | 389亿美元")]


def test_a_list_to_the_end_of_a_text_with_no_full_stop() -> None:
    assert flagged("各类犯罪位居前3位的依次是故意伤害罪5 594件，盗窃罪5 845件") == [
        ("rank_vs_values", "5 594件 | 5 845件")]


def test_a_list_after_a_sentence_before_it() -> None:
    assert flagged("去年情况如此。各类犯罪位居前3位的依次是故意伤害罪5 594件，盗窃罪5 845件，交通肇事罪2 023件。") == [
        ("rank_vs_values", "5 594件 | 5 845件")]


def test_a_chinese_list_runs_past_semicolons_and_decimals_and_the_items_changes() -> None:
    text = "中国是最大的进口来源国，进口金额为368.5亿美元；其次为韩国209.5亿美元，增长32.4%；东盟{asean}亿美元。"
    assert flagged(text.format(asean="176.2")) == []
    assert flagged(text.format(asean="276.2")) == [("rank_vs_values", "209.5亿美元 | 276.2亿美元")]


def test_a_figure_of_another_unit_within_an_item_is_passed_over() -> None:
    text = "中国是最大的进口来源国，进口金额为368亿美元；其次为韩国209亿美元，涉及3.5万家企业；东盟{asean}亿美元。"
    assert flagged(text.format(asean="176")) == []
    assert flagged(text.format(asean="276")) == [("rank_vs_values", "209亿美元 | 276亿美元")]


def test_five_times_the_one_before_is_still_read_as_out_of_order() -> None:
    assert flagged("各类犯罪位居前2位的依次是故意伤害罪10件，盗窃罪50件。") == [("rank_vs_values", "10件 | 50件")]


def test_a_list_rows_fields() -> None:
    text = "各类犯罪位居前2位的依次是故意伤害罪5 594件，盗窃罪5 845件。"
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    (row,) = frame[frame["relation"] == "rank_vs_values"].itertuples()
    assert row.doc == "t.txt" and row.gap > 0 and row.metric == "盗窃罪"
    assert row.arithmetic == "5 594件 then 5 845件, listed in order from the largest, out of order"


def test_a_low_alone_in_english() -> None:
    text = "The index closed at 4,100.5 points.\nIt fell to an intraday low of {low} points earlier."
    assert flagged(text.format(low="4,050.2")) == []
    assert flagged(text.format(low="4,150.2")) == [("rank_vs_values", "4,100.5 points | 4,150.2 points")]


def test_touched_is_a_high_only_where_its_sentence_speaks_of_highs() -> None:
    assert flagged("The Nifty closed at 21,453.95.\nEarlier the Nifty touched 21,400.10.") == []
    assert flagged("The Sensex closed at 71,060.31.\nThe Nifty rose to an intraday high of 21,482.35 and the Sensex "
                   "touched 71,049.61.") == [("rank_vs_values", "71,049.61 | 71,060.31")]


def test_a_close_said_far_before_its_figure() -> None:
    text = ("The Nifty ended 215.15 points, or 1.01%, higher at 21,453.95.\nThe Nifty rose to an intraday high of "
            "{high}.")
    assert flagged(text.format(high="21,482.35")) == []
    assert ("rank_vs_values", "21,442.35 | 21,453.95") in flagged(text.format(high="21,442.35"))


AHEAD = "The film took {figure} million{said}{word} the openings of Where The Wild Things Are ({a} million){rest}."


def test_every_word_of_rivals_in_brackets_on_its_own() -> None:
    # each word alone in a text (the text is scanned only when one of them is there); more, then less
    for word in ("above", "topping", "outpacing"):
        text = AHEAD.format(figure="$33.3", said=", ", word=word, a="$34.6", rest="")
        assert flagged(text) == [("rank_vs_values", "$33.3 million | $34.6 million")], word
    for word in ("behind", "below", "trailing"):
        text = AHEAD.format(figure="$33.3", said=", ", word=word, a="$32.6", rest="")
        assert flagged(text) == [("rank_vs_values", "$33.3 million | $32.6 million")], word
        assert flagged(AHEAD.format(figure="$33.3", said=", ", word=word, a="$34.6", rest="")) == [], word


def test_the_rivals_of_a_list_each_with_its_figure() -> None:
    rest = ", Percy Jackson ($31.2 million), Into The Woods ({c} million) and Tomorrowland ($30 million)"
    text = AHEAD.format(figure="$33.3", said=", ", word="ahead of", a="$32.6", rest=rest)
    assert flagged(text.format(c="$31")) == []
    assert flagged(text.format(c="$36")) == [("rank_vs_values", "$33.3 million | $36 million")]


def test_a_figure_said_far_before_the_word_or_past_a_semicolon_is_not_the_one_set_against() -> None:
    far = " bow in its first weekend across the country, "
    assert flagged(AHEAD.format(figure="$33.3", said=far, word="ahead of", a="$34.6", rest="")) == []
    assert flagged(AHEAD.format(figure="$33.3", said=" bow; ", word="ahead of", a="$34.6", rest="")) == []
    # thirty characters is near enough
    near = " bow in its first weekend,  "
    assert len(near) == 28
    assert flagged(AHEAD.format(figure="$33.3", said=near, word="ahead of", a="$34.6", rest="")) == [
        ("rank_vs_values", "$33.3 million | $34.6 million")]


def test_a_rival_of_another_unit_is_passed_over_and_the_rows_fields() -> None:
    text = AHEAD.format(figure="$33.3", said=", ", word="ahead of", a="3,000 theaters", rest="")
    assert flagged(text.replace(" million)", ")")) == []
    text = AHEAD.format(figure="$33.3", said=", ", word="slightly ahead of", a="$34.6", rest="")
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    (row,) = frame[frame["relation"] == "rank_vs_values"].itertuples()
    assert row.doc == "t.txt" and row.metric == "film"
    assert row.arithmetic == "$33.3 million said to be slightly ahead of $34.6 million, but it is not"
