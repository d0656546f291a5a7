"""Forms read at stop 46 (sentences written for this test)."""

from __future__ import annotations

from .flags import flagged


def _parts(text: str) -> list[tuple[str, str]]:
    return [r for r in flagged(text) if r[0] == "parts_vs_total"]


def test_names_before_a_count_are_no_more_than_it() -> None:
    text = "上半年，新建甲乙科技、丙丁电子和戊己新材等5个项目投产。"
    assert _parts(text) == []
    assert _parts(text.replace("5个", "2个")) == [("parts_vs_total", "2个")]
    # fewer names than the count: 等 names a few of many
    assert _parts(text.replace("5个", "30个")) == []


def test_an_industrys_official_name_with_its_own_commas_is_one_name() -> None:
    assert _parts("食品制造业、纺织服装、服饰业和电气机械和器材制造业等3个行业增长较快。") == []
    text = "食品制造业、纺织服装、服饰业和电气机械和器材制造业等2个行业增长较快。"
    assert _parts(text) == [("parts_vs_total", "2个")]


def test_names_said_to_take_the_top_places_are_no_more_than_the_places() -> None:
    text = "分城市看，甲市、乙市、丙市和丁市位列订单量前4名。"
    assert _parts(text) == []
    assert _parts(text.replace("前4名", "前3名")) == [("parts_vs_total", "前3名")]


def test_names_after_a_count_and_qualifier_are_no_more_than_it() -> None:
    text = "统计的20家企业中，12家净利润上升，3家企业仍处亏损，其中，甲乙控股和丙丁餐饮由盈转亏。"
    assert _parts(text.replace("3家企业", "1家企业")) == [("parts_vs_total", "1家")]
    assert _parts("全国31个省（自治区、直辖市）均有增长。".replace("31个", "1个")) == []  # the parts of 省, no names
    assert _parts("园区落户企业200个，其中约六成布局在三线、四线城市。") == []


def test_a_count_after_qizhong_is_no_more_than_the_count_it_is_part_of() -> None:
    text = "纳税超千万元的企业有7家，其中工业企业3家。"
    assert _parts(text) == []
    assert _parts(text.replace("3家", "9家")) == [("parts_vs_total", "7家 | 9家")]


def test_a_count_inside_baokuo_zainei_is_no_more_than_the_count_after() -> None:
    text = "包括5家外资企业在内的47家企业参展。"
    assert _parts(text) == []
    assert _parts(text.replace("47家", "4家")) == [("parts_vs_total", "4家 | 5家")]


def _ranks(text: str) -> list[tuple[str, str]]:
    return [r for r in flagged(text) if r[0] == "rank_vs_values"]


def test_how_much_higher_said_before_the_verb_keeps_the_comparison() -> None:
    text = "男生选择北上广的比例为31.7%，明显高于女生的27.9%；男生选择国外的比例为7.5%，略高于女生的5.9%。"
    assert _ranks(text) == []
    assert _ranks(text.replace("31.7%", "21.7%")) == [("rank_vs_values", "21.7% | 27.9%")]
    assert _ranks(text.replace("7.5%", "4.5%")) == [("rank_vs_values", "4.5% | 5.9%")]


def test_a_bare_verb_or_a_participle_tells_the_way_of_a_move() -> None:
    text = "The share of renewables is expected to increase from 23% in 2015 to 28% in 2021."
    assert _ranks(text) == []
    assert _ranks(text.replace("28%", "18%")) == [("rank_vs_values", "23% | 18%")]
    text = "A downgrade from the broker, lowering its target price to 301p from 339p, hit the shares."
    assert _ranks(text) == []
    assert _ranks(text.replace("339p", "299p")) == [("rank_vs_values", "299p | 301p")]


def test_the_texts_own_place_named_by_two_pronouns_is_one_owner() -> None:
    text = ("今年上半年，该镇实现生产总值18.1亿元，镇级可支配财政收入1.78亿元。\n"
            "相关数据显示，今年1至6月，全镇实现生产总值18.1亿元，与上年同期相比增长2.65%。")
    assert [r for r in flagged(text) if r[0] == "restated"] == []
    edited = text.replace("生产总值18.1亿元，镇级", "生产总值19.1亿元，镇级")
    assert [r for r in flagged(edited) if r[0] == "restated"] == [("restated", "19.1亿元 | 18.1亿元")]
