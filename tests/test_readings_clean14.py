"""Readings met on the passages of clean14/ (blind at stop 31, tuned on since), each written here as an invented
sentence of the same form: the period a 其中 line and a sourced lead carry, a member named after 其中, names listed
before their 分别 clause, an amount restated in brackets in another unit, an index's close, and English quantities
narrowed by a preposition or set off by commas."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric, c.period) for c in extract(text, "doc")}


def test_a_lead_after_its_source_and_a_summed_run_state_the_period() -> None:
    found = _read("据统计局消息，5月份，全市共销售汽车2.4万辆，增长3.1%。\n"
                  "其中，新能源汽车1.1万辆，增长20.5%；燃油汽车1.3万辆，下降8.2%。\n"
                  "1月至5月累计，全市共销售汽车10.2万辆。其中，新能源汽车4.6万辆；燃油汽车5.6万辆。")
    assert found["1.1万辆"][3] == "5月份"  # a 其中 line goes on with the line before it
    assert found["1.3万辆"][3] == "5月份"  # and so does its clause after the semicolon
    assert found["4.6万辆"][3] == "1月至5月"
    assert found["5.6万辆"][3] == "1月至5月"


def test_a_sentence_opening_with_qizhong_is_of_the_time_of_the_whole_before_it() -> None:
    found = _read("统计显示，今年全省粮食总产量820万吨，增长1.2%。其中小麦产量310万吨，增长2%。")
    assert found["310万吨"][3] == "今年"
    assert _read("10月12日，统计局发布数据。其中，重工业产值340亿元。")["340亿元"][3] is None  # a day dates a report


def test_a_member_named_alone_after_qizhong_is_of_the_whole_quantity() -> None:
    found = _read("11月，全市手机出货量500万部，同比下降4.1%，其中，5G手机410万部，同比下降3.8%。")
    assert found["410万部"][1:3] == ("5G手机", "手机出货量")
    assert found["3.8%"][1:3] == ("5G手机", "手机出货量")
    # a member that names a quantity of its own keeps it: 出口 is exports, not a kind of 进出口总值
    found = _read("全市进出口总值900亿元，其中出口520亿元。")
    assert found["520亿元"][1:3] == (None, "出口")


def test_names_listed_before_a_respectively_clause_are_its_members() -> None:
    found = _read("净流入居前的个股还有甲科技、乙制药、丙电器，净流入金额分别为2.03亿元、1.78亿元、1.75亿元。")
    assert [found[f][1] for f in ("2.03亿元", "1.78亿元", "1.75亿元")] == ["甲科技", "乙制药", "丙电器"]
    assert found["1.78亿元"][2] == "净流入金额"


def test_an_amount_in_brackets_in_another_unit_is_the_same_quantity() -> None:
    found = _read("全省夏粮总产量1458万吨(291.6亿斤)，比上年增加29.7万吨(5.9亿斤)，增长2.1%。")
    assert found["291.6亿斤"][2] == "夏粮总产量"
    assert found["5.9亿斤"][2] == "夏粮总产量"
    assert found["2.1%"][2] == "夏粮总产量"  # the rate after the brackets keeps the quantity


def test_an_index_closing_at_a_level_is_the_index() -> None:
    read = _read("科创50指数报970.39点，跌1.5%。")  # the index owns its close (zh/indexes.py, stop 33)
    assert (read["970.39点"][0], read["970.39点"][2]) == ("科创50指数", "收盘点位")
    assert _read("该报告显示，日报发行量12万份。")["12万份"][2] != "日"  # 报 of a paper's name stays


def _measures(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.subject, c.segment, c.metric) for c in extract(text, doc="t")]


def test_a_preposition_after_a_counted_noun_names_its_part() -> None:
    assert _measures("Foreign arrivals by air were estimated at 1.2 million.") == [
        (None, "air", "Foreign arrivals")]
    assert _measures("In May, sales to retail customers were down 13 percent.") == [
        (None, "retail customers", "sales")]
    # an infinitive's "to" opens no part: passengers, not a member called "post"
    assert _measures("The airports handled 8.8 million passengers last month to post a 10.7 per cent rise.")[1][1] \
        is None


def test_a_figure_set_off_by_commas_after_its_quantity_is_of_it() -> None:
    assert _measures("The number flying, 3.8 million, is a record.")[0][2] == "number flying"
    assert _measures("In 2016, 3.2 million visited.")[0][2] != "2016"  # a time before the comma names nothing


def test_a_stock_index_opening_its_sentence_measures_its_level() -> None:
    assert _measures("The Standard & Poor's 500 index lost 13.81 points, or 0.6 per cent, to 2,157.03.")[-1][2] == \
        "index level"


def test_a_trade_mode_is_no_owner_of_the_document_but_a_deictic_owner_is() -> None:
    text = ("海关13日发布数据，今年1月至5月，我省外贸进出口总值2.1万亿元，增长8.5%。\n"
            "前5个月，一般贸易进出口1.2万亿元；保税物流进出口2277.5亿元，增长9.3%。")
    assert {c.subject for c in extract(text, "doc") if c.text in ("2.1万亿元", "8.5%")} == {None}
    text = ("实现地区生产总值744.94亿元，同比增长6.3%\n农业生产形势较好，第一产业增加值145.88亿元。\n"
            "工业运行平稳，全市规模以上工业增加值增长6.2%。第二产业增加值222.8亿元。")
    assert {c.subject for c in extract(text, "doc") if c.text == "222.8亿元"} == {"全市"}


def test_a_change_named_after_its_figure_takes_the_time_named_after_that_noun() -> None:
    read = {c.text: c.period for c in extract("Retail sales rose 0.7 percent in May after a 0.4 percent gain in "
                                              "April.", "doc")}
    assert read == {"0.7 percent": "May", "0.4 percent": "April"}


def test_a_participle_before_a_noun_of_movement_names_nothing() -> None:
    read = _measures("Vendors shipped 327.6 million units, registering a growth of 25.2 per cent.")
    assert read[1][2] == read[0][2] == "shipments"


def test_a_label_opening_a_line_names_the_figure_after_its_colon() -> None:
    read = _measures("Apple results.\nShipment volumes (Q3 2014): 39.3 million")
    assert read[0][2] == "shipment volumes"


def test_a_time_after_from_is_a_base_not_the_time_of_the_figure_after_it() -> None:
    read = {c.text: c.period for c in extract("Consumer prices rose 0.4% in February from January, and were up "
                                              "6.0% from a year earlier.", "doc")}
    assert read["0.4%"] == "February" and read["6.0%"] != "January"
