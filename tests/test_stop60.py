"""Forms of stop 60, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from checks.extract import extract


def test_two_after_a_name_ending_in_a_magnitude_is_no_elided_numeral() -> None:
    # 两 is two of a unit or a measure word, never an elided tail (一百二 is 120, 百两 nothing): 中百 is a name
    assert all(claim.value != 120 for claim in extract("亏损的仅有华润和中百两家。"))
    assert [claim.value for claim in extract("共有一千两百家企业参与，一万两千三百人到场。")] == [1200, 12300]
