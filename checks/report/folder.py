"""Writing the reports folder: every file rendered first, then the whole folder published at once."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from checks.documents.read import REPORTS_MARKER
from checks.report.ci import FORMAT_FILES, render
from checks.report.claimset import ClaimSet
from checks.report.data import ReportData, RunView
from checks.report.files import current_umask
from checks.report.tables import to_csv, to_parquet
from checks.workers import in_background

TABLE_FILES = ("claims.csv", "claims.parquet", "relations.csv", "relations.parquet", "findings.jsonl", "results.json")
REPORT_FILES = (*TABLE_FILES, "index.html")


def report_files(result: RunView, formats: Iterable[str] = (), root: str | Path | None = None,
                 jobs: int = 1) -> dict[str, bytes]:
    """The bytes of every file of a run's reports folder (what :func:`write_report` writes). Nothing touches the
    disk here. With ``jobs`` > 1 the tables are serialised in a second process while this one renders the page."""
    with tempfile.TemporaryDirectory() as folder:
        tables = in_background(partial(write_table_files, result, Path(folder)), jobs)
        files = page_files(result, formats, root)
        return {**{name: (Path(folder) / name).read_bytes() for name in tables()}, **files}


def write_report(result: RunView, folder: str | Path, staging: Path | None = None, formats: Iterable[str] = (),
                 root: str | Path | None = None, jobs: int = 1) -> list[Path]:
    """Write every file of a run's reports folder into the staging folder and publish it as ``folder`` (see
    :func:`write_folder`). The tables are written straight to their files, by a second process when ``jobs`` > 1
    while this one renders the page: a million claims' CSV and JSONL never sit in memory whole."""
    staging = staging or prepare_folder(folder)
    tables = in_background(partial(write_table_files, result, staging), jobs)
    files = page_files(result, formats, root)
    return write_folder(folder, files, staging=staging, written=tables())


def page_files(result: RunView, formats: Iterable[str] = (), root: str | Path | None = None) -> dict[str, bytes]:
    """index.html, the CI formats asked for, and the folder's marker."""
    from checks.report.html import render_html

    data = ReportData(generated_at=result.generated_at, tool_version=result.tool_version, fail_on=result.fail_on,
                      exit_status=result.exit_status, documents={d.doc: d.text for d in result.documents},
                      claims=ClaimSet.of(result.table), validation=result.validation)
    files = {"index.html": render_html(data).encode("utf-8"),
             REPORTS_MARKER: b"A reports folder of `check run`; never read as input.\n"}
    for fmt in dict.fromkeys(formats):
        files[FORMAT_FILES[fmt]] = render(result, fmt, root=root).encode("utf-8")
    return files


# Findings are written to findings.jsonl this many lines at a time.
FINDINGS_CHUNK = 10_000


def write_table_files(result: RunView, folder: Path) -> list[str]:
    """Write the files that hold every claim, relation and finding (CSV, Parquet, JSONL, the raw results) into
    ``folder``; their names."""
    validation = result.validation
    to_csv(result.table, folder / "claims.csv")
    to_parquet(result.table, folder / "claims.parquet")
    to_csv(result.relations, folder / "relations.csv")
    to_parquet(result.relations, folder / "relations.parquet")
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for all lines, not one per line
    findings = validation.findings
    with open(folder / "findings.jsonl", "w", encoding="utf-8", newline="\n") as stream:
        for start in range(0, len(findings), FINDINGS_CHUNK):
            stream.write("".join(encode(f.to_dict()) + "\n" for f in findings[start:start + FINDINGS_CHUNK]))
    (folder / "results.json").write_text(results_json(validation.raw_results), encoding="utf-8", newline="\n")
    return list(TABLE_FILES)


def results_json(raw_results: Iterable[dict]) -> str:
    """The validation backend's own results, one object per suite, as stable JSON."""
    return json.dumps(list(raw_results), ensure_ascii=False, indent=2, sort_keys=True)


class ReportsError(ValueError):
    """A reports folder that cannot be written; the message names it. Raised before the run does any work."""


# Staging and replaced folders sit beside the reports folder, hidden, named after it.
_STAGING = ".{name}.staging-"
_REPLACED = ".{name}.old-"
STALE_SECONDS = 3600  # a staging folder this old belongs to a run that was killed


def prepare_folder(folder: str | Path) -> Path:
    """Check that ``folder`` can be written and make the hidden staging folder beside it, where a run's files are
    written before they are published. Raises :class:`ReportsError` (one line) for a path that is a file, under a
    file, or in a folder that cannot be written. Stale staging and replaced folders of killed runs are removed."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ReportsError(f"{target}: exists and is not a folder")
    parent = target.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportsError(f"{target}: cannot create the folder it goes in ({error.strerror or error})") from None
    _remove_stale(parent, target.name)
    try:
        return Path(tempfile.mkdtemp(prefix=_STAGING.format(name=target.name), dir=parent))
    except OSError as error:
        raise ReportsError(f"{target}: cannot write there ({error.strerror or error})") from None


def _remove_stale(parent: Path, name: str) -> None:
    now = time.time()
    for leftover in parent.glob(f".{name}.*-*"):
        replaced = leftover.name.startswith(_REPLACED.format(name=name))
        staging = leftover.name.startswith(_STAGING.format(name=name))
        try:
            old = now - leftover.stat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if replaced or (staging and old):  # a concurrent run's fresh staging folder is left alone
            shutil.rmtree(leftover, ignore_errors=True)


def write_folder(folder: str | Path, files: dict[str, bytes], staging: Path | None = None,
                 written: Iterable[str] = ()) -> list[Path]:
    """Publish ``files`` (and the files ``written`` into the staging folder already) as the whole of ``folder``:
    written into the staging folder (see :func:`prepare_folder`), which then replaces the folder by renames. A
    reader sees the old folder or the new one, never a mix of two runs and never a file of an earlier run beside
    this run's; a run that fails before this point leaves the previous report as it was."""
    target = Path(folder)
    staging = staging or prepare_folder(target)
    names = [*written, *(name for name in files if name not in written)]
    try:
        mode = 0o666 & ~current_umask()
        for name, content in files.items():
            (staging / name).write_bytes(content)
        for name in names:
            os.chmod(staging / name, mode)
        os.chmod(staging, 0o777 & ~current_umask())
        _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already when the swap succeeded
    return [target / name for name in names]


def _swap(staging: Path, target: Path) -> None:
    """Rename ``staging`` to ``target``, moving an existing ``target`` aside first (and removing it after)."""
    for _attempt in range(10):  # another run may publish between our two renames
        replaced = None
        if target.exists():
            replaced = target.absolute().parent / f"{_REPLACED.format(name=target.name)}{uuid.uuid4().hex[:12]}"
            try:
                os.rename(target, replaced)
            except FileNotFoundError:
                replaced = None
        try:
            os.rename(staging, target)
        except OSError:
            if replaced is not None:
                shutil.rmtree(replaced, ignore_errors=True)
            continue
        if replaced is not None:
            shutil.rmtree(replaced, ignore_errors=True)
        return
    raise ReportsError(f"{target}: could not replace the folder (other runs kept writing it)")
