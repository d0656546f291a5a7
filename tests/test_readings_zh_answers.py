"""Which quantity a Chinese survey share is: the answer given, before 的 or after the group that gave it, is the
share's member, not its owner (invented sentences)."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric) for c in extract(text, "doc")}


def test_the_answer_before_de_is_the_member_of_the_share() -> None:
    found = _read("问卷结果显示，表示会继续使用的比例为57.3%，选择放弃的占比为12.9%。")
    assert found["57.3%"] == (None, "表示会继续使用", "比例")
    assert found["12.9%"] == (None, "选择放弃", "占比")


def test_the_group_and_its_answer_after_a_share_without_de() -> None:
    found = _read("问卷结果显示，近四成消费者认为物流太慢。")
    assert found["近四成"] == (None, "认为物流太慢", "消费者占比")


def test_those_named_before_de_zhan_are_the_member_not_an_owner() -> None:
    found = _read("受访居民中，非常满意的占58.6%，比较满意的占31.1%。本次回收问卷472份，由男生填写的占182份。")
    assert found["58.6%"] == (None, "非常满意", "占比")
    assert found["31.1%"] == (None, "比较满意", "占比")  # and no owner carried on to the figures after it
    assert found["472份"][0] is None
    assert found["182份"][1:] == ("男生填写", None)  # a count of the part: no share, its quantity the whole's


def test_a_share_opening_the_clause_after_a_semicolon_answers_for_the_same_group() -> None:
    found = _read("调查显示，76.7%的受访者表示设施更加完善；67.7%表示居住环境得到改善。")
    assert found["67.7%"] == (None, "表示居住环境得到改善", "受访者占比")
    found = _read("从城镇受访者看，37.0%外出就餐次数减少；从乡村受访者看，28.4%外出就餐次数减少。")
    assert found["28.4%"][2] == "乡村受访者占比"  # its own clause's heading names its group
