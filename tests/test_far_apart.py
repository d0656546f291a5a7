"""Figures read as one quantity but far apart: a warning that says so, not a failed gate; a slipped decimal point
stays a failure; figures of different physical units are never one quantity."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table
from checks.relations.apart import FAR_APART, mistyped, slipped, times_apart
from checks.relations.base import Relation
from checks.relations.units import unit_word

from .conftest import ROOT

HEADLINE_AND_TEXT = "公司2023年营业收入{first}，同比增长5%。\n报告期内，公司营业收入{second}。\n"


def _restated(text: str):
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return frame[frame["relation"] == "restated"]


def test_times_apart_of_intervals() -> None:
    assert times_apart((12.615, 12.625), (3.505, 3.515)) == pytest.approx(12.615 / 3.515)
    assert times_apart((1.0, 2.0), (1.5, 3.0)) == 1.0  # overlapping intervals are not apart
    assert times_apart((-5.0, -4.0), (-1.0, -0.5)) == 4.0  # two falls, one four times the other
    assert times_apart((-1.0, 1.0), (2.0, 3.0)) != times_apart((-1.0, 1.0), (2.0, 3.0))  # nan: straddles zero
    assert times_apart((1.0, 2.0), (-3.0, -2.0)) != times_apart((1.0, 2.0), (-3.0, -2.0))  # nan: signs differ


def test_an_interval_that_reaches_zero_is_not_measured() -> None:
    assert math.isnan(times_apart((-1.0, 0.0), (-3.0, -2.0)))
    assert math.isnan(times_apart((0.0, 1.0), (2.0, 3.0)))


def test_a_slip_is_a_power_of_ten_up_to_a_million_within_one_percent() -> None:
    assert slipped((1e6, 1e6), (1.0, 1.0)) and not slipped((1e7, 1e7), (1.0, 1.0))
    assert slipped((100.9, 100.9), (10.0, 10.0)) and not slipped((105.0, 105.0), (10.0, 10.0))
    assert not slipped((5.0, 5.0), (2.0, 2.0))  # 2.5 times: no power of ten


def test_a_power_of_ten_is_a_slip_and_another_factor_is_not() -> None:
    assert slipped((253302.45, 253302.55), (25330.245, 25330.255))  # ten times: a decimal point moved
    assert slipped((4.5, 5.5), (4995.0, 5005.0))  # a thousand times: a unit slipped
    assert not slipped((12.615, 12.625), (3.505, 3.515))
    assert slipped((30.0, 30.0), (2.95, 3.05))  # 30 and 3.0: ten times within the rounding of 3.0
    assert not slipped((25.0, 25.0), (2.95, 3.05))  # 8.3 times: no power of ten
    assert not slipped((1.0, 1.0), (1.0, 1.0))  # the same figure is not a slip


@pytest.mark.parametrize(("written", "other", "typed"), [
    ("1235万元", "135万元", True),  # a digit dropped
    ("135万元", "1235万元", True),  # a digit added
    ("472.8亿元", "427.8亿元", True),  # two neighbours swapped
    ("935万元", "135万元", True),  # one digit changed
    ("12.62万亿元", "3.51万亿元", False), ("8.04万亿元", "1.07万亿元", False), ("3.6亿元", "1.2亿元", False),
    ("482.7亿元", "427.8亿元", False),  # two digits moved, not swapped neighbours
    ("5%", "5%", False), ("3.51", "3.51亿元", False),  # the same digits
])
def test_a_typing_error_is_one_digit_dropped_added_changed_or_two_swapped(written: str, other: str,
                                                                         typed: bool) -> None:
    assert mistyped(written, other) is typed


def test_a_figure_far_from_its_restatement_by_a_typing_error_stays_critical() -> None:
    typo = _restated(HEADLINE_AND_TEXT.format(first="1235万元", second="135万元"))
    assert list(typo["far"]) == [False] and typo["apart"].iloc[0] > FAR_APART


@pytest.mark.parametrize(
    ("text", "word"),
    [("143449万吨", "吨"), ("8254.60万TEU", "teu"), ("5000亿千瓦时", "千瓦时"), ("2.1 million tonnes", "tonnes"),
     ("5万多吨", "吨"), ("300平方米左右", "平方米"), ("3.5m tonnes", "tonnes"), ("三万吨", "吨"), ("三千万吨", "吨"),
     ("两亿千瓦时", "千瓦时"), ("5000千瓦时", "千瓦时"), ("吨", "吨")],
)
def test_unit_word_drops_the_scale(text: str, word: str) -> None:
    assert unit_word({"text": text, "unit": "other"}) == word


def test_restated_far_apart_is_marked_far_and_near_is_not() -> None:
    far = _restated(HEADLINE_AND_TEXT.format(first="12.62亿元", second="3.51亿元"))
    near = _restated(HEADLINE_AND_TEXT.format(first="12.62亿元", second="12.26亿元"))
    slip = _restated(HEADLINE_AND_TEXT.format(first="2533.02亿元", second="253.302亿元"))
    assert list(far["far"]) == [True] and far["apart"].iloc[0] == pytest.approx(3.59) and FAR_APART < 3.59
    assert list(near["far"]) == [False] and near["gap"].iloc[0] > 0
    assert list(slip["far"]) == [False] and slip["gap"].iloc[0] > 0  # ten times apart, yet a typing error


@pytest.mark.parametrize("text", [
    "Output reaches 1.5 million tonnes\n\nThe field's output reached 1.2 million barrels in March, the company said.",
    "港口货物吞吐量14.3亿吨\n\n全年港口货物吞吐量8254.60万TEU。",
    "全市用电量120亿千瓦时\n\n全市用电量150亿千瓦。",
])
def test_a_headline_and_a_figure_of_another_unit_word_are_not_one_amount(text: str) -> None:
    assert _restated(text).empty


def test_tonnes_and_containers_are_never_one_quantity() -> None:
    text = "沿海港口完成货物吞吐量143449万吨。\n其中，沿海港口完成集装箱吞吐量8254.60万TEU。\n"
    assert _restated(text).empty
    same_unit = "沿海港口完成货物吞吐量143449万吨。\n其中，沿海港口完成货物吞吐量143149万吨。\n"
    assert len(_restated(same_unit)) == 1


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    return tmp_path


def _run(project: Path, text: str) -> tuple[int, list[dict]]:
    (project / "docs").mkdir(exist_ok=True)
    (project / "docs" / "a.txt").write_text(text + "数据来源：公司年报\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "checks.cli", "run", "docs", "--reports", "reports"], cwd=project,
                          capture_output=True, text=True, timeout=300)
    findings = [json.loads(line) for line in (project / "reports" / "findings.jsonl").read_text("utf-8").splitlines()]
    return done.returncode, [f for f in findings if f["suite"] == "consistency"]


def test_the_gate_fails_on_a_restatement_a_typing_error_explains_and_warns_on_others(project: Path) -> None:
    status, findings = _run(project, HEADLINE_AND_TEXT.format(first="12.62亿元", second="3.51亿元"))
    assert status == 0
    assert {f["severity"] for f in findings} == {"warning"}
    assert "3.59 times apart and no typing error explains it" in findings[0]["message"]
    status, findings = _run(project, HEADLINE_AND_TEXT.format(first="12.62亿元", second="11.80亿元"))
    assert status == 0  # near, but no slip of the keys: more often two quantities (two periods, a part) than one
    assert {f["severity"] for f in findings} == {"warning"}
    status, findings = _run(project, HEADLINE_AND_TEXT.format(first="12.62亿元", second="12.26亿元"))
    assert status == 1  # two digits swapped
    assert {f["severity"] for f in findings} == {"critical"}
    status, findings = _run(project, HEADLINE_AND_TEXT.format(first="2533.02亿元", second="253.302亿元"))
    assert status == 1  # a decimal point slipped: far apart, still a failure




@pytest.mark.parametrize(("first", "second", "typed"), [
    ("12.62亿元", "12.26亿元", True),  # two neighbours swapped
    ("4344.6万元", "5344.6万元", True),  # one digit changed
    ("2533.02亿元", "253.302亿元", True),  # a decimal point slipped
    ("0.5个百分点", "0.8个百分点", False),  # short figures differ by a digit as any two do
    ("12.62亿元", "11.80亿元", False),
])
def test_a_restatement_is_typed_when_a_typing_error_explains_the_difference(first: str, second: str,
                                                                              typed: bool) -> None:
    rows = _restated(HEADLINE_AND_TEXT.format(first=first, second=second))
    assert list(rows["typed"]) == [typed]


def _stated_twice(first: str, second: str, relation: str = "restated", claims: int = 2) -> Relation:
    """Two statements of one figure (their intervals from the written digits), as a relation of ``relation``."""
    texts = [first, second, second][:claims]
    half = [0.5 * 10.0 ** -len(t.partition(".")[2]) for t in (first, second)]  # the last digit written, rounded
    intervals = [(float(t) - h, float(t) + h) for t, h in zip((first, second), half, strict=True)]
    return Relation("t.txt", relation, tuple({"text": t} for t in texts), None, intervals[0], intervals[1], 0.0, "")


@pytest.mark.parametrize(("first", "second", "typed"), [
    ("125", "152", True),  # two neighbours swapped in three digits
    ("12", "21", False),  # two digits: any two short figures differ so
    ("12", "172", False),  # a digit added, but the shorter figure has two digits
    ("0.125", "0.152", True),  # leading zeros are no digits typed, the rest are three
    ("0.05", "0.08", False),  # one digit after the zeros
    ("0.5", "5", True),  # a decimal point slipped, however short
    ("250", "25", True),  # a power of ten, and a digit dropped
    ("125", "125", False),  # the same figure
])
def test_typed_needs_a_slipped_point_or_a_typing_error_in_three_digits_or_more(first: str, second: str,
                                                                            typed: bool) -> None:
    assert _stated_twice(first, second)._typed() is typed


def test_typed_is_only_of_a_figure_stated_twice() -> None:
    assert _stated_twice("125", "152")._typed()
    assert not _stated_twice("125", "152", relation="parts_vs_total")._typed()
    assert not _stated_twice("125", "152", claims=3)._typed()
