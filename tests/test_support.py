"""Attribution: who each figure is attributed to, and what kind of source that is, on texts of several kinds."""

from __future__ import annotations

import pytest

from checks.claims import claims_table
from checks.claims.sources import source_kind, source_of
from checks.documents import Document

STATISTICS_RELEASE = (
    "国家统计局今天发布数据显示，10月份全国规模以上工业增加值同比增长4.6%。"
    "据国家统计局测算，1—10月份社会消费品零售总额同比增长3.5%。\n数据来源：国家统计局\n"
)
COMPANY_RELEASE = (
    "星河汽车今日公布三季度业绩。星河汽车数据显示，三季度交付新车8.2万辆，同比增长35%。"
    "星河汽车首席财务官表示，四季度交付量有望突破10万辆。星河汽车将继续扩大产能。"
)
SURVEY_NEWS = (
    "某咨询机构近日发布的调查报告显示，超过六成受访者表示愿意为绿色产品支付溢价，"
    "其中18至35岁人群的这一比例达到71%。该调查共访问了3000名消费者。"
)
UNSOURCED = "今年以来，本地新开门店超过200家，客流量明显回升。"


def table(text: str):
    return claims_table([Document("d.txt", text, "d.txt")])


@pytest.mark.parametrize(
    ("attribution", "source"),
    [("京东数据显示", "京东"), ("据国家统计局数据", "国家统计局"), ("数据来源：某某集团", "某某集团"),
     ("（来源：海关总署）", "海关总署"), ("华远科技董事长在发布会上表示", "华远科技"), (None, None)],
)
def test_source_of_an_attribution(attribution: str | None, source: str | None) -> None:
    assert source_of(attribution) == source


def test_statistics_release_is_official() -> None:
    frame = table(STATISTICS_RELEASE)
    assert len(frame) == 2
    assert set(frame["source_kind"]) == {"official"}
    assert set(frame["source"]) == {"国家统计局"}


def test_company_release_is_self_reported() -> None:
    frame = table(COMPANY_RELEASE)
    assert set(frame["source_kind"]) == {"self"}
    assert frame["source"].str.startswith("星河汽车").all()
    assert frame.loc[frame["text"] == "10万辆", "projected"].item()


def test_news_citing_a_survey_is_third_party() -> None:
    frame = table(SURVEY_NEWS)
    assert len(frame) >= 2
    assert set(frame["source_kind"]) == {"third_party"}


def test_no_source_is_none() -> None:
    frame = table(UNSOURCED)
    assert frame["attribution"].isna().all()
    assert set(frame["source_kind"]) == {"none"}


def test_a_company_mentioned_once_is_a_third_party() -> None:
    assert source_kind("东海银行", "据东海银行统计，本市居民储蓄增长8%。") == "third_party"
    assert source_kind("东海银行", "东海银行发布年报。东海银行净利润增长。东海银行表示将继续。") == "self"


@pytest.mark.parametrize(("source", "kind"), [
    ("公司财务部", "self"), ("东海银行财务部", "third_party"), ("集团战略部", "self"), ("商务部", "official"),
    ("中国人民银行", "official"), ("市商务局", "official"), ("国家统计局", "official")])
def test_a_department_of_a_company_is_not_a_ministry(source: str, kind: str) -> None:
    assert source_kind(source, "星河科技发布公告。") == kind


def test_the_same_window_of_last_year_is_no_scope_mismatch() -> None:
    from checks.documents import Document

    frame = claims_table([Document("a", "今年前三个月，公司营收较去年同期增长10%。", "a"),
                          Document("b", "开售2小时内销售额较去年全天增长30%。", "b")])
    assert dict(zip(frame["doc"], frame["scope_mismatch"], strict=True)) == {"a": False, "b": True}
