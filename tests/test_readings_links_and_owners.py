"""Readings that hold across figures: one quantity across its links (checks/extract/en/linked.py), figures
coordinated with the one before them (checks/extract/en/coordinated.py), a Chinese quantity named again by its stem
(checks/extract/zh/stems.py), and Chinese owners that are none (zh/vocabulary.py ACTIONS, zh/owners.py), on
sentences written for these tests."""

from __future__ import annotations

from checks import extract
from checks.extract.claim import Claim


def _read(text: str) -> dict[str, Claim]:
    return {c.text: c for c in extract(text, "doc")}


def test_an_earlier_level_with_no_time_of_its_own_is_of_the_period_before() -> None:
    read = _read("Turnover reached $7.56 billion, up from $7.19 billion.")
    assert read["$7.19 billion"].period == "the period before" and read["$7.56 billion"].period is None
    assert read["$7.19 billion"].metric == read["$7.56 billion"].metric == "turnover"


def test_the_earlier_time_said_after_the_level_names_its_period() -> None:
    read = _read("The lender reported net income of $15.8 million, or 54 cents per share, up from $9.7 million, "
                 "or 31 cents per share, in the year-before period. Inflation eased to 3.2 percent from 4.9 percent "
                 "the previous month.")
    assert read["$15.8 million"].base_value == 9.7e6  # past the per-share figure the grammar reads as none
    assert read["$9.7 million"].period == "a year earlier"
    assert read["4.9 percent"].period == "the previous month" and read["3.2 percent"].period is None


def test_a_stated_earlier_time_is_kept_as_written() -> None:
    read = _read("In the first half of 2024 (1H24) seat miles fell by 3.0% to 7,204,111,000 from 7,426,950,000 in "
                 "1H23. Volume totaled 801.5 million shares vs. 744.2 million Friday.")
    assert read["7,204,111,000"].period == "first half of 2024" and read["7,426,950,000"].period == "1H23"
    assert read["744.2 million"].period == "Friday"


def test_an_expected_or_revised_figure_is_no_earlier_time() -> None:
    read = _read("Revenue: $8.72 billion vs. $8.4 billion expected. Officials revised the forecast for inflation "
                 "to 2.5% from 2.1%. Sales reached $3.3 billion against $3.1 billion in the catalogue business.")
    assert read["$8.4 billion"].period is None
    assert read["2.1%"].period is None
    assert read["$3.1 billion"].period is None  # "against" says nothing of time


def test_a_change_with_no_name_takes_the_name_of_the_level_it_links() -> None:
    read = _read("The advisory arm earned $126 million for the quarter, up 22 per cent from $103 million a year ago.")
    assert read["22 per cent"].metric == "earnings" == read["$103 million"].metric
    assert read["$103 million"].period == "a year ago"


def test_a_coordinated_figure_is_of_the_first_ones_quantity_and_kind() -> None:
    read = _read("This compares with increases of 2.6% in May and 1.9% in April. Deliveries of vans fell 14 per "
                 "cent for Acme and 6.5 per cent for Zenith, the makers said.")
    assert (read["1.9%"].kind, read["1.9%"].direction, read["1.9%"].period) == ("growth", "up", "April")
    assert read["6.5 per cent"].kind == "growth" and read["6.5 per cent"].direction == "down"
    assert read["6.5 per cent"].metric == read["14 per cent"].metric == "Deliveries of vans"
    assert (read["14 per cent"].segment, read["6.5 per cent"].segment) == ("Acme", "Zenith")


def test_a_coordinated_figure_after_a_basis_or_a_bracketed_member_is_of_the_first_ones_kind() -> None:
    read = _read("Core sales of the chain were up by 0.3 per cent MoM and 5.1 per cent YoY in June. Overall nights "
                 "rose on Kauai (up 3.9 percent), Lanai (1.7 percent) and Big Island (6.2 percent).")
    assert (read["5.1 per cent"].kind, read["5.1 per cent"].basis) == ("growth", "YoY")
    assert read["5.1 per cent"].metric == read["0.3 per cent"].metric
    assert (read["1.7 percent"].kind, read["1.7 percent"].segment) == ("growth", "Lanai")
    assert (read["6.2 percent"].kind, read["6.2 percent"].segment) == ("growth", "Big Island")


def test_an_aside_naming_what_a_quantity_is_made_of_leaves_the_quantity_its_verbs() -> None:
    read = _read("Likewise, sales of vans, comprising Cargo and Kombi, rose to 8,120 units from 7,310 a year ago. "
                 "Sales of trucks, including models such as Hauler, Ranger and Mule, rose by 4.2%.")
    assert read["8,120"].metric == "sales of vans" and read["8,120"].subject not in ("Kombi", "Cargo")
    assert read["4.2%"].metric == "Sales of trucks" and read["4.2%"].subject != "Mule"


def test_a_coordinated_share_keeps_its_own_reading() -> None:
    read = _read("Sales rose 4% in May and 30% of buyers paid cash. Output fell 2.2% and a 48.1% share was held. "
                 "Happiness falls to 54% and 41% for Gen X (born 1965-80) and Millennials.")
    assert read["30%"].kind == "share" and read["30%"].metric != "Sales"
    assert read["41%"].segment is None  # a list of members after both figures, not the second figure's own


def test_a_chinese_bare_name_after_a_members_full_name_is_that_members() -> None:
    read = _read("二季度，新城区商品房销售面积31.5万平方米，销售量同比增长12.4%；"
                 "二手房成交面积6.2万平方米，成交量同比减少3.3%。对德国出口额为5.1亿美元，对法国出口额为2.2亿美元。")
    assert read["12.4%"].segment == "商品房" and read["3.3%"].segment == "二手房"
    assert read["2.2亿美元"].segment != "德国"  # its own member is named before it, not the one before


def test_a_chinese_cpi_category_a_tax_name_and_a_spaced_share_keep_their_owner() -> None:
    read = _read("3月份，我市食品烟酒类价格环比上涨1.9%。全省税收收入增长3.1%，其中：国内增值税下降6.2%、个人所得税增长"
                 "8.4%。华为以 18.6% 的市场份额占据第二位。")
    assert (read["1.9%"].subject, read["1.9%"].segment) == ("我市", "食品烟酒类")
    assert (read["6.2%"].subject, read["6.2%"].metric) == ("全省", "国内增值税")
    assert read["8.4%"].subject == "全省"
    assert (read["18.6%"].subject, read["18.6%"].metric) == ("华为", "市场份额")


def test_a_chinese_note_a_cohort_a_span_to_now_and_a_price_unit_are_read_through() -> None:
    read = _read("今年5月份,全市进出口总值312亿元,同比增长(下同)8.6%。2022届本科生平均月薪6120元,2024届为6480元,两年来"
                 "上涨360元。纽约原油期货涨2.1%报71.4美元/桶。")
    assert (read["8.6%"].kind, read["8.6%"].metric) == ("growth", read["312亿元"].metric)
    assert read["6480元"].metric == read["6120元"].metric and read["6480元"].period == "2024届"
    assert read["360元"].metric == read["6120元"].metric
    assert read["71.4美元"].metric == read["2.1%"].metric


def test_a_chinese_work_report_item_or_a_community_is_no_owner() -> None:
    read = _read("今年1-9月，全区一般公共预算支出812.4亿元，同比增长6.1%。加大棚户区改造力度，安排资金35.6亿元。"
                 "城乡社区支出95.2亿元，同比增长3.4%。全区民生支出合计640.5亿元，占财政支出的78.8%。")
    assert read["812.4亿元"].subject == "全区" and read["640.5亿元"].subject == "全区"  # not 城乡社区's
    assert read["35.6亿元"].subject != "加大棚户区"


def test_places_labelling_sentences_of_one_paragraph_own_what_follows_them() -> None:
    read = _read("四川：10月1日-4日，全省接待游客633.8万人次，同比增长1.2%；门票收入2.04亿元。 云南：10月1日-4日，"
                 "全省接待游客597.4万人次，同比增长16.5%；实现旅游收入36.2亿元。 新疆：全区接待游客42.2万人次。")
    assert read["633.8万人次"].subject == "四川" and read["2.04亿元"].subject == "四川"
    assert read["597.4万人次"].subject == "云南" and read["36.2亿元"].subject == "云南"
    assert read["42.2万人次"].subject == "新疆"  # 全区 of an autonomous region


def test_two_sources_figures_are_not_one_statement_made_twice() -> None:
    from checks.relations.sources import two_sources

    assert two_sources({"attribution": "Gartner reported"}, {"attribution": "IDC reported"})
    assert not two_sources({"attribution": "Gartner reported"}, {"attribution": "Gartner said"})
    assert not two_sources({"attribution": None}, {"attribution": "IDC said"})


def test_a_trade_balance_against_the_sides_of_its_own_stated_time_paragraphs_before() -> None:
    from checks.claims.table import claims_table
    from checks.documents.model import Document
    from checks.relations import relations_table

    def balances(text: str) -> list[float]:
        table = claims_table([Document("doc", text, "doc")])
        rows = relations_table(table, {"doc": text})
        return [float(gap) for relation, texts, gap in zip(rows["relation"], rows["texts"], rows["gap"], strict=True)
                if relation == "parts_vs_total" and "$20.50 billion" in texts]

    lead = ("Exports in May were valued at $20.50 billion, down 4.2 percent from a year earlier.\n"
            "Imports in May fell 9.1 percent to $26.40 billion.\n")
    assert balances(lead + "The country's trade deficit narrowed to a low of $5.90 billion in May from $8.12 billion "
                    "reported during the corresponding month of 2023.\n") == [0.0]
    assert balances(lead + "The country's trade deficit narrowed to a low of $6.90 billion in May from $8.12 billion "
                    "reported during the corresponding month of 2023.\n")[0] > 0  # 20.50 less 26.40 is 5.90


def test_a_level_for_its_period_is_linked_to_its_change_and_its_earlier_level() -> None:
    read = _read("The unit earned $212 million for the quarter, up 15 per cent from $184 million a year ago. "
                 "The lender earned $731 million for the quarter ended April 30, up from a profit of $640 million. "
                 "The profit amounted to $2.05 per diluted share for the three-month period, up from $1.83 per "
                 "diluted share.")
    assert read["15 per cent"].level_after == 212e6 and read["15 per cent"].base_value == 184e6
    assert read["$731 million"].base_value == 640e6
    assert read["$2.05"].base_value == 1.83


def test_a_change_apposed_to_a_level_and_its_earlier_level_links_both() -> None:
    read = _read("Imports in May 2024 were USD 41.20 Billion, as compared to USD 35.10 Billion in May 2023, exhibiting "
                 "a positive growth of 17.38%. Cumulative value of imports was USD 210.50 Billion (Rs.17,52,000.10 "
                 "Crore) as against USD 230.25 Billion (Rs.18,90,000.25 Crore) during the period April-May 2023-24, "
                 "registering a negative growth of 8.58% in Dollar terms.")
    assert (read["17.38%"].level_after, read["17.38%"].base_value) == (41.2e9, 35.1e9)
    assert read["17.38%"].metric == "imports"
    assert read["USD 210.50 Billion"].base_value == 230.25e9  # past the level's alternative in brackets
    assert read["USD 230.25 Billion"].period == "the period April-May 2023-24"
    assert (read["8.58%"].level_after, read["8.58%"].base_value, read["8.58%"].direction) == (210.5e9, 230.25e9, "down")


def test_a_quantity_recorded_in_a_place_is_that_places() -> None:
    read = _read("The highest annual rates were observed in Hungary (9.1%), Poland (7.4%) and Latvia (6.0%). "
                 "Revenue did rise 3.3% in the period.")
    assert read["9.1%"].metric == "annual rates" and read["9.1%"].segment == "Hungary"
    assert read["3.3%"].metric == "Revenue"


def test_a_movement_named_alone_before_its_figure_is_a_rate_and_a_coordinated_figure_keeps_its_time() -> None:
    read = _read("Hardware stores recorded the largest increase, 41.2%. Prices increased 2.6% in May, and 1.9% in "
                 "April.")
    assert (read["41.2%"].kind, read["41.2%"].direction) == ("growth", "up")
    assert read["1.9%"].period == "April" and read["2.6%"].period == "May"


def test_a_time_where_an_owner_stands_owns_nothing() -> None:
    read = _read("The merchandise trade deficit for March2024 was estimated at USD11.20Billion as against the deficit "
                 "of USD 9.10 Billion in March2023, which is an increase of 23.08%.")
    assert read["USD11.20Billion"].subject is None and read["USD11.20Billion"].period == "March2024"
    assert (read["23.08%"].level_after, read["23.08%"].base_value) == (11.2e9, 9.1e9)


def test_a_numbered_ranking_runs_down_its_places() -> None:
    from checks.claims.table import claims_table
    from checks.documents.model import Document
    from checks.relations import relations_table

    def broken(text: str) -> list[str]:
        table = claims_table([Document("doc", text, "doc")])
        rows = relations_table(table, {"doc": text})
        return [arithmetic for relation, gap, arithmetic in zip(rows["relation"], rows["gap"], rows["arithmetic"],
                                                                 strict=True)
                if relation == "rank_vs_values" and gap and "place" in arithmetic]

    ranking = ("The film's top markets abroad are:\n1. Japan: $40.2M\n2. Korea: $35.5M\n3. Spain: ${}M\n"
               "4. Peru: $12.0M\n")
    assert broken(ranking.format("21.3")) == []
    assert broken(ranking.format("38.3")) == ["Korea $35.5M (place 2) < Spain $38.3M (place 3)"]
    assert broken(ranking.replace("top markets abroad", "markets abroad").format("38.3")) == []  # no ranking said


def test_per_capita_regional_product_names_no_region() -> None:
    read = _read("全年全县实现地区生产总值152.3亿元，增长6.1%；人均地区生产总值41250元，增长6.4%。")
    assert read["41250元"].subject != "人均地区" and read["41250元"].metric == "人均地区生产总值"


def test_members_named_together_in_one_word_each_own_a_listed_figure() -> None:
    read = _read("国庆期间，东中西部游客接待占比分别为36.1%、33.5%和30.4%。")
    assert [read[f].segment for f in ("36.1%", "33.5%", "30.4%")] == ["东部", "中部", "西部"]
    assert read["33.5%"].metric == "游客接待占比"


def test_a_named_regions_product_keeps_its_region() -> None:
    read = _read("2023年，上虞地区生产总值624.98亿元，增长9.0%。")
    assert read["624.98亿元"].subject == "上虞地区" and read["624.98亿元"].metric == "生产总值"


def test_an_amount_per_head_is_no_restatement_of_the_total() -> None:
    from checks.relations.quantity_names import same_quantity

    assert not same_quantity("人均地区生产总值", "地区生产总值", loose=True)
    assert same_quantity("全市地区生产总值", "地区生产总值", loose=True)
