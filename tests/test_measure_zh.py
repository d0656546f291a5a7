"""What a Chinese figure measures: subject, segment and metric read from its sentence (invented sentences)."""

from __future__ import annotations

import pytest

from checks.extract import extract
from checks.extract.zh.measure import clean


def _measures(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric) for c in extract(text, "doc")}


def test_an_industry_sector_is_a_member_of_the_quantity_named_before_it() -> None:
    found = _measures("第三产业增加值增长6.1%。其中，批发和零售业增长8.2%，交通运输、仓储和邮政业增长4.4%，"
                      "住宿和餐饮业增加值增长9.0%。")
    assert found["8.2%"] == (None, "批发和零售业", "增加值")
    assert found["4.4%"] == (None, "交通运输、仓储和邮政业", "增加值")  # the 、 inside the name does not end it
    assert found["9.0%"] == (None, "住宿和餐饮业", "增加值")


def test_a_member_with_no_quantity_of_its_own_and_nothing_before_it_names_none() -> None:
    assert _measures("批发和零售业增长8.2%。")["8.2%"] == (None, "批发和零售业", None)
    # far from the figure before it, or in another paragraph: nothing is carried
    assert _measures("第三产业增加值增长6.1%。\n批发和零售业增长8.2%。")["8.2%"][2] is None


def test_the_total_of_a_section_is_the_whole_not_a_member() -> None:
    found = _measures("全县农林牧渔业总产值52.4亿元，其中，渔业产值30.2亿元。")
    assert found["52.4亿元"] == ("全县", None, "农林牧渔业总产值")
    assert found["30.2亿元"][1:] == ("渔业", "产值")


def test_first_industry_after_a_place_is_a_sector_not_a_place_won() -> None:
    found = _measures("全省第一产业增加值410亿元，第二产业增长3%。销量保持全国第一。")
    assert "第一" in found and found["410亿元"] == ("全省", "第一产业", "增加值")
    assert [c.kind for c in extract("全省第一产业增加值410亿元。", "doc")] == ["level"]
    assert found["3%"] == ("全省", "第二产业", "增加值")


def test_two_year_average_is_the_span_averaged_not_a_duration() -> None:
    claims = extract("第二产业增加值88亿元，增长7.5%，两年平均增长6.2%。", "doc")
    assert [c.text for c in claims] == ["88亿元", "7.5%", "6.2%"]
    assert (claims[2].segment, claims[2].metric) == ("第二产业", "增加值")


def test_words_that_hold_a_stating_character_are_not_cut_there() -> None:
    found = _measures("一般公共预算支出 716亿元，增长9.3%。主流合资品牌零售52万辆，同比增长11%。")
    assert found["716亿元"][2] == "一般公共预算支出"  # 共 inside 公共 is no total
    assert found["52万辆"][2] == "主流合资品牌零售"  # 合 inside 合资 is no "amounts to"
    assert _measures("全省合计实现营收12亿元。")["12亿元"][2] == "营收"


def test_a_trailing_verb_of_completion_is_not_part_of_the_quantity() -> None:
    assert _measures("全省邮政业务量累计完成31.5亿件。")["31.5亿件"][2] == "邮政业务量"


def test_a_bracketed_figure_compared_with_is_the_same_quantity_of_its_own_owner() -> None:
    found = _measures("今年毕业生的签约率为81.2%，与上届（80.9%）基本持平。")
    assert found["80.9%"] == ("上届", None, "签约率")


def test_points_said_of_a_growth_rate_measure_that_rate() -> None:
    found = _measures("全市出口额52.3亿元，同比增长8.1%，增速较去年同期提高1.2个百分点，高于全省0.6个百分点。")
    assert found["1.2个百分点"][2] == "出口额增速"
    assert found["0.6个百分点"][2] == "出口额增速"
    # points of a share are not a growth rate's
    assert _measures("出口额占比为31.2%，同比提升0.6个百分点。")["0.6个百分点"][2] != "出口额增速"


def test_members_before_respectively_each_take_their_figure() -> None:
    found = _measures("上半年，我国与甲国、乙国分别进出口2.1万亿元、1.7万亿元。牛肉和羊肉价格分别上涨2.5%和0.4%。")
    assert found["2.1万亿元"] == ("我国", "甲国", "进出口")
    assert found["1.7万亿元"] == ("我国", "乙国", "进出口")
    assert found["2.5%"][1:] == ("牛肉", "价格") and found["0.4%"][1:] == ("羊肉", "价格")
    # members that are quantities themselves are the metrics
    found = _measures("营收和净利润分别为18亿元和2亿元。")
    assert (found["18亿元"][1:], found["2亿元"][1:]) == ((None, "营收"), (None, "净利润"))
    # more figures than members: the extra figure takes no member
    found = _measures("甲、乙分别销售12台、9台和4台。")
    assert (found["12台"][1], found["9台"][1], found["4台"][1]) == ("甲", "乙", None)


def test_a_name_with_its_figure_in_brackets_owns_the_figure() -> None:
    found = _measures("新增装机排名前3位的省份是河北(66万千瓦)、河南(41万千瓦)、湖南(29万千瓦)。")
    assert [found[f][:1] + found[f][2:] for f in ("66万千瓦", "41万千瓦", "29万千瓦")] == [
        ("河北", "新增装机"), ("河南", "新增装机"), ("湖南", "新增装机")]
    # a quantity in front of its bracketed figure is the metric, not an owner
    assert _measures("营业收入（3.5亿元）与上年持平。")["3.5亿元"] == (None, None, "营业收入")


def test_the_one_a_clause_ranks_owns_the_figures_of_its_sentence() -> None:
    found = _measures("1、第一名为甲品牌，出货量1910万台。2、第二名为乙品牌，出货量1810万台，份额18.3%。"
                      "3、排名第三的是丙品牌，出货量970万台。")
    assert [found[f][0] for f in ("第一名", "1910万台", "第二名", "1810万台", "18.3%", "第三", "970万台")] == [
        "甲品牌", "甲品牌", "乙品牌", "乙品牌", "乙品牌", "丙品牌", "丙品牌"]


def test_a_clause_that_names_a_quantity_and_where_it_stands_measures_the_figure_after_it() -> None:
    found = _measures("东港银行净利润规模最低，为12.5亿元；西岭银行不良贷款率最高，达到1.8%。")
    assert found["12.5亿元"] == ("东港银行", None, "净利润")
    assert found["1.8%"] == ("西岭银行", None, "不良贷款率")
    # a bound that restates the figure just given measures the same
    assert _measures("全省GDP总量达到5.12万亿元，首次突破5万亿。")["5万亿"][2] == "GDP总量"


def test_a_headline_ends_at_a_space_between_words() -> None:
    assert _measures("暑运过半 全国铁路发送旅客同比增长近8%")["近8%"][2] == "发送旅客"


def test_a_ranking_is_by_the_quantity_it_names() -> None:
    found = _measures("河南以412.6亿元列旅游总收入排行榜第一名。")
    assert found["412.6亿元"][2] == "旅游总收入" and found["第一名"][2] == "旅游总收入"


def test_a_term_of_years_is_no_duration_and_stays_in_the_name() -> None:
    claims = extract("其中五年期及以上首年期交保费达210.3亿元。", "doc")
    assert [c.text for c in claims] == ["210.3亿元"] and claims[0].metric == "五年期及以上首年期交保费"


def test_words_of_standing_and_examples_are_not_part_of_the_quantity() -> None:
    assert _measures("城区居民满意度高至61%。")["61%"][2].endswith("满意度")
    assert _measures("风电和储能等新兴产业销售收入达1200亿元。")["1200亿元"][2] == "新兴产业销售收入"
    assert _measures("其总营收介于12亿元和13亿元之间。")["12亿元"][2] == "总营收"


def test_two_quantities_written_as_one_word_take_the_figures_of_a_list_in_turn() -> None:
    found = _measures("1-9月，汽车产销分别完成2100.5万辆和2098.1万辆，同比分别增长9.1%和8.7%。")
    assert [found[f] for f in ("2100.5万辆", "2098.1万辆", "9.1%", "8.7%")] == [
        ("汽车", None, "产量"), ("汽车", None, "销量"), ("汽车", None, "产量"), ("汽车", None, "销量")]
    # a later list whose clause names members of its own is not of the earlier members
    found = _measures("东部地区城市和县分别有9个和12个，中部地区分别有8个和7个。")
    assert found["8个"][1] != "城市" and found["7个"][1] != "县"


def test_a_proportion_of_the_three_sectors_is_each_sectors_and_so_is_a_later_list() -> None:
    found = _measures("三次产业结构为6.1:40.2:53.7，对经济增长的贡献率分别为3%、38%、59%。")
    assert [found[f][1:] for f in ("6.1", "40.2", "53.7")] == [
        ("第一产业", "三次产业结构"), ("第二产业", "三次产业结构"), ("第三产业", "三次产业结构")]
    assert [found[f][1:] for f in ("3%", "38%", "59%")] == [
        ("第一产业", "贡献率"), ("第二产业", "贡献率"), ("第三产业", "贡献率")]
    shares = _measures("三次产业占GDP的比重为6.1:40.2:53.7。")
    assert shares["40.2"][1:] == ("第二产业", "占GDP的比重")
    # a proportion of other things names no sectors
    assert _measures("城乡人口结构为51.2:30.6:18.2。")["51.2"][1] is None


def test_small_words_left_around_a_quantity_are_not_part_of_it() -> None:
    assert _measures("高等学校经费支出1882.5亿元。")["1882.5亿元"][2] == "高等学校经费支出"  # 等 of 高等 lists nothing
    assert _measures("东方航空于3月份载客210.5万人次。")["210.5万人次"][2] == "载客"
    assert _measures("2025年春节档(1月28日至2月4日)电影总票房达95.1亿元。")["95.1亿元"][2] == "电影总票房"
    found = _measures("期内，广告业务收入环比增长9.0%，达人民币12.06亿元。")
    assert found["12.06亿元"][1:] == ("广告业务", "收入")  # the level the growth reached, of a line of business
    found = _measures("据监测，家电、服装、金银珠宝销售同比分别增长5%、3%和2%。")
    assert [found[f][1:] for f in ("5%", "3%", "2%")] == [("家电", "销售"), ("服装", "销售"), ("金银珠宝", "销售")]


def test_a_growth_after_a_share_is_of_the_level_before_it() -> None:
    found = _measures("第三名为丙品牌，出货量650万台，份额7.1%，同比增长4.2%。")
    assert found["4.2%"][2] == "出货量"
    # points after a share are the share's, which is of the part named before it
    assert _measures("出货量650万台，份额7.1%，同比提升0.4个百分点。")["0.4个百分点"][2] == "出货量份额"


def test_a_figure_of_another_period_is_of_the_same_quantity() -> None:
    found = _measures("三季度毛利率为 18.2% ，相较而言， 2024 年同期为 12.5% ，而二季度为14.0%。")
    assert [found[f][2] for f in ("18.2%", "12.5%", "14.0%")] == ["毛利率"] * 3
    assert [c.kind for c in extract("三季度毛利率为 18.2% ，相较而言， 2024 年同期为 12.5% 。", "d")] == ["ratio"] * 2


def test_the_points_a_part_pulls_a_total_by_are_its_pull_not_the_totals_growth() -> None:
    found = _measures("限额以上单位零售额增长9.1%，拉动全市社零总额增长5.2个百分点。"
                      "食品价格上涨0.8%，影响CPI上涨约0.15个百分点。")
    assert found["5.2个百分点"][2] == "拉动全市社零总额增长"
    assert found["约0.15个百分点"][2] == "影响CPI"


def test_the_three_sectors_written_short_are_the_members_of_a_list() -> None:
    found = _measures("全市固定资产投资增长6.1%。分产业看，第一、二、三产业分别同比增长12.0%、5.3%和6.6%。")
    assert [found[f][1:] for f in ("12.0%", "5.3%", "6.6%")] == [
        ("第一产业", "固定资产投资"), ("第二产业", "固定资产投资"), ("第三产业", "固定资产投资")]


def test_trade_with_a_partner_or_by_a_mode_names_the_member() -> None:
    found = _measures("其中，对日本出口0.62万亿元，同比下降2.1%；自日本进口3100亿元。全省以加工贸易方式出口812亿元。")
    assert found["0.62万亿元"][1:] == ("日本", "出口") and found["3100亿元"][1:] == ("日本", "进口")
    assert found["812亿元"][1:] == ("加工贸易", "出口")
    assert _measures("对经济增长的贡献率为5%。")["5%"][2] == "贡献率"  # 对 before no trade flow is dropped


def test_items_under_a_heading_are_of_the_quantity_it_names() -> None:
    found = _measures("从主要工业产品产量看，水泥增长3.9%，纱增长6.2%，粗钢增长1.1%。")
    assert [found[f][1:] for f in ("3.9%", "6.2%", "1.1%")] == [
        ("水泥", "主要工业产品产量"), ("纱", "主要工业产品产量"), ("粗钢", "主要工业产品产量")]
    # a heading that names no quantity heads nothing; 占比 is the share's own word, not 占 of a whole
    text = "从收入结构来看，海外业务占比已提升至31.5%。"
    assert _measures(text)["31.5%"][2] == "海外业务占比" and extract(text, "d")[0].whole is None


def test_a_headline_figure_and_a_figure_something_brought_about_are_not_one_statement() -> None:
    from checks.claims import claims_table
    from checks.documents import Document
    from checks.relations import relations_table

    text = ("全市消费市场销售额超2000亿元\n活动期间，以旧换新带动销售额约合41亿元。")
    table = claims_table([Document("d.txt", text, "d.txt")])
    assert "restated" not in set(relations_table(table, {"d.txt": text})["relation"])


def test_the_share_of_respondents_who_gave_an_answer() -> None:
    found = _measures("选择「满意、比较满意」等正面评价的受访者占百分之五十二点四；表示不满意的市民有18%。")
    assert found["百分之五十二点四"][1:] == ("正面评价", "受访者占比")
    assert found["18%"][1:] == ("表示不满意", "市民占比")
    assert extract("表示不满意的市民有18%。", "d")[0].whole == "市民"


def test_words_of_thinking_end_the_group_counted() -> None:
    # the group counted is 居民; its answer is the member of the share of 居民 (tests/test_readings_zh_members.py)
    assert _measures("其中，23.5%的居民认为“收入增加”。")["23.5%"][1:] == ("认为“收入增加”", "居民占比")
    assert _measures("游戏收入同比下跌4%至人民币118亿元。")["118亿元"][2] == "游戏收入"


def test_growth_in_another_period_and_its_basis() -> None:
    text = ("国内生产总值同比增长5.1%。分季度看，一季度同比增长5.3%，二季度增长4.7%。"
            "从环比看，二季度国内生产总值增长1.1%。")
    claims = {c.text: c for c in extract(text, "d")}
    assert claims["4.7%"].metric == "生产总值" and claims["4.7%"].basis == "同比"  # of the list it continues
    assert claims["1.1%"].basis == "环比"  # the sentence's heading says so
    found = _measures("全年票房也于今日顺利超过50亿大关，目前达到了56.24亿。其中国产影片占比最高，为61.2%。")
    assert found["56.24亿"][2] == "票房" and found["61.2%"][2] == "国产影片占比"


def test_an_earlier_level_compared_with_and_small_words_around_a_count() -> None:
    found = _measures("全省邮政业务量9.2亿件，较去年同期的8.1亿件增长13.6%。")
    assert found["8.1亿件"][2] == found["9.2亿件"][2] == "邮政业务量"
    assert _measures("截至昨日，215个品类增长超50%。")["215个"][2] == "品类"  # the noun, not what it did
    assert _measures("货物贸易顺差512亿元，去年同期为逆差88亿元。")["88亿元"][2] == "逆差"
    assert _measures("180家重点企业共实现营业收入66.1亿元。")["180家"][2] == "重点企业"


def test_a_place_in_a_ranking_is_by_the_quantity_of_the_figures_before_it() -> None:
    found = _measures("甲品牌智能手机出货量为6100万部，位居第一。全市地区生产总值同比增长6.2%，增速居全省第3位。")
    assert found["第一"][2] == "甲品牌智能手机出货量"
    assert found["第3位"][2] == "地区生产总值增速"
    assert _measures("全球市场方面，智能手机出货量达3.1亿部。")["3.1亿部"][0] == "全球市场"


def test_a_quoted_category_keeps_its_name_in_the_quantity() -> None:
    assert _measures("2024届毕业生“灵活就业”的比例为18.2%。")["18.2%"][2] == "“灵活就业”的比例"
    found = _measures("基础研究、应用研究和试验发展经费所占比重分别为6.9%、11.0%和82.1%。")
    assert [found[f][1:] for f in ("6.9%", "11.0%")] == [("基础研究", "所占比重"), ("应用研究", "所占比重")]


def test_a_list_of_sectors_after_a_growth_rate_grows_the_quantity_not_its_rate() -> None:
    found = _measures("全市固定资产投资增长4.1%，增速比上年加快1.5个百分点。"
                      "分产业看，第一、二、三产业分别同比增长9.6%、3.9%和2.5%。")
    assert [found[f][1:] for f in ("9.6%", "3.9%")] == [("第一产业", "固定资产投资"), ("第二产业", "固定资产投资")]


def test_a_counted_group_owns_its_own_sentence_only() -> None:
    found = _measures("全市规上服务业实现营业收入200亿元。120家重点服务业企业共实现营业收入80.5亿元，同比增长1.6%。"
                      "高技术服务业实现营业收入50亿元。")
    assert found["80.5亿元"] == ("120家重点服务业企业", None, "营业收入")
    assert found["50亿元"][0] != "120家重点服务业企业"  # not carried to the next sentence
    assert _measures("30家房地产企业销售目标增长率均值为14.2%。")["14.2%"][0] == "30家房地产企业"


def test_small_words_of_manner_and_names_of_rates() -> None:
    assert _measures("人口自然增长率6.1‰。")["6.1‰"][2] == "人口自然增长率"  # a rate's name, not a growth
    assert _measures("乙车型甚至达到了210.5%。")["210.5%"][2] == "乙车型"
    assert _measures("位居第四位的甲品牌和第五位的乙品牌的出货量取得两位数增长。")["两位数"][0] == "乙品牌"
    found = _measures("这一比例较2011（46.6%）年有所下降。")  # a year compared with is no owner
    assert found["46.6%"][0] is None


def test_a_rivals_owner_is_its_own_and_is_not_carried_on() -> None:
    found = _measures("营收为119.1亿元，优于甲公司的88.9亿元。净利润增长5%。")
    assert found["88.9亿元"][0] == "甲公司" and found["119.1亿元"][0] is None and found["5%"][0] is None
    found = _measures("签约率为81.2%，与上届（80.9%）基本持平。“灵活就业”的比例为12.0%。")
    assert found["80.9%"][0] == "上届" and found["81.2%"][0] is None and found["12.0%"][0] is None


def test_items_after_a_quantity_and_qi_zhong_are_of_that_quantity() -> None:
    found = _measures("主要工业产品产量稳步增长，其中：变压器累计实现1520.6万千伏安，增长12.5%。")
    assert found["1520.6万千伏安"][1:] == ("变压器", "主要工业产品产量")


def test_a_currency_word_inside_a_quantity_s_name_is_part_of_it() -> None:
    assert _measures("月末人民币贷款余额120万亿元。")["120万亿元"][2] == "人民币贷款余额"
    assert _measures("前两个月美元存款增加300亿美元。")["300亿美元"][2] == "美元存款"
    assert _measures("公司营收人民币52亿元。")["52亿元"][2] == "营收"  # right before the figure: its currency


def test_industries_listed_by_name_are_members_of_the_list_s_quantity() -> None:
    found = _measures("主要行业利润情况：纺织服装加工业利润总额增长12.5%，有色金属冶炼业增长4.1%，"
                      "专用设备制造业增长2.3%。")
    assert found["12.5%"] == (None, "纺织服装加工业", "利润总额")
    assert found["4.1%"] == (None, "有色金属冶炼业", "利润总额")
    assert found["2.3%"] == (None, "专用设备制造业", "利润总额")
    assert _measures("全省规模以上工业企业利润总额增长5%。")["5%"][1] is None  # a scope, not an industry of a list


def test_the_first_places_as_a_group_are_no_figure_but_a_place_entered_is_a_rank() -> None:
    found = _measures("前三名的销量同比均有增长，前五名厂商中有四家增长。")
    assert "三名" not in found and "五名" not in found and "前三名" not in found
    entered = {c.text: (c.kind, c.qualifier, c.upper) for c in extract("该片已经进入年度票房榜前8名。", "doc")}
    assert entered == {"前8名": ("rank", "at_most", 8.0)}


def test_a_bound_that_defines_a_group_is_no_figure_but_a_share_of_a_group_is() -> None:
    assert "超过500亿元" not in _measures("经费投入超过500亿元的行业大类有10个。")
    assert "200元-600元" not in _measures("人均月收入200元-600元的家庭占12%。")
    assert "超过90%" in _measures("千兆光网覆盖超过90%的城镇家庭。")



@pytest.mark.parametrize(("text", "segment", "metric"), [
    ("本年度，零售业务之营业额增长6.3%至18.2亿元。", "零售业务", "营业额"),
    ("年末本集团之现金及现金等价物为3.5亿元。", None, "现金及现金等价物"),
])
def test_the_written_possessive_zhi_is_read_as_de(text: str, segment: str | None, metric: str) -> None:
    claim = extract(text)[-1]
    assert (claim.segment, claim.metric) == (segment, metric)


@pytest.mark.parametrize("phrase", ["两国之间贸易额", "三大市场之一营收", "公司之后营收", "总之营收"])
def test_the_zhi_of_between_one_of_after_and_in_short_is_no_possessive(phrase: str) -> None:
    assert clean(phrase) == phrase
