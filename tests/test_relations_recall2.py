"""Forms of the second development planted set the relations missed (branch relrecall), each on sentences written
for this test, with its consistent neighbour that must not be flagged."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged

_BRACKETS = "全县农业产值56.3亿元,增长6.5%,比全市(5.2%)和全省平均水平(4.4%)分别高{first}、{second}。"


def test_bare_figures_of_a_list_take_the_unit_of_the_last() -> None:
    claims = [(c.text, c.unit) for c in extract("城镇和乡村增速分别高0.6、1.9个百分点。", "t")]
    assert claims == [("0.6", "pp"), ("1.9个百分点", "pp")]
    assert [c.text for c in extract("出口和进口分别增长3.5和4.5%。", "t")] == ["3.5", "4.5%"]


def test_a_bare_figure_outside_a_list_of_respective_figures_keeps_no_unit() -> None:
    assert [c.text for c in extract("其中2、3月增速提高1.9个百分点。", "t")] == ["1.9个百分点"]


def test_gaps_to_rivals_whose_rates_stand_in_brackets() -> None:
    assert flagged(_BRACKETS.format(first="1.3", second="2.1个百分点")) == []
    assert flagged(_BRACKETS.format(first="1.3", second="3.1个百分点")) == [
        ("growth_vs_levels", "4.4% | 6.5% | 3.1个百分点")]
    assert flagged(_BRACKETS.format(first="2.3", second="2.1个百分点")) == [
        ("growth_vs_levels", "5.2% | 6.5% | 2.3")]


def test_gaps_in_brackets_written_in_percent_are_points() -> None:
    assert flagged(_BRACKETS.format(first="1.3", second="2.1%")) == [
        ("percent_vs_pp", "5.2% | 6.5% | 1.3"), ("percent_vs_pp", "4.4% | 6.5% | 2.1%")]


def test_a_rival_named_overall_with_its_quantity_is_the_whole_of_the_own() -> None:
    text = ("前三季度,全市货物贸易进出口总值820.4亿元,同比增长4.2%。前三季度全市对东盟国家进出口值210.5亿元,"
            "同比增长12.8%,高出外贸整体增速{gap}个百分点。")
    assert flagged(text.format(gap="8.6")) == []
    assert flagged(text.format(gap="6.6")) == [("growth_vs_levels", "4.2% | 12.8% | 6.6个百分点")]


def _shares(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "shares_of_whole"]


def test_two_breakdowns_of_one_sample_parted_by_a_semicolon() -> None:
    text = "受访者中,男性占48.2%,女性占51.8%;城镇样本占{town}%,农村样本占38.5%。"
    assert _shares(text.format(town="61.5")) == []
    assert _shares(text.format(town="71.5")) == ["71.5% | 38.5%"]


def test_sellers_with_their_shares_of_one_market() -> None:
    text = "在储能电池领域,甲公司和乙公司分别以{first}和25%左右的市占率位居前二。"
    assert _shares(text.format(first="45%")) == []
    assert _shares(text.format(first="85%")) == ["85% | 25%左右"]


def test_a_share_of_the_amount_before_it_takes_the_whole_named_just_before() -> None:
    text = "上半年,全市出口服装152.4亿元,占同期全市出口总值的{first}%;出口家具88.6亿元,占30.2%。"
    assert _shares(text.format(first="41.5")) == []
    assert _shares(text.format(first="81.5")) == ["81.5% | 30.2%"]


def _ranks(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "rank_vs_values"]


def test_a_place_listed_after_a_place_is_a_place_too() -> None:
    assert [(c.text, c.kind) for c in extract("甲企业和乙企业分别位居全国第二和第四。", "t")] == [
        ("第二", "rank"), ("第四", "rank")]
    assert [c.text for c in extract("全市第一、第二产业", "t")] == ["第一"]  # sectors, not places


def test_places_listed_with_the_figures_after_them() -> None:
    text = "甲省和乙省位列第二和第三,接待游客分别为{first}万人次和4120万人次。"
    assert _ranks(text.format(first="4650")) == []
    assert _ranks(text.format(first="3650")) == ["第二 | 3650万人次 | 第三 | 4120万人次"]


def test_places_by_the_amount_when_a_rate_closes_the_sentence() -> None:
    text = ("甲品牌一季度出货量为{first}万台,市场份额为20.1%,同比增长8.5%,排名第一。\n\n"
            "乙品牌一季度出货量为1350万台,市场份额为18.4%,同比增长31.2%,排名第二。")
    assert _ranks(text.format(first="1490")) == []
    assert _ranks(text.format(first="1190")) == ["第一 | 1190万台 | 第二 | 1350万台"]


def _counts(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "share_vs_counts"]


def test_a_debt_ratio_is_liabilities_over_assets() -> None:
    text = "6月末,全市规模以上工业企业资产总计8120.5亿元,增长5.1%;负债合计4630.2亿元,增长4.3%;资产负债率为{ratio}%。"
    assert _counts(text.format(ratio="57.0")) == []
    assert _counts(text.format(ratio="52.0")) == ["4630.2亿元 | 8120.5亿元 | 52.0%"]


def test_a_profit_margin_of_revenue_takes_the_profit_of_its_period_paragraphs_back() -> None:
    text = ("1-6月份,全市规模以上工业企业实现利润总额512.4亿元,同比增长3.2%。\n\n"
            "1-6月份,采矿业实现利润总额80.1亿元。\n\n1-6月份,制造业实现利润总额401.7亿元。\n\n1-6月份,规模以上工业企业实现主营业务收入8240.6亿元,同比增长4.4%;"
            "主营业务收入利润率为{ratio}%。")
    assert _counts(text.format(ratio="6.2")) == []
    assert _counts(text.format(ratio="7.2")) == ["512.4亿元 | 8240.6亿元 | 7.2%"]


def test_a_profit_margin_takes_the_profit_of_the_firms_its_revenue_names_not_of_a_kind_of_them() -> None:
    text = ("1—4月份,全省规模以上工业企业实现利润总额620.0亿元,同比增长2.1%。\n"
            "1—4月份,规模以上工业企业中,国有控股企业实现利润总额180.2亿元,同比下降1.2%;股份制企业实现利润总额401.3亿元,"
            "增长1.0%;外商及港澳台投资企业实现利润总额150.6亿元,增长3.3%。\n"
            "1—4月份,规模以上工业企业实现营业收入1.24万亿元,同比增长2.5%;营业收入利润率为{ratio}%。\n")
    assert _counts(text.format(ratio="5.00")) == []  # 620.0 over 12400, not the foreign-funded firms' 150.6
    assert _counts(text.format(ratio="6.00")) == ["620.0亿元 | 1.24万亿元 | 6.00%"]


def test_a_net_margin_of_another_year_is_not_judged_by_this_years_figures() -> None:
    text = ("2024年一季度公司实现营业收入52.10亿元;归母净利润3.02亿元。"
            "2023年公司毛利率18.5%;归母净利率{ratio}%。")
    assert _counts(text.format(ratio="2.1")) == []
    text = "2024年一季度公司实现营业收入52.10亿元;归母净利润3.02亿元,归母净利率{ratio}%。"
    assert _counts(text.format(ratio="5.8")) == []
    assert _counts(text.format(ratio="7.8")) == ["3.02亿元 | 52.10亿元 | 7.8%"]


def test_a_gross_margin_is_gross_profit_over_net_sales() -> None:
    text = ("Net sales increased 4.1% to $3.20 billion from $3.07 billion a year earlier. Gross profit was $1.02 "
            "billion for the quarter. Gross margin was {ratio}%, compared to 33.0% a year earlier.")
    assert _counts(text.format(ratio="31.9")) == []
    assert _counts(text.format(ratio="35.9")) == ["$1.02 billion | $3.20 billion | 35.9%"]


def test_a_nominal_rate_is_compared_year_on_year() -> None:
    claims = extract("9月份,全市社会消费品零售总额412亿元,同比名义增长6.1%。", "t")
    assert [(c.text, c.basis) for c in claims] == [("412亿元", None), ("6.1%", "同比")]


def _restated(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "restated"]


def test_a_stocks_rate_is_its_balances_rate() -> None:
    text = "一、社会融资规模存量增长{head}%\n3月末,社会融资规模存量余额402.3万亿元,同比增长8.1%。"
    assert _restated(text.format(head="8.1")) == []
    assert _restated(text.format(head="9.1")) == ["9.1% | 8.1%"]


def test_a_headings_rate_against_the_rate_beside_the_same_level_in_the_text() -> None:
    text = ("3.全省光伏装机达到5230万千瓦,同比增长{head}%\n"
            "据能源局统计,截至2024年底,全省全口径光伏发电装机容量5230万千瓦,同比增长21.4%,增幅较上年回落3.1个百分点。")
    assert _restated(text.format(head="21.4")) == []
    assert _restated(text.format(head="25.4")) == ["25.4% | 21.4%"]


def test_regions_read_as_owners_against_the_countrys_total_a_paragraph_before() -> None:
    text = ("1-6月份,全国商品房销售面积50210万平方米,同比下降6.1%。\n"
            "分区域看,1-6月份,东部地区商品房销售面积{east}万平方米,下降8.0%;中部地区商品房销售面积13120万平方米,"
            "下降3.2%;西部地区商品房销售面积12870万平方米,下降2.5%。")
    assert _parts_flagged(text.format(east="23110")) == []
    assert _parts_flagged(text.format(east="26110")) == [
        "50210万平方米 | 26110万平方米 | 13120万平方米 | 12870万平方米"]


def _parts_flagged(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "parts_vs_total"]


def test_a_harvest_increased_by_a_rate_is_a_growth() -> None:
    claims = extract("全省秋粮总产量为3120万吨,比上年增加62万吨,增产2.0%;油料减产1.5%。", "t")
    assert [(c.text, c.kind, c.direction) for c in claims][2:] == [("2.0%", "growth", "up"), ("1.5%", "growth", "down")]
    text = "全省秋粮总产量为3120万吨,比上年增加62万吨,增产{rate}%。"
    assert [r for r, _ in flagged(text.format(rate="2.0"))] == []
    assert [r for r, _ in flagged(text.format(rate="4.0"))] == ["growth_vs_levels"]


def test_a_multiple_after_from_and_to_levels_a_clause_later() -> None:
    claims = extract("全市对欧盟出口值由2015年的120.4亿元,增长到2023年的361.5亿元,累计增长了2.0倍。", "t")
    assert [(c.text, c.base_value, c.level_after) for c in claims][2] == ("2.0倍", 12040000000.0, 36150000000.0)
    text = "全市对欧盟出口值由2015年的120.4亿元,增长到2023年的361.5亿元,累计增长了{times}倍。"
    assert _growth(text.format(times="2.0")) == []  # a rise by 2.0 times: 3.0 times the base
    assert _growth(text.format(times="3.0")) == []  # written for 3.0 times the base, as many do
    assert _growth(text.format(times="5.0")) == ["120.4亿元 | 361.5亿元 | 5.0倍"]


def test_a_multiple_named_as_a_rate_after_from_and_to() -> None:
    text = "全国电动船销量从 2.5 万艘快速增长至 13.1 万艘,增速接近 {times} 倍。"
    assert _growth(text.format(times="5")) == []
    assert _growth(text.format(times="12")) == ["2.5 万艘 | 13.1 万艘 | 接近 12 倍"]


def _growth(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "growth_vs_levels"]


def test_sellers_shares_of_one_market_said_in_turn() -> None:
    text = ("甲品牌第三季度出货量为920万台,市场份额为{first}%。\n\n乙品牌第三季度出货量为780万台,市场份额为24.1%。\n\n"
            "丙品牌第三季度出货量为610万台,市场份额为18.9%。")
    assert _shares(text.format(first="28.4")) == []
    assert _shares(text.format(first="68.4")) == ["68.4% | 24.1% | 18.9%"]


def test_two_sellers_shares_are_not_enough_to_say_one_market() -> None:
    text = "甲品牌全年出货量为920万台,市场份额为68.4%。\n\n乙品牌全年出货量为780万台,市场份额为44.1%。"
    assert _shares(text) == []


def test_a_market_share_against_the_market_stated_after_it() -> None:
    text = ("据机构数据,甲公司以3120万部手机的出货量位居全球第一,市场份额为{share}%。\n\n"
            "该机构表示,今年第一季度,全球手机出货量为2.60亿部,同比下降3.1%。")
    assert _counts(text.format(share="12.0")) == []
    assert _counts(text.format(share="17.0")) == ["3120万部 | 2.60亿部 | 17.0%"]


def test_a_peak_since_the_start_of_the_year_against_the_months_of_its_sentence() -> None:
    text = "1月以{first}亿元开局,2月下降至95.2亿元,3月回升至110.4亿元,4月升至今年以来最高值,为121.8亿元。"
    assert _ranks(text.format(first="102.5")) == []
    assert _ranks(text.format(first="132.5")) == ["121.8亿元 | 132.5亿元"]


def test_an_english_comparison_after_what_was_said_of_the_figure() -> None:
    text = "Exports rose {own}% in the third quarter, led by machinery, higher than the 4.1% gain in the second."
    assert _ranks(text.format(own="5.2")) == []
    assert _ranks(text.format(own="3.2")) == ["3.2% | 4.1%"]


def test_assets_are_liabilities_and_owners_equity() -> None:
    text = ("6月末,全市规模以上工业企业资产总计9120.4亿元,增长5.1%;负债合计5230.6亿元,增长4.2%;"
            "所有者权益合计{equity}亿元。")
    assert _parts_flagged(text.format(equity="3889.8")) == []
    assert _parts_flagged(text.format(equity="4889.8")) == ["9120.4亿元 | 5230.6亿元 | 4889.8亿元"]


def test_equity_of_the_parent_leaves_minorities_out() -> None:
    text = "报告期末,公司资产总计912.4亿元;负债合计523.0亿元;归属于母公司所有者权益合计301.2亿元。"
    assert _parts_flagged(text) == []


def test_industrys_three_sections_make_its_total_of_the_same_quantity() -> None:
    text = ("1-9月份,全省规模以上工业企业实现利润总额1850.2亿元,同比增长6.1%。\n"
            "1-9月份,国有控股企业实现利润总额420.5亿元,同比增长3.0%。\n"
            "1-9月份,采矿业实现利润总额{mining}亿元,同比增长2.2%;制造业实现利润总额1512.6亿元,同比增长7.0%;"
            "电力、热力、燃气及水生产和供应业实现利润总额190.4亿元,增长4.1%。")
    assert _parts_flagged(text.format(mining="147.2")) == []
    assert _parts_flagged(text.format(mining="347.2")) == ["1850.2亿元 | 347.2亿元 | 1512.6亿元 | 190.4亿元"]


def test_industrys_sections_are_not_parts_of_another_quantity_of_industry() -> None:
    text = ("1-9月份,全省规模以上工业增加值5850.2亿元,同比增长6.1%。\n"
            "1-9月份,采矿业实现利润总额347.2亿元;制造业实现利润总额1512.6亿元;电力、热力、燃气及水生产和供应业"
            "实现利润总额190.4亿元。")
    assert _parts_flagged(text) == []


def test_a_headings_amount_beside_the_same_count_in_the_text() -> None:
    text = ("春节假期3.12亿人次出游 花了{head}亿元\n\n"
            "7天的春节假期落下帷幕。假期中,3.12亿人次出游,国内旅游收入2870.5亿元,旅游市场恢复势头强劲。")
    assert _restated(text.format(head="2870.5")) == []
    assert _restated(text.format(head="3870.5")) == ["3870.5亿元 | 2870.5亿元"]


def test_a_headlines_only_amount_against_the_openings_amount_of_a_shared_name() -> None:
    text = ("端午第一天全国接待{head}亿人\n\n"
            "  端午假期第一天,全国旅游市场平稳有序。6月22日全国旅游接待人数0.61亿人次,同比增长8.2%;"
            "旅游收入304亿元。\n\n"
            "  当日,全国铁路发送旅客1620万人次。")
    assert _restated(text.format(head="0.61")) == []
    assert _restated(text.format(head="0.81")) == ["0.81亿人 | 0.61亿人次"]


def test_a_quantity_in_one_currency_is_part_of_it_in_all() -> None:
    text = "6月末,本外币存款余额301.25万亿元,同比增长6.1%。月末人民币存款余额{part}万亿元,同比增长6.3%。"
    assert _parts_flagged(text.format(part="294.60")) == []
    assert _parts_flagged(text.format(part="304.60")) == ["301.25万亿元 | 304.60万亿元"]


def test_the_rest_named_after_a_breakdown_leaves_it_incomplete() -> None:
    assert _shares("从渠道看,线上渠道销量占52%,线下门店销量占31%,其余为批发业务。") == []
    assert _shares("从渠道看,线上渠道销量占72%,线下门店销量占31%,其余为批发业务。") == ["72% | 31%"]
