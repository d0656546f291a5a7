"""Forms read at stop 41 from clean26's false alarms (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_budget_before_its_completion_ratio_is_no_level_of_the_comparison() -> None:
    text = "1-9月一般公共预算收入12,345万元,为全年预算20,480万元的60.3%,比上年同期10,120万元增收2,225万元,增长22.0%。"
    read = {c.text: c for c in extract(text, "zh_t.txt")}
    assert read["2,225万元"].level_after == 12345e4 and read["22.0%"].metric == "一般公共预算收入"
    assert read["60.3%"].kind == "ratio"
    assert flagged(text) == []
    assert flagged(text.replace("22.0%", "27.0%")) == [("growth_vs_levels", "2,225万元 | 12,345万元 | 27.0%")]


def test_completion_ratios_of_a_budget_are_no_shares_of_one_whole() -> None:
    text = ("全县收入预计完成8000万元,占调整预算的100%,同比下降5.0%,"
            "全县支出预计完成40000万元,占调整预算的100%,同比增长20.0%。")
    read = extract(text, "zh_t.txt")
    assert [c.kind for c in read if c.text == "100%"] == ["ratio", "ratio"]
    assert [c.level_after for c in read if c.kind == "growth"] == [8000e4, 40000e4]
    assert flagged(text) == []


def test_comparable_sales_growth_is_not_held_to_the_net_sales_levels() -> None:
    assert flagged("Comparable sales increased 1.5% in the quarter. Net sales decreased to $5.0 billion from "
                   "$5.3 billion.") == []
    sales = "The store chain's net sales rose 6% in the quarter. Net sales increased to $5.3 billion from $5.0 billion."
    assert flagged(sales) == []
    assert flagged(sales.replace("6%", "9%")) == [("growth_vs_levels", "$5.0 billion | $5.3 billion | 9%")]


def test_a_quarter_rate_is_not_the_full_year_rate() -> None:
    text = ("Its fourth-quarter net income rose 30 percent. For the full year, net income grew 20 percent to "
            "$120 million, up from $100 million.")
    assert {c.text: c.period for c in extract(text, "en_t.txt")}["20 percent"] == "full year"
    assert flagged(text) == []
    assert flagged(text.replace("grew 20", "grew 25")) == [("growth_vs_levels", "$100 million | $120 million | "
                                                                                  "25 percent")]


def test_industry_after_the_secondary_sector_is_its_part() -> None:
    text = ("2024年全区地区生产总值为90.38亿元。第二产业增加值36.42亿元,增长6.3%,其中工业增加值27.07亿元,增长8.9%;"
            "第三产业增加值37.87亿元。")
    assert flagged(text) == []
    assert flagged(text.replace("27.07", "37.07")) == [("parts_vs_total", "36.42亿元 | 37.07亿元")]


def test_moves_in_words_read_past_a_unit_a_long_clause_and_a_total() -> None:
    rose = "Sales of small cars rose to 29,574 units as compared with 24,936 in the same month last year."
    assert flagged(rose) == []
    assert flagged(rose.replace("24,936", "34,936")) == [("rank_vs_values", "34,936 | 29,574")]
    down = ("52.3 percent said the state of the U.S. economy will affect their spending plans, down from 62.2 percent "
            "last year.")
    assert flagged(down) == []
    assert flagged(down.replace("62.2", "42.2")) == [("rank_vs_values", "42.2 percent | 52.3 percent")]
    summed = "July increased from 159,000 to 166,000, for a total net gain of 45,000."
    assert flagged(summed) == []
    assert flagged(summed.replace("166,000", "156,000")) == [("rank_vs_values", "159,000 | 156,000")]
    assert flagged("The bank slashed its forecast to 7 per cent from 6.2 per cent.") == [
        ("rank_vs_values", "6.2 per cent | 7 per cent")]
