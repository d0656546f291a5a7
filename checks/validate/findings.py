"""What a validation decided: the outcome of each expectation and the findings, one per flagged claim."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from checks.validate.suites import SEVERITIES, ExpectationSpec, Suite


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


class Finding(NamedTuple):
    """One claim flagged by one expectation; a finding about several claims shares its finding_id. A named tuple,
    not a frozen dataclass: as immutable, and made four times faster, which counts at a million findings."""

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

    @property
    def key(self) -> str:
        """What a baseline knows a finding by: its claim and its expectation, never offsets."""
        return f"{self.claim_id} {self.expectation_id}"

    def to_dict(self) -> dict[str, object]:
        """The fields findings.jsonl and the CI formats carry (not expectation_id), in that order."""
        return {"finding_id": self.finding_id, "doc": self.doc, "claim_id": self.claim_id, "start": self.start,
                "end": self.end, "text": self.text, "suite": self.suite, "expectation": self.expectation,
                "severity": self.severity, "message": self.message}


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


def finding_id(expectation_id: str, row_id: str) -> str:
    """A finding's id: the same for the same expectation and row (claim or relation) in every run."""
    key = f"{expectation_id}\x1f{row_id}".encode()
    return f"f{hashlib.blake2b(key, digest_size=5).hexdigest()}"


def combined(suites: tuple[Suite, ...], parts: list[Validation]) -> Validation:
    """Validations of some of ``suites`` each, as one: outcomes, findings and raw results in the order of the
    suites, as one validation of them all gives (suite names are unique)."""
    order = {suite.name: index for index, suite in enumerate(suites)}
    return Validation(
        suites=suites,
        outcomes=tuple(sorted((o for part in parts for o in part.outcomes), key=lambda o: order[o.spec.suite])),
        findings=tuple(sorted((f for part in parts for f in part.findings), key=lambda f: order[f.suite])),
        raw_results=tuple(sorted((r for part in parts for r in part.raw_results), key=lambda r: order[r["suite"]])))


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
        digest = finding_id(spec.expectation_id, row_id)
        for claim_id in claim_ids:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            findings.append(Finding(
                finding_id=digest, doc=claim["doc"], claim_id=claim_id, start=int(claim["start"]),
                end=int(claim["end"]), text=claim["text"], suite=spec.suite, expectation=spec.type,
                expectation_id=spec.expectation_id, severity=spec.severity,
                message=messages.get(row_id) or outcome.description))
    return findings
