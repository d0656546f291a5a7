"""Evidence tables: matching, tolerance, statuses, and what `check run` does with them.

The evidence here is written for these tests; it describes invented cities and companies.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from checks.claims import claims_table
from checks.claims.evidence import EvidenceError, judge, read_evidence, stated_precision
from checks.cli import main
from checks.documents import Document

from .conftest import ROOT

RELEASE = "临江市统计局数据显示，2023年临江市地区生产总值同比增长5.2%，社会消费品零售总额达到2100亿元。\n"


def _table(text: str, evidence_csv: str, tmp_path: Path) -> pd.DataFrame:
    file = tmp_path / "evidence.csv"
    file.write_text(evidence_csv, encoding="utf-8")
    return claims_table([Document("release.txt", text, "release.txt")], evidence=read_evidence(file))


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [("23%", 23, 0.5), ("4.2天", 4.2, 0.05), ("4亿件", 4e8, 5e7), ("超9成", 90, 5), ("5.25%", 5.25, 0.005),
     ("1,234人", 1234, 0.5), ("百分之四十五", 45, 0.5)],
)
def test_stated_precision(text: str, value: float, expected: float) -> None:
    assert stated_precision(text, value) == pytest.approx(expected)


def test_phrase_unit_and_period_match_within_the_stated_precision(tmp_path: Path) -> None:
    table = _table(RELEASE, "metric,value,unit,period,source\n地区生产总值,5.24,percent,2023年,临江市统计年鉴\n"
                            "社会消费品零售总额,210040000000,CNY,2023年,临江市统计年鉴\n", tmp_path)
    growth = table[table["text"] == "5.2%"].iloc[0]
    assert growth["support_status"] == "supported"
    assert growth["evidence_source"] == "临江市统计年鉴"
    assert growth["evidence_difference"] == pytest.approx(5.2 - 5.24)
    retail = table[table["text"] == "2100亿元"].iloc[0]
    assert retail["support_status"] == "supported"  # 2100.4亿 is within 2100亿's precision (±0.5亿)


def test_outside_the_stated_precision_is_contradicted(tmp_path: Path) -> None:
    table = _table(RELEASE, "metric,value,unit,period\n地区生产总值,5.3,percent,2023年\n", tmp_path)
    row = table[table["text"] == "5.2%"].iloc[0]
    assert row["support_status"] == "contradicted"
    assert row["evidence_difference"] == pytest.approx(-0.1)


def test_an_explicit_tolerance_widens_the_match(tmp_path: Path) -> None:
    table = _table(RELEASE, "metric,value,unit,period,tolerance\n地区生产总值,5.3,percent,2023年,0.2\n", tmp_path)
    assert table[table["text"] == "5.2%"].iloc[0]["support_status"] == "supported"


def test_another_period_does_not_match(tmp_path: Path) -> None:
    table = _table(RELEASE, "metric,value,unit,period\n地区生产总值,9.9,percent,2019年\n", tmp_path)
    assert table[table["text"] == "5.2%"].iloc[0]["support_status"] == "unsupported"


def test_explicit_doc_and_metric_keys(tmp_path: Path) -> None:
    table = _table(RELEASE, "doc,metric,value,unit,period\nrelease.txt,社会消费品零售总额,2.1e11,CNY,\n"
                            "other.txt,社会消费品零售总额,1,CNY,\n", tmp_path)
    row = table[table["text"] == "2100亿元"].iloc[0]
    assert row["support_status"] == "supported"
    assert row["evidence_ref"].endswith("evidence.csv:1")


def test_projections_are_unverifiable() -> None:
    row = {"projected": True, "value": 5.0, "unit": "percent", "metric": "增长", "sentence": "", "qualifier": "exact"}
    assert judge(row, [])["support_status"] == "unverifiable"


@pytest.mark.parametrize(
    ("content", "message"),
    [("metric,value,unit\nx,1,percent\n", "missing column period"),
     ("metric,value,unit,period\nx,abc,percent,2023年\n", "row 1: value 'abc' is not a number"),
     ("metric,value,unit,period\n,1,percent,2023年\n", "row 1: metric and unit are required")],
)
def test_malformed_evidence(tmp_path: Path, content: str, message: str) -> None:
    file = tmp_path / "bad.csv"
    file.write_text(content, encoding="utf-8")
    with pytest.raises(EvidenceError, match=message):
        read_evidence(file)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "release.txt").write_text(RELEASE + "数据来源：临江市统计局\n", encoding="utf-8")
    return tmp_path


def _run(project: Path, *args: str):
    cwd = os.getcwd()
    os.chdir(project)
    try:
        return CliRunner().invoke(main, ["run", *args], catch_exceptions=False)
    finally:
        os.chdir(cwd)


def test_a_contradicting_row_fails_the_gate(project: Path) -> None:
    (project / "reference.csv").write_text("metric,value,unit,period,source\n地区生产总值,6.0,percent,2023年,年鉴\n",
                                           encoding="utf-8")
    result = _run(project, "--evidence", "reference.csv")
    assert result.exit_code == 1, result.output
    assert "contradicted" in result.output


def test_evidence_beside_the_documents_is_read(project: Path) -> None:
    (project / "seeds" / "reference.csv").write_text("metric,value,unit,period\n地区生产总值,5.2,percent,2023年\n",
                                                     encoding="utf-8")
    result = _run(project)
    assert result.exit_code == 0, result.output
    table = pd.read_csv(project / "reports" / "claims.csv")
    assert table.loc[table["text"] == "5.2%", "support_status"].item() == "supported"


@pytest.mark.parametrize("content", [None, "metric,value\n地区生产总值,5\n"])
def test_missing_or_malformed_evidence_is_one_line_and_exit_2(project: Path, content: str | None) -> None:
    if content is not None:
        (project / "reference.csv").write_text(content, encoding="utf-8")
    result = _run(project, "--evidence", "reference.csv")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "reference.csv" in lines[0], lines
    assert not (project / "reports").exists()
