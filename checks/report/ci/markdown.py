"""A Markdown summary of a run, for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

The verdict; documents, claims and their support; a table of the failed expectations with how many claims
each flagged; the first findings of each with ``doc:line``; and, with a baseline, what is new and what
disappeared.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from checks.report.ci.locations import SEVERITY_ORDER, Locator, findings_of

if TYPE_CHECKING:
    from pathlib import Path

    from checks.report.data import RunView
    from checks.validate.findings import Finding

_MARKUP = re.compile(r"[\\|`*_~\[\]()!]")
VERDICTS = {0: "✅ **PASSED**", 1: "❌ **FAILED**", 2: "⚠️ **BAD INPUT**"}
SUPPORT = ("supported", "contradicted", "unsupported", "unverifiable")


def cell(text: object) -> str:
    """Text from documents made inert inside a Markdown table cell: one line; pipes, emphasis, links and images
    escaped; HTML as entities (a document's <img src=…> or <a href> must not render in a pull-request comment);
    @ as an entity (no one is mentioned by a document)."""
    value = " ".join(str(text).split())
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
    return _MARKUP.sub(lambda m: "\\" + m.group(0), value)


def code(text: object) -> str:
    """Inline code that survives backticks in the text."""
    value = " ".join(str(text).split())
    fence = "``" if "`" in value else "`"
    return f"{fence} {value} {fence}" if fence == "``" else f"`{value}`"


def to_markdown(result: RunView, *, root: str | Path | None = None, show: int = 5) -> str:
    """The summary as GitHub-flavoured Markdown."""
    comparison, baseline_path = result.comparison, result.baseline_path
    locator = Locator(result.documents, root)
    status = result.exit_status
    validation = result.validation
    lines = [f"## checks: {VERDICTS[status]}", ""]
    fail_on = "nothing (`--fail-on never`)" if result.fail_on == "never" else (
        "critical findings" if result.fail_on == "critical" else "critical and warning findings")
    lines.append(f"Fails on {fail_on}" + (" that are not in the baseline." if comparison is not None else "."))
    lines.append("")
    support = Counter(result.table["support_status"]) if "support_status" in result.table else Counter()
    support_text = ", ".join(f"{support.get(s, 0)} {s}" for s in SUPPORT)
    lines.append(f"**{len(result.documents)} documents, {len(result.table)} claims** ({support_text}); "
                 f"{len(validation.findings)} findings.")
    if comparison is not None:
        where = f" (`{baseline_path}`)" if baseline_path else ""
        lines.append(f"Baseline{where}: {len(comparison.new)} new, {len(comparison.accepted)} accepted, "
                     f"{len(comparison.disappeared)} disappeared.")
    if result.errors:
        lines += ["", "### Unreadable documents", ""]
        lines += [f"- {code(error)}" for error in result.errors]
    findings = findings_of(result)
    by_expectation: dict[str, list[tuple[Finding, bool]]] = {}
    for finding, accepted in findings:
        by_expectation.setdefault(finding.expectation_id, []).append((finding, accepted))
    failed = sorted((o for o in validation.outcomes if not o.success),
                    key=lambda o: (SEVERITY_ORDER[o.spec.severity], o.spec.expectation_id))
    if failed:
        lines += ["", "### Failed expectations", ""]
        header = "| severity | expectation | what it expects | claims |" + (" new |" if comparison else "")
        lines += [header, "|---|---|---|---:|" + ("---:|" if comparison else "")]
        for outcome in failed:
            flagged = by_expectation.get(outcome.spec.expectation_id, [])
            row = (f"| {outcome.spec.severity} | {code(outcome.spec.expectation_id)} | {cell(outcome.description)} "
                   f"| {outcome.unexpected} |")
            if comparison is not None:
                row += f" {sum(not accepted for _, accepted in flagged)} |"
            lines.append(row)
        lines += ["", "### Findings", ""]
        for outcome in failed:
            flagged = by_expectation.get(outcome.spec.expectation_id, [])
            if not flagged:
                continue
            lines.append(f"**{cell(outcome.spec.expectation_id)}** ({outcome.spec.severity}): "
                         f"{cell(outcome.description)}")
            lines.append("")
            for finding, accepted in flagged[:show]:
                location = locator.finding(finding)
                mark = " _(accepted)_" if accepted else (" **new**" if comparison is not None else "")
                lines.append(f"- {code(f'{location.path}:{location.line}')} {cell(finding.message)}{mark}")
            if len(flagged) > show:
                lines.append(f"- … and {len(flagged) - show} more")
            lines.append("")
    if comparison is not None and comparison.disappeared:
        lines += ["", "### Accepted findings that disappeared", ""]
        for entry in comparison.disappeared[:show * 4]:
            lines.append(f"- {code(entry.doc)} {cell(entry.message or entry.text)} ({code(entry.expectation_id)})")
        if len(comparison.disappeared) > show * 4:
            lines.append(f"- … and {len(comparison.disappeared) - show * 4} more")
    return "\n".join(lines).rstrip("\n") + "\n"
