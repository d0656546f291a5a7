"""Writing the reports folder: every file rendered first, then each moved into place atomically."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from checks.output import current_umask, to_csv, to_parquet
from checks.report import ReportData

REPORT_FILES = ("claims.csv", "claims.parquet", "relations.csv", "relations.parquet", "findings.jsonl", "results.json",
                "index.html")


def render_files(data: ReportData, table: pd.DataFrame, relations: pd.DataFrame, results_json: str) -> dict[str, bytes]:
    """The bytes of every report file. Nothing touches the disk here, so a failure leaves no trace."""
    from checks.report.html import render_html

    findings = "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in data.validation.findings)
    return {
        "claims.csv": to_csv(table),
        "claims.parquet": to_parquet(table),
        "relations.csv": to_csv(relations),
        "relations.parquet": to_parquet(relations),
        "findings.jsonl": findings.encode("utf-8"),
        "results.json": results_json.encode("utf-8"),
        "index.html": render_html(data).encode("utf-8"),
    }


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


