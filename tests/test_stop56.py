"""Forms of stop 56, from the misses of earlier planted sets (not blind), on sentences written for these tests: a
trade balance whose exports and imports are the only ones told lines before it; a whole's rate against its parts'
rates named growth_vs_levels, as readers of a release name it."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged
from tests.flags import flagged_of as _of


def _read(text: str, figure: str) -> dict:
    return next(vars(claim) for claim in extract(text) if claim.text == figure)

RELEASE = ("Exports reached $1,250.4 million in the first half, up 12.0% on a year earlier, while imports came to "
           "$2,310.6 million.\nIn euros, exports rose 9% to €1,120.2 million and imports rose 8% to €2,070.9 million.\n"
           "The trade deficit for the first half stood at ${deficit} million. In euros, the deficit was €{euros} "
           "million.\n")


def test_a_balance_lines_after_the_only_exports_and_imports_of_its_unit_is_their_difference() -> None:
    assert _of("parts_vs_total", RELEASE.format(deficit="1,060.2", euros="950.7")) == []
    assert _of("parts_vs_total", RELEASE.format(deficit="1,160.2", euros="950.7")) == [
        "$1,160.2 million | $1,250.4 million | $2,310.6 million"]
    assert _of("parts_vs_total", RELEASE.format(deficit="1,060.2", euros="990.7")) == [
        "€990.7 million | €1,120.2 million | €2,070.9 million"]


def test_no_balance_is_read_against_sides_told_twice_or_after_another_balance() -> None:
    filler = "Analysts said the port had been busy all month and that shipping rates were steady. " * 3
    once = ("Exports were $120 million in June.\nImports were $150 million.\n" + filler
            + "\nThe deficit was $90 million.\n")
    assert _of("parts_vs_total", once) == ["$90 million | $120 million | $150 million"]
    twice = once.replace("$120 million in June", "$100 million in May and $120 million in June")
    assert _of("parts_vs_total", twice) == []
    after_another = ("Exports were $100 million and imports were $150 million.\nThe goods deficit was $50 million.\n"
                     "The surplus in services was $10 million.\n")
    assert _of("parts_vs_total", after_another) == []


def test_a_whole_s_rate_outside_its_parts_rates_is_a_growth_finding() -> None:
    text = ("全市完成固定资产投资60.00亿元，同比增长{whole}%。其中项目投资35.00亿元，增长10.0%；"
            "房地产投资25.00亿元，同比增长50.0%。")
    assert flagged(text.format(whole="30.0")) == []
    assert flagged(text.format(whole="70.0")) == [("growth_vs_levels", "70.0% | 10.0% | 50.0%")]


def test_a_figure_of_a_sentence_about_a_year_before_is_not_of_the_time_carried_to_it() -> None:
    text = ("Acme Foods reported a loss of $81,000 on sales of $4.2 million in the second quarter ended Sept. 30. That "
            "compared with a loss of $650,000 on sales of $402,000{when}. For the first half of Acme's fiscal year, "
            "the company reported a loss of $433,000 on sales of $7.9 million.")
    assert _of("parts_vs_total", text.format(when=" a year earlier")) == []
    assert _of("parts_vs_total", text.format(when="")) == ["$433,000 | $650,000"]  # (no earlier time: the quarter's)


def test_members_listed_under_a_plural_superlative_lead_together() -> None:
    text = "The biggest {what} in the south-west (0.9%), east midlands (1%), north-east (1%) and the Humber (1.3%)."
    assert _of("rank_vs_values", text.format(what="falls were")) == []
    assert _of("rank_vs_values", text.format(what="fall was")) == ["0.9% | 1.3%"]
    group = "北京(13437元/月)、上海(13339元/月)、杭州(11602元/月){what}的平均招聘薪酬最高。"
    assert _of("rank_vs_values", group.format(what="三市")) == []


def test_a_part_singled_out_of_a_member_is_no_rival_of_the_leader() -> None:
    text = ("其中,第一产业新设企业同比增长21.5%,增速最快。第二产业同比增长4.1%,发展势头稳健。第三产业同比增长16.0%,"
            "{how}住宿和餐饮业快速恢复,同比增幅达到38%以上。")
    assert _of("rank_vs_values", text.format(how="特别是")) == []
    assert _of("rank_vs_values", text.format(how="")) == ["21.5% | 38%以上"]


def test_pc_and_pct_are_percents_and_appreciated_is_a_rise() -> None:
    rows = [(c.text, c.kind, c.unit) for c in extract("Net profit rose 8.4pc to Rs12.1bn.")]
    assert rows[0] == ("8.4pc", "growth", "percent")
    assert [(c.text, c.unit) for c in extract("Sales rose 5 pct.")] == [("5 pct", "percent")]
    assert [c.kind for c in extract("The company sold 5 PCs.")] == ["level"]
    moved = extract("The index appreciated by 4.10% to close the week at 52,050.00 from 50,000.00.")
    assert (moved[0].kind, moved[0].direction) == ("growth", "up")
    text = "The index appreciated by {rate}% to close the week at 52,050.00 from 50,000.00."
    assert _of("growth_vs_levels", text.format(rate="4.10")) == []
    assert _of("growth_vs_levels", text.format(rate="6.10")) == ["50,000.00 | 52,050.00 | 6.10%"]


def test_a_rate_and_the_two_levels_it_compares_a_year_apart_after_it() -> None:
    text = ("Arrivals by sea also increased by {rate} percent with a total of 24,480 in 2019 compared with 22,880 "
            "in 2018.")
    assert _of("growth_vs_levels", text.format(rate="7.0")) == []
    assert _of("growth_vs_levels", text.format(rate="9.0")) == ["22,880 | 24,480 | 9.0 percent"]
    two_years = text.replace("in 2018", "in 2017")  # (two years apart: no year-on-year rate of theirs)
    assert _of("growth_vs_levels", two_years.format(rate="9.0")) == []


def test_a_census_total_of_males_and_females_said_after_their_figures() -> None:
    text = ("Population of the state as per the provisional figures of the 2011 census is 112.37 million of which "
            "{males} million (52.00%) are males and 53.94 million (48.00%) are females.")
    assert _read(text.format(males="58.43"), "112.37 million")["metric"] == "Population of the state"
    assert _of("parts_vs_total", text.format(males="58.43")) == []
    assert _of("parts_vs_total", text.format(males="68.43")) == ["112.37 million | 68.43 million | 53.94 million"]


def test_a_level_compared_with_earlier_ones_then_moved_by_the_difference() -> None:
    text = ("截至2023年6月30日，本集团门店总数为512家，与截至2023年3月31日的{earlier}家相比，减少{fewer}家；"
            "与截至2022年6月30日的600家相比，减少88家。")
    assert _of("growth_vs_levels", text.format(earlier="530", fewer="18")) == []
    assert _of("growth_vs_levels", text.format(earlier="530", fewer="28")) == ["530家 | 512家 | 28家"]
    assert _of("growth_vs_levels", text.format(earlier="540", fewer="18")) == ["540家 | 512家 | 18家"]


def test_an_amount_added_to_another_makes_the_total_told_after_it() -> None:
    text = ("全县一般公共预算收入完成80.5亿元，完成年度预算的101.2%。其中：税收收入完成60.1亿元。加上转移性收入"
            "{added}亿元，收入合计120.0亿元。")
    assert _of("parts_vs_total", text.format(added="39.5")) == []
    assert _of("parts_vs_total", text.format(added="49.5")) == ["120.0亿元 | 80.5亿元 | 49.5亿元"]


def test_a_part_after_the_names_of_its_members_is_still_marked_by_its_qi_zhong() -> None:
    text = ("春节长假期间，我州共接待游客150.00万人次。其中，重点监测的古城、奇观、古镇、峡谷、茶峒等8家景区，"
            "累计接待游客{part}万人次。")
    assert _of("parts_vs_total", text.format(part="100.00")) == []
    assert _of("parts_vs_total", text.format(part="180.00")) == ["150.00万人次 | 180.00万人次"]


def test_a_rate_of_three_digits_lets_two_short_levels_sit_at_their_corners() -> None:
    text = "Net profit rose {rate} per cent to Rs9.5bn from Rs7.5bn."
    assert _of("growth_vs_levels", text.format(rate="25.3")) == []  # (9.45 against 7.55: 25.2%)
    assert _of("growth_vs_levels", text.format(rate="24.3")) == ["Rs7.5bn | Rs9.5bn | 24.3 per cent"]
    assert _of("growth_vs_levels", text.format(rate="35")) == ["Rs7.5bn | Rs9.5bn | 35 per cent"]


def test_a_chinese_balance_told_before_stops_the_only_sides_lines_before() -> None:
    filler = "分析人士表示，港口作业总体平稳，航运价格基本稳定，企业订单保持增长。" * 8
    once = "今年前5个月，全省出口1200亿元。\n进口900亿元。\n" + filler + "\n贸易顺差为500亿元。\n"
    assert _of("parts_vs_total", once) == ["500亿元 | 1200亿元 | 900亿元"]
    assert _of("parts_vs_total", "去年贸易顺差为280亿元。\n" + once) == []  # (顺差 names a balance as surplus does)
