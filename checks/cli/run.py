"""`check run` (the gate) and `check suites` (the expectations in plain words)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

import click

from checks.cli.common import fail, jobs_option, max_document_option, progress_for, report_errors


@click.command(name="run")
@click.argument("paths", nargs=-1)
@click.option("--expectations", "expectations", default="expectations", show_default=True,
              type=click.Path(file_okay=False), help="Folder of suite files (*.json).")
@click.option("--reports", "reports", default="reports", show_default=True, type=click.Path(),
              help="Folder the report is written to.")
@click.option("--fail-on", type=click.Choice(["critical", "warning", "never"]), default="critical", show_default=True,
              help="The severity at which a failed expectation fails the run (exit 1).")
@click.option("--evidence", multiple=True, type=click.Path(dir_okay=False),
              help="An evidence table (CSV or Parquet: metric, value, unit, period, …); repeatable. Tables among "
                   "the documents' folders are read too.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["junit", "sarif", "github", "markdown"]),
              help="CI formats written beside index.html (repeatable): junit.xml, results.sarif, annotations, "
                   "summary.md.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Fail only on findings this baseline (see `check baseline`) does not accept.")
@jobs_option
@max_document_option
@click.option("--engine", type=click.Choice(["auto", "pandas", "spark"]), default="auto", show_default=True,
              help="Where the pipeline runs: pandas (this process and --jobs workers) or spark (pip install "
                   "'checks[spark]', Java 17+); auto: Spark for documents above 200 MB when pyspark is installed.")
@click.option("--spark-master", metavar="URL", default=None,
              help="The Spark master for --engine spark (default: the one spark-submit was given, else local[*]).")
def run_command(paths: tuple[str, ...], expectations: str, reports: str, fail_on: str,
                evidence: tuple[str, ...], formats: tuple[str, ...], baseline_path: str | None, jobs: int,
                max_document_mb: float, engine: str, spark_master: str | None) -> None:
    """Extract the claims of documents, validate them with every suite, and write the reports folder.

    PATHS as for `check extract` (default: seeds/). Exit status: 0 nothing failed at the failing severity,
    1 something did (the CI gate), 2 bad input or configuration.

    \b
    Examples:
      check run                                  # seeds/ with expectations/, report in reports/
      check run press/ --fail-on warning         # warnings fail the gate too
      check run news.jsonl --reports out/ --expectations my-suites/
      check run press/ --evidence reference/nbs-2024.csv
      check run --format sarif --format junit --baseline reports/baseline.json
      check run corpus.jsonl --engine spark --spark-master spark://host:7077
    """
    import logging

    from checks.claims.evidence import EvidenceError
    from checks.engines import EngineError
    from checks.gate.baseline import BaselineError
    from checks.gate.run import run
    from checks.report.folder import ReportsError
    from checks.report.terminal import print_run
    from checks.validate import SuiteError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        with progress_for() as progress:
            result = run(paths or ("seeds",), expectations=expectations, reports=reports, fail_on=fail_on,
                         evidence=evidence, on_document=progress.document, on_stage=progress.stage,
                         baseline=baseline_path, formats=formats,
                         jobs=jobs, max_document_bytes=int(max_document_mb * 1_000_000), engine=engine,
                         spark_master=spark_master)
    except (SuiteError, EvidenceError, BaselineError, ReportsError, EngineError) as error:
        fail(error)
    print_run(result)
    if result.reports is not None:
        speak_to_github(result, formats)
    report_errors(result.errors)
    sys.exit(result.exit_status)


def speak_to_github(result, formats: tuple[str, ...], environ: Mapping[str, str] | None = None,
                    stdout: TextIO | None = None) -> None:
    """In GitHub Actions: print the annotations (that is how Actions reads them) and append the Markdown summary to
    the file $GITHUB_STEP_SUMMARY names, for the formats asked for."""
    environ = os.environ if environ is None else environ
    from checks.report.ci import render

    if "github" in formats and environ.get("GITHUB_ACTIONS") == "true":
        (stdout or sys.stdout).write(render(result, "github"))
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if "markdown" in formats and summary:
        with open(summary, "a", encoding="utf-8") as stream:
            stream.write(render(result, "markdown") + "\n")


@click.command(name="suites")
@click.option("--expectations", "expectations", default="expectations", show_default=True,
              type=click.Path(file_okay=False), help="Folder of suite files (*.json).")
def suites_command(expectations: str) -> None:
    """List each suite's expectations in plain words, with their severities.

    \b
    Examples:
      check suites
      check suites --expectations my-suites/
    """
    from checks.validate import SuiteError, load_suites
    from checks.validate.wording import describe

    try:
        suites = load_suites(expectations)
    except SuiteError as error:
        fail(error)
    for suite in suites:
        click.echo(f"{suite.name} (version {suite.version}, {suite.path}): {len(suite.expectations)} expectations")
        for spec in suite.expectations:
            why = f"  — {spec.why}" if spec.why else ""
            click.echo(f"  {spec.expectation_id:<12} {spec.severity:<8} {describe(spec)}{why}")
