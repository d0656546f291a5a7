"""`check run` as a library call: documents → claims → relations → suites → verdict → reports folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

from checks.claims import claims_table, failed_documents
from checks.claims.evidence import evidence_files, read_evidence
from checks.documents import Document, DocumentError, read_paths
from checks.documents.read import MAX_DOCUMENT_BYTES
from checks.engines import EngineResult, pick_engine
from checks.gate.baseline import Baseline, Comparison, compare, load
from checks.gate.verdict import FAIL_ON, verdict
from checks.relations import relations_table
from checks.validate import Suite, Validation, combined, load_suites, prepare, validate
from checks.workers import in_background, worth_sharing


@dataclass(frozen=True)
class RunResult(EngineResult):
    """What an engine gave (documents, errors, the claims and relations tables, the validation), and the gate's
    verdict on it."""

    fail_on: str
    reports: Path | None  # where the report was written, None when nothing was
    generated_at: str
    exit_status: int  # 2 when an input could not be read (the rest is still checked), else the gate's verdict
    comparison: Comparison | None = None  # the findings against the baseline, when one was given
    baseline_path: str | None = None
    tool_version: str = "0+unknown"


def tool_version() -> str:
    try:
        return version("checks")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


def run(
    paths: Iterable[str | Path],
    *,
    expectations: str | Path = "expectations",
    reports: str | Path | None = "reports",
    fail_on: str = "critical",
    suites: list[Suite] | None = None,
    evidence: Iterable[str | Path] = (),
    on_document: Callable[[Document], None] | None = None,
    on_stage: Callable[[str, int | None], None] | None = None,
    baseline: Baseline | str | Path | None = None,
    formats: Iterable[str] = (),
    root: str | Path | None = None,
    jobs: int = 1,
    max_document_bytes: int = MAX_DOCUMENT_BYTES,
    engine: str = "pandas",
    spark_master: str | None = None,
) -> RunResult:
    """Check documents against suites and write the reports folder (unless ``reports`` is None).

    Evidence tables are the *.csv and *.parquet files among the documents' folders, plus ``evidence``. With a
    ``baseline`` (a file or a loaded one) the verdict counts only findings it does not accept. ``formats`` (junit,
    sarif, github, markdown) are written into the reports folder with the rest, paths relative to ``root``.
    ``jobs`` processes extract claims and read relations (the result is the same for any number); a document
    larger than ``max_document_bytes`` is an input error. ``engine`` (pandas, spark, auto) and ``spark_master``
    choose where the pipeline runs (:mod:`checks.engines`; ``jobs`` is for pandas, Spark uses its own cores).
    ``on_stage(name, total)`` is told when each stage starts (total: the documents, when known), ``on_document``
    when each document's claims are read: what a progress bar shows.
    Raises :class:`checks.validate.SuiteError` for a suite that cannot be used,
    :class:`checks.claims.evidence.EvidenceError` for evidence and :class:`checks.gate.baseline.BaselineError` for
    a baseline that cannot be read, :class:`checks.engines.EngineError` for an engine that cannot run, before
    anything is written.
    """
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}")
    paths = list(paths)
    engine = (pick_engine(engine, paths), spark_master)  # --- engines: pandas here, or Spark (checks.engines) ---
    staging = None
    if reports is not None:  # found before the run, not after it: a path that is a file, a read-only folder
        from checks.report.folder import prepare_folder

        staging = prepare_folder(reports)
    try:
        return _run(paths, expectations, reports, fail_on, suites, evidence, on_document, baseline, formats, root,
                    staging, jobs, max_document_bytes, engine, on_stage)
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _run(paths: list[str | Path], expectations: str | Path, reports: str | Path | None, fail_on: str,
         suites: list[Suite] | None, evidence: Iterable[str | Path], on_document: Callable[[Document], None] | None,
         baseline: Baseline | str | Path | None, formats: Iterable[str], root: str | Path | None,
         staging: Path | None, jobs: int, max_document_bytes: int,
         engine: tuple[str, str | None] = ("pandas", None),
         on_stage: Callable[[str, int | None], None] | None = None) -> RunResult:
    on_stage = on_stage or _silent
    baseline_path = None if baseline is None or isinstance(baseline, dict) else str(baseline)
    accepted = load(baseline) if baseline_path is not None else baseline
    suites = suites if suites is not None else load_suites(expectations)
    # The reports folder (and its staging folder) is output, never input: `check run .` must not read its last report
    excluded = [] if reports is None else [reports, *(() if staging is None else (staging,))]
    rows = [row for file in [*evidence_files(paths, exclude=excluded), *map(Path, evidence)]
            for row in read_evidence(file)]
    if engine[0] == "spark":  # --- engines: the same pipeline on Spark (checks.engines.spark) ---
        from checks.engines.spark import run_spark

        on_stage("running on Spark", None)
        ran = run_spark(paths, exclude=excluded, evidence=rows, suites=suites, master=engine[1],
                        on_document=on_document, max_bytes=max_document_bytes)
    else:
        on_stage("reading documents", None)
        documents, errors = read_paths(paths, exclude=excluded, max_bytes=max_document_bytes)
        on_stage("extracting claims", len(documents))
        # Great Expectations is imported here while worker processes extract: seconds of start-up not waited for
        table = claims_table(documents, on_document=on_document, evidence=rows, jobs=jobs, meanwhile=prepare)
        on_stage("reading relations", None)
        relations, validation = _relations_and_validation(table, documents, suites, jobs, on_stage)
        failed = [*failed_documents(table), *failed_documents(relations)]
        errors = [*errors, *(DocumentError(doc, reason) for doc, reason in failed)]
        ran = EngineResult(tuple(documents), tuple(errors), table, relations, validation)
    result = RunResult(ran.documents, ran.errors, ran.table, ran.relations, ran.validation, fail_on, None, _now(),
                       verdict(ran.validation, fail_on, errors=ran.errors), tool_version=tool_version())
    if accepted is not None:
        result = with_baseline(result, accepted, baseline_path)
    if reports is None or not ran.documents:
        return result  # nothing read: keep whatever report is already there
    from checks.report.folder import write_report

    result = replace(result, reports=Path(reports))
    on_stage("writing the report", None)
    write_report(result, reports, staging=staging, formats=formats, root=root, jobs=jobs)
    return result


# Claims from which reading the relations of one process's documents beside the claims suites pays for a second
# validation context (about a quarter of a second).
BESIDE_FROM_CLAIMS = 10_000


def _relations_and_validation(table: pd.DataFrame, documents: list[Document], suites: list[Suite], jobs: int,
                              on_stage: Callable[[str, int | None], None]) -> tuple[pd.DataFrame, Validation]:
    """The relations table and the validation of both tables. The suites of the claims table need no relations:
    with ``jobs`` > 1 they run beside the relations, and the suites of relations after them (the same validation as
    one run of all suites). When the relations use the workers, the claims suites run in a forked process while this
    one waits for the workers (they ran after the relations, with a core idle); when the relations cannot use the
    other cores themselves (one large document, say), the relations are read in a second process while this one
    runs the claims suites."""
    texts = {d.doc: d.text for d in documents}
    if jobs <= 1 or len(table) < BESIDE_FROM_CLAIMS or len({s.table for s in suites}) < 2:
        relations = relations_table(table, texts, jobs=jobs)
        on_stage("validating", None)
        return relations, validate({"claims": table, "relations": relations}, suites)
    of_claims_suites = partial(validate, {"claims": table}, [s for s in suites if s.table == "claims"])
    if worth_sharing(len(documents), sum(len(d.text) for d in documents)):
        of_claims_later = in_background(of_claims_suites, jobs)
        relations = relations_table(table, texts, jobs=jobs)
        on_stage("validating", None)
        of_claims = of_claims_later()
    else:
        relations_later = in_background(partial(relations_table, table, texts), jobs)
        on_stage("validating", None)
        of_claims = of_claims_suites()
        relations = relations_later()
    of_relations = validate({"claims": table, "relations": relations}, [s for s in suites if s.table != "claims"])
    return relations, combined(tuple(suites), [of_claims, of_relations])


def _silent(_name: str, _total: int | None) -> None:
    return None


def _now() -> str:
    """The run's one timestamp (the only thing that differs between two runs on the same input), in UTC; the
    SOURCE_DATE_EPOCH convention of reproducible builds fixes it."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(fixed), timezone.utc) if fixed.isdigit() else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).isoformat()


def with_baseline(result: RunResult, baseline: Baseline | str | Path, path: str | None = None) -> RunResult:
    """The run judged against a baseline: its comparison, and a verdict that counts only new findings."""
    if not isinstance(baseline, dict):
        path, baseline = path or str(baseline), load(baseline)
    comparison = compare(result.validation.findings, baseline)
    status = verdict(result.validation, result.fail_on, errors=result.errors, new=comparison.new)
    return replace(result, comparison=comparison, exit_status=status, baseline_path=path)
