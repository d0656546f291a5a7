"""What the gate promises (README "Guarantees"), each promise tried the way a user would meet its failure."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from .conftest import check_executable

EVERY_VALUE_FAILS = {"name": "every_value", "expectations": [
    {"type": "expect_column_values_to_be_null", "kwargs": {"column": "value"}, "severity": "warning"}]}


def _check(*args: str, cwd: Path, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([check_executable(), *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          **options)


def _figures(count: int) -> str:
    return "".join(f"指标{n}为{n}万件。" for n in range(1, count + 1)) + "\n"


def test_every_finding_is_counted_and_a_baseline_cannot_hide_new_ones(tmp_path: Path) -> None:
    """Beyond any cap: 1,100 flagged claims are 1,100 findings; 100 more fail a baseline of the first 1,100."""
    (tmp_path / "expectations").mkdir()
    (tmp_path / "expectations" / "every_value.json").write_text(json.dumps(EVERY_VALUE_FAILS), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "many.txt").write_text(_figures(1100), encoding="utf-8")
    recorded = _check("baseline", "docs", "--baseline", "accepted.json", cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    accepted = json.loads((tmp_path / "accepted.json").read_text("utf-8"))["accepted"]
    assert len(accepted) == 1100
    (tmp_path / "docs" / "many.txt").write_text(_figures(1200), encoding="utf-8")
    gated = _check("run", "docs", "--baseline", "accepted.json", "--fail-on", "warning", cwd=tmp_path)
    assert gated.returncode == 1, gated.stdout
    assert "100 new" in gated.stdout
    findings = (tmp_path / "reports" / "findings.jsonl").read_text("utf-8").splitlines()
    assert len(findings) == 1200


def _validate_rows(tmp_path: Path, suite: dict, rows: list[dict]):
    import pandas as pd

    from checks.validate import read_suite, validate

    path = tmp_path / "suite.json"
    path.write_text(json.dumps(suite), encoding="utf-8")
    claims = pd.DataFrame(rows)
    for column in ("doc", "text"):
        claims[column] = claims["claim_id"]
    return validate({"claims": claims}, [read_suite(path)])


def test_the_custom_expectations_flag_exactly_the_rows_that_break_them(tmp_path: Path) -> None:
    """A value outside its own interval, a span outside its document; open ends and edges are no failure."""
    suite = {"name": "own", "expectations": [
        {"type": "expect_claim_value_within_interval", "kwargs": {"column_list": ["lower", "value", "upper"]}},
        {"type": "expect_claim_span_inside_document", "kwargs": {"column_list": ["start", "end", "doc_chars"]}}]}
    nan = float("nan")
    rows = [
        {"claim_id": "inside", "lower": 1.0, "value": 2.0, "upper": 3.0, "start": 0, "end": 4, "doc_chars": 4},
        {"claim_id": "open", "lower": nan, "value": 9.0, "upper": nan, "start": 5, "end": 6, "doc_chars": 10},
        {"claim_id": "edge", "lower": 2.0, "value": 2.0, "upper": 2.0, "start": 0, "end": 10, "doc_chars": 10},
        {"claim_id": "above", "lower": 1.0, "value": 4.0, "upper": 3.0, "start": 3, "end": 3, "doc_chars": 10},
        {"claim_id": "below", "lower": 5.0, "value": 4.0, "upper": nan, "start": 8, "end": 11, "doc_chars": 10},
        {"claim_id": "negative", "lower": nan, "value": 1.0, "upper": 0.5, "start": -1, "end": 2, "doc_chars": 10},
    ]
    validation = _validate_rows(tmp_path, suite, rows)
    interval, span = validation.outcomes
    assert not interval.success and set(interval.claim_ids) == {"above", "below", "negative"}
    assert interval.unexpected == 3
    assert not span.success and set(span.claim_ids) == {"above", "below", "negative"}
