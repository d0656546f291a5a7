"""Forms read at stop 45 (sentences written for this test)."""

from __future__ import annotations

from .flags import flagged


def _parts(text: str) -> list[tuple[str, str]]:
    return [r for r in flagged(text) if r[0] == "parts_vs_total"]


def test_a_kind_written_into_the_wholes_name_is_a_part_of_it() -> None:
    text = ("前三季度，全市规模以上服务业实现营业收入900.0亿元，同比增长5.0%。"
            "全市规模以上高技术服务业实现营业收入300.0亿元，同比增长7.0%。")
    assert _parts(text) == []
    assert _parts(text.replace("300.0亿元", "950.0亿元")) == [("parts_vs_total", "900.0亿元 | 950.0亿元")]


def test_an_industry_of_the_industries_the_whole_counts_is_a_part_of_it() -> None:
    text = ("1-10月，全区完成规模以上服务业营业收入100.0亿元，同比增长10.0%。"
            "交通运输仓储和邮政业营业收入40.0亿元，增长20.0%。")
    assert _parts(text.replace("40.0亿元", "140.0亿元")) == [("parts_vs_total", "100.0亿元 | 140.0亿元")]


def test_words_that_widen_a_name_or_make_it_net_make_no_part() -> None:
    # 旅游总收入 is the whole of 旅游收入; 营业外收入 no part of 营业收入; a narrower group's profit may exceed it
    assert _parts("全市旅游收入100亿元。全市旅游总收入120亿元。") == []
    assert _parts("公司营业收入100亿元。公司营业外收入120亿元。") == []
    assert _parts("全市规上工业企业利润100亿元。全市规上高技术工业企业利润120亿元。") == []
    # a word added at the end makes another measure
    assert _parts("全市出口100亿元。全市出口交货值120亿元。") == []


def test_a_results_comparative_after_a_change_is_its_earlier_level() -> None:
    text = "Group revenue was £2.10 billion, up 20.0% (2015: £1.75bn)."
    assert flagged(text) == []
    assert flagged(text.replace("20.0%", "30.0%")) == [("growth_vs_levels", "£1.75bn | £2.10 billion | 30.0%")]
    # last year's rate in the bracket is no earlier level
    assert flagged("Revenue growth of 30.0% (2015: 25.0%) took revenue to £2.10 billion.") == []


def test_growth_at_constant_currency_and_as_reported_are_two_measures() -> None:
    text = ("Group revenue increased by 10.6% to £2.10 billion on a constant currency basis; up 20.0% on a reported "
            "basis (2015: £1.75bn).")
    assert flagged(text) == []
    assert flagged(text.replace("20.0%", "30.0%")) == [("growth_vs_levels", "£1.75bn | £2.10 billion | 30.0%")]


def test_another_time_or_stage_written_into_a_name_makes_no_part() -> None:
    assert _parts("全市中欧班列累计开行8641列。全市中欧班列历年累计开行7.3万列。") == []
    assert _parts("全市离婚登记6971对。全市离婚预约登记13588对。") == []
    # a word before the whole's bare name names another thing as often as a kind of it
    assert _parts("玩具出口额7.48亿美元。欧盟出口额18.7亿美元。") == []


def test_a_total_and_its_earlier_level_around_a_figure_per_share() -> None:
    text = ("For the three months ended March 31, the company reported net income of $78.1 million, or 1 cent per "
            "share, up 88% from $41.6 million, also 1 cent per share, in the same period a year earlier.")
    assert flagged(text) == []
    assert flagged(text.replace("88%", "68%")) == [("growth_vs_levels", "$41.6 million | $78.1 million | 68%")]


def test_a_trade_gaps_rate_is_not_bounded_by_its_sides_rates() -> None:
    text = ("Romania's trade gap widened 11.3 percent in the first six months. Imports grew 15.3 percent to 27.54 "
            "billion euros, while exports increased 18.1 percent to 16.76 billion euros.")
    assert flagged(text) == []


def test_a_whole_and_a_part_of_no_stated_time_carried_two_times() -> None:
    text = ("Imports grew 15.3 percent in the first half. In June exports reached 3.04 billion euros. Imports stood "
            "at 5.032 billion euros. Versus May imports added 6 percent. Imports from outside the EU advanced 24.4 "
            "percent to 8.42 billion euros.")
    assert _parts(text) == []


def test_a_year_earlier_figure_in_brackets_after_a_part_is_no_part() -> None:
    text = "1—2月，全州规模以上工业企业实现利润总额0.42亿元。其中，国有控股企业实现利润总额0.1亿元(同期亏损0.47亿元)。"
    assert _parts(text) == []
    assert _parts(text.replace("0.1亿元", "0.5亿元")) == [("parts_vs_total", "0.42亿元 | 0.5亿元")]


def test_one_level_of_governments_revenue_is_no_whole_of_the_taxes() -> None:
    text = ("1-4月，全市一般公共预算收入416亿元。其中，市级一般公共预算收入28.2亿元；区市一般公共预算收入387.8亿元。"
            "全市税收收入282.5亿元，非税收入133.5亿元。")
    assert _parts(text) == []
    assert _parts(text.replace("133.5亿元", "153.5亿元")) == [("parts_vs_total", "416亿元 | 282.5亿元 | 153.5亿元")]


def test_a_mark_passed_then_the_level_with_its_verb_of_output() -> None:
    text = "今年截至11月底，全省港口货物吞吐量突破11亿吨，累计完成11.2亿吨，同比增长3.4%。"
    assert flagged(text) == []
    assert flagged(text.replace("11.2亿吨", "10.2亿吨")) == [("restated", "10.2亿吨 | 11亿吨")]


def test_a_mark_in_hundreds_of_millions_and_a_count_of_shares() -> None:
    text = "今年以来新基金募资总额突破千亿大关，达到1012.9亿份。"
    assert flagged(text) == []
    assert flagged(text.replace("1012.9", "912.9")) == [("restated", "912.9亿份 | 千亿")]


def test_rates_said_to_run_in_double_digits() -> None:
    listed = ("其中泰国、韩国、俄罗斯等6个国家实现两位数增长，泰国增幅达28.8%，韩国增幅达19%。")
    assert flagged(listed) == []
    assert flagged(listed.replace("19%", "9%")) == [("rank_vs_values", "9%")]
    before = ("Imports and exports grew by 10.8%, exports by 11.2% and imports by 10.3%, maintaining double-digit "
              "growth.")
    assert flagged(before) == []
    assert flagged(before.replace("10.3%", "9.3%")) == [("rank_vs_values", "9.3%")]
    named = ("其净利润和营业收入在今年第三季度均以两位数的百分比增长。\n公司实现净利润21.7亿美元，比上年同期增长约32%；"
             "季度营业收入达到72.9亿美元，同比增长23%左右。")
    assert flagged(named) == []
    assert flagged(named.replace("约32%", "约8%")) == [("rank_vs_values", "约8%")]


def test_double_digits_hoped_for_or_of_another_time_say_nothing_of_the_rate() -> None:
    assert flagged("全市社会消费品零售总额增长8.5%，此前连续5年保持两位数增长。") == []
    assert flagged("公司预计明年营收将实现两位数增长。今年营收增长8%。") == []
    assert flagged("全市社会消费品零售总额增长9.5%，连续5年保持两位数增长。") == [("rank_vs_values", "9.5%")]


def test_a_completion_of_the_years_target_task() -> None:
    text = "截止10月底，就业困难人员再就业2291人，完成年目标任务2200人的104.1%。"
    assert flagged(text) == []
    assert flagged(text.replace("104.1%", "114.1%")) == [("share_vs_counts", "2291人 | 2200人 | 114.1%")]


def test_a_fall_from_a_level_a_year_earlier_to_the_later_one() -> None:
    text = "Samsung's market share fell from 32.1% a year earlier to 24.4% by the end of the third quarter."
    assert flagged(text) == []
    assert flagged(text.replace("32.1%", "22.1%")) == [("rank_vs_values", "22.1% | 24.4%")]


def test_english_changes_told_with_their_levels_around_an_aside() -> None:
    higher = "Revenue was 6 percent higher, at $6.13 billion, than revenue of $5.77 billion a year ago."
    assert flagged(higher) == []
    assert flagged(higher.replace("6 percent", "16 percent")) == [
        ("growth_vs_levels", "$5.77 billion | $6.13 billion | 16 percent")]
    falling = ("Single-family housing starts saw a decline of 3.7 percent in March, falling to a rate of 867,000 from "
               "February’s rate of 900,000.")
    assert flagged(falling) == []
    assert flagged(falling.replace("3.7 percent", "8.7 percent")) == [
        ("growth_vs_levels", "900,000 | 867,000 | 8.7 percent")]
    aside = ("The number of visitors rose 12.9 percent to 219,360 in January this year, the highest tourist arrival "
             "month so far in the year compared to 194,280 in the corresponding month last year.")
    assert flagged(aside) == []
    assert flagged(aside.replace("12.9 percent", "19.2 percent")) == [
        ("growth_vs_levels", "194,280 | 219,360 | 19.2 percent")]
    that = "Sirius ended the period with 20.6 million customers. That’s up 9% from 18.9 million a year earlier."
    assert flagged(that) == []
    assert flagged(that.replace("9%", "19%")) == [("growth_vs_levels", "18.9 million | 20.6 million | 19%")]


def test_a_natural_growth_rate_is_the_birth_rate_less_the_death_rate() -> None:
    text = "出生人口1290人，出生率为6.12‰；死亡人口1549人，死亡率为7.35‰；自然增长率为-1.23‰。"
    assert flagged(text) == []
    assert flagged(text.replace("-1.23‰", "-2.23‰")) == [("growth_vs_levels", "6.12‰ | 7.35‰ | -2.23‰")]
    changes = ("出生率11.69‰，比上年下降0.75个千分点；死亡率4.47‰，比上年下降0.33个千分点；"
               "自然增长率7.22‰，比上年下降0.42个千分点。")
    assert flagged(changes) == []


def test_red_team_texts_that_must_pass() -> None:
    # an industry counted apart from the services above the size threshold, or a sibling, is no part of them
    assert _parts("全市规模以上工业营业收入100亿元。建筑业营业收入120亿元。") == []
    assert _parts("全市规模以上服务业营业收入100亿元。住宿和餐饮业营业额120亿元。") == []
    assert _parts("规模以上互联网和相关服务业营业收入100亿元，软件和信息技术服务业营业收入120亿元。") == []
    # a word written into the name that is no kind of it
    assert _parts("全市重点项目投资100亿元。全市重点储备项目投资120亿元。") == []
    # double digits said of the last rate only, of a rate after the words, of a segment or of the year before
    assert flagged("全省进出口增长5.1%，出口增长12.6%，实现两位数增长。") == []
    assert flagged("规上工业增加值增长8.2%，其中高技术制造业增长15.6%，保持两位数增长。") == []
    assert flagged("出口增长8.3%，进口下降12.1%，呈现两位数下降。") == []
    assert flagged("进口下降12.1%，出口增长8.3%，实现两位数增长的是机电产品。") == []
    assert flagged("营业收入和净利润均实现两位数增长。国内业务营业收入增长5.2%，净利润增长18.3%。") == []
    assert flagged("营业收入和净利润均实现两位数增长。上年营业收入增长6%，净利润增长3%。") == []
    assert flagged("营业收入和净利润连续三年实现两位数增长。今年营业收入增长8%。") == []
    # a figure after a mark that names another quantity
    assert flagged("销量突破百万辆大关，完成98万辆的上年销量仅用了10个月。") == []


def test_owners_a_chinese_reading_gives_and_carries() -> None:
    from checks.extract import extract

    def owners(text: str) -> list[str | None]:
        return [c.subject for c in extract(text)]

    assert owners("前5个月，福建省外贸进出口7500亿元。") == ["福建省"]  # 省外 is outside it; 省外贸 is its trade
    assert owners("1-5月，长沙进出口总值432.9亿元。") == ["长沙"]
    assert owners("其中，私人控股企业实现利润总额0.33亿元。") == [None]
    # an owner first named in a ranking's third paragraph owns none of the paragraphs before it
    ranking = ("本周全国省市电影票房排名依次为：广东、江苏、四川。\n广东是本周全国省市电影票房冠军，"
               "票房产出达到5902.14万元。\n四川和北京分别占据第四和五名。四川累计周票房产出2448.11万元。")
    assert owners(ranking)[0] != "四川"
    # a region is no owner of the whole text
    regions = "前三季度，固定资产投资212274亿元，同比增长24.9%。分地区看，东部地区投资增长22.3%。"
    assert owners(regions)[:2] == [None, None]


def test_a_rate_named_only_by_how_it_is_counted_is_no_restatement() -> None:
    text = ("Privately owned housing starts increased 1.9 percent in March to a seasonally adjusted annual rate of "
            "1.319 million. The rate is up from 1.295 million in February.\nSingle-family housing starts saw a "
            "decline of 3.7 percent in March, falling to a rate of 867,000 from February’s rate of 900,000.")
    assert flagged(text) == []


def test_the_shares_of_one_groups_quoted_answers_to_one_question() -> None:
    text = ("其中，17.1%的居民认为“形势较好，就业容易”，50.8%的居民认为“一般”，32.1%的居民认为“形势严峻，就业难”或"
            "“看不准”。")
    assert flagged(text) == []
    assert flagged(text.replace("50.8%", "60.8%")) == [("shares_of_whole", "17.1% | 60.8% | 32.1%")]
    verbless = "26.4%的居民预期下季物价将“上升”，53.9%的居民预期“基本不变”，9.2%的居民预期“下降”，10.6%的居民“看不准”。"
    assert flagged(verbless) == []
    assert flagged(verbless.replace("53.9%", "63.9%")) == [("shares_of_whole", "26.4% | 63.9% | 9.2% | 10.6%")]
    # answers picked from several (选择) may add up to more than 100%
    assert flagged("60%的受访者选择“价格”，50%的受访者选择“品质”。") == []
    # two questions, two sentences
    assert flagged("60%的居民认为“收入增加”。对房价，50%的居民认为“上涨”。") == []
    leaning = ("倾向于“更多消费”的居民占24.8%，比上季回落1.4个百分点；倾向于“更多储蓄”的居民占42.5%，"
               "比上季上升1.7个百分点；倾向于“更多投资”的居民占32.7%，比上季回落0.3个百分点。")
    assert flagged(leaning) == []
    assert flagged(leaning.replace("32.7%", "42.7%")) == [("shares_of_whole", "24.8% | 42.5% | 42.7%")]


def test_a_figure_below_a_titled_rivals_figure() -> None:
    text = "上映首日排片占比20.8%，不及《志愿军2》的22.7%，居第二。"
    assert flagged(text) == []
    assert flagged(text.replace("20.8%", "23.8%")) == [("rank_vs_values", "23.8% | 22.7%")]


def test_clauses_run_on_without_a_full_stop_are_each_read_alone() -> None:
    # (a run-on text is one sentence: each clause's words are read near it, so each repetition is judged once)
    unit = "全区规模以上服务业营业收入108.1亿元，交通运输仓储和邮政业营业收入30.1亿元，"
    assert len(flagged(unit * 3)) == len(flagged(unit)) == 0
    doubled = "营收增长12%，保持两位数增长，"
    assert flagged(doubled * 3) == []
    assert flagged("营收增长9%，保持两位数增长，" * 3) == [("rank_vs_values", "9%")] * 3


def test_a_whole_industrys_total_and_its_domestic_and_international_routes() -> None:
    text = ("今年三季度，民航全行业共完成运输总周转量403.5亿吨公里，旅客运输量2亿人次，货邮运输量231.5万吨，"
            "同比分别增长19.8%、12.3%、19.4%。\n三季度国内、国际航线分别完成运输总周转量266.4亿吨公里、137.1亿吨公里，"
            "同比分别增长8.9%和48.6%。")
    assert flagged(text) == []
    # the whole's rate lies between its parts' (国内 is of 国内/海外 and of 国内/国际: its sibling tells which)
    assert flagged(text.replace("8.9%", "28.9%")) == [("growth_vs_levels", "19.8% | 28.9% | 48.6%")]


def test_a_value_of_a_list_is_no_total_of_the_members_after_it() -> None:
    text = ("一季度，大型商业银行、股份制商业银行、城市商业银行、民营银行、农村商业银行和外资银行分别实现净利润"
            "3083亿元、1315亿元、766亿元、24亿元、737亿元和76亿元。")
    assert flagged(text) == []
