"""SARIF 2.1.0: each finding a result located at its document's line and column, for code review.

- one run; ``tool.driver`` is ``checks`` and its ``rules`` are the expectations (``id`` = expectation id,
  ``shortDescription`` = what it expects, ``defaultConfiguration.level`` from the severity: critical → error,
  warning → warning, info → note);
- each result has ``ruleId``, ``level``, ``message.text`` and one location: the document's path relative to the
  root (the working directory by default, the repository root in CI), with forward slashes and percent-encoded
  as a URI reference, and a region from the claim's character offsets: 1-based lines and columns counted in
  Unicode code points (``run.columnKind = "unicodeCodePoints"``; lines end at ``\\r\\n`` or ``\\n``);
- ``partialFingerprints["claimFinding/v1"]`` is ``claim_id:expectation_id``, which does not move when the text
  around the claim is edited, so code scanning keeps tracking an alert across edits;
- with a baseline, ``baselineState`` is ``new`` or ``unchanged``, and accepted findings carry an accepted
  external suppression.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from checks.report.ci.locations import LEVELS, Locator, findings_of

if TYPE_CHECKING:
    from pathlib import Path

    from checks.report.data import RunView

SCHEMA_URI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
FINGERPRINT = "claimFinding/v1"


def sarif_log(result: RunView, *, root: str | Path | None = None) -> dict[str, Any]:
    """The run as a SARIF 2.1.0 log (a JSON-ready dict)."""
    from checks.validate.wording import describe

    comparison = result.comparison

    locator = Locator(result.documents, root)
    rules, rule_index = [], {}
    for suite in result.validation.suites:
        for spec in suite.expectations:
            rule_index[spec.expectation_id] = len(rules)
            description = describe(spec)
            rules.append({
                "id": spec.expectation_id,
                "name": spec.type,
                "shortDescription": {"text": description},
                "fullDescription": {"text": spec.why or description},
                "defaultConfiguration": {"level": LEVELS[spec.severity]},
                "properties": {"severity": spec.severity, "suite": suite.name, "suiteVersion": suite.version,
                               "tags": ["checks", suite.name, spec.severity]},
            })
    results = []
    for finding, accepted in findings_of(result):
        location = locator.finding(finding)
        region: dict[str, Any] = {"startLine": location.line}
        if location.column is not None:
            region.update(startColumn=location.column, endLine=location.end_line, endColumn=location.end_column,
                          snippet={"text": finding.text})
        entry: dict[str, Any] = {
            "ruleId": finding.expectation_id,
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": location.uri}, "region": region}}],
            "partialFingerprints": {FINGERPRINT: f"{finding.claim_id}:{finding.expectation_id}"},
            "properties": {"claimId": finding.claim_id, "findingId": finding.finding_id, "doc": finding.doc,
                           "severity": finding.severity, "suite": finding.suite},
        }
        if finding.expectation_id in rule_index:
            entry["ruleIndex"] = rule_index[finding.expectation_id]
        if comparison is not None:
            entry["baselineState"] = "unchanged" if accepted else "new"
            if accepted:
                entry["suppressions"] = [{"kind": "external", "status": "accepted",
                                          "justification": "accepted in the baseline"}]
        results.append(entry)
    notifications = [{"level": "error", "message": {"text": str(error)},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(error.source, root)}}}]}
                     for error in result.errors]
    status = result.exit_status
    invocation: dict[str, Any] = {"executionSuccessful": not result.errors, "exitCode": status,
                                  "exitCodeDescription": {0: "passed", 1: "failed", 2: "bad input"}[status]}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "checks", "version": result.tool_version, "rules": rules}},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "newlineSequences": ["\r\n", "\n"],
        "results": results,
        "properties": {"failOn": result.fail_on, "documents": len(result.documents), "claims": len(result.table),
                       "generatedAt": result.generated_at},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def to_sarif(result: RunView, *, root: str | Path | None = None) -> str:
    """The run as SARIF 2.1.0 JSON text."""
    return json.dumps(sarif_log(result, root=root), ensure_ascii=False, indent=1) + "\n"


def _uri(source: str, root: str | Path | None) -> str:
    from checks.report.ci.locations import Location, relative_path

    return Location(relative_path(source, root), 1).uri
