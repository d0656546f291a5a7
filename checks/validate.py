"""Validation: suites of expectations judge the claims table; failures become findings.

This module is the backend-neutral side: reading suite files, severities, findings and the exit status.
Great Expectations itself is behind :mod:`checks.gx`, imported only when a validation runs.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SEVERITIES = ("critical", "warning", "info")
FAIL_ON = ("critical", "warning", "never")

OK, FAILED, BAD_INPUT = 0, 1, 2


class SuiteError(ValueError):
    """A suite that cannot be used; the message names the file (and the expectation)."""


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation as its suite file states it."""

    expectation_id: str  # "<suite>#<position>", stable while the file is unchanged
    suite: str
    position: int
    type: str
    kwargs: dict[str, object]
    severity: str
    why: str | None
    raw: dict[str, object] = field(repr=False, compare=False)


@dataclass(frozen=True)
class Suite:
    name: str
    path: str
    version: str  # meta.version where the file gives one, else a short hash of its content
    expectations: tuple[ExpectationSpec, ...]
    table: str = "claims"  # the table it judges: claims, or relations (checks across claims)


# The tables a suite can judge, and the column that identifies their rows.
TABLES = {"claims": "claim_id", "relations": "relation_id"}


@dataclass(frozen=True)
class Outcome:
    """The result of one expectation over the table."""

    spec: ExpectationSpec
    success: bool
    evaluated: int
    unexpected: int
    claim_ids: tuple[str, ...]  # the claims it flagged (all of them, not a sample)
    description: str
    error: str | None = None  # the expectation could not be evaluated


@dataclass(frozen=True)
class Finding:
    """One claim flagged by one expectation; a finding about several claims shares its finding_id."""

    finding_id: str
    doc: str
    claim_id: str
    start: int
    end: int
    text: str
    suite: str
    expectation: str
    expectation_id: str
    severity: str
    message: str

    def to_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in (
            "finding_id", "doc", "claim_id", "start", "end", "text", "suite", "expectation", "severity", "message")}


@dataclass(frozen=True)
class Validation:
    """Everything a validation run decided, ready for the report and the terminal."""

    suites: tuple[Suite, ...]
    outcomes: tuple[Outcome, ...]
    findings: tuple[Finding, ...]
    raw_results: tuple[dict[str, object], ...]  # the backend's own serialised results, one per suite

    def counts(self) -> dict[str, int]:
        """Failed expectations by severity (an errored expectation counts as failed)."""
        counter = Counter(o.spec.severity for o in self.outcomes if not o.success)
        return {severity: counter.get(severity, 0) for severity in SEVERITIES}

    def exit_status(self, fail_on: str) -> int:
        """0 when nothing failed at the failing severity or above, else 1. Severity, not GX's success flag."""
        if fail_on == "never":
            return OK
        failing = ("critical",) if fail_on == "critical" else ("critical", "warning")
        return FAILED if any(not o.success and o.spec.severity in failing for o in self.outcomes) else OK


def load_suites(folder: str | Path) -> list[Suite]:
    """Every *.json suite in ``folder``, in name order. Raises :class:`SuiteError` for what cannot be used."""
    directory = Path(folder)
    if not directory.is_dir():
        raise SuiteError(f"{directory}: no such expectations folder")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise SuiteError(f"{directory}: no *.json suites in the expectations folder")
    suites = [read_suite(path) for path in files]
    names = Counter(suite.name for suite in suites)
    duplicated = [name for name, count in names.items() if count > 1]
    if duplicated:
        raise SuiteError(f"{directory}: two suites are named {duplicated[0]!r}")
    return suites


def read_suite(path: str | Path) -> Suite:
    """One suite file: {"name", "expectations": [{"type", "kwargs", "severity", "meta"}]}."""
    source = Path(path)
    try:
        content = source.read_bytes()
        data = json.loads(content.decode("utf-8-sig"))
    except OSError as error:
        raise SuiteError(f"{source}: cannot read ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = f" (line {error.lineno}, column {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise SuiteError(f"{source}: invalid JSON{where}: {getattr(error, 'msg', error)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
        raise SuiteError(f"{source}: a suite is an object with a list of \"expectations\"")
    name = data.get("name") or source.stem
    if not isinstance(name, str):
        raise SuiteError(f"{source}: \"name\" must be a string")
    table = data.get("table", "claims")
    if table not in TABLES:
        raise SuiteError(f"{source}: \"table\" must be one of {', '.join(TABLES)}, not {table!r}")
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    version = str(meta.get("version") or hashlib.blake2b(content, digest_size=4).hexdigest())
    specs = []
    for position, raw in enumerate(data["expectations"], start=1):
        label = f"{source}: expectation {position}"
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            raise SuiteError(f"{label}: needs a \"type\"")
        kwargs = raw.get("kwargs", {})
        if not isinstance(kwargs, dict):
            raise SuiteError(f"{label} ({raw['type']}): \"kwargs\" must be an object")
        severity = raw.get("severity", "critical")
        if severity not in SEVERITIES:
            raise SuiteError(f"{label} ({raw['type']}): severity {severity!r} is not one of {', '.join(SEVERITIES)}")
        why = (raw.get("meta") or {}).get("why") if isinstance(raw.get("meta"), dict) else None
        specs.append(ExpectationSpec(f"{name}#{position}", name, position, raw["type"], kwargs, severity, why, raw))
    return Suite(name, str(source), version, tuple(specs), table)


def validate(tables: dict[str, pd.DataFrame], suites: Iterable[Suite]) -> Validation:
    """Run the suites over their tables (Great Expectations, imported here and only here)."""
    from checks import gx

    return gx.validate(tables, list(suites))


def findings_for(outcome: Outcome, flagged_rows: dict[str, dict], claims: dict[str, dict],
                 messages: dict[str, str]) -> list[Finding]:
    """One finding per claim behind each flagged row: a claim row is its own claim; a relation row names
    several claims (``claim_ids``), which share one finding_id."""
    findings = []
    spec = outcome.spec
    for row_id in outcome.claim_ids:
        row = flagged_rows.get(row_id)
        if row is None:
            continue
        claim_ids = str(row["claim_ids"]).split() if "claim_ids" in row else [row_id]
        digest = hashlib.blake2b(f"{spec.expectation_id}\x1f{row_id}".encode(), digest_size=5).hexdigest()
        for claim_id in claim_ids:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            findings.append(Finding(
                finding_id=f"f{digest}", doc=claim["doc"], claim_id=claim_id, start=int(claim["start"]),
                end=int(claim["end"]), text=claim["text"], suite=spec.suite, expectation=spec.type,
                expectation_id=spec.expectation_id, severity=spec.severity,
                message=messages.get(row_id) or outcome.description))
    return findings
