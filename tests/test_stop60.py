"""Forms of stop 60, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from checks.extract import extract


def test_two_after_a_name_ending_in_a_magnitude_is_no_elided_numeral() -> None:
    # 两 is two of a unit or a measure word, never an elided tail (一百二 is 120, 百两 nothing): 中百 is a name
    assert all(claim.value != 120 for claim in extract("亏损的仅有华润和中百两家。"))
    assert [claim.value for claim in extract("共有一千两百家企业参与，一万两千三百人到场。")] == [1200, 12300]


def test_a_member_named_after_a_semicolon_of_a_parts_sentence_owns_no_text() -> None:
    text = ("多家商超披露的财报显示，行业整体承压：5家企业营收下滑。其中,华联超市前三季度累计亏损7.10亿元;"
            "中商集团累计亏损5.80亿元。前三季度,行业营收同比下降12.1%。")
    owners = {claim.text: claim.subject for claim in extract(text)}
    assert owners == {"5家": None, "7.10亿元": "华联超市", "5.80亿元": "中商集团", "12.1%": None}
