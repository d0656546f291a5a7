"""Writing the reports folder: every file rendered first, then each moved into place atomically."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from checks.report.ci import FORMAT_FILES, render
from checks.report.data import ReportData, RunView
from checks.report.files import current_umask
from checks.report.tables import records, to_csv, to_parquet

REPORT_FILES = ("claims.csv", "claims.parquet", "relations.csv", "relations.parquet", "findings.jsonl", "results.json",
                "index.html")


def report_files(result: RunView, formats: Iterable[str] = (), root: str | Path | None = None) -> dict[str, bytes]:
    """The bytes of every file of a run's reports folder. Nothing touches the disk here, so a failure leaves no
    trace."""
    from checks.report.html import render_html

    data = ReportData(generated_at=result.generated_at, tool_version=result.tool_version, fail_on=result.fail_on,
                      exit_status=result.exit_status, documents={d.doc: d.text for d in result.documents},
                      claims=records(result.table), validation=result.validation)
    validation = result.validation
    findings = "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in validation.findings)
    files = {
        "claims.csv": to_csv(result.table),
        "claims.parquet": to_parquet(result.table),
        "relations.csv": to_csv(result.relations),
        "relations.parquet": to_parquet(result.relations),
        "findings.jsonl": findings.encode("utf-8"),
        "results.json": results_json(validation.raw_results).encode("utf-8"),
        "index.html": render_html(data).encode("utf-8"),
    }
    for fmt in dict.fromkeys(formats):
        files[FORMAT_FILES[fmt]] = render(result, fmt, root=root).encode("utf-8")
    return files


def results_json(raw_results: Iterable[dict]) -> str:
    """The validation backend's own results, one object per suite, as stable JSON."""
    return json.dumps(list(raw_results), ensure_ascii=False, indent=2, sort_keys=True)


def write_folder(folder: str | Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` into ``folder``: staged beside it, then each renamed over the old one, so a reader never
    sees a half-written file and a run that fails before this point leaves the previous report intact."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target))
    written = []
    try:
        mode = 0o666 & ~current_umask()
        for name, content in files.items():
            path = staging / name
            path.write_bytes(content)
            os.chmod(path, mode)
        for name in files:
            os.replace(staging / name, target / name)
            written.append(target / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


