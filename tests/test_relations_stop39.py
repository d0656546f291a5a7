"""Forms of results news and releases read at stop 39 (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def _claims(text: str) -> dict:
    return {c.text: c for c in extract(text, "en_t.txt")}


def test_a_move_told_in_words_reaches_past_a_long_time_phrase() -> None:
    text = ("Operating profit fell to $31.5m in the three months to the end of June from $88m in the prior year "
            "period. Its market share slipped to 21.4% during the second quarter from 23.9% in the first quarter.")
    assert flagged(text) == []
    assert flagged(text.replace("from $88m", "from $18m")) == [("rank_vs_values", "$18m | $31.5m")]
    assert flagged(text.replace("to 21.4%", "to 25.4%")) == [("rank_vs_values", "23.9% | 25.4%")]


def test_a_results_glance_list_links_each_line_and_its_rate() -> None:
    text = ("Acme earnings at a glance:\n-Earnings (Q2): $41.20 Mln. vs. $50.10 Mln. last year. "
            "-Earnings Decline (Y-o-Y): -17.8% -Revenue (Q2): $2.05 Bln vs. $2.10 Bln last year. "
            "-Revenue Change (Y-o-Y): -2.4%")
    read = _claims(text)
    assert read["$41.20 Mln"].base_value == 50.10e6
    assert read["-17.8%"].metric == "earnings" and read["-17.8%"].kind == "growth"
    assert flagged(text) == []
    assert flagged(text.replace("-17.8%", "-27.8%")) == [("growth_vs_levels", "$50.10 Mln | $41.20 Mln | -27.8%")]


def test_a_movement_named_before_its_copula_is_a_rate_of_its_quantity() -> None:
    read = _claims("Revenue growth was 6% in the quarter. Sales decline was 3.5%. Climate change was 40%.")
    assert (read["6%"].kind, read["6%"].direction, read["6%"].metric) == ("growth", "up", "Revenue")
    assert (read["3.5%"].kind, read["3.5%"].direction, read["3.5%"].metric) == ("growth", "down", "Sales")
    assert read["40%"].kind == "share"  # climate change moves nothing
    # a rate's movement in percent is in points, and a bare "The increase" names no quantity
    read = _claims("The rate increase was 0.25%. Rates rose again. The increase was 0.2%.")
    assert read["0.25%"].kind != "growth" and read["0.2%"].kind != "growth"


def test_a_fall_written_with_its_sign_restates_the_fall_in_words() -> None:
    text = ("Revenue fell 2.4% to $2.05 billion.\nAt a glance: -Revenue (Q2): $2.05 Bln vs. $2.10 Bln last year. "
            "-Revenue Change (Y-o-Y): -2.4%")
    assert flagged(text) == []


def test_this_is_a_decrease_over_the_quantity_of_an_earlier_level() -> None:
    text = ("The company reported quarterly sales of $4.120 billion, which missed the analyst consensus estimate of "
            "$4.30 billion by 4.19%. This is a 6% decrease over sales of $4.383 billion the same period last year.")
    read = _claims(text)
    assert read["6%"].metric == "sales" and read["6%"].base_value == 4.383e9
    assert flagged(text) == []
    assert flagged(text.replace("a 6% decrease", "a 16% decrease")) == [
        ("growth_vs_levels", "$4.383 billion | $4.120 billion | 16%")]
    # the level told before is of another time: the first nine months are not the quarter the rate compares
    assert flagged("Sales for the first nine months were $8.2 billion. This is a 9% decrease over sales of $3.032 "
                   "billion in the third quarter last year.") == []


def test_a_policy_rate_moved_by_a_multiple_of_25_points_moves_in_basis_points() -> None:
    rate, dow = extract("The central bank raised its policy rate 50 points to 7 percent. The Dow fell 50 points to "
                        "34,000.", "en_t.txt")[::2]
    assert (rate.text, rate.unit, rate.value) == ("50 points", "pp", 0.5)
    assert (dow.text, dow.unit, dow.value) == ("50 points", "other", 50.0)  # an index's points, in its own sentence
    assert flagged("Bank raises policy rate by 50 basis points\nThe bank raised its policy rate 50 points on "
                   "Thursday, to 7 percent.") == []
    # an index beside yields or a benchmark keeps its points
    for text in ("Bond yields rose as the Nifty fell 150 points to 22,000.",
                 "The benchmark S&P/ASX 200 fell 75 points to 7,600.",
                 "The Hang Seng dropped 200 points as interest rates rose."):
        points = [claim for claim in extract(text, "en_t.txt") if claim.text.endswith("points")]
        assert [(claim.unit, claim.value) for claim in points] == [("other", float(points[0].text.split()[0]))]


def test_a_balance_of_one_product_is_no_balance_of_all_trade() -> None:
    text = ("Exports rose to $61.2 billion and imports rose to $45.0 billion. The oil deficit ($12.1 billion) and "
            "the crude deficit ($9.8 billion) were the lowest in three years.")
    assert flagged(text) == []


def test_a_month_is_no_part_of_the_total_to_date() -> None:
    text = "10月全国乘用车零售210.3万辆,同比增长5.1%。今年以来累计零售1,805.2万辆,同比增长8.6%。"
    assert flagged(text) == []


def test_a_price_lies_within_its_52_week_range() -> None:
    text = ("The stock closed the regular session at $21.40 per share. The stock has a 52-week high of $25.10 and a "
            "52-week low of $12.05.")
    assert flagged(text) == []
    assert flagged(text.replace("high of $25.10", "high of $20.10")) == [("rank_vs_values", "$20.10 | $21.40")]
    assert flagged(text.replace("low of $12.05", "low of $22.05")) == [("rank_vs_values", "$21.40 | $22.05")]


def test_a_price_of_another_day_or_stock_or_a_passed_bound_is_not_held_to_the_range() -> None:
    for text in ("Acme stock traded at $22.10 on Tuesday, breaking above its previous 52-week high of $21.40. Its "
                 "52-week low is $12.10.",
                 "The stock had closed at $5.20 in March 2020. The stock has a 52-week high of $19.57 and a 52-week "
                 "low of $7.31.",
                 "The shares were priced at $12 in the IPO. The stock has a 52-week high of $25.57 and a 52-week low "
                 "of $17.31.",
                 "Acme shares closed at $16.65; its 52-week high is $19.57 and its 52-week low is $7.31. Beta Corp "
                 "shares closed at $45.20."):
        assert flagged(text) == [], text
    # the range's own stock, named in the sentence before it, is still held to it
    assert flagged("Acme shares closed at $26.65; its 52-week high is $19.57 and its 52-week low is $7.31. Beta "
                   "Corp shares closed at $45.20.") == [("rank_vs_values", "$19.57 | $26.65")]


def test_a_rate_over_twelve_months_up_from_the_rate_of_the_month_before() -> None:
    text = ("Private rents paid by tenants rose by 3.1 per cent in the 12 months to May, up from 2.8 per cent in the "
            "12 months to April.")
    assert flagged(text) == []
    assert flagged(text.replace("up from 2.8", "up from 3.8")) == [("rank_vs_values", "3.8 per cent | 3.1 per cent")]


def test_a_month_is_no_restatement_of_the_total_to_date() -> None:
    assert flagged("9月份，全国发行新增债券3200亿元。今年以来累计发行新增债券3.2万亿元。") == []


def test_the_one_followed_by_another_comes_first_in_the_order() -> None:
    # the leader's figure followed by its noun, by "respectively", or the follower's after its possessive name
    rose = "Exports to Brazil posted a 23.3% increase, followed by Germany on 13.6% growth."
    assert flagged(rose) == []
    assert flagged(rose.replace("13.6%", "33.6%")) == [("rank_vs_values", "23.3% | 33.6%")]
    owned = "Visitors from the United States reached 22.7 million, followed by Canada's 14.5 million."
    assert flagged(owned) == []
    assert flagged(owned.replace("22.7", "12.7")) == [("rank_vs_values", "12.7 million | 14.5 million")]
    # falls are ordered by their size, whether written in words or with a sign
    fell = ("Imports from Spain and Italy showed decreases of 21.4% and 12.4% respectively, "
            "followed by France (-7.4%) and Greece (-2.1%).")
    assert flagged(fell) == []
    assert flagged(fell.replace("-7.4%", "-17.4%")) == [("rank_vs_values", "12.4% | -17.4%")]
    # a chain in brackets after a leader out of them: its first follower is compared with that leader once
    slumped = "Spain slumped 13.3%, followed by Italy (-6.8%) and Greece (-2.1%)."
    assert flagged(slumped) == []
    assert flagged(slumped.replace("-2.1%", "-12.1%")) == [("rank_vs_values", "-6.8% | -12.1%")]
    # after a group below a bound, the chain's order may run from the bottom: not held to either way
    bound = ("Malta (2.6 percent) and Portugal (2.8 percent) were the only two countries with a rate below 3 percent, "
             "followed by Finland (3.2 percent) and Austria (3.8 percent).")
    assert flagged(bound) == []
