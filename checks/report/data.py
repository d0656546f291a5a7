"""The data reports are rendered from: :class:`ReportData` for the HTML page, and :class:`RunView`, the shape of a
finished run that the CI formats and the terminal read (the gate's ``RunResult`` has it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from checks.validate.findings import Finding, Validation

if TYPE_CHECKING:
    import pandas as pd

    from checks.documents import Document, DocumentError


@dataclass(frozen=True)
class ReportData:
    """Everything the HTML report shows. Plain data; the renderer imports nothing from the pipeline."""

    generated_at: str  # ISO 8601 timestamp: the only part of a report that changes between equal runs
    tool_version: str
    fail_on: str  # critical | warning | never
    exit_status: int  # 0 passed, 1 failed at the failing severity
    documents: dict[str, str]  # doc name -> its full decoded text (claims' start/end index into it)
    claims: Sequence[dict[str, object]]  # the claims table: row dicts (NaN as None), or a ClaimSet of a DataFrame
    validation: Validation


class Comparison(Protocol):
    """A run's findings against a baseline: new ones, accepted ones, and accepted ones no longer found."""

    new: Sequence[Finding]
    accepted: Sequence[Finding]
    disappeared: Sequence  # entries with severity, doc, text, message, expectation_id


class RunView(Protocol):
    """What a finished run shows the CI formats and the terminal."""

    documents: Sequence[Document]
    errors: Sequence[DocumentError]
    table: pd.DataFrame
    relations: pd.DataFrame
    validation: Validation
    fail_on: str
    generated_at: str
    tool_version: str
    exit_status: int  # the gate's verdict, with the baseline when there is one
    comparison: Comparison | None
    baseline_path: str | None
