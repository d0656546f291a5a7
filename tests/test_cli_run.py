"""`check run` end to end: real Great Expectations validations, through click's CliRunner and as a process."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from checks.cli import main

from .conftest import ROOT

SUITES = ROOT / "expectations"

CLEAN = "某市统计局发布数据显示，今年前三季度全市社会消费品零售总额达到3200亿元，同比增长6.5%。\n数据来源：某市统计局\n"
IMPOSSIBLE = "调查显示，受访者中线上购物的占比达到120%，平均每月下单6次。\n数据来源：某咨询公司\n"
PROMOTIONAL = "华远科技表示，预计明年华远科技门店将超过500家，最多可为用户节省30%的费用。华远科技将继续投入。\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A working folder with the shipped suites and a seeds folder of texts written for these tests."""
    shutil.copytree(SUITES, tmp_path / "expectations")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (seeds / "promo.txt").write_text(PROMOTIONAL, encoding="utf-8")
    return tmp_path


def invoke(project: Path, *args: str):
    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(project)
    try:
        return runner.invoke(main, ["run", *args], catch_exceptions=False)
    finally:
        os.chdir(cwd)


def test_clean_folder_passes_and_writes_every_report_file(project: Path) -> None:
    result = invoke(project)
    assert result.exit_code == 0, result.output
    reports = project / "reports"
    for name in ("claims.csv", "claims.parquet", "findings.jsonl", "results.json", "index.html"):
        assert (reports / name).is_file(), name
    table = pd.read_parquet(reports / "claims.parquet")
    assert set(table["doc"]) == {"clean.txt", "promo.txt"}
    assert {"source", "source_kind", "scope_mismatch", "doc_chars"} <= set(table.columns)
    results = json.loads((reports / "results.json").read_text(encoding="utf-8"))
    assert [r["suite"] for r in results] == ["claims", "consistency", "support"]
    assert "PASSED" in result.output
    assert not list(reports.glob(".staging-*"))


def test_promotional_figures_are_warnings_naming_why(project: Path) -> None:
    result = invoke(project)
    findings = [json.loads(line) for line in (project / "reports/findings.jsonl").read_text("utf-8").splitlines()]
    promo = {(f["text"], f["expectation"]) for f in findings if f["doc"] == "promo.txt"}
    assert ("超过500家", "expect_column_values_to_not_be_in_set") in promo
    assert all(f["severity"] == "warning" for f in findings)
    messages = " ".join(f["message"] for f in findings if f["doc"] == "promo.txt")
    assert "self-reported" in messages and "projected" in messages and "ceiling" in messages
    assert result.exit_code == 0


def test_fail_on_warning_turns_warnings_into_a_failure(project: Path) -> None:
    assert invoke(project, "--fail-on", "warning").exit_code == 1
    assert invoke(project, "--fail-on", "never").exit_code == 0


def test_a_share_over_100_percent_fails_the_gate_and_is_red_in_the_report(project: Path) -> None:
    (project / "seeds" / "survey.txt").write_text(IMPOSSIBLE, encoding="utf-8")
    result = invoke(project)
    assert result.exit_code == 1, result.output
    assert "FAILED" in result.output and "120%" in result.output
    findings = [json.loads(line) for line in (project / "reports/findings.jsonl").read_text("utf-8").splitlines()]
    critical = [f for f in findings if f["severity"] == "critical"]
    assert [(f["doc"], f["text"]) for f in critical] == [("survey.txt", "120%")]
    finding = critical[0]
    assert {"finding_id", "claim_id", "start", "end", "suite", "expectation", "message"} <= set(finding)
    assert "120%" in finding["message"] and "share" in finding["message"]
    page = (project / "reports/index.html").read_text(encoding="utf-8")
    assert f"claim-{finding['claim_id']}" in page
    assert "critical" in page


def test_runs_are_deterministic_apart_from_the_timestamp(project: Path) -> None:
    invoke(project)
    first = {name: (project / "reports" / name).read_bytes() for name in ("claims.csv", "findings.jsonl")}
    first_page = (project / "reports/index.html").read_text("utf-8")
    invoke(project)
    for name, content in first.items():
        assert (project / "reports" / name).read_bytes() == content, name
    second_page = (project / "reports/index.html").read_text("utf-8")
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
    assert stamp.search(first_page)
    assert stamp.sub("T", first_page) == stamp.sub("T", second_page)


@pytest.mark.parametrize(
    ("suite", "expected"),
    [
        ({"name": "x", "expectations": [{"type": "expect_column_values_to_be_purple", "kwargs": {"column": "value"}}]},
         "unknown expectation type 'expect_column_values_to_be_purple'"),
        ({"name": "x", "expectations": [{"type": "expect_column_values_to_not_be_null",
                                         "kwargs": {"column": "value", "mostly": 1.5}}]},
         "expectation 1 (expect_column_values_to_not_be_null)"),
        ({"name": "x", "expectations": [{"type": "expect_column_values_to_not_be_null",
                                         "kwargs": {"column": "colour"}}]},
         "names column 'colour'"),
        ({"name": "x", "expectations": [{"type": "expect_column_values_to_not_be_null",
                                         "kwargs": {"column": "value"}, "severity": "fatal"}]},
         "severity 'fatal'"),
    ],
)
def test_a_bad_suite_is_one_line_exit_2_and_the_old_report_survives(project: Path, suite: dict, expected: str) -> None:
    assert invoke(project).exit_code == 0
    before = (project / "reports/index.html").read_bytes()
    (project / "expectations" / "zz_bad.json").write_text(json.dumps(suite), encoding="utf-8")
    result = invoke(project)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "zz_bad.json" in lines[0] and expected in lines[0], lines
    assert (project / "reports/index.html").read_bytes() == before


def test_invalid_suite_json_names_the_file_and_line(project: Path) -> None:
    (project / "expectations" / "broken.json").write_text('{"name": "b", "expectations": [\n  {"type": }\n]}')
    result = invoke(project)
    assert result.exit_code == 2
    assert "broken.json: invalid JSON (line 2" in result.output


@pytest.mark.parametrize("setup", ["empty", "missing"])
def test_an_empty_or_missing_seeds_folder_is_exit_2_and_writes_nothing(project: Path, setup: str) -> None:
    assert invoke(project).exit_code == 0
    before = (project / "reports/claims.csv").read_bytes()
    shutil.rmtree(project / "seeds")
    if setup == "empty":
        (project / "seeds").mkdir()
    result = invoke(project)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("check: error:")]
    assert len(errors) == 1 and "seeds" in errors[0]
    assert (project / "reports/claims.csv").read_bytes() == before


def test_an_undecodable_document_is_exit_2_but_the_others_are_reported(project: Path) -> None:
    (project / "seeds" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = invoke(project)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("check: error:")]
    assert len(errors) == 1 and "image.txt" in errors[0]
    table = pd.read_csv(project / "reports/claims.csv")
    assert set(table["doc"]) == {"clean.txt", "promo.txt"}


def test_check_suites_lists_expectations_in_plain_words(project: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["suites", "--expectations", str(project / "expectations")])
    assert result.exit_code == 0
    assert "value lies between 0 and 100, where kind is share" in result.output
    assert "warning" in result.output and "critical" in result.output


def test_as_a_real_process(project: Path) -> None:
    executable = Path(sys.executable).parent / "check"
    (project / "seeds" / "survey.txt").write_text(IMPOSSIBLE, encoding="utf-8")
    completed = subprocess.run([str(executable), "run"], cwd=project, capture_output=True, text=True, timeout=120,
                               check=False)
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert "FAILED" in completed.stdout
    assert (project / "reports/index.html").is_file()


def _run_on_a_terminal(tmp_path: Path, extra_env: dict[str, str],
                       arguments: tuple[str, ...] = ()) -> tuple[str, str]:
    """`check run` (or ``arguments``) with standard error on a pseudo-terminal, as a user at a terminal sees it:
    (stdout, stderr)."""
    import pty  # noqa: F401  (Linux and macOS; the test is skipped where there is none)

    from .conftest import check_executable

    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")} | extra_env
    arguments = arguments or ("run", str(ROOT / "seeds"), "--reports", str(tmp_path / "r"))
    process = subprocess.Popen([check_executable(), *arguments],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal's other end is closed: the process ended
            break
        if not data:
            break
        chunks.append(data)
    stdout = process.stdout.read() if process.stdout else b""
    process.wait(timeout=120)
    os.close(master)
    return stdout.decode("utf-8"), b"".join(chunks).decode("utf-8", errors="replace")


STAGES = ("reading documents", "extracting claims", "reading relations", "validating", "writing the report")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_a_terminal_shows_each_stage_and_the_summary_stays_clean(tmp_path: Path) -> None:
    stdout, stderr = _run_on_a_terminal(tmp_path, {})
    assert [stage for stage in STAGES if stage in stderr] == list(STAGES)
    assert not any(stage in stdout for stage in STAGES) and "claims" in stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_a_ci_log_shows_no_progress_even_on_a_terminal(tmp_path: Path) -> None:
    _stdout, stderr = _run_on_a_terminal(tmp_path, {"CI": "true"})
    assert not any(stage in stderr for stage in STAGES)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_extract_shows_its_progress_on_a_terminal_and_writes_only_claims_to_its_output(tmp_path: Path) -> None:
    stdout, stderr = _run_on_a_terminal(tmp_path, {}, ("extract", str(ROOT / "seeds"), "--format", "jsonl"))
    assert "extracting claims" in stderr and "extracting" not in stdout
    assert all(json.loads(line)["doc"] for line in stdout.splitlines())


def test_a_negative_count_fails_the_gate_but_a_fall_in_a_count_does_not(project: Path) -> None:
    (project / "seeds" / "jobs.txt").write_text(
        "The change in payrolls for March was revised from -120,000 to -185,000.\n", encoding="utf-8")
    assert invoke(project).exit_code == 0  # a change in a count may be negative
    (project / "seeds" / "shops.txt").write_text("全市门店数量为-3家。\n", encoding="utf-8")
    result = invoke(project)
    assert result.exit_code == 1, result.output
    findings = [json.loads(line) for line in (project / "reports/findings.jsonl").read_text("utf-8").splitlines()]
    assert [(f["doc"], f["text"]) for f in findings if f["severity"] == "critical"] == [("shops.txt", "-3家")]
