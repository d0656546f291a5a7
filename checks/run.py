"""`check run` as a library call: documents → claims table → suites → reports → exit status."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

from checks.consistency import relations_table
from checks.documents import Document, DocumentError, read_paths
from checks.evidence import evidence_files, read_evidence
from checks.report import ReportData
from checks.table import claims_table
from checks.validate import BAD_INPUT, FAIL_ON, Suite, Validation, load_suites, validate


@dataclass(frozen=True)
class RunResult:
    documents: tuple[Document, ...]
    errors: tuple[DocumentError, ...]
    table: pd.DataFrame
    relations: pd.DataFrame
    validation: Validation
    fail_on: str
    reports: Path | None  # where the report was written, None when nothing was
    generated_at: str

    @property
    def exit_status(self) -> int:
        """2 when an input could not be read (the rest is still checked and reported), else the gate's verdict."""
        return BAD_INPUT if self.errors else self.validation.exit_status(self.fail_on)


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
) -> RunResult:
    """Check documents against suites and write the reports folder (unless ``reports`` is None).

    Evidence tables are the *.csv and *.parquet files among the documents' folders, plus ``evidence``.
    Raises :class:`checks.validate.SuiteError` for a suite that cannot be used and
    :class:`checks.evidence.EvidenceError` for evidence that cannot be read, before anything is written.
    """
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}")
    paths = list(paths)
    suites = suites if suites is not None else load_suites(expectations)
    rows = [row for file in [*evidence_files(paths), *map(Path, evidence)] for row in read_evidence(file)]
    documents, errors = read_paths(paths)
    table = claims_table(documents, on_document=on_document, evidence=rows)
    relations = relations_table(table, {d.doc: d.text for d in documents})
    validation = validate({"claims": table, "relations": relations}, suites)
    generated_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    result = RunResult(tuple(documents), tuple(errors), table, relations, validation, fail_on, None, generated_at)
    if reports is None or not documents:
        return result  # nothing read: keep whatever report is already there
    from checks.gx import dumps
    from checks.output import records
    from checks.report.write import render_files, write_folder

    data = ReportData(generated_at=generated_at, tool_version=tool_version(), fail_on=fail_on,
                      exit_status=validation.exit_status(fail_on), documents={d.doc: d.text for d in documents},
                      claims=records(table), validation=validation)
    write_folder(reports, render_files(data, table, relations, dumps(validation.raw_results)))
    return RunResult(tuple(documents), tuple(errors), table, relations, validation, fail_on, Path(reports),
                     generated_at)
