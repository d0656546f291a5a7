"""Reports: the reports folder (claims, findings, GX results, one self-contained HTML page), written atomically."""

from __future__ import annotations

from dataclasses import dataclass

from checks.validate import Validation


@dataclass(frozen=True)
class ReportData:
    """Everything the HTML report shows. Plain data; the renderer imports nothing from the pipeline."""

    generated_at: str  # ISO 8601 timestamp: the only part of a report that changes between equal runs
    tool_version: str
    fail_on: str  # critical | warning | never
    exit_status: int  # 0 passed, 1 failed at the failing severity
    documents: dict[str, str]  # doc name -> its full decoded text (claims' start/end index into it)
    claims: list[dict[str, object]]  # the claims table, one dict per row (NaN as None)
    validation: Validation
