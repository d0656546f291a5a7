"""The last look at a Chinese reading (zh/settle.py): a share named by its word alone is of the part just named, and
a name that refers to one just given is that one."""

from __future__ import annotations

from checks.extract import extract


def test_a_bare_share_is_of_the_part_named_before_it_in_its_clause_chain() -> None:
    read = extract("国产影片票房127.67亿元，同比增长54.32%，占比58.65%。", "d")
    assert [(c.text, c.kind, c.metric) for c in read][-1] == ("58.65%", "share", "国产影片票房占比")


def test_a_bare_share_after_a_name_that_is_no_plain_part_keeps_its_word() -> None:
    # the name before holds a share's word already: no 增加值占比占比
    read = extract("第三产业增加值占比45.1%，同比提高1.2个百分点，占比47.3%。", "d")
    assert not any(c.metric and c.metric.endswith("占比占比") for c in read)
    # a share in the next sentence is not of this part
    read = extract("国产影片票房127.67亿元。占比58.65%。", "d")
    assert read[-1].metric != "国产影片票房占比"


def test_a_reference_names_the_quantity_just_given() -> None:
    read = extract("智能手机游戏收入达到35.8亿元，上述收入环比增长21%。", "d")
    assert read[-1].metric == "智能手机游戏收入"


def test_takeoffs_and_landings_are_a_count_not_a_fall() -> None:
    read = extract("机场完成飞机起降12.3万架次。", "d")
    assert (read[0].kind, read[0].direction) == ("level", None)


def test_a_net_addition_is_a_movement_and_the_total_after_it_is_of_the_same_quantity() -> None:
    read = extract("宽带接入用户净增1715.7万户，达到12113.5万户；移动电话用户净增500万户，总数达到9000万户。", "d")
    assert [(c.kind, c.metric) for c in read] == [("change", "宽带接入用户"), ("level", "宽带接入用户"),
                                                  ("change", "移动电话用户"), ("level", "移动电话用户总数")]
    assert read[0].direction == "up"


def test_a_level_after_its_rank_is_of_what_the_rank_ranks_and_the_least_is_no_fall() -> None:
    read = extract("车险收入排名第一为88.5亿元；意外险收入最少仅为3.21亿元。", "d")
    assert [(c.text, c.kind, c.metric) for c in read] == [
        ("第一", "rank", "车险收入"), ("88.5亿元", "level", "车险收入"), ("3.21亿元", "level", "意外险收入")]
