"""False alarms met on the third folder of fresh clean published text (tests/corpus/real/clean3) and on the formerly
aside passages of the second, each cause on sentences written for this test, with a neighbour that must still be
flagged where one can be written."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.extract.zh.measure import sector_before
from checks.relations import relations_table

from .flags import flagged


def _of(text: str, relation: str) -> list[tuple[str, str]]:
    return [r for r in flagged(text) if r[0] == relation]


def test_the_rate_a_rate_is_compared_with_is_not_it_restated() -> None:
    # the quarter before's rate, and a level against a peak: neither is this quarter's rate said again
    text = ("Output of the region is estimated to have increased by 0.9% in Quarter 3 2019 compared with growth of "
            "0.3% in Quarter 2 2019.\nExports rose in the quarter.\n"
            "In Quarter 3 2019, output was estimated to have been 4.1% higher than the peak of Quarter 2 2008. "
            "Output had risen by 0.3% in Quarter 2 2019.")
    assert _of(text, "restated") == []


def test_a_level_a_move_started_from_is_not_the_level_it_reached() -> None:
    text = ("2015 年到 2023 年,全球共享单车用户从 0.3 亿人增至 3.9 亿人,渗透率从 1.1%提升至 18%。分地区看,中国是最大的"
            "市场,2023 年中国用户 1.2 亿人,渗透率 36.5%。")
    assert _of(text, "restated") == []


def test_a_rise_seasonally_adjusted_is_not_the_trend_estimate() -> None:
    text = ("Regional hotel takings rose 0.6 per cent in March, seasonally adjusted, figures showed.\n"
            "Rises were led by the coast. The trend estimate for regional hotel takings rose 0.2 per cent in March.")
    assert _of(text, "restated") == []


def test_the_same_series_said_again_differently_is_still_flagged() -> None:
    text = ("Regional hotel takings rose 0.6 per cent in March, seasonally adjusted, figures showed.\n"
            "Rises were led by the coast. In seasonally adjusted terms, regional hotel takings rose 1.6 per cent in "
            "March.")
    assert [r[0] for r in flagged(text)] == ["restated"]


def test_a_figure_excluding_an_adjustment_is_not_the_reported_one() -> None:
    text = ("Operating profit in the second quarter increased 6.2% to $412.5 million compared with $388.4 million a "
            "year ago. Excluding a one-time gain on a sale of land, operating profit in the second quarter increased "
            "4.9% to $407.3 million.")
    assert _of(text, "restated") == []


def test_a_per_share_amount_is_no_part_of_a_total() -> None:
    # a bullet's dash after a note mark is no apposition, and a per-share amount is no part of the market value
    text = "- 当前总市值85亿元 流通市值31亿元 每股净资产6.2元[2] - 资产负债率保持低位 2023年末为21.4% 预计将小幅上升[4]"
    assert _of(text, "share_vs_counts") == []


def test_an_amount_excluding_something_is_a_part_not_the_whole() -> None:
    # 除汽车以外的… names the total less a part: the share is of the total, not of it
    text = ("今年1至6月份,全市社会消费品零售总额2400亿元,同比增长3.2%。其中,除汽车以外的消费品零售额2100亿元,增长3.6%。"
            "上半年,全市实物商品网上零售额600亿元,增长8.1%,占社会消费品零售总额的比重为25.0%。")
    assert _of(text, "share_vs_counts") == []


def test_a_share_of_the_total_against_the_amount_excluding_a_part_is_not_made() -> None:
    text = ("今年1至6月份,全市社会消费品零售总额2400亿元,同比增长3.2%。其中,除汽车以外的消费品零售额2100亿元,增长3.6%。"
            "上半年,全市实物商品网上零售额600亿元,增长8.1%,占社会消费品零售总额的比重为35.0%。")
    assert flagged(text) == [("share_vs_counts", "600亿元 | 2400亿元 | 35.0%")]


def test_exports_are_not_the_total_of_trade_a_share_names() -> None:
    text = ("据海关统计,今年前5个月,全省外贸进出口6200亿元,增长5.1%。其中,出口4100亿元,增长7.2%;进口2100亿元,"
            "增长1.3%。民营企业进出口3720亿元,增长9.0%,占同期全省外贸进出口总值的60.0%。")
    assert _of(text, "share_vs_counts") == []


def test_a_share_of_exports_is_taken_of_exports_not_of_all_trade() -> None:
    text = ("据海关统计,今年前5个月,全省外贸进出口6200亿元,增长5.1%。其中,出口4100亿元,增长7.2%;进口2100亿元,"
            "增长1.3%。机电产品出口2050亿元,增长6.0%,占出口总值的60.0%。")
    assert [r[0] for r in flagged(text)] == ["share_vs_counts"]


def test_lists_that_each_name_the_whole_are_breakdowns_of_their_own() -> None:
    text = ("调查样本中,男性、女性分别占受访者总数的52%和48%,本科、专科学历分别占受访者总数的61%和39%,"
            "教师、医生、工程师分别占受访者总数的30%、25%和20%。")
    assert _of(text, "shares_of_whole") == []


def test_one_list_of_shares_of_a_whole_over_a_hundred_is_still_flagged() -> None:
    text = ("调查样本中,男性、女性分别占受访者总数的52%和48%,教师、医生、工程师分别占受访者总数的50%、35%和30%。")
    assert [r[0] for r in flagged(text)] == ["shares_of_whole"]


def test_shares_each_naming_the_whole_are_one_breakdown() -> None:
    text = "本次调查中,教师占受访者总数的70%,医生占受访者总数的40%。"
    assert [r[0] for r in flagged(text)] == ["shares_of_whole"]


def test_an_amount_of_the_same_name_after_the_part_is_not_its_whole() -> None:
    # the world's international arrivals, then one country's arrivals whose owner the sentence names first
    text = ("Last year international arrivals totalled 2.4 billion across the region's ports.\n\n"
            "Portugal welcomed more visitors than any other member, with the 41.2 million arrivals in 2019 spending "
            "a total of $22.6 billion.")
    assert _of(text, "parts_vs_total") == []


def test_a_narrower_industry_is_its_own_member_of_the_breakdown() -> None:
    # 装备制造业 and 高技术制造业 are two members, not two statements of 制造业
    assert sector_before("1至6月,规模以上汽车制造业增加值增长", 0, 19) == ("汽车制造业", "增加值增长")
    assert sector_before("高技术制造业增加值增长", 0, 11) == ("高技术制造业", "增加值增长")
    assert sector_before("全省制造业增加值增长", 0, 10) == ("制造业", "增加值增长")
    assert sector_before("上半年制造业增长", 0, 8) == ("制造业", "增长")
    table = claims_table([Document("t.txt", "1至6月,规模以上医药制造业增加值增长3.2%。", "t.txt")])
    assert list(table["segment"]) == ["医药制造业"]


def test_one_english_word_at_the_end_of_two_names_is_not_one_quantity() -> None:
    # "issue" ends both names: one year's answer for one topic, and a later remark about all answers
    text = ("Housing was again cited as the number one issue facing the city, mentioned by 22% of residents. This "
            "issue was also the number one issue in the 2021 survey (17%), replacing transport, which was the number "
            "one issue in 2020 (12%). It is notable that almost a quarter of residents mentioned one issue.")
    assert _of(text, "restated") == []


def test_shares_within_each_members_respondents_are_not_of_the_sample() -> None:
    # a share of the city respondents and one of the rural respondents: neither a fraction of all 420, nor two
    # parts of one whole that make 100%
    text = ("本次调查通过对420名调查对象进行分析。收入水平调查显示,城镇受访者月收入3000元以上占45.3%,"
            "乡村受访者月收入3000元以上占21.6%。")
    assert flagged(text) == []


def test_a_share_of_all_respondents_is_still_checked_against_the_sample() -> None:
    text = "本次调查通过对420名调查对象进行分析。调查显示,45.3%的受访者认为物价水平较高。"
    assert flagged(text) == [("grim", "420名 | 45.3%")]


def test_the_brackets_of_a_distribution_are_no_amounts_of_a_share() -> None:
    # 2000元以下占9.6%: the share of the respondents in that bracket; the bracket is no part, and no whole
    text = ("从受访者的收入看,城镇受访者月收入2000元以下占9.6%,2000~5000元之间占50.1%,5000元及以上占40.3%;"
            "乡村受访者月收入2000元以下占38.2%,2000~5000元之间占47.5%,5000元及以上占14.3%。")
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    assert list(frame[frame["relation"] == "share_vs_counts"]["arithmetic"]) == []
