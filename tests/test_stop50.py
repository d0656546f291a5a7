"""Forms of stop 50, from the false alarms of the blind set clean34 at the stop's frozen rules, on sentences written
for these tests: a rate after its amount takes the amount's basis and is judged against that amount; a share of
members together (之和) is no part beside them; an English leader of a narrower list (the top rental model) has no
rivals in a wider one (the second bestselling model)."""

from __future__ import annotations

from checks import extract
from tests.flags import flagged


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


AMOUNTS = "全市参保人数达820.50万人,环比增加4.10万人,增长0.5%,同比增加33.20万人,增长4.2%。"


def test_a_rate_after_its_amount_takes_the_amounts_basis() -> None:
    read = _claims(AMOUNTS)
    assert (read["0.5%"].basis, read["4.2%"].basis) == ("环比", "同比")


def test_a_rate_is_judged_against_the_amount_of_its_own_basis() -> None:
    assert flagged(AMOUNTS) == []
    wrong = AMOUNTS.replace("增长4.2%", "增长7.2%")  # 33.20 on 787.30 is +4.2%, not 7.2%
    assert [relation for relation, _ in flagged(wrong)] == ["growth_vs_levels"]
    assert "33.20万人" in flagged(wrong)[0][1] and "7.2%" in flagged(wrong)[0][1]


SUMMED = ("去年三星级酒店营业收入42.10亿元,占全市星级酒店营业收入的58.20%,"
          "四星、三星级酒店营业收入之和占全市星级酒店营业收入的81.30%。")


def test_a_share_of_members_together_is_no_part_beside_them() -> None:
    assert flagged(SUMMED) == []
    two_parts = SUMMED.replace("58.20%,四星", "58.20%,二星级酒店营业收入占全市星级酒店营业收入的48.80%,四星")
    assert flagged(two_parts) != []  # two parts over 100 are still found


RENTAL = ("The Mazda BT-50 was the second bestselling model in May with 412 units, followed by the Isuzu D-Max with "
          "298 units. The Kia Sportage was the top selling rental model for May with 57 units.")


def test_a_leader_of_a_narrower_list_has_no_rivals_in_the_wider_one() -> None:
    assert flagged(RENTAL) == []


def test_a_leader_of_the_same_list_still_has_its_rivals() -> None:
    same = RENTAL.replace("top selling rental model", "top selling model")
    assert ("rank_vs_values", "57 | 412") in flagged(same)


def test_an_earlier_amount_takes_the_currency_left_out() -> None:
    read = _claims("Imports fell to 3.25 billion pounds from 3.61 billion. "
                   "Sales were $2.4 billion, against 2.2 billion shares traded.")
    assert read["3.61 billion"].unit == "GBP" and read["3.25 billion pounds"].base_value == 3.61e9
    assert read["2.2 billion"].unit == "count"  # a noun after it: it counts something else
    assert ("rank_vs_values", "3.61 billion | 3.25 billion pounds") not in flagged(
        "Imports fell to 3.25 billion pounds from 3.61 billion.")
    assert ("rank_vs_values", "3.61 billion | 3.85 billion pounds") in flagged(
        "Imports fell to 3.85 billion pounds from 3.61 billion.")


def test_lower_at_a_level_compared_to_an_earlier_one() -> None:
    assert flagged("Gross NPAs were lower at 3.15 per cent compared to 3.42 per cent a year ago.") == []
    assert ("rank_vs_values", "3.42 per cent | 3.65 per cent") in flagged(
        "Gross NPAs were lower at 3.65 per cent compared to 3.42 per cent a year ago.")


def test_a_level_said_to_cross_a_mark_lies_beyond_it() -> None:
    assert flagged("The jobless rate fell to 4.8 percent in May, dropping below 5 percent for the first time.") == []
    assert ("rank_vs_values", "5.3 percent | below 5 percent") in flagged(
        "The jobless rate fell to 5.3 percent in May, dropping below 5 percent for the first time.")


def test_a_rate_and_its_bracketed_amount_against_the_level_before() -> None:
    right = "Sales of 9,120 homes in March were up 10.0% (830 homes) on March last year."
    assert flagged(right) == []
    assert flagged(right.replace("10.0%", "14.0%")) == [("growth_vs_levels", "9,120 | 830 | 14.0%")]
    down = "Deliveries of 5,260 vans in June were down on June last year (140 units/ -2.6 per cent)."
    assert flagged(down) == [] and flagged(down.replace("-2.6", "-4.6")) != []


def test_a_mark_passed_in_may_is_no_hope() -> None:
    assert ("restated", "2,401,000 | 2.5 million") in flagged("Visitor numbers reached 2,401,000 in May, topping 2.5 "
                                                              "million.")
    assert flagged("Visitor numbers reached 2,601,000 in May, topping 2.5 million.") == []


def test_a_rate_and_an_amount_of_one_basis_written_two_ways() -> None:
    text = "全年营业收入56.15亿元，比上年增加7.24亿元，同比增长19.8%。"  # 7.24 on 48.91 is +14.8%
    assert [relation for relation, _ in flagged(text)] == ["growth_vs_levels"]
    assert flagged(text.replace("19.8%", "14.8%")) == []


def test_a_bracketed_amount_of_another_clause_is_no_level() -> None:
    assert flagged("Imports are 5 percent (291 million pounds) below 2007 levels, while exports are only down 2 "
                   "percent (23 million pounds).") == []


def test_members_of_known_breakdowns_add_up_to_no_more_than_their_total() -> None:
    assert flagged("全市普通高校招生人数30120人，其中本科6100人，专科24020人。") == []
    assert flagged("全市普通高校招生人数30120人，其中本科6100人，专科29020人。") == [
        ("parts_vs_total", "30120人 | 6100人 | 29020人")]
    assert flagged("今年粮食产量620万吨，其中夏粮210万吨，早稻60万吨，秋粮350万吨。") == []
    assert flagged("今年粮食产量650万吨，其中夏粮210万吨，早稻60万吨，秋粮350万吨。") != []  # a whole breakdown


def test_members_listed_after_qizhong_are_of_the_totals_quantity() -> None:
    read = _claims("全市普通高校在校生人数52310人，其中本科18200人，专科34110人。")
    assert [(read[f].segment, read[f].metric) for f in ("18200人", "34110人")] == [
        ("本科", "普通高校在校生人数"), ("专科", "普通高校在校生人数")]
    read = _claims("10月，我国光伏组件产量40.2万千瓦。其中单晶组件产量36.5万千瓦，同比增长1.4倍。")
    assert (read["36.5万千瓦"].subject, read["36.5万千瓦"].segment) == ("我国光伏组件", None) or \
        read["36.5万千瓦"].metric != "单晶组件"  # a quantity of its own name stays as read
    read = _claims("全市进出口总值900亿元，其中出口520亿元，上一年同期为480亿元。")
    assert read["520亿元"].segment is None and read["520亿元"].metric == "出口"  # exports: a quantity of its own


def test_an_owner_after_qizhong_is_a_member_of_the_totals_owner() -> None:
    read = _claims("11月，新能源汽车销量45万辆。其中纯电动汽车销量36.1万辆，插电式混合动力汽车销量8.9万辆。")
    assert (read["36.1万辆"].subject, read["36.1万辆"].segment) == ("新能源汽车", "纯电动汽车")
    assert flagged("11月，新能源汽车销量45万辆。其中纯电动汽车销量38.1万辆，插电式混合动力汽车销量8.9万辆。") != []


def test_a_span_clause_between_the_levels_and_their_rate() -> None:
    text = "从2019年的2.10万亿元，到2024年的4.62万亿元，5年间，全国网上零售额增长了1.2倍。"
    assert flagged(text) == []
    # (增长了2.2倍 may be written for 2.2 times the base, so only a rate neither way reads is wrong)
    assert [relation for relation, _ in flagged(text.replace("1.2倍", "3.2倍"))] == ["growth_vs_levels"]


def test_a_run_of_years_is_a_period_not_a_figure() -> None:
    read = _claims("The trade deficit during FY 2019-20 was $31.8 billion. Over the period 2010-15, sales grew 5% a "
                   "year. Sales rose from 2015 to 20 units.")
    assert "20" not in read or read["20"].metric == "sales"  # (from 2015 to 20 units: a figure after a year)
    assert "15" not in read and "-20" not in read
    assert read["$31.8 billion"].period == "FY 2019-20" and read["5%"].period == "2010-15"


def test_a_members_figure_is_no_total_of_another_breakdown() -> None:
    text = ("全年实现地区生产总值420.60亿元，其中开发区150.20亿元。分产业看，第一产业增加值20.10亿元；第二产业增加值"
            "180.30亿元；第三产业增加值220.20亿元。")
    assert flagged(text) == []
    assert flagged(text.replace("220.20亿元", "260.20亿元")) != []  # the parts against the whole's 420.60


def test_parts_after_a_members_total_and_qualified_totals_still_add_up() -> None:
    private = ("一季度，全国进出口6.50万亿元。民营企业进出口2.80万亿元，下降2%，占我国外贸总值的43.1%。"
               "其中，出口1.70万亿元，下降7.3%；进口1.10万亿元，增长7.9%。此外，我国对沿线国家进出口2.10万亿元。")
    assert flagged(private) == []
    assert [relation for relation, _ in flagged(private.replace("出口1.70", "出口1.90"))] == ["parts_vs_total"]
    goods = ("Total external trade in goods in 2019 amounted to USD182.50 billion. Of the total, USD71.00 billion "
             "were exported goods and USD111.50 billion were imported goods.")
    assert flagged(goods) == []
    assert [relation for relation, _ in flagged(goods.replace("71.00", "81.00"))] == ["parts_vs_total"]


def test_a_balance_after_qizhong_is_no_member_of_the_trade() -> None:
    read = _claims("前三季度，我国进出口总值22.5万亿元，其中，出口12.3万亿元，进口10.2万亿元，贸易顺差2.1万亿元。")
    assert read["2.1万亿元"].metric == "贸易顺差" and read["2.1万亿元"].segment is None


def test_members_named_before_bracketed_figures() -> None:
    read = _claims("按平均涨幅统计，只有有色金属(12.30%)、钢铁(6.15%)、电力(0.52%)三个行业上涨。")
    assert [read[f].segment for f in ("12.30%", "6.15%", "0.52%")] == ["有色金属", "钢铁", "电力"]
    owners = _claims("好感度最高的是本区域的湖南(18.8%)，湖北紧随其后(13.5%)，江西则位列第三名(11.8%)。")
    assert [owners[f].subject for f in ("18.8%", "13.5%", "11.8%")] == ["湖南", "湖北", "江西"]
    assert _claims("营收增长(12.5%)，利润下降。")["12.5%"].segment is None  # (one bracketed figure: no list)


def test_a_level_a_year_before_told_after_the_level_is_the_same_quantity() -> None:
    read = _claims("管理费用为3.12亿美元，上一年同期为2.87亿美元；广告支出1.15亿美元，去年同期为1.26亿美元。")
    assert (read["2.87亿美元"].metric, read["2.87亿美元"].period) == ("管理费用", "上一年同期")
    assert read["1.26亿美元"].metric == read["1.15亿美元"].metric


def test_a_rate_told_as_an_earlier_state_is_no_restatement_of_the_current() -> None:
    text = ("The central bank has raised its key policy rate by 50 basis points to 7.25 percent.\n"
            "Over three months ago, the key policy rate was last increased by 25 basis points to 6.75 percent.\n")
    assert flagged(text) == []
    headline = ("Central bank raises key policy rate to 7.25 percent\n"
                "The bank raised its key policy rate to 7.5 percent.\n")
    assert [relation for relation, _ in flagged(headline)] == ["restated"]  # (the same state told twice still is)


def test_the_level_an_improvement_is_measured_from_is_no_restatement() -> None:
    text = ("July trade balance records R9bn surplus\n\nThe July surplus of R9-billion is an improvement from the "
            "surplus recorded in July 2017 of R5,2-billion.\n")
    assert _claims(text)["R5,2-billion"].metric == _claims(text)["R9bn"].metric == "surplus"  # (named alike)
    assert flagged(text) == []


def test_a_line_opening_on_qizhong_breaks_down_no_part_of_the_line_before() -> None:
    text = ("1-2月份，软件业务收入12000亿元，同比增长10%。\n"
            "其中，软件产品收入3000亿元。其中，工业软件产品收入350亿元。\n"
            "其中，信息技术服务收入8000亿元，同比增长11%。\n")
    assert flagged(text) == []


def test_a_group_of_countries_is_no_rival_of_the_first_partner() -> None:
    text = ("上半年，全省对第一大贸易伙伴东盟进出口2000.5亿元，同比增长2%；对欧盟进出口1200.8亿元。"
            "同期，对“一带一路”沿线国家进出口3700.9亿元，同比增长6.2%。")
    assert flagged(text) == []
    assert flagged(text.replace("欧盟进出口1200.8亿元", "欧盟进出口2200.8亿元")) != []  # a partner above the first


def test_the_wholes_rate_is_no_rate_of_its_exports() -> None:
    text = ("上半年，全省外贸进出口9500.7亿元。其中，出口5500.1亿元，同比下降5.3%。"
            "对“一带一路”沿线国家进出口3700.9亿元，同比增长6.2%，高于全省进出口整体增速7.5个百分点。")
    assert flagged(text) == []  # (the whole's own rate is not stated: nothing to judge the 7.5 points against)
