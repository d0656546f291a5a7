"""Stop 68's forms, each on sentences written for these tests (none copied from a passage).

Read before stop 68's blind set (clean51, planted50) was committed, from planted sets measured before it: a mark said
of every member of a group (均超过百亿元) against the members' figures, told after it with 分别 or in the next clause
with 其中; and the busiest day of a stretch against its daily average."""

from __future__ import annotations

from tests.flags import flagged_of


def test_a_member_below_the_mark_said_of_each_is_flagged() -> None:
    text = "甲、乙、丙三省旅游收入均超过百亿元，分别为120亿元、98亿元和101亿元。"
    assert flagged_of("rank_vs_values", text) == ["98亿元 | 超过百亿元"]
    assert not flagged_of("rank_vs_values", text.replace("98亿元", "108亿元"))


def test_a_mark_below_each_reads_the_other_side() -> None:
    text = "两家银行不良率均低于2%，分别为1.5%和2.4%。"
    assert flagged_of("rank_vs_values", text) == ["2.4% | 低于2%"]


def test_a_named_member_after_of_which_is_one_of_the_group() -> None:
    text = "工商银行、建设银行、农业银行净利润均超过千亿元。其中，工行以980亿元位居榜首。"
    assert flagged_of("rank_vs_values", text) == ["980亿元 | 超过千亿元"]
    assert not flagged_of("rank_vs_values", text.replace("980亿元", "1500亿元"))


def test_a_part_of_the_groups_total_after_of_which_is_no_member() -> None:
    # 沪市 is a part of the turnover of both markets, not one of the days said to pass the mark
    assert not flagged_of("rank_vs_values", "两市连续五日成交额均超过1万亿元。其中，沪市成交4000亿元。")


def test_a_peak_day_below_the_daily_average_is_flagged() -> None:
    text = "假期全市共接待游客800万人次，日均160万人次；单日最高峰出现在5月2日，达150万人次。"
    assert flagged_of("rank_vs_values", text) == ["160万人次 | 150万人次"]
    assert not flagged_of("rank_vs_values", text.replace("150万人次", "210万人次"))


def test_a_peak_hour_or_last_years_average_is_not_read() -> None:
    hour = "假期日均客流160万人次；高峰小时最高峰出现在5月2日，达30万人次。"
    assert not flagged_of("rank_vs_values", hour)
    last_year = "假期接待游客800万人次，去年日均160万人次；单日最高峰出现在5月2日，达150万人次。"
    assert not flagged_of("rank_vs_values", last_year)


def test_the_peaks_of_listed_parts_are_not_the_wholes() -> None:
    text = "全路日均发送旅客700万人；甲线、乙线最高峰日旅客发送量分别为26万人、9万人。"
    assert not flagged_of("rank_vs_values", text)
