"""Misses and misreadings of clean15/ and planted14 (blind at stop 32, tuned on since) in general form, each on
sentences written for this test: the clean text passes the gate, and its neighbour with one figure changed is
flagged by the relation named."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged

_CITIES = ("与上月相比，70个大中城市中，价格下降的城市有{down}个，持平的城市有6个，上涨的城市有12个。"
           "环比价格上涨的城市中，涨幅均未超过0.5%。")


def test_members_counted_at_their_clauses_ends_add_up_to_no_more_than_the_group() -> None:
    assert flagged(_CITIES.format(down="52")) == []
    assert [r for r in flagged(_CITIES.format(down="62")) if r[0] == "parts_vs_total"] == [
        ("parts_vs_total", "70个 | 62个 | 6个 | 12个")]


_BATTERIES = ("2月，我国动力电池产量共计42.5GWh，同比增长180.1%。其中三元电池产量15.3GWh，占总产量{share}%，"
              "同比增长95.6%；磷酸铁锂电池产量27.1GWh，占总产量63.8%，同比增长260.3%。")


def test_a_battery_chemistry_is_no_sum_of_money_and_gwh_keeps_its_hour() -> None:
    claims = extract(_BATTERIES.format(share="36.0"), "doc")
    assert [c.text for c in claims if c.kind == "level"] == ["42.5GWh", "15.3GWh", "27.1GWh"]
    assert {c.text: c.metric for c in claims}["15.3GWh"] == "三元电池产量"


def test_a_percent_rise_after_an_amount_and_its_share_is_the_amounts() -> None:
    claims = {c.text: c for c in extract(_BATTERIES.format(share="36.0"), "doc")}
    assert claims["95.6%"].level_after == 15.3 and claims["260.3%"].level_after == 27.1


def test_a_share_of_the_total_named_with_zong_is_of_the_quantitys_total() -> None:
    assert flagged(_BATTERIES.format(share="36.0")) == []
    assert ("share_vs_counts", "15.3GWh | 42.5GWh | 46.0%") in flagged(_BATTERIES.format(share="46.0"))


_HOLIDAY = ("10月1日至7日，全国预计发送旅客3.36亿人次，日均{daily}万人次。其中，铁路预计发送旅客9212.4万人次，"
            "日均1316.1万人次；民航预计发送旅客1025万人次，日均146.4万人次。")


def test_a_daily_average_is_the_total_over_the_days_of_its_range() -> None:
    assert flagged(_HOLIDAY.format(daily="4800")) == []
    assert [r for r in flagged(_HOLIDAY.format(daily="5800"))] == [("share_vs_counts", "3.36亿人次 | 5800万人次")]
    assert flagged(_HOLIDAY.format(daily="4800").replace("1316.1", "1516.1")) == [
        ("share_vs_counts", "9212.4万人次 | 1516.1万人次")]


def test_a_daily_average_of_another_quantity_or_of_unsure_days_is_left_alone() -> None:
    other = "10月1日至7日，铁路累计加开旅客列车8633列，日均开行9458列。"
    assert flagged(other) == []
    two_ranges = "10月1日至7日发送旅客3.36亿人次，日均5800万人次，9月29日至10月6日的同期为2.9亿人次。"
    assert flagged(two_ranges) == []  # 7 days or 8: unsure
    cut = "1月1日至7日，航班83844班，日均11977班。"  # 11977.7 cut to 11977, not rounded
    assert flagged(cut) == []


_TRADE = ("The deficit in goods and services rose 4.1 percent to $51.6 billion in April from $49.6 billion in March. "
          "U.S. exports fell 1.2 percent to {exports}; imports rose 0.4 percent to $258.9 billion.\n\n"
          "In the first four months of the year, the deficit totalled $198.7 billion.")


def test_a_balance_told_first_is_judged_against_the_exports_and_imports_of_its_paragraph() -> None:
    assert flagged(_TRADE.format(exports="$207.3 billion")) == []
    assert flagged(_TRADE.format(exports="$217.3 billion")) == [
        ("parts_vs_total", "$51.6 billion | $217.3 billion | $258.9 billion")]
    read = {c.text: (c.subject, c.segment) for c in extract(_TRADE.format(exports="$207.3 billion"), "doc")}
    assert read["$207.3 billion"] == ("U.S.", None)  # the nation's own exports, no member of a breakdown


def test_imports_of_goods_and_services_are_all_imports() -> None:
    text = ("The U.S. trade deficit rose 6.2 percent to $58.1 billion in May. Imports of goods and services rose "
            "2.5 percent in May to {imports}. Exports rose 0.9 percent to $171.3 billion in May.")
    assert flagged(text.format(imports="$229.4 billion")) == []
    assert ("parts_vs_total", "$58.1 billion | $171.3 billion | $239.4 billion") in flagged(
        text.format(imports="$239.4 billion"))


def test_a_previous_value_is_the_levels_base_and_its_change_runs_between_them() -> None:
    text = ("4月末外汇储备为32045.87亿美元，前值(3月末)为{previous}亿美元，环比上升约206亿美元，升幅为0.65%。"
            "4月末黄金储备为7296万盎司，前值为7274万盎司，环比增加22万盎司。")
    claims = {c.text: c for c in extract(text.format(previous="31839.87"), "doc")}
    assert claims["约206亿美元"].base_value == 31839.87e8 and claims["约206亿美元"].level_after == 32045.87e8
    assert claims["7274万盎司"].unit == "other" and claims["22万盎司"].base_value == 7274e4
    assert flagged(text.format(previous="31839.87")) == []
    assert ("growth_vs_levels", "31639.87亿美元 | 32045.87亿美元 | 约206亿美元") in flagged(
        text.format(previous="31639.87"))


def test_earlier_levels_listed_by_their_times_are_the_levels_own() -> None:
    text = "公司广告业务营收为52.41亿元，上一季度和去年同期分别为50.86亿元和{ago}亿元，同比增长9.6%。"
    claims = {c.text: c for c in extract(text.format(ago="47.82"), "doc")}
    read = claims["47.82亿元"]
    assert (read.subject, read.segment, read.metric, read.period) == ("公司", "广告业务", "营收", "去年同期")
    assert claims["9.6%"].base_value == 47.82e8 and claims["9.6%"].level_after == 52.41e8
    assert flagged(text.format(ago="47.82")) == []
    assert ("growth_vs_levels", "42.82亿元 | 52.41亿元 | 9.6%") in flagged(text.format(ago="42.82"))


def test_leaders_named_in_order_keep_their_order() -> None:
    asked = "受访者最关心的问题前三名依次是养老、医疗和教育，占比分别为58.1%、{second}%、40.2%。"
    assert flagged(asked.format(second="47.5")) == []
    assert flagged(asked.format(second="37.5")) == [("rank_vs_values", "37.5% | 40.2%")]
    most = "拥有博物馆最多的三省分别为山东{first}家、河南405家、浙江398家。"
    assert flagged(most.format(first="412")) == []
    assert flagged(most.format(first="392")) == [("rank_vs_values", "392家 | 405家")]


def test_the_followers_of_a_leader_come_after_it_in_order() -> None:
    text = "全省平均房价中，杭州为{first}元/平方米，位居榜首，宁波、温州分别以21670元/平方米、19420元/平方米紧随其后。"
    assert flagged(text.format(first="32570")) == []
    assert flagged(text.format(first="20570")) == [("rank_vs_values", "20570元 | 21670元")]


def test_shares_of_the_brackets_of_one_distribution_add_up_to_no_more_than_the_whole() -> None:
    ages = "受访者中，按年龄分，25岁以下占12.4%，25—44岁占51.3%，45岁--60岁占{last}%；按学历分，本科占40.2%。"
    assert flagged(ages.format(last="30.1")) == []
    assert flagged(ages.format(last="40.1")) == [("shares_of_whole", "12.4% | 51.3% | 40.1%")]
    incomes = ("家庭人均月收入在2000元以下的占调查总数的8%，2000-5000元的家庭占总数的{middle}%，5000元以上的"
               "占39%。")
    assert flagged(incomes.format(middle="53")) == []
    assert flagged(incomes.format(middle="63")) == [("shares_of_whole", "8% | 63% | 39%")]


def test_a_headlines_level_and_the_leads_state_one_figure() -> None:
    text = ("春节假期全国预计共发送旅客2.26亿人次\n\n记者从交通运输部获悉，1月22日至27日，"
            "全国预计共发送旅客{lead}亿人次，日均3767万人次。")
    assert flagged(text.format(lead="2.26")) == []
    assert ("restated", "2.26亿人次 | 2.86亿人次") in flagged(text.format(lead="2.86"))
    parts = "小米第三季度智能手机业务收入478亿元\n\n小米集团第三季度总收入781亿元，同比增长8.2%。"
    assert flagged(parts) == []  # a segment's figure and the group's: two quantities


def test_that_compares_with_gives_the_earlier_levels_of_the_sentence_before() -> None:
    text = ("The retailer said its second-quarter profit rose {rate} percent. Net income rose to $84.2 million, or "
            "61 cents per share. That compares with $71.5 million, or 52 cents per share, a year ago.")
    claims = {c.text: c for c in extract(text.format(rate="18"), "doc")}
    assert claims["$84.2 million"].base_value == 71.5e6 and claims["61 cents"].base_value == 0.52
    assert claims["$71.5 million"].metric == claims["$84.2 million"].metric
    assert flagged(text.format(rate="18")) == []
    assert ("growth_vs_levels", "$71.5 million | $84.2 million | 28 percent") in flagged(text.format(rate="28"))


def test_a_level_counted_in_a_longer_noun_phrase_is_the_level_its_change_reaches() -> None:
    text = "The paper ended June with 412,000 paid digital news subscribers, up {rate} percent from 318,000."
    claims = {c.text: c for c in extract(text.format(rate="30"), "doc")}
    assert claims["30 percent"].level_after == 412_000 and claims["30 percent"].base_value == 318_000
    assert flagged(text.format(rate="30")) == []
    assert flagged(text.format(rate="40")) == [("growth_vs_levels", "318,000 | 412,000 | 40 percent")]


def test_the_level_a_change_reached_is_no_restatement_of_the_earlier_months() -> None:
    text = ("The U.S. deficit in international trade of goods and services fell by 4.1% to US$58.3 billion from a "
            "revised US$60.79 billion in May. May's shortfall was previously estimated at US$60.91 billion.\n"
            "U.S. exports rose 1.2% to US$121.7 billion. The deficit with Canada fell to US$4.12 billion.")
    read = {c.text: c.segment for c in extract(text, "doc")}
    assert read["US$58.3 billion"] is None and read["US$4.12 billion"] == "Canada"  # the trade: the whole
    assert flagged(text) == []


def _impossible(text: str) -> list[tuple[str, str]]:
    return [r for r in flagged(text) if r[0] == "grim"]


def test_a_sample_interviewed_and_named_again_is_the_sample_of_the_shares() -> None:
    text = ("本次调查成功访问520人。这520人的基本情况是：男性占{men}%，女性占51.3%。"
            "在95%的置信水平下，抽样误差为±4.3%。")
    assert _impossible(text.format(men="48.7")) == []
    assert _impossible(text.format(men="48.9")) == [("grim", "520人 | 48.9%")]  # 254 of 520 is 48.8%, 255 49.0%


def test_a_sample_named_after_among_in_the_note_on_the_survey() -> None:
    text = ("{share}% of small business owners expect sales to fall this year.\n"
            "The survey was conducted online by a polling firm from May 4-6 among 412 U.S. small business owners.")
    assert _impossible(text.format(share="58")) == []
    assert _impossible(text.format(share="58.1")) == [("grim", "412 | 58.1%")]


def test_a_roundups_next_company_has_its_own_rate() -> None:
    text = ("Acme Foods\n\nNet income rose to $2.31 billion. That compared with $2.12 billion last year.\n\n"
            "Bolt Financial\n\nIts net income fell {rate} percent.")
    assert flagged(text.format(rate="11")) == []
    assert flagged(text.replace("Bolt Financial\n\n", "").format(rate="11")) != []  # no heading: one company


_MARKET = ("沪指开盘3102.45点，最高3128.77点，最低{low}点，全日收于3115.62点，上涨12.31点，涨幅0.40%，"
           "成交额4183.5亿元；深成指开盘9876.10点，最高9950.31点，最低9840.02点，全日收于9901.27点。")


def test_an_index_owns_the_figures_of_its_clauses() -> None:
    read = {c.text: (c.subject, c.metric) for c in extract(_MARKET.format(low="3096.50"), "doc")}
    assert read["3096.50点"] == ("沪指", "最低点位") and read["3115.62点"] == ("沪指", "收盘点位")
    assert read["4183.5亿元"] == ("沪指", "成交额") and read["9840.02点"] == ("深成指", "最低点位")
    assert read["0.40%"] == ("沪指", "收盘点位")


def test_an_indexs_open_and_close_lie_between_its_low_and_high() -> None:
    assert flagged(_MARKET.format(low="3096.50")) == []
    assert flagged(_MARKET.format(low="3106.50")) == [("rank_vs_values", "3106.50点 | 3102.45点")]


def test_the_group_a_sample_counts_among_restates_its_count() -> None:
    text = "全市共有星级饭店312家，其中五星级饭店{told}家。在48家五星级饭店中，有21家属国有。"
    assert flagged(text.format(told="48")) == []
    assert ("restated", "84家 | 48家五星级饭店中，有21家") in flagged(text.format(told="84"))


def test_kinds_named_after_the_figure_before_among_are_its_parts() -> None:
    text = "截至6月底，全国医疗卫生机构98.2万个。医院3.1万个，其中：公立医院11980个，民营医院{private}个。"
    assert flagged(text.format(private="19020")) == []
    assert flagged(text.format(private="29020")) == [("parts_vs_total", "3.1万个 | 11980个 | 29020个")]


def test_a_share_of_a_total_of_two_times_takes_its_own_or_the_leads_time() -> None:
    text = ("3月全国电池装车量同比上升88.1%\n产量方面，2023年3月，我国电池产量共计48.2GWh。其中三元电池产量17.5GWh，"
            "占总产量{march}%。1-3月，我国电池产量累计128.9GWh。其中三元电池产量累计46.1GWh，占总产量{quarter}%。")
    assert flagged(text.format(march="36.3", quarter="35.8")) == []
    assert ("share_vs_counts", "17.5GWh | 48.2GWh | 46.3%") in flagged(text.format(march="46.3", quarter="35.8"))
    assert ("share_vs_counts", "46.1GWh | 128.9GWh | 45.8%") in flagged(text.format(march="36.3", quarter="45.8"))


def test_the_shares_of_a_market_told_seller_by_seller_with_the_rest_add_up_to_no_more_than_all() -> None:
    text = ("Global tablet shipments fell 4 percent to 38.2 million units.\n\nAcme kept the lead with {first} "
            "percent market share.\n\nWith 21 percent market share, Bolt stood second.\n\nCorex shipments rose 5 "
            "percent to 6.1 million units, giving it 16 percent market share.\n\nOther vendors combined held 28 "
            "percent of the market.")
    read = {c.text: (c.subject, c.segment) for c in extract(text.format(first="35"), "doc")}
    assert read["21 percent"] == (None, "Bolt") and read["35 percent"][0] is None
    assert flagged(text.format(first="35")) == []
    assert ("shares_of_whole", "45 percent | 21 percent | 16 percent | 28 percent") in flagged(text.format(first="45"))


def test_a_quantity_said_to_miss_the_estimates_against_the_estimate_given_later() -> None:
    text = ("Harbor Foods\n\nHarbor's quarterly profit rose 4 percent.\n\nBut revenue missed analysts' expectations, "
            "and shares fell.\n\nNet income rose to $410 million, or $1.05 per share. That compared with $395 million, "
            "or $0.99 per share, last year.\n\nRevenue rose 3 percent to $6.21 billion. Analysts expected "
            "{expected} billion.")
    assert flagged(text.format(expected="$6.25")) == []
    assert ("rank_vs_values", "$6.21 billion | $6.05 billion") in flagged(text.format(expected="$6.05"))
