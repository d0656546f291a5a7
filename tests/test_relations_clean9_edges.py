"""The edges of this session's relation forms (tests/test_relations_clean9.py): where a list stops, what a relation
says, and that no reader fails on the text."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table


def _rows(text: str) -> list[tuple[str, str, bool, str]]:
    """(relation, texts, flagged, arithmetic) of every relation of a text, no reader failing on it."""
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    assert frame.attrs["failures"] == []
    return [(r.relation, r.texts, bool(r.gap > 0 or r.mixed or not r.possible), r.arithmetic)
            for r in frame.itertuples()]


def _flagged(text: str) -> list[tuple[str, str]]:
    return [(relation, texts) for relation, texts, bad, _ in _rows(text) if bad]


def test_a_part_after_a_second_among_takes_the_total_of_its_quantity_sentences_back() -> None:
    text = ("青川县共接待游客8.31万人次。端午节的传统民俗吸引了大批游客。家庭出游客流明显增多。其中青溪阴平村共接待"
            "12522人次，实现营业收入118万元；大沟村共接待游客7800人次。其中，过夜游共接待游客{night}万人次，同比增长13.1%。")
    assert _flagged(text.format(night="2.49")) == []
    assert [texts for relation, texts in _flagged(text.format(night="9.49"))] == ["12522人次 | 9.49万人次"]
    # a total of the quantity that stands after 其中 itself is a part, no whole of the parts after a second 其中
    parted = ("今年端午假期旅游市场平稳。其中，乡村共接待游客8.31万人次。家庭出游明显增多。其中青溪阴平村共接待12522"
              "人次；大沟村共接待游客7800人次。其中，过夜游共接待游客2.49万人次。")
    assert [texts for relation, texts in _flagged(parted)] == ["12522人次 | 2.49万人次"]


def test_two_kinds_of_a_named_whole_are_a_list_and_a_kind_of_another_unit_ends_it() -> None:
    text = ("2014年我国游戏市场实际销售收入达1144.8亿元。2014年，我国游戏市场实际销售收入中客户端网络游戏市场实际"
            "销售收入{client}亿元，网页游戏市场实际销售收入302.7亿元，移动游戏用户3.58亿人。")
    assert _flagged(text.format(client="608.9")) == []
    [(relation, texts, _, arithmetic)] = [r for r in _rows(text.format(client="908.9")) if r[2]]
    assert (relation, texts) == ("parts_vs_total", "1144.8亿元 | 908.9亿元 | 302.7亿元")
    assert arithmetic == "908.9亿元 + 302.7亿元 = 1,211.6亿元 > whole 1144.8亿元"


def test_kinds_of_a_named_whole_need_the_whole_of_their_time() -> None:
    text = ("2013年我国游戏市场实际销售收入831.7亿元。\n2014年，我国游戏市场实际销售收入中客户端网络游戏市场实际"
            "销售收入608.9亿元，网页游戏市场实际销售收入302.7亿元。")
    assert _flagged(text) == []


def test_shares_each_followed_by_their_group_say_so_and_two_lists_are_two() -> None:
    text = ("A poll found 35 percent of adults considered themselves Democrats, 28 percent Republicans and 45 "
            "percent independents. Another found 30 percent of voters favoured Smith, 25 percent Jones and 20 "
            "percent Brown.")
    rows = [r for r in _rows(text) if r[0] == "shares_of_whole"]
    assert [(texts, bad) for _, texts, bad, _ in rows] == [("35 percent | 28 percent | 45 percent", True),
                                                          ("30 percent | 25 percent | 20 percent", False)]
    assert rows[0][3].endswith("(shares of one whole: shares of one whole, each followed by its group)")


def test_shares_clause_by_clause_say_their_whole_and_a_level_ends_the_run() -> None:
    text = ("Holidays accounted for 38% of visitor nights; 49% were for education; 17% of nights were to visit "
            "friends; and 7% were for business.")
    [(_, texts, _, arithmetic)] = [r for r in _rows(text) if r[2]]
    assert texts == "38% | 49% | 17% | 7%"
    assert arithmetic.endswith("(shares of one whole: shares of visitor nights, clause by clause)")
    ended = ("Holidays accounted for 38% of visitor nights; 4,900 nights were for education; 17% of nights were to "
             "visit friends; and 7% were for business.")
    assert [r for r in _rows(ended) if r[0] == "shares_of_whole"] == []


def test_line_start_and_end_are_the_text_searches_they_replace() -> None:
    from checks.relations.base import Doc
    from checks.relations.lines import line_end, line_start

    for text in ("", "no break", "\nab\n\ncd\n", "a\nb", "\n\n"):
        doc = Doc("d", text, [])
        for at in range(len(text) + 1):
            assert line_start(doc, at) == text.rfind("\n", 0, at) + 1
            assert line_end(doc, at) == text.find("\n", at)
