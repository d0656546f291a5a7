"""What an English figure measures in roundups and lists (several owners or members in one passage), in verbs that
name a quantity, and in survey answers: the forms reviewers found misread, on sentences written for these tests."""

from __future__ import annotations

from checks import extract


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


def test_bracketed_figures_after_a_movement_are_each_member_s_growth() -> None:
    read = _claims("Wool exports rose 2.0 per cent in June. There were rises in Otago (1.5 per cent) and Nelson (0.8 "
                   "per cent). Shipments jumped to Peru (4.1 percent); Chile (3.2 percent). Unemployment was lower in "
                   "Otago (3.9 per cent).")
    for figure in ("1.5 per cent", "0.8 per cent", "4.1 percent", "3.2 percent"):
        assert (read[figure].kind, read[figure].direction) == ("growth", "up"), figure
    assert read["3.9 per cent"].kind != "growth"  # "lower in" compares levels, it moves nothing
