"""What the gate promises (README "Guarantees"), each promise tried the way a user would meet its failure."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, check_executable

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
