"""The Spark engine against the pandas engine: the same corpus through both gives the same claims, relations,
findings, exit status and report files. A real Spark session (local[2]), no mocks.

Skipped only when pyspark is not installed and CHECKS_REQUIRE_SPARK is unset (CI sets it, so there it must run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from checks.engines import (
    AUTO_SPARK_BYTES,
    EngineError,
    corpus_bytes,
    java_installed,
    pick_engine,
    spark_installed,
)

from .conftest import ROOT, SEEDS

needs_spark = pytest.mark.skipif(not spark_installed() and not os.environ.get("CHECKS_REQUIRE_SPARK"),
                                 reason="pyspark is not installed (pip install -e '.[spark]'); CI requires it")
CORPUS = [SEEDS, ROOT / "tests" / "corpus" / "real" / "zh", ROOT / "tests" / "corpus" / "real" / "en"]


@pytest.fixture(scope="module")
def both_engines(tmp_path_factory: pytest.TempPathFactory):
    """The corpus run by each engine, reports written, with one fixed timestamp."""
    from checks.gate.run import run

    folder = tmp_path_factory.mktemp("engines")
    evidence = folder / "evidence.csv"
    evidence.write_text("metric,value,unit,period,source\n新品,400000000,count,今年,海关总署\n"
                        "用户数,35,percent,,国家统计局\n", encoding="utf-8")
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        pandas_run = run(CORPUS, reports=folder / "pandas", evidence=[evidence], engine="pandas",
                         formats=("junit", "sarif", "markdown"), root=ROOT)
        spark_run = run(CORPUS, reports=folder / "spark", evidence=[evidence], engine="spark",
                        spark_master="local[2]", formats=("junit", "sarif", "markdown"), root=ROOT)
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return pandas_run, spark_run


@needs_spark
def test_the_corpus_is_not_trivial(both_engines) -> None:
    pandas_run, _ = both_engines
    assert len(pandas_run.documents) > 100 and len(pandas_run.table) > 2500 and len(pandas_run.relations) > 100
    assert {"supported", "contradicted", "unsupported"} <= set(pandas_run.table["support_status"])
    assert len(pandas_run.validation.findings) > 1000, len(pandas_run.validation.findings)
    assert {f.severity for f in pandas_run.validation.findings} == {"critical", "warning"}


@needs_spark
def test_same_claims_table(both_engines) -> None:
    pandas_run, spark_run = both_engines
    pd.testing.assert_frame_equal(spark_run.table, pandas_run.table)  # same rows, order, columns and dtypes


@needs_spark
def test_same_relations_table(both_engines) -> None:
    pandas_run, spark_run = both_engines
    pd.testing.assert_frame_equal(spark_run.relations, pandas_run.relations)


@needs_spark
def test_same_findings_outcomes_and_exit_status(both_engines) -> None:
    pandas_run, spark_run = both_engines
    assert spark_run.validation.findings == pandas_run.validation.findings  # every field, in the same order
    assert [(f.expectation_id, f.claim_id, f.severity) for f in spark_run.validation.findings] == \
        [(f.expectation_id, f.claim_id, f.severity) for f in pandas_run.validation.findings]
    outcome = lambda o: (o.spec.expectation_id, o.success, o.evaluated, o.unexpected, o.claim_ids)  # noqa: E731
    assert list(map(outcome, spark_run.validation.outcomes)) == list(map(outcome, pandas_run.validation.outcomes))
    assert spark_run.exit_status == pandas_run.exit_status == 1
    assert spark_run.errors == pandas_run.errors and spark_run.documents == pandas_run.documents


@needs_spark
def test_same_report_files(both_engines) -> None:
    pandas_run, spark_run = both_engines
    names = ["claims.csv", "relations.csv", "findings.jsonl", "results.json", "junit.xml", "results.sarif",
             "summary.md", "index.html"]
    for name in names:
        ours, theirs = (run.reports / name for run in (spark_run, pandas_run))
        assert ours.read_bytes() == theirs.read_bytes(), name


def test_engine_choice() -> None:
    assert pick_engine("pandas", [SEEDS]) == "pandas"
    assert pick_engine("auto", [SEEDS]) == "pandas"  # a small corpus: pandas, whether or not pyspark is installed
    assert corpus_bytes([SEEDS]) < AUTO_SPARK_BYTES
    with pytest.raises(EngineError):
        pick_engine("dask", [SEEDS])


def test_auto_picks_spark_above_the_threshold_when_it_can(monkeypatch: pytest.MonkeyPatch) -> None:
    import checks.engines

    monkeypatch.setattr(checks.engines, "AUTO_SPARK_BYTES", 1000)  # seeds/ is larger
    expected = "spark" if spark_installed() and java_installed() else "pandas"
    assert pick_engine("auto", [SEEDS]) == expected
    assert pick_engine("auto", ["-"]) == "pandas"  # standard input: size unknown, counted as 0


def _hide_pyspark(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python cannot import pyspark, installed or not (a sitecustomize blocks it)."""
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.modules['pyspark'] = None\n", encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(tmp_path)}


def test_spark_engine_without_pyspark_is_one_line_and_exit_2(tmp_path: Path) -> None:
    check = Path(sys.executable).with_name("check")
    reports = tmp_path / "reports"
    done = subprocess.run([str(check), "run", str(SEEDS), "--engine", "spark", "--reports", str(reports)],
                          capture_output=True, text=True, env=_hide_pyspark(tmp_path), timeout=120, cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "pip install 'checks[spark]'" in done.stderr, done.stderr
    assert not reports.exists()
    auto = subprocess.run([str(check), "run", str(SEEDS), "--engine", "auto", "--reports", str(reports)],
                          capture_output=True, text=True, env=_hide_pyspark(tmp_path), timeout=300, cwd=ROOT)
    assert auto.returncode == 0 and auto.stderr == "", auto.stderr  # auto falls back to pandas


def test_python_dash_c_runs_to_the_end_with_pyspark_installed() -> None:
    """pyspark's Spark Connect modules exit with status 0 under `python -c` when grpc is missing (GX imports them
    when pyspark is installed): a run must still finish and say so."""
    code = textwrap.dedent("""
        from checks.gate.run import run
        result = run(["seeds"], reports=None)
        print("finished", result.exit_status, len(result.validation.findings))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0 and done.stdout.startswith("finished 0 "), (done.stdout, done.stderr)
    assert done.stderr == "", done.stderr  # and no pandas-3 FutureWarning from pyspark


EDGES = pd.DataFrame({
    # each case: an interval (lower, value, upper) and a span (start, end, doc_chars)
    "claim_id": ["inside", "open-ends", "below", "above", "nan-upper", "no-value", "noise", "bad-span", "past-end",
                 "empty-span"],
    "lower": [1.0, None, 5.0, None, None, 1.0, 0.30000000000000004, 0.0, 0.0, 0.0],
    "value": [2.0, 7.0, 4.0, 9.0, 9.0, None, 0.3, 1.0, 1.0, 1.0],
    "upper": [3.0, None, None, 8.0, float("nan"), 2.0, 0.3, 1.0, 1.0, 1.0],
    "start": [0, 0, 0, 0, 0, 0, 0, -1, 5, 4],
    "end": [1, 1, 1, 1, 1, 1, 1, 2, 11, 4],
    "doc_chars": [10] * 10,
    "doc": ["d"] * 10, "text": ["t"] * 10,
})


@needs_spark
def test_our_expectation_types_flag_the_same_rows_on_both_engines(tmp_path: Path) -> None:
    from checks.engines.spark import session
    from checks.validate import load_suites, validate
    from checks.validate.backends import pyspark_guard

    (tmp_path / "ours.json").write_text(json.dumps({"name": "ours", "expectations": [
        {"type": "expect_claim_value_within_interval", "kwargs": {"column_list": ["lower", "value", "upper"]}},
        {"type": "expect_claim_span_inside_document", "kwargs": {"column_list": ["start", "end", "doc_chars"]}},
    ]}), encoding="utf-8")
    suites = load_suites(tmp_path)
    on_pandas = validate({"claims": EDGES}, suites)
    with pyspark_guard():
        from pyspark.sql import functions as F

        frame = session("local[2]").createDataFrame(EDGES)
        # a NaN (not a null) on Spark, which compares unlike pandas' NaN unless the condition reads it as missing
        frame = frame.withColumn("upper", F.when(F.col("claim_id") == "nan-upper", F.lit(float("nan")))
                                 .otherwise(F.col("upper")))
    on_spark = validate({"claims": frame}, suites)
    flagged = [o.claim_ids for o in on_pandas.outcomes]
    assert flagged == [("below", "above", "no-value"), ("bad-span", "past-end", "empty-span")]
    assert [o.claim_ids for o in on_spark.outcomes] == flagged
