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
