"""Which quantity a Chinese figure is: the whole name of it, without the bullets, conjunctions, adverbs and bases that
stand around it in results releases and bulletins (invented sentences, one or two per rule)."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.metric, c.period, c.basis, c.kind) for c in extract(text, "doc")}


def test_a_bulleted_line_and_a_base_in_a_currency_keep_the_quantity() -> None:
    found = _read("某某科技公布业绩。\n- 广告收入为人民币820亿元，较去年同期的人民币700亿元增长17.1%。\n"
                  "- 经营溢利为人民币36亿元，去年同期为人民币21亿元。")
    assert found["820亿元"][0] == found["700亿元"][0] == found["17.1%"][0] == "广告收入"
    assert found["21亿元"][:2] == (found["36亿元"][0], "去年同期") and found["36亿元"][0] == "经营溢利"


def test_a_base_after_zi_is_cut_off_and_the_level_reached_is_of_the_same_quantity() -> None:
    found = _read("某某科技公布业绩。- 游戏分部经营利润自去年同期的人民币12亿元增加至人民币19亿元。")
    assert found["12亿元"][:2] == ("经营利润", "去年同期")  # of the 游戏分部 line, its segment
    assert found["19亿元"][0] == "经营利润" and found["19亿元"][1] != "去年同期"


def test_a_loss_that_narrows_is_a_fall_on_its_basis() -> None:
    found = _read("某某科技公布业绩。海外业务经营亏损同比大幅缩窄41.2%。")
    assert found["41.2%"][2:] == ("同比", "growth")


def test_the_quarter_before_is_its_own_period() -> None:
    found = _read("某某公司日均使用时长为62.5分钟，去年同期为58.1分钟，上一季度为60.2分钟。")
    assert found["60.2分钟"][:2] == ("日均使用时长", "上一季度")


def test_the_time_of_a_rival_compared_with_is_not_the_figures_period() -> None:
    found = _read("1-9月，全县社会消费品零售总额同比增长4.2%，高于去年同期增速1.1个百分点，低于全省平均3.5个百分点。")
    assert found["3.5个百分点"][1:3] == ("1-9月", "全省平均")


def test_adverbs_and_conjunctions_are_no_part_of_the_quantity() -> None:
    found = _read("2019年，尽管新注册企业接近90万户，但存活率仍达到81.5%。调查中，选择网购的人群所占比例高达63.1%。")
    assert found["接近90万户"][0] == "新注册企业"
    assert found["81.5%"][0] == "存活率"
    assert found["63.1%"][0] is not None and not found["63.1%"][0].endswith("高")


def test_a_rank_by_a_growth_rate_names_whose_rate_it_is() -> None:
    found = {c.text: (c.subject, c.metric) for c in extract("该县固定资产投资同比增长7%，增速位居全市第3位。", "doc")}
    assert found["7%"] == ("该县", "固定资产投资") and found["第3位"] == ("该县", "固定资产投资增速")


def test_an_owner_after_qizhong_and_an_autonomous_prefecture_are_whole_names() -> None:
    text = "进口来源中，其中德国以41%居首。黔东南苗族侗族自治州旅游收入9.3亿元。"
    found = {c.text: c.subject for c in extract(text, "doc")}
    assert found["41%"] == "德国" and found["9.3亿元"] == "黔东南苗族侗族自治州"
    found = {c.text: (c.subject, c.segment, c.metric) for c in extract("该县工业投资同比增长12%。", "doc")}
    assert found["12%"][0] == "该县" and "".join(filter(None, found["12%"][1:])) == "工业投资"  # 该县 owns no industry


def test_a_line_of_the_business_named_by_a_member_is_no_owner() -> None:
    found = {c.text: (c.subject, c.segment, c.metric) for c in extract(
        "某某科技公布业绩。- 国内分部经营利润为人民币45亿元。海外分部经营亏损为人民币3亿元。", "doc")}
    assert found["45亿元"][1:] == ("国内", "分部经营利润") and found["45亿元"][0] != "国内"
    assert found["3亿元"][0] != "国内"


def test_a_site_tag_before_a_bar_is_no_part_of_the_quantity() -> None:
    found = _read("科技频道|某某2021年第二季度营收6.38亿元，同比增长144%")
    assert found["6.38亿元"][0] == found["144%"][0] == "某某营收"
