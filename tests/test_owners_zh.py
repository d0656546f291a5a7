"""Whose figures the figures of a Chinese text are: owners carried within their paragraph and list, deictic owners
read as the names the text gives, owners split off before a period or a verb of achieving (invented sentences)."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric) for c in extract(text, "doc")}


def test_an_owner_named_in_a_paragraph_is_not_carried_into_the_next() -> None:
    found = _read("全国地区生产总值5.1万亿元。\n江苏省营收达300亿元，增长5%。\n利润总额80亿元。")
    assert found["300亿元"][0] == "江苏省" and found["5%"][0] == "江苏省"  # within its paragraph
    assert found["80亿元"][0] == "全国"  # the next paragraph goes back to the document's owner


def test_a_paragraph_takes_the_owner_its_opening_names() -> None:
    found = _read("中国智能手机市场出货量达到7578万台。\n全球市场方面，出货量呈现复苏态势。全年总出货量约12.6亿部。")
    assert found["7578万台"][0] == "中国"
    assert found["约12.6亿部"][0] == "全球市场"


def test_the_members_of_a_list_own_only_their_sentence() -> None:
    found = _read("全国营收增长5%。江苏省营收300亿元，浙江省营收200亿元，分别居前两位。利润总额80亿元。")
    assert found["300亿元"][0] == "江苏省" and found["200亿元"][0] == "浙江省"
    assert found["80亿元"][0] == "全国"  # the owner before the list, not its last member


def test_an_owner_in_a_sentence_of_parts_is_a_member_not_carried() -> None:
    found = _read("总收入达到1131亿元。其中智能电动汽车业务贡献283亿元收入。经调整净利润113亿元。")
    assert found["1131亿元"][0] is None  # not carried back from a part named later
    assert found["113亿元"][0] is None  # nor forward


def test_a_deictic_owner_is_the_name_the_headline_gives() -> None:
    found = _read("玉环市2019年国民经济和社会发展统计公报\n"
                  "经济运行总体平稳。全市实现生产总值617.50亿元，比上年增长5.2%。")
    assert found["617.50亿元"][0] == "玉环市" and found["5.2%"][0] == "玉环市"


def test_a_company_pronoun_is_the_company_named_before_or_after() -> None:
    found = _read("中船股份(600072)发布中报，公司上半年亏损6152.43万元。中报显示，中船股份上半年实现营业收入3.19亿元。")
    assert found["6152.43万元"][0] == "中船股份"
    assert found["3.19亿元"] == ("中船股份", None, "营业收入")


def test_a_counted_group_of_companies_is_no_pronoun() -> None:
    found = _read("保利地产营收增长5%。28家公司前四月共计实现销售金额1.43万亿元。")
    assert found["1.43万亿元"][0] != "保利地产"


def test_an_owner_before_a_period_or_a_verb_of_achieving_is_split_off() -> None:
    assert _read("腾讯第三季度营收同比增长43.4%。")["43.4%"] == ("腾讯", None, "营收")
    found = _read("浙江省属企业一季度累计实现营业收入2066.3亿元，同比增长14.7%。")
    assert found["2066.3亿元"] == ("浙江省属企业", None, "营业收入")
    assert _read("小鹏三季度交付量达到116007台。")["116007台"][0] == "小鹏"


def test_a_member_before_a_verb_of_achieving_stays_a_member() -> None:
    assert _read("全市第一产业实现增加值41.99亿元。")["41.99亿元"] == ("全市", "第一产业", "增加值")
    assert _read("全县城镇市场实现零售额10.94亿元。")["10.94亿元"][1] == "城镇"
    assert _read("全市一般公共预算收入528亿元。")["528亿元"][2] == "一般公共预算收入"  # 公共 holds no 共 of a sum
    assert _read("1-5月业绩完成率接近40%。")["接近40%"][2] == "业绩完成率"  # 完成率 is a quantity, no verb


def test_a_line_of_business_is_a_member_of_its_firms_figures() -> None:
    found = _read("期内，网游业务收入环比增长14.0%，达人民币41.499亿元。供应链业务实现营收4.44亿元。")
    assert found["14.0%"][1:] == ("网游业务", "收入")
    assert found["4.44亿元"][1:] == ("供应链业务", "营收")


def test_a_group_by_age_is_what_its_sentences_figures_are_of() -> None:
    found = _read("截至2021年12月，我国60岁及以上老年网民规模达1.19亿，互联网普及率达43.2%。")
    assert found["1.19亿"] == ("我国", "60岁及以上老年网民", "规模")
    assert found["43.2%"] == ("我国", "60岁及以上老年网民", "互联网普及率")


def test_a_company_that_publishes_its_results_owns_the_figures_of_the_document() -> None:
    found = _read("星河科技（1234）公布第二季业绩，净利润按年增长12%至5.6亿元。期内收入增长8%。")
    assert found["12%"][0] == "星河科技" and found["5.6亿元"][0] == "星河科技" and found["8%"][0] == "星河科技"
    found = _read("远山集团最新公布的财报显示，全年收入达到120亿元，同比增长9%。")
    assert found["120亿元"][0] == "远山集团"


def test_a_body_that_publishes_data_or_a_group_that_publishes_results_owns_nothing() -> None:
    found = _read("统计局今天发布的数据显示，社会消费品零售总额增长5%。")
    assert found["5%"][0] != "统计局"
    found = _read("多家上市航司披露一季度业绩。\n旅客运输量增长20%。")
    assert found["20%"][0] is None


def test_the_one_that_wins_a_place_with_a_figure_owns_it() -> None:
    found = _read("远山汽车以12.6万辆的销量领跑市场。星河手机仍以900万部智能手机的出货量位居第一。")
    assert found["12.6万辆"][0] == "远山汽车" and found["12.6万辆"][2] == "销量"
    assert found["900万部"][0] == "星河手机" and found["900万部"][2] == "出货量"


def test_a_company_a_headline_names_and_the_text_keeps_naming_owns_its_figures() -> None:
    text = ("资本充足率下滑，远山银行增资获批\n今年前三季度，商业银行平均资本充足率为15.3%。\n"
            "截至三季度末，资本充足率为11.7%，拨备覆盖率为173.4%。远山银行将补充资本，远山银行已获批复。")
    found = _read(text)
    assert found["15.3%"][0] == "商业银行"  # the sector's average, named in its own sentence
    assert found["11.7%"][0] == "远山银行" and found["173.4%"][0] == "远山银行"
    assert _read("资本充足率下滑\n今年前三季度，商业银行平均资本充足率为15.3%。")["15.3%"][0] != "远山银行"


def test_the_issuer_before_a_bracketed_ticker_and_a_time_word_is_the_owner() -> None:
    text = ("中国手游第三季度净利420万美元\n\n河北网 悦潼 11月15日编译\n\n"
            "中国手游(纳斯达克证券代码:CMGE)今天公布了截至2013年9月30日的第三季度未审计财报。"
            "财报显示,中国手游第三季度营收为9810万元人民币,同比增长125%;净利润为2560万元人民币。")
    found = {c.text: (c.subject, c.metric, c.period) for c in extract(text, "t")}
    assert found["420万美元"][:2] == ("中国手游", "净利")  # the issuer's, not 中国's 手游净利
    assert found["9810万元人民币"][:2] == ("中国手游", "营收")
    assert found["2560万元人民币"] == ("中国手游", "净利润", None)  # not 今天's, nor of the dateline's day


def test_a_time_word_before_a_name_is_no_part_of_the_owner() -> None:
    found = extract("2022年i茅台在5月正式上线，当年i茅台实现收入约118.8亿元。", "t")[-1]
    assert (found.subject, found.metric) == ("i茅台", "收入")  # not 当年i茅台's


def test_a_line_a_quantity_labels_is_no_owners() -> None:
    text = ("盛大游戏公布了第三季度财报。\n  营收：第三季度营收为10.68亿元人民币，同比下降5%。\n"
            "  净利润：净利润为3.99亿元人民币。每股摊薄净收益为1.50元人民币。")
    found = {c.text: c.subject for c in extract(text, "t")}
    assert found["1.50元人民币"] == found["10.68亿元人民币"] == "盛大游戏"  # not 净利润's, nor 营收's


def test_a_verb_of_support_opens_no_owner() -> None:
    found = extract("支持成渝地区双城经济圈重大项目141个、贷款余额216.81亿元。", "t")
    assert [c.subject for c in found] == [None, None]  # not 支持成渝地区's


def test_the_issuers_name_before_a_national_quantity_is_no_owner() -> None:
    found = extract("中国电信(纽约证券交易所代码:CHA)今天公布了2023年业绩。"
                    "据工信部数据，全年中国电信业务总量同比增长16.8%。", "t")
    assert (found[0].subject, found[0].metric) == ("中国", "电信业务总量")  # the country's, not the issuer's


def test_per_head_is_no_group_that_answers() -> None:
    found = extract("该市农村居民人均可支配收入中，有12%的人均消费支出增加。", "t")[0]
    assert found.metric == "人均消费支出"
