"""checks: find the numeric claims in a text, normalise them, and judge them.

From Python::

    import checks
    claims = checks.extract("今年营收同比增长超30%", doc="note")
    frame, errors = checks.extract_paths(["seeds/"])
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checks.claims import COLUMNS, Claim, claims_frame
from checks.documents import Document, DocumentError, read_paths
from checks.extract import extract

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "Claim", "Document", "DocumentError", "extract", "extract_documents", "extract_paths",
           "read_paths"]


def extract_documents(documents: Iterable[Document]) -> pd.DataFrame:
    """The claims of many documents as one DataFrame (columns: :data:`COLUMNS`)."""
    return claims_frame(claim for document in documents for claim in extract(document.text, document.doc))


def extract_paths(paths: Iterable[str | Path], **options: str) -> tuple[pd.DataFrame, list[DocumentError]]:
    """Read files, folders or JSONL corpora and extract their claims; unreadable inputs come back as errors."""
    documents, errors = read_paths(paths, **options)
    return extract_documents(documents), errors
