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


def _project(tmp_path: Path) -> Path:
    import shutil

    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("据市统计局数据，全市快递业务量为3.2亿件，同比增长9.5%。\n",
                                             encoding="utf-8")
    return tmp_path


def _suite(project: Path, body: str) -> None:
    (project / "expectations" / "extra.json").write_text(body, encoding="utf-8")


NESTED = "[" * 5000 + "]" * 5000
BAD_INPUTS = {
    "unknown expectation type": (lambda p: _suite(p, '{"name": "x", "expectations": [{"type": "expect_nonsense", '
                                                  '"kwargs": {"column": "value"}}]}'),
                                 ["run", "docs"], "unknown expectation type 'expect_nonsense'"),
    "a string row condition": (lambda p: _suite(p, json.dumps({"name": "x", "expectations": [{
        "type": "expect_column_values_to_be_between", "kwargs": {
            "column": "value", "min_value": 0, "row_condition": "value.__class__.__init__.__globals__['sys']",
            "condition_parser": "pandas"}}]})), ["run", "docs"], "condition_parser"),
    "a row condition string without a parser": (lambda p: _suite(p, json.dumps({"name": "x", "expectations": [{
        "type": "expect_column_values_to_be_between", "kwargs": {
            "column": "value", "min_value": 0, "row_condition": 'kind == "share"'}}]})), ["run", "docs"],
        "must be a Column condition object"),
    "a message with a format spec": (lambda p: _suite(p, json.dumps({"name": "x", "expectations": [{
        "type": "expect_column_values_to_not_be_null", "kwargs": {"column": "value"},
        "meta": {"message": "{text:>300000000}"}}]})), ["run", "docs"], "meta.message may only name fields"),
    "a key twice in a suite": (lambda p: _suite(p, '{"name": "x", "expectations": [], "expectations": []}'),
                               ["run", "docs"], "the key 'expectations' appears twice"),
    "NaN in a suite": (lambda p: _suite(p, '{"name": "x", "expectations": [{"type": '
                                        '"expect_column_values_to_be_between", "kwargs": {"column": "value", '
                                        '"min_value": NaN}}]}'), ["run", "docs"], "NaN is not a number JSON allows"),
    "a deeply nested suite": (lambda p: _suite(p, NESTED), ["run", "docs"], "nested deeper than 64 levels"),
    "a deeply nested baseline": (lambda p: (p / "b.json").write_text(NESTED, encoding="utf-8"),
                                 ["run", "docs", "--baseline", "b.json"], "nested deeper than 64 levels"),
    "reports is a file": (lambda p: (p / "taken").write_text("", encoding="utf-8"),
                          ["run", "docs", "--reports", "taken"], "exists and is not a folder"),
    "reports under a file": (lambda p: (p / "taken").write_text("", encoding="utf-8"),
                             ["run", "docs", "--reports", "taken/reports"], "cannot create the folder it goes in"),
    "reports is /dev/null": (lambda p: None, ["run", "docs", "--reports", "/dev/null"], "exists and is not a folder"),
    "a decimal comma in evidence": (lambda p: _evidence(p, "快递业务量,\"3,2\",亿件,"),
                                    ["run", "docs", "--evidence", "e.csv"], "e.csv: row 1: value '3,2' is ambiguous"),
    "an infinite tolerance": (lambda p: _evidence(p, "快递业务量,3.2,亿件,,inf"),
                              ["run", "docs", "--evidence", "e.csv"], "e.csv: row 1: tolerance 'inf' is not a finite"),
    "a negative tolerance": (lambda p: _evidence(p, "快递业务量,3.2,亿件,,-0.1"),
                             ["run", "docs", "--evidence", "e.csv"], "e.csv: row 1: tolerance -0.1 is negative"),
    "lower above upper": (lambda p: _evidence(p, "快递业务量,3.2,亿件,,,3.5,3.0", header="lower,upper"),
                          ["run", "docs", "--evidence", "e.csv"], "e.csv: row 1: lower 3.5 is above upper 3"),
    "two columns that read alike": (lambda p: _evidence(p, "快递业务量,3.2,亿件,,,3.3", header="Value"),
                                    ["run", "docs", "--evidence", "e.csv"],
                                    "e.csv: columns 'value' and 'Value' both read as 'value'"),
}


def _evidence(project: Path, row: str, header: str = "") -> None:
    columns = "metric,value,unit,period,tolerance" + ("," + header if header else "")
    (project / "e.csv").write_text(columns + "\n" + row + "\n", encoding="utf-8")


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_one_line_exit_2_and_leaves_the_report_alone(tmp_path: Path, case: str) -> None:
    setup, args, expected = BAD_INPUTS[case]
    project = _project(tmp_path)
    setup(project)
    completed = _check(*args, cwd=project)
    assert completed.returncode == 2, (completed.stdout, completed.stderr)
    lines = completed.stderr.splitlines()
    assert len(lines) == 1 and expected in lines[0], completed.stderr
    assert not (project / "reports").exists()  # found before the run: nothing written


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_evidence_in_the_encodings_documents_use_is_read(tmp_path: Path, encoding: str) -> None:
    project = _project(tmp_path)
    (project / "e.csv").write_bytes("metric,value,unit,period\n快递业务量,350000000,count,\n".encode(encoding))
    completed = _check("run", "docs", "--evidence", "e.csv", cwd=project)
    assert completed.returncode == 1 and not completed.stderr, completed.stderr  # the contradiction fails the gate
    claims = (project / "reports" / "claims.csv").read_text("utf-8")
    assert "contradicted" in claims  # 3.2 stated, 3.5 in the evidence: read, matched and compared


def test_one_bad_corpus_line_spares_the_others(tmp_path: Path) -> None:
    project = _project(tmp_path)
    lone_surrogate = json.dumps({"id": "b", "text": "x"}).replace("x", "\\ud800")
    lines = [json.dumps({"id": "a", "text": "营收增长5%。"}), lone_surrogate, "[" * 200 + "]" * 200,
             json.dumps({"id": "c", "text": "净利润增长8%。"})]
    (project / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    completed = _check("run", "news.jsonl", cwd=project)
    assert completed.returncode == 2
    errors = completed.stderr.splitlines()
    assert len(errors) == 2 and all("news.jsonl:" in line for line in errors), completed.stderr
    claims = (project / "reports" / "claims.csv").read_text("utf-8")
    assert "5%" in claims and "8%" in claims


def test_a_fifo_or_device_is_an_error_not_a_wait(tmp_path: Path) -> None:
    import os

    project = _project(tmp_path)
    os.mkfifo(project / "pipe.txt")
    completed = _check("run", "pipe.txt", "/dev/zero", "docs", cwd=project)
    assert completed.returncode == 2
    errors = completed.stderr.splitlines()
    assert len(errors) == 2 and all("not a regular file" in line for line in errors), completed.stderr
    assert any("/dev/zero" in line for line in errors) and any("pipe.txt" in line for line in errors)
    assert "3.2亿件" in (project / "reports" / "claims.csv").read_text("utf-8")  # the rest still checked


def test_the_reports_folder_is_replaced_whole_and_never_read(tmp_path: Path) -> None:
    project = _project(tmp_path)
    first = _check("run", ".", "--format", "junit", cwd=project)
    assert first.returncode == 0, first.stderr
    assert (project / "reports" / "junit.xml").exists()
    second = _check("run", ".", cwd=project)  # the first run's report lies among the documents now
    assert second.returncode == 0, second.stderr
    assert not (project / "reports" / "junit.xml").exists()  # no file of an earlier run beside this run's
    assert "relations.csv" not in second.stderr
    assert [p.name for p in project.iterdir() if p.name.startswith(".reports.")] == []


def test_a_killed_runs_leftovers_are_cleaned(tmp_path: Path) -> None:
    import os
    import time

    project = _project(tmp_path)
    stale = project / ".reports.staging-abc"
    stale.mkdir()
    old = time.time() - 7200
    os.utime(stale, (old, old))
    (project / ".reports.old-def").mkdir()
    assert _check("run", "docs", cwd=project).returncode == 0
    assert [p.name for p in project.iterdir() if p.name.startswith(".reports.")] == []


def test_same_input_same_files(tmp_path: Path) -> None:
    """Two runs write the same bytes in every file; the run's timestamp is the one difference, and
    SOURCE_DATE_EPOCH fixes it."""
    import os

    project = _project(tmp_path)
    (project / "docs" / "b.txt").write_text("今年双11期间，一线、二线、三线城市的订单分别占38%、45%和22%。\n",
                                            encoding="utf-8")
    fixed = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    for name in ("one", "two"):
        _check("run", "docs", "--reports", name, "--format", "junit", "--format", "sarif", "--format", "markdown",
               cwd=project, env=fixed)
    one, two = project / "one", project / "two"
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir()) and "results.json" in names and "junit.xml" in names
    assert [n for n in names if (one / n).read_bytes() != (two / n).read_bytes()] == []
    assert b"2023-11-14T22:13:20+00:00" in (one / "index.html").read_bytes()


def test_great_expectations_is_the_version_the_gate_was_tested_with() -> None:
    """The validation backend imports GX internals; an upgrade must fail here first, not in a user's gate."""
    import importlib.metadata
    import re

    pinned = re.search(r'"great_expectations==([\d.]+)"', (ROOT / "pyproject.toml").read_text("utf-8"))
    assert pinned is not None, "pyproject.toml pins great_expectations exactly"
    assert importlib.metadata.version("great_expectations") == pinned.group(1)
    from great_expectations.expectations.metrics.map_metric_provider import (  # noqa: F401
        MulticolumnMapMetricProvider,
        multicolumn_condition_partial,
    )
    from great_expectations.expectations.registry import get_expectation_impl  # noqa: F401


def test_a_revision_with_dot_dot_entries_writes_nothing_outside(tmp_path: Path) -> None:
    """A crafted tree holds seeds/../escaped.txt: check diff refuses it with one line, and writes nothing."""
    import shutil

    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str, stdin: str | None = None) -> str:
        return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
                              input=stdin, capture_output=True, text=True, check=True).stdout.strip()

    git("init", "-q")
    blob = git("hash-object", "-w", "--stdin", stdin="营收增长5%。\n")
    inner = git("mktree", stdin=f"100644 blob {blob}\tescaped.txt\n")
    dots = git("mktree", stdin=f"040000 tree {inner}\t..\n")
    top = git("mktree", stdin=f"040000 tree {dots}\tseeds\n")
    commit = git("commit-tree", top, "-m", "crafted")
    shutil.copytree(ROOT / "expectations", repo / "expectations")
    (repo / "seeds").mkdir()
    (repo / "seeds" / "a.txt").write_text("营收增长6%。\n", encoding="utf-8")
    before = set(Path(tempfile_root()).iterdir())
    completed = _check("diff", commit, "--", "seeds", cwd=repo)
    assert completed.returncode == 2
    assert completed.stderr.splitlines() == [
        "check: error: a revision holds the path 'seeds/../escaped.txt', which would leave the temporary folder; "
        "refused"]
    assert not any(p.name == "escaped.txt" for p in set(Path(tempfile_root()).iterdir()) - before)


def tempfile_root() -> str:
    import tempfile

    return tempfile.gettempdir()


def test_names_cannot_forge_or_silence_github_annotations(tmp_path: Path) -> None:
    """A JSONL id holding a line break and a workflow command is printed on one line, its :: escaped."""
    import os

    project = _project(tmp_path)
    forged = "a\n::error file=x::forged\n::stop-commands::tok"
    (project / "news.jsonl").write_text(json.dumps({"id": forged, "text": "调查显示，受访者中每周网购的比例达到120%。"})
                                        + "\n" + '{"id": "bad\\n::warning::x"}\n', encoding="utf-8")
    completed = _check("run", "news.jsonl", "--format", "github", cwd=project,
                       env={**os.environ, "GITHUB_ACTIONS": "true"})
    assert completed.returncode == 2
    for stream in (completed.stdout, completed.stderr):
        assert not [line for line in stream.splitlines() if line.lstrip().startswith("::")
                    and not line.startswith(("::error file=", "::warning file=", "::notice file="))]
        assert "::stop-commands" not in stream and "::error file=x" not in stream


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    import csv
    import io

    import pandas as pd

    from checks.report.tables import to_csv

    frame = pd.DataFrame({"doc": ["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-2+3", "plain"],
                          "value": [-5.0, 1.0, 2.0, 3.0, 4.0]})
    rows = list(csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8"))))
    assert [r["doc"][0] for r in rows[:4]] == ["'", "'", "'", "'"] and rows[4]["doc"] == "plain"
    assert [r["value"] for r in rows] == ["-5.0", "1.0", "2.0", "3.0", "4.0"]  # numbers stay numbers


def test_document_text_is_inert_in_a_markdown_comment(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "old").mkdir()
    (project / "new").mkdir()
    (project / "old" / "a.txt").write_text("营收增长5%。\n", encoding="utf-8")
    (project / "new" / "a.txt").write_text("据公司公告，公司今年上半年实现的营业收入<img src=x>[点此](http://e.cn)同比增长6%，"
                                           "净利润同比增长8%，请@octocat关注。\n", encoding="utf-8")
    completed = _check("diff", "old", "new", "--format", "markdown", cwd=project)
    assert completed.returncode in (0, 1), completed.stderr
    out = completed.stdout
    assert "<img" not in out and "](http" not in out and "@octocat" not in out
    assert "&lt;img" in out and "&#64;octocat" in out


def test_a_message_template_is_filled_field_by_field_and_its_braces_stay_text() -> None:
    from checks.validate.suites import ExpectationSpec
    from checks.validate.wording import message_for

    def spec(message: str) -> ExpectationSpec:
        return ExpectationSpec("s#1", "s", 1, "expect_column_values_to_not_be_null", {}, "info", None,
                               {"meta": {"message": message}})

    row = {"text": "超5%", "value": 5.0, "source": None, "metric": "营收"}
    assert message_for(spec("{text} of {metric}: {value}, {{source}} {source}|{missing}"), row) == \
        "超5% of 营收: 5, {source} |"
    assert message_for(spec("no fields at all"), row) == "no fields at all"


def test_findings_made_column_by_column_are_those_made_row_by_row() -> None:
    """The pandas backend builds the claims table's findings from columns (a million findings in seconds); they
    are the findings the row-by-row path gives, field for field and in the same order."""
    from checks.claims import claims_table
    from checks.documents import read_paths
    from checks.relations import relations_table
    from checks.validate import load_suites, validate
    from checks.validate.backends.gx_suites import row_findings
    from checks.validate.backends.pandas_gx import PandasTables

    documents, _ = read_paths([ROOT / "tests/corpus/real/zh", ROOT / "tests/corpus/real/en", ROOT / "seeds"])
    claims = claims_table(documents)
    relations = relations_table(claims, {d.doc: d.text for d in documents})
    suites = load_suites(ROOT / "expectations")
    validation = validate({"claims": claims, "relations": relations}, suites)
    table_of = {suite.name: suite.table for suite in suites}
    failed = [(o, table_of[o.spec.suite]) for o in validation.outcomes if not o.success]
    by_rows = row_findings(PandasTables({"claims": claims, "relations": relations}), failed)
    assert {f.expectation for f in validation.findings} >= {"expect_column_values_to_not_be_null",
                                                             "expect_column_values_to_not_be_in_set"}
    assert len(validation.findings) > 1000 and list(validation.findings) == by_rows
    assert any("(" in f.message and ")" in f.message for f in validation.findings)  # fields were filled in
