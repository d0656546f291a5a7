"""Which member, quantity and period a Chinese figure is, in lists of goods under a total, paragraphs of periods,
comparisons in brackets, counts and bounds (invented sentences, one per rule)."""

from __future__ import annotations

from checks.extract import extract
from checks.extract.zh.members import among_total, bound_class, category


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric, c.period) for c in extract(text, "doc")}


def test_a_class_of_goods_is_the_member_of_the_quantity_it_is_given_in() -> None:
    assert category("饮料类商品零售额") == ("饮料类", "商品零售额", None)
    assert category("限上单位文化办公用品类零售额") == ("文化办公用品类", "限上单位零售额", None)  # the scope stays
    assert category("化妆品类") == ("化妆品类", None, None)
    assert category("我市食品烟酒类价格") == ("食品烟酒类", "价格", "我市")  # a deictic owner before the class
    assert category("各类企业支出") is None and category("行业大类") is None and category("人类") is None
    found = _read("全县限上单位吃类商品零售额增长8.1%，其中饮料类商品零售额增长9.4%、烟酒类增长12.6%。")
    assert found["9.4%"][1:3] == ("饮料类", "商品零售额")
    assert found["12.6%"][1:3] == ("烟酒类", "商品零售额")  # of the quantity of the class just before


def test_items_under_a_total_the_sentence_opens_with_are_its_members() -> None:
    assert among_total("在网上零售额中，服装增长3%。", 0, 11) == "网上零售额"
    found = _read("在网上零售额中，服装同比增长3.5%，智能手机同比增长12.8%。")
    assert found["3.5%"][1:3] == ("服装", "网上零售额")
    assert found["12.8%"][1:3] == ("智能手机", "网上零售额")


def test_members_listed_under_a_total_are_parts_of_its_quantity() -> None:
    found = _read("全市装备制造业增加值增长9.1%，其中汽车制造、船舶制造分别增长11%和6.2%。")
    assert found["11%"][1:3] == ("汽车制造", "增加值")
    assert found["6.2%"][1:3] == ("船舶制造", "增加值")


def test_a_sentence_without_a_time_is_of_the_period_its_paragraph_stated() -> None:
    found = _read("9月份，全市工业产值520亿元，增长4.1%。其中，轻工业产值180亿元。\n"
                  "1—9月份，全市工业产值4400亿元。其中，轻工业产值1500亿元。\n"
                  "10月12日，统计局发布数据。其中，重工业产值340亿元。")
    assert found["180亿元"][3] == "9月份"
    assert found["1500亿元"][3] == "1—9月份"
    assert found["340亿元"][3] is None  # a day dates the report, not the figures after it


def test_rates_in_brackets_are_those_of_the_ones_compared_with() -> None:
    found = _read("全县固定资产投资增长9.6%，增速比全市(6.2%)和全省(5.1%)分别高3.4个和4.5个百分点。")
    assert found["6.2%"][:3] == ("全市", None, "固定资产投资")
    assert found["5.1%"][:3] == ("全省", None, "固定资产投资")
    named = _read("城商行营收增长8%，增速居前的还有甲银行(12.5%)、乙银行(11.2%)。")
    assert named["12.5%"][0] == "甲银行" and named["11.2%"][0] == "乙银行"


def test_an_exception_is_part_of_the_quantity_and_not_of_the_counted_noun() -> None:
    assert _read("其中，除石油以外的商品零售额8120亿元。")["8120亿元"][2] == "除石油以外的商品零售额"
    assert _read("除发放6项纾困措施外，该区还安排资金2亿元。")["6项"][2] == "纾困措施"


def test_the_noun_a_count_counts_and_the_one_who_brings_it() -> None:
    assert _read("平台邀请超过300个中外知名商家入驻。")["超过300个"][::2] == ("平台", "中外知名商家")
    assert _read("今年有2万个中小企业营收实现增长。")["2万个"][2] == "中小企业"


def test_a_bound_that_names_a_class_is_no_claim() -> None:
    found = _read("月收入4000元以上以及300元以下的家庭各占3%。")
    assert "4000元以上" not in found and "300元以下" not in found
    found = _read("120平方米以上大户型住宅销售面积增速回落0.8个百分点。")
    assert "120平方米以上" not in found
    assert "超过80个" in _read("累计超过80个品牌销售额破亿元。")  # a count of the class is a claim


def test_the_class_a_bound_defines_is_the_member_of_the_figure_after_it() -> None:
    assert bound_class("利润达千万元以上企业实现营业收入") == ("利润达千万元以上企业", "实现营业收入")
    found = _read("全区35家利润达千万元以上企业共实现营业收入88.2亿元。")
    assert found["88.2亿元"][1:3] == ("利润达千万元以上企业", "营业收入")


def test_a_share_followed_by_an_answer_is_of_those_who_gave_it() -> None:
    found = {c.text: (c.segment, c.metric, c.whole) for c in extract(
        "其中40.5%的农村受访者认为菜价较高，21.3%认为菜价很高。", "doc")}
    assert found["40.5%"] == ("认为菜价较高", "农村受访者占比", None)
    assert found["21.3%"] == ("认为菜价很高", "农村受访者占比", None)  # of the ones of the figure before


def test_a_count_of_a_group_is_described_by_what_is_said_of_each() -> None:
    found = _read("据统计，5个省份旅游总收入超过60亿元。")
    assert found["5个"][2] == "旅游总收入超过60亿元的省份"
    assert _read("共有6个城市接待游客超过百万人次。")["6个"][2] == "接待游客超过百万人次的城市"


def test_a_rank_whose_clause_names_no_quantity_is_by_the_one_the_next_clause_names() -> None:
    found = _read("2、第二名为乙牌，乙牌出货量900万台，份额9.5%。")
    assert found["第二名"][::2] == ("乙牌", "出货量")
    assert found["900万台"][::2] == ("乙牌", "出货量")  # the owner's name said again is not part of the quantity


def test_answers_quoted_or_reported_and_the_group_a_heading_names() -> None:
    found = _read("对下季菜价，30.1%的居民预期“上涨”，12.5%的居民“看不准”。")
    assert found["12.5%"][1:3] == ("“看不准”", "居民占比")
    assert _read("倾向于“更多旅游”的居民占18.2%。")["18.2%"][1:3] == ("倾向于“更多旅游”", "居民占比")
    found = _read("从农村受访者看，21.4%网购次数减少，9.2%网购次数增加。")
    assert found["21.4%"][1:3] == ("网购次数减少", "农村受访者占比")
    assert found["9.2%"][1:3] == ("网购次数增加", "农村受访者占比")
    assert _read("从城镇居民看，35.2%的家庭拥有汽车。")["35.2%"][1] == "城镇居民"  # the group the heading names


def test_a_gap_in_points_between_two_rates_names_both() -> None:
    found = _read("全市高技术产业增加值同比增长7.9%，增速快于规模以上工业增加值1.2个百分点。")
    assert found["1.2个百分点"][2] == "高技术产业增加值增速快于规模以上工业增加值"
    assert _read("一季度，全省进口增速快于出口11.2个百分点。")["11.2个百分点"][::2] == ("全省", "进口增速快于出口")


def test_figures_listed_under_a_run_of_quarters_are_each_one_quarter() -> None:
    found = _read("今年前三季度，城商行拨备覆盖率分别为190.1%、192.4%、195.6%。")
    assert [found[f][3] for f in ("190.1%", "192.4%", "195.6%")] == ["今年一季度", "今年二季度", "今年三季度"]
    found = _read("前三季度，营收和净利润分别为5亿元和2亿元。")  # a list of quantities, not of quarters
    assert found["2亿元"][3] == "前三季度"


def test_a_later_list_of_a_moved_quantity_keeps_the_members() -> None:
    found = _read("铁矿、铜矿分别进口300万吨、200万吨，进口均价分别上涨21.6%、11.5%。")
    assert found["21.6%"][1:3] == ("铁矿", "进口均价")
    assert found["11.5%"][1:3] == ("铜矿", "进口均价")


def test_a_bare_name_after_a_parallel_members_figure_is_a_member_of_its_quantity() -> None:
    found = _read("其中，甲平台占比最高，为55.1%，乙平台为25.3%，丙平台为9.1%。")
    assert found["25.3%"][1:3] == ("乙平台", "占比")
    assert found["9.1%"][1:3] == ("丙平台", "占比")


def test_an_industry_of_two_characters_and_its_list_quantity() -> None:
    found = _read("全省主要行业营业收入如下：有色金属冶炼业营业收入增长7.2%，建筑业增长4.4%，医药制造业增长3.1%。")
    assert found["4.4%"][1:3] == ("建筑业", "营业收入")  # 建筑业 is the member, not the quantity carried on
    assert found["3.1%"][1:3] == ("医药制造业", "营业收入")


def test_an_industry_whose_name_holds_a_comma_of_enumeration_is_read_whole() -> None:
    found = _read("其中，纸制品业产值增长6%，电力、燃气生产和供应业增长2.5%，仪器仪表、办公设备制造业下降1.2%。")
    assert found["2.5%"][1:3] == ("电力、燃气生产和供应业", "产值")
    assert found["1.2%"][1:3] == ("仪器仪表、办公设备制造业", "产值")
    listed = _read("其中，纺织业、服装业分别增长3%和4%。")  # two industries of their own stay two
    assert listed["3%"][1] == "纺织业" and listed["4%"][1] == "服装业"


def test_names_listed_in_the_clause_before_a_respectively_clause_are_its_members() -> None:
    found = _read("今年前三季度，我省对东盟、中东出口较快，同比分别增长12.4%和8.9%。")
    assert found["12.4%"][1:3] == ("东盟", "出口")
    assert found["8.9%"][1:3] == ("中东", "出口")
    firms = _read("甲科技、乙电子两家公司的研发费用超过十亿元，分别为15.2亿元和11.8亿元。")
    assert firms["15.2亿元"][1:3] == ("甲科技", "研发费用")  # the quantity of the figure read in that clause
    assert firms["11.8亿元"][1:3] == ("乙电子", "研发费用")


def test_members_counted_by_what_they_did_name_the_count() -> None:
    found = {c.text: c.metric for c in extract("在25个服务业行业中，19个行业营业收入同比增长，6个行业下降。", "doc")}
    assert found["25个服务业行业中，19个"] == "营业收入同比增长的行业"  # a share of the industries that grew
    assert found["6个"] == "下降的行业"
    assert {c.text: c.metric for c in extract("全省有120家企业扭亏为盈。", "doc")}["120家"] == "扭亏为盈的企业"


def test_names_joined_by_and_or_quantities_in_the_clause_before_a_respectively_clause() -> None:
    banks = _read("今年以来，仅华兴银行和恒通银行拨备覆盖率下降，分别较上年末下降12.1个和8.5个百分点。")
    # the last name ends as the others do; banks own their figures
    assert banks["12.1个"][:3] == ("华兴银行", None, "拨备覆盖率")
    assert banks["8.5个百分点"][:3] == ("恒通银行", None, "拨备覆盖率")
    rates = _read("三季度，华光股份毛利率和净利率均有所回升，分别至31.2%、12.6%。")
    assert rates["31.2%"][:3] == ("华光股份", None, "毛利率")  # the names are the quantities themselves
    assert rates["12.6%"][2] == "净利率"


def test_a_time_after_a_breakdowns_heading_is_stated_for_the_sentences_after_it() -> None:
    found = _read("按经营单位所在地分，9月份，城镇消费品零售额2.1万亿元，增长3%；乡村消费品零售额3100亿元，增长4%。")
    assert found["3100亿元"][1:] == ("乡村", "消费品零售额", "9月份")
