"""checks: find the numeric claims in a text, normalise them, and judge them.

From Python::

    import checks
    claims = checks.extract("今年营收同比增长超30%", doc="note")    # list[checks.Claim]
    frame, errors = checks.extract_paths(["seeds/"])                 # a DataFrame, and what could not be read
    result = checks.run(["seeds/"], reports=None)                    # the gate: result.exit_status, .validation

The package reads as the pipeline: documents → extract → claims → relations → validate → report → gate → cli.
Names other than ``extract`` are loaded on first use, so that `check --help` does not pay for pandas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

# Bound here, not lazily: importing the subpackage checks.extract would otherwise replace the function's name.
from checks.extract import extract

if TYPE_CHECKING:
    import pandas as pd

    from checks.documents import Document, DocumentError, read_paths
    from checks.extract.claim import COLUMNS, Claim
    from checks.gate.run import RunResult, run

Result = TypeVar("Result")

__all__ = ["COLUMNS", "Claim", "Document", "DocumentError", "RunResult", "extract", "extract_documents",
           "extract_jsonl", "extract_paths", "read_paths", "run"]

_LAZY = {"COLUMNS": "checks.extract.claim", "Claim": "checks.extract.claim", "Document": "checks.documents",
         "DocumentError": "checks.documents", "read_paths": "checks.documents", "run": "checks.gate.run",
         "RunResult": "checks.gate.run"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'checks' has no attribute {name!r}")
    return getattr(import_module(module), name)


def extract_documents(documents: Iterable[Document], jobs: int = 1,
                      on_document: Callable[[Document], None] | None = None,
                      failures: list[tuple[str, str]] | None = None) -> pd.DataFrame:
    """The claims of many documents as one DataFrame (columns: :data:`COLUMNS`), read in ``jobs`` processes (the
    same table whatever their number); ``on_document`` is told of each document read (a progress bar). Given a
    ``failures`` list, a document whose reading raises adds (document, reason) to it and has no claims; without
    one, the error is raised."""
    from checks.claims.table import claims_frame_of_columns
    from checks.extract.claim import COLUMNS

    by_column: dict[str, list[object]] = {name: [] for name in COLUMNS}
    for columns in _read(_claim_columns_of, documents, jobs, on_document, failures):
        for name, values in columns.items():
            by_column[name].extend(values)
    return claims_frame_of_columns(by_column)


def extract_jsonl(documents: Iterable[Document], jobs: int = 1,
                  on_document: Callable[[Document], None] | None = None,
                  failures: list[tuple[str, str]] | None = None) -> Iterator[bytes]:
    """The claims of many documents as JSONL, document by document: the bytes ``check extract --format jsonl``
    writes (those of :func:`extract_documents`' table), each document's serialised by the worker that read it.
    ``failures`` as for :func:`extract_documents`."""
    return _read(_claims_jsonl_of, documents, jobs, on_document, failures)


def _read(read: Callable[[Document], Result], documents: Iterable[Document], jobs: int,
          on_document: Callable[[Document], None] | None,
          failures: list[tuple[str, str]] | None = None) -> Iterator[Result]:
    """``read`` of each document, in ``jobs`` processes and in order, telling ``on_document`` of each; with
    ``failures``, a document whose reading raises is listed there and left out, and the others are still read."""
    from functools import partial

    from checks.claims.table import Failed, tolerant
    from checks.workers import ordered_map

    reader = read if failures is None else partial(tolerant, read)
    for document, result in ordered_map(reader, documents, jobs, size=lambda document: len(document.text)):
        if on_document is not None:
            on_document(document)
        if isinstance(result, Failed):
            failures.append((document.doc, result[0]))
            continue
        yield result


def _claims_jsonl_of(document: Document) -> bytes:
    from checks.report.tables import rows_jsonl

    return rows_jsonl(claim.to_dict() for claim in extract(document.text, document.doc))


def _claim_columns_of(document: Document) -> dict[str, list[object]]:
    from checks.claims.table import claim_columns

    return claim_columns(extract(document.text, document.doc))


def extract_paths(paths: Iterable[str | Path], jobs: int = 1, **options: Any) -> tuple[pd.DataFrame,
                                                                                      list[DocumentError]]:
    """Read files, folders or JSONL corpora and extract their claims; unreadable inputs come back as errors."""
    from checks.documents import read_paths

    documents, errors = read_paths(paths, **options)
    return extract_documents(documents, jobs=jobs), errors
