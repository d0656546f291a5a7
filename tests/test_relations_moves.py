"""A movement told in words between two levels with no rate (rose to A from B; A, down from B; 从A增至B): the later
level must lie on the side the word says. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("Operating profit increased to $212.4 million from $230.1 million.", "$230.1 million | $212.4 million"),
        ("Net debt fell sharply to $3.9 billion in June from $3.2 billion.", "$3.2 billion | $3.9 billion"),
        ("The vacancy rate was 6.4%, down from last year's 5.8%.", "5.8% | 6.4%"),
        ("The jobless rate stood at 3.9%, up from 4.3% in May.", "4.3% | 3.9%"),
        ("The jobless rate is put at 3.9% for the latest month, up from 4.3% in May.", "4.3% | 3.9%"),
        ("Free cash flow jumped to $US41.2 million, up from $US47.5 million.", "$US47.5 million | $US41.2 million"),
        ("The trade gap narrowed to $41.2 billion from $38.5 billion.", "$38.5 billion | $41.2 billion"),
        ("全年营业收入由86.3亿元增至79.5亿元。", "86.3亿元 | 79.5亿元"),
        ("库存从420万吨下降到455万吨。", "420万吨 | 455万吨"),
        ("城镇化率从61.2%提高到了58.7%。", "61.2% | 58.7%"),
        ("产量由500万吨降为520万吨。", "500万吨 | 520万吨"),
        ("Sales slumped to $5.6 billion from $5.2 billion.", "$5.2 billion | $5.6 billion"),
        ("Profit rose from $5.6 billion to $5.2 billion.", "$5.6 billion | $5.2 billion"),
        ("The city had 4,500 firms, up from 4,900 a year earlier.", "4,900 | 4,500"),
        ("城镇调查失业率从5.3%回落到5.6%，PPI降幅由3.0%收窄到2.5%。", "5.3% | 5.6%"),  # a rate of another quantity
    ],
)
def test_a_movement_against_its_levels_is_found(text: str, texts: str) -> None:
    assert ("rank_vs_values", texts) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Operating profit increased to $242.4 million from $230.1 million.",
        "The vacancy rate was 5.4%, down from last year's 5.8%.",
        "全年营业收入由76.3亿元增至79.5亿元。",
        "库存从480万吨下降到455万吨。",
        "Profit rose to $5.1 million from $5.1 million.",  # no movement beyond rounding is not a contradiction
        "该校排名从第5位下降到第8位。",  # a rank falls as its number rises
        "排名由第12位提升到第9位。",
        "Profit rose from $5.2 billion to $5.6 billion.",
        "Net income was $812.4 million, or 71 cents per share, up from $640.2 million a year earlier.",
    ],
)
def test_a_movement_that_its_levels_bear_out_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_a_rate_told_with_the_levels_leaves_them_to_growth_vs_levels() -> None:
    # one finding, the rate's, not a second for the word "rose"
    found = flagged("Sales rose 4% to $96.2 million from $98.0 million.")
    assert found == [("growth_vs_levels", "$98.0 million | $96.2 million | 4%")]


def test_levels_of_different_units_are_not_a_movement() -> None:
    assert flagged("Output rose to 3.2 million tonnes from 4.1 million barrels.") == []


def _rows(text: str) -> list[dict]:
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return frame[["relation", "texts", "metric", "stated_low", "stated_high", "implied_low", "implied_high", "gap",
                  "arithmetic"]].to_dict("records")


def test_the_row_gives_both_levels_their_rounding_and_the_words() -> None:
    (row,) = _rows("Operating profit increased to $212.4 million from $230.1 million.")
    assert row == {"relation": "rank_vs_values", "texts": "$230.1 million | $212.4 million",
                   "metric": "Operating profit", "stated_low": 212_350_000.0, "stated_high": 212_450_000.0,
                   "implied_low": 230_050_000.0, "implied_high": 230_150_000.0, "gap": 17_600_000.0,
                   "arithmetic": "$212.4 million is said to be up from $230.1 million, but it is lower"}


def test_a_fall_that_is_a_rise_and_a_rise_that_holds_say_so() -> None:
    (fall,) = _rows("库存从420万吨下降到455万吨。")
    assert fall["arithmetic"] == "455万吨 is said to be down from 420万吨, but it is higher"
    assert fall["gap"] == pytest.approx(455e4 - 0.5e4 - (420e4 + 0.5e4))
    (rise,) = _rows("Operating profit increased to $242.4 million from $230.1 million.")
    assert (rise["gap"], rise["arithmetic"]) == (0.0, "$242.4 million is said to be up from $230.1 million, as it is")


def test_a_rate_after_the_levels_leaves_them_to_growth_vs_levels_and_one_elsewhere_does_not() -> None:
    assert [r["texts"] for r in _rows("营收从80亿元增至70亿元，增长12%。")] == ["80亿元 | 70亿元 | 12%"]
    assert [r["arithmetic"] for r in _rows("营收从80亿元增至70亿元。全年利润增长12%。")] == \
        ["70亿元 is said to be up from 80亿元, but it is lower"]


def test_negative_levels_and_levels_far_apart_in_the_text_are_not_read() -> None:
    assert _rows("净资产由-3.2亿元降至-1.5亿元。") == []
    assert _rows("Operating profit increased sharply and unexpectedly over the course of a long year to "
                 "$212.4 million from $230.1 million.") == []


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("The bank downgraded its 2017 growth outlook to 2.1 percent from 2 percent.", "2 percent | 2.1 percent"),
        ("The gain brought the participation rate up to 64.7 percent in January from 64.9 percent.",
         "64.9 percent | 64.7 percent"),
        ("The unemployment rate fell to 6.0 percent, the lowest since April, from 5.9 percent in September.",
         "5.9 percent | 6.0 percent"),
        ("It would have earned $1.02 per share in the latest quarter, up from $1.05 a year ago.", "$1.05 | $1.02"),
        ("The outlook for 2018 was lifted to 1.7 percent from 1.8 percent.", "1.8 percent | 1.7 percent"),
    ],
)
def test_a_movement_with_an_object_an_aside_or_a_linked_base_is_found(text: str, texts: str) -> None:
    assert ("rank_vs_values", texts) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bank downgraded its 2017 growth outlook to 1.9 percent from 2 percent.",
        "The gain brought the participation rate up to 64.7 percent in January from 64.6 percent.",
        "The unemployment rate fell to 6.0 percent, the lowest since April, from 6.1 percent in September.",
        "It would have earned $1.02 per share in the latest quarter, up from 85 cents a year ago.",
        "The outlook for 2018 was lifted to 1.7 percent from 1.6 percent.",
        "Discounts of up to 40% are offered on fares.",
    ],
)
def test_the_same_movements_that_hold_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        # the verb and a long object before "to": the bank raised its inflation estimate for 2022 to A from B
        ("The bank said it had raised its inflation estimate for 2022 to 7.8% from a previous 8.4%.", "8.4% | 7.8%"),
        # the second pair's verb left out: … and for 2023 to A from B; … and its 2023 forecast to A from B
        ("The bank raised its estimate for 2022 to 7.8% from 6.4% and for 2023 to 3% from 3.5%.", "3.5% | 3%"),
        ("It lowered its 2022 GDP forecast to 3% from 3.1% and its 2023 forecast to 3% from 2.2%.", "2.2% | 3%"),
        # bare decimals told as a move, and a bare number "up from" after a count
        ("Average weekly hours increased to 34.7 from 34.9.", "34.9 | 34.7"),
        ("Consumers plan to buy 23 gifts, up from 25 last year.", "25 | 23"),
    ],
)
def test_a_movement_read_through_a_long_object_a_left_out_verb_or_bare_levels_is_found(text: str,
                                                                                         texts: str) -> None:
    assert ("rank_vs_values", texts) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bank said it had raised its inflation estimate for 2022 to 7.8% from a previous 6.4%.",
        "The bank raised its estimate for 2022 to 7.8% from 6.4% and for 2023 to 3% from 2.5%.",
        # a profit may rise while its amount per share falls (more shares): the per-share pair is no movement told
        "Net income rose to $38.2 million, or 59 cents a share, from $35.5 million, or 60 cents a share.",
        # the second pair's own verb says its way
        "The IMF cut its forecast for 2022 to 3.2% from 3.6% and raised for 2023 to 2.9% from 2.7%.",
        "Average weekly hours increased to 34.7 from 34.6.",
        "Consumers plan to buy 23 gifts, up from 22 last year.",
        # hourly earnings and weekly hours share "average" and nothing they measure
        "Average hourly earnings increased 0.1% in September and 4.7% year over year. "
        "Average weekly hours increased to 34.7 from 34.6.",
    ],
)
def test_the_same_movements_read_so_that_hold_are_not_flagged(text: str) -> None:
    assert flagged(text) == []
