"""Which quantity a Chinese figure is, round 4: points after a share, and the other forms read in this round
(invented sentences, one per rule)."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.metric, c.whole, c.kind) for c in extract(text, "doc")}


def test_points_after_a_share_are_the_shares_change_of_its_whole() -> None:
    found = _read("全年软件产品收入820亿元，占全省信息产业收入的比重为41.2%，比上年提高3.4个百分点。")
    assert found["3.4个百分点"][1:3] == found["41.2%"][1:3] == (*found["820亿元"][1:2], "全省信息产业收入")
    # points that name a rate of their own are that rate's, not the share's
    found = _read("出口额增长8.5%，占全省出口比重为22.1%，增速比上年加快2.0个百分点。")
    assert found["2.0个百分点"][2] is None


def test_a_half_or_quarter_written_as_analysts_do_is_the_period() -> None:
    found = {c.text: c.period for c in extract("23H2公司营收8.6亿元，同比增长5.1%；24Q1公司营收4.2亿元。", "doc")}
    assert found == {"8.6亿元": "23H2", "5.1%": "23H2", "4.2亿元": "24Q1"}


def test_members_listed_before_their_figures_are_not_the_quantity() -> None:
    found = {c.text: (c.segment, c.metric) for c in extract(
        "上半年，纺织业、化纤业和造纸业分别实现增加值21.5亿元、9.8亿元和7.2亿元。"
        "在限额以上单位零售额中，粮油、饮料和烟酒类商品分别增长5.2%、7.1%和3.3%。", "doc")}
    assert found["21.5亿元"] == ("纺织业", "增加值") and found["7.2亿元"] == ("造纸业", "增加值")
    assert found["5.2%"] == ("粮油", "限额以上单位零售额") and found["3.3%"][1] == "限额以上单位零售额"
