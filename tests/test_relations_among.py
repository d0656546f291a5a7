"""parts_vs_total after 其中 (checks/relations/among.py): which figures after the word are summed as parts, which
figure before it is the whole, and the row written; each on sentences written for this test."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table
from checks.relations.among import _near_before, _opens
from checks.relations.base import Doc

from .flags import flagged


def _among(text: str) -> pd.DataFrame:
    """The parts_vs_total rows of a short text, flagged or not."""
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return frame[frame["relation"] == "parts_vs_total"]


def _arithmetic(text: str) -> list[str]:
    return list(_among(text)["arithmetic"])


_HOSPITALS = "全市共有医院120家{sep}其中，公立医院40家，民营医院50家，专科医院{third}家。全市共有床位9000张。"


def test_three_parts_after_labels_that_end_alike_are_summed_against_the_whole() -> None:
    assert _arithmetic(_HOSPITALS.format(sep="。", third="30")) == ["parts 40家 + 50家 + 30家 = 120家 ≤ whole 120家"]
    assert _arithmetic(_HOSPITALS.format(sep="，", third="40")) == ["parts 40家 + 50家 + 40家 = 130家 > whole 120家"]
    assert flagged(_HOSPITALS.format(sep="。", third="40")) == [("parts_vs_total", "120家 | 40家 | 50家 | 40家")]


_CLINICS = ("全市共有医疗机构120家。其中，公立医院40家，民营医院{verb}50家，{other}乡镇卫生院{verb2}40家。"
            "全市共有床位9000张。")


def test_labels_typed_alike_end_in_one_character_and_may_take_a_verb() -> None:
    # 医院 and 卫生院 are not kinds of one name, but types of one thing (they end in 院)
    expected = ["parts 40家 + 50家 + 40家 = 130家 > whole 120家"]
    assert _arithmetic(_CLINICS.format(verb="", other="", verb2="")) == expected
    assert _arithmetic(_CLINICS.format(verb="有", other="", verb2="为")) == expected


def test_a_labelled_figure_of_another_unit_ends_the_typed_list() -> None:
    # (the last 40家 stands more than 30 characters after 其中: no part)
    assert _arithmetic(_CLINICS.format(verb="", other="研究院300人，", verb2="")) == [
        "part 40家 ≤ whole 120家", "part 50家 ≤ whole 120家"]


def test_the_row_states_the_sum_of_the_parts_lower_ends_against_the_whole_upper_end() -> None:
    row = _among(_HOSPITALS.format(sep="。", third="40")).iloc[0]
    assert (row["stated_low"], row["stated_high"]) == (128.5, 128.5)  # 39.5 + 49.5 + 39.5
    assert math.isnan(row["implied_low"]) and row["implied_high"] == 120.5  # no lower end: a part may be small
    assert row["gap"] == 8.0
    assert row["doc"] == "t.txt"


def test_parts_whose_labels_are_of_different_kinds_overlap_and_are_not_summed() -> None:
    text = "全校共有学生900人，其中女生480人，党员90人，新生400人。"
    assert _arithmetic(text) == ["part 480人 ≤ whole 900人", "part 90人 ≤ whole 900人", "part 400人 ≤ whole 900人"]


def test_two_labelled_parts_are_not_a_typed_list() -> None:
    text = "全市共有医院120家。其中，公立医院80家，民营医院70家。"
    assert _arithmetic(text) == ["part 80家 ≤ whole 120家", "part 70家 ≤ whole 120家"]


def test_a_labelled_list_stops_at_a_figure_of_another_unit() -> None:
    text = "全市共有医院120家。其中，公立医院40家，民营医院50家，床位300张，专科医院40家。"
    assert _arithmetic(text) == ["part 40家 ≤ whole 120家", "part 50家 ≤ whole 120家", "part 40家 ≤ whole 120家"]


_GRAIN = "全年粮食产量600万吨{sep}其中，冬麦产量250万吨，增长2%{clause}春麦产量{autumn}万吨，增长3%。"


def test_two_kinds_set_apart_as_clauses_are_summed_only_when_among_opens_the_sentence() -> None:
    assert _arithmetic(_GRAIN.format(sep="。", clause="；", autumn="400")) == [
        "parts 250万吨 + 400万吨 = 650万吨 > whole 600万吨"]
    assert _arithmetic(_GRAIN.format(sep="。", clause="；", autumn="300")) == [
        "parts 250万吨 + 300万吨 = 550万吨 ≤ whole 600万吨"]
    assert _arithmetic(_GRAIN.format(sep="。\r\n", clause="；", autumn="400")) == [  # a paragraph of its own
        "parts 250万吨 + 400万吨 = 650万吨 > whole 600万吨"]
    # after a comma the next clause may be a quantity of its own; clauses set apart by a comma are not kinds listed
    assert _arithmetic(_GRAIN.format(sep="，", clause="；", autumn="400")) == ["part 250万吨 ≤ whole 600万吨"]
    assert _arithmetic(_GRAIN.format(sep="。", clause="，", autumn="400")) == [
        "part 250万吨 ≤ whole 600万吨", "part 400万吨 ≤ whole 600万吨"]


def test_three_kinds_that_end_alike_are_summed() -> None:
    text = "全年粮食产量600万吨，其中冬麦产量250万吨，晚稻产量{early}万吨，春麦产量300万吨。"
    assert _arithmetic(text.format(early="100")) == ["parts 250万吨 + 100万吨 + 300万吨 = 650万吨 > whole 600万吨"]
    assert _arithmetic(text.format(early="40")) == ["parts 250万吨 + 40万吨 + 300万吨 = 590万吨 ≤ whole 600万吨"]


_KINDS = "全年{whole}600万吨。其中，{first}250万吨，增长2%；{second}200万吨，增长1%；{third}200万吨，增长3%。"


def test_kinds_are_summed_while_their_names_end_in_the_last_two_characters_of_the_first() -> None:
    summed = ["parts 250万吨 + 200万吨 + 200万吨 = 650万吨 > whole 600万吨"]
    assert _arithmetic(_KINDS.format(whole="能源产量", first="煤产量", second="油产量", third="气产量")) == summed
    assert _arithmetic(_KINDS.format(whole="粮食产量", first="冬麦产量", second="油产量", third="春麦产量")) == summed
    # the second ends otherwise: no kinds listed, though the third ends as the first
    assert _arithmetic(_KINDS.format(whole="粮食产量", first="冬麦产量", second="化肥用量", third="晚稻产量")) == [
        "part 250万吨 ≤ whole 600万吨"]
    text = "全市发送旅客920万人次。其中，铁路客运量210万人次，增长9%；公路客运量600万人次，下降1%；民航运量160万人次。"
    assert _arithmetic(text) == [
        "parts 210万人次 + 600万人次 + 160万人次 = 970万人次 > whole 920万人次"]


def test_kinds_listed_stop_at_the_end_of_the_sentence() -> None:
    text = "全年粮食产量600万吨，其中冬麦产量250万吨，增长2%；春麦产量300万吨。晚稻产量100万吨。"
    assert _arithmetic(text) == ["part 250万吨 ≤ whole 600万吨"]
    text = "全年粮食产量600万吨。其中，冬麦产量250万吨，增长2%；春麦产量300万吨，增长3%。全年棉花产量50万吨。"
    assert _arithmetic(text) == ["parts 250万吨 + 300万吨 = 550万吨 ≤ whole 600万吨"]


def test_parts_listed_with_respectively_are_summed() -> None:
    text = "全年粮食产量600万吨，其中冬麦和春麦分别为250万吨、{autumn}万吨。"
    assert _arithmetic(text.format(autumn="400")) == ["parts 250万吨 + 400万吨 = 650万吨 > whole 600万吨"]
    assert _arithmetic(text.format(autumn="300")) == ["parts 250万吨 + 300万吨 = 550万吨 ≤ whole 600万吨"]
    assert list(_among(text.format(autumn="400"))["metric"]) == ["粮食产量"]  # the whole's


def test_parts_listed_without_respectively_are_each_held_against_the_whole() -> None:
    text = "全年粮食产量600万吨，其中冬麦和春麦为250万吨、400万吨。"
    assert _arithmetic(text) == ["part 250万吨 ≤ whole 600万吨", "part 400万吨 ≤ whole 600万吨"]


def test_wholes_listed_together_stand_for_their_sum() -> None:
    text = "一季度、二季度销售额分别为30亿元、40亿元，其中4月份销售额{april}亿元。"
    assert _arithmetic(text.format(april="25")) == ["part 25亿元 ≤ whole 30亿元 + 40亿元 = 70亿元"]
    assert _arithmetic(text.format(april="75")) == ["part 75亿元 > whole 30亿元 + 40亿元 = 70亿元"]
    text = "一季度、二季度销售额分别为30.5亿元、40亿元，其中4月份销售额75亿元。"  # the sum written as the first is
    assert _arithmetic(text) == ["part 75亿元 > whole 30.5亿元 + 40亿元 = 70.5亿元"]


def test_the_largest_whole_before_among_is_taken() -> None:
    text = "全市共有医院120家，诊所300家，其中民营医院{private}家。"
    assert _arithmetic(text.format(private="200")) == ["part 200家 ≤ whole 300家"]
    assert _arithmetic(text.format(private="350")) == ["part 350家 > whole 300家"]
    assert _arithmetic("全市共有医院300家，诊所300家，其中民营医院350家。") == ["part 350家 > whole 300家"]


def test_a_part_with_no_whole_before_it_leaves_the_next_among_to_be_read() -> None:
    text = "其中民营医院70家。全市共有诊所300家，其中民营诊所{private}家。"
    assert _arithmetic(text.format(private="350")) == ["part 350家 > whole 300家"]


def test_a_whole_written_right_before_among_is_one() -> None:
    assert _arithmetic("全市共有医院120家其中民营医院70家。") == ["part 70家 ≤ whole 120家"]


def test_a_figure_after_among_is_no_whole() -> None:
    text = "全市共有医院120家，其中民营医院70家。全市另有诊所300家。"
    assert _arithmetic(text) == ["part 70家 ≤ whole 120家"]


def test_among_more_than_thirty_characters_before_the_part_marks_nothing() -> None:
    for apart, found in ((30, ["part 70家 ≤ whole 120家"]), (31, [])):
        text = f"全市共有医院120家，其中{('经审核确认' * 10)[:apart - 6]}民营医院70家。"
        assert text.index("70家") - text.index("其中") == apart
        assert _arithmetic(text) == found


def test_a_whole_more_than_a_sentence_before_the_sentence_of_among_is_too_far() -> None:
    text = "全市共有医院120家。{between}其中民营医院70家。"
    assert _arithmetic(text.format(between="医院数量稳定。")) == ["part 70家 ≤ whole 120家"]
    assert _arithmetic(text.format(between="医院数量稳定。服务能力提升。")) == []


def test_a_breakdown_opening_a_paragraph_takes_the_whole_of_the_last_sentence_before() -> None:
    text = "全市共有医院120家，同比增加5家。{gap}其中，公立医院40家，民营医院50家，专科医院40家。"
    expected = ["parts 40家 + 50家 + 40家 = 130家 > whole 120家"]
    assert _arithmetic(text.format(gap="\n\n")) == expected
    assert _arithmetic(text.format(gap="\n\u3000\u3000")) == expected
    assert _arithmetic(text.format(gap="医院数量稳定。\n")) == []  # not the last sentence of the paragraph before
    assert _arithmetic(text.format(gap="\n医院数量稳定。")) == []  # the breakdown does not open its paragraph


@pytest.mark.parametrize(("text", "opens"), [
    ("其中，", True),  # the text opens with it
    ("全年产量600万吨。其中，", True),
    ("全年产量600万吨！其中，", True),
    ("全年产量600万吨？其中，", True),
    ("Output was 6 tonnes! 其中", True),
    ("Output was 6 tonnes? 其中", True),
    ("全年产量如下：其中，", True),
    ("全年产量如下:其中，", True),
    ("全年产量600万吨。 \t\u3000\n其中，", True),  # spaces and a line break between
    ("全年产量600万吨。\r\n其中，", True),  # a Windows line end
    ("全年产量600万吨，其中，", False),
    ("全年产量600万吨；其中，", False),
    ("全年产量为600万吨其中，", False),
    ("即其中", False),  # a word at the very start
])
def test_among_opens_its_sentence_after_a_full_stop_or_a_colon(text: str, opens: bool) -> None:
    assert _opens(text, text.index("其中")) is opens


def test_among_opens_only_by_the_mark_just_before_it() -> None:
    text = "全年产量。600万吨其中"  # a full stop within eight characters, but not just before
    assert _opens(text, text.index("其中")) is False
    text = "。一二三四五六七八其中"  # eight characters after the full stop
    assert _opens(text, text.index("其中")) is False


def _claim_ending(text: str, figure: str) -> dict:
    return {"end": text.index(figure) + len(figure)}


@pytest.mark.parametrize(("text", "near"), [
    ("总量600万吨，其中", True),
    ("总量600万吨。其中", True),
    ("总量600万吨。一。其中", True),
    ("总量600万吨。一！二？其中", False),
    ("总量600万吨。一!其中", True),
    ("总量600万吨?一!其中", True),
    ("总量600万吨?一!二.三。其中", False),
    ("总量600万吨。\n其中", True),  # the last sentence of the paragraph before
    ("总量600万吨。\n\n \u3000其中", True),
    ("总量600万吨。\u3000\u3000其中", True),  # an indent opens a paragraph
    ("总量600万吨，一。\n其中", True),
    ("总量600万吨。一。\n其中", False),  # a sentence of the paragraph before, but not its last
    ("总量600万吨。\n一，其中", False),  # the paragraph does not open with 其中
    ("总量600万吨\n其中", True),
])
def test_a_whole_stands_at_most_two_sentences_before_or_ends_the_paragraph_before(text: str, near: bool) -> None:
    assert _near_before(Doc("t.txt", text, []), _claim_ending(text, "600万吨"), text.index("其中")) is near
