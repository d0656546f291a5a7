"""What the terminal shows: claims tables and evaluation scores."""

from __future__ import annotations

import json

import pandas as pd
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checks.claims.evaluate import FIELDS, Score
from checks.report.plain import neutral
from checks.status import VERDICTS
from checks.validate.suites import failing_severities


def _fmt(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.6g}"
    return str(value)


def interval(lower: object, upper: object) -> str:
    low, high = _fmt(lower), _fmt(upper)
    if not low and not high:
        return "≈"
    if low == high:
        return "="
    return f"[{low or '−∞'}, {high or '∞'}]"


def print_claims(frame: pd.DataFrame, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"{len(frame)} claims in {frame['doc'].nunique()} documents", show_lines=False)
    for column in ("doc", "text", "value", "unit", "interval", "kind", "dir", "proj", "basis", "metric"):
        table.add_column(column, overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*(escape(neutral(cell)) for cell in (
            row.doc, row.text, _fmt(row.value), row.unit, interval(row.lower, row.upper), row.kind,
            row.direction or "", "yes" if row.projected else "", row.basis or "", row.metric or "")))
    console.print(table)


def print_score(result: Score, fmt: str, show: int, console: Console | None = None) -> None:
    if fmt == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    console = console or Console()
    console.print(
        f"{result.documents} documents, {result.labels} labelled claims, {result.predictions} predicted "
        f"({result.excused} on scope numerals, not counted)")
    console.print(f"precision {result.precision:.3f}   recall {result.recall:.3f}   F1 {result.f1:.3f}   "
                  f"matched {result.matched}")
    table = Table(title="field accuracy over matched claims")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("claims", justify="right")
    for name in FIELDS:
        accuracy = result.accuracy(name)
        if accuracy is not None:  # measure fields only where the labels carry them
            table.add_row(name, f"{accuracy:.3f}", str(result.field_total[name]))
    console.print(table)
    if result.misses:
        console.print(f"[bold]misses[/bold] ({len(result.misses)}):")
        for miss in result.misses[:show]:
            near = ", ".join(f"{p['text']}={_fmt(p['value'])} {p['unit']}" for p in miss["predicted"])
            console.print(f"  {miss['doc']}:{miss['start']} {miss['text']} = {_fmt(miss['value'])} {miss['unit']}"
                          + (f"  (predicted {near})" if near else ""), markup=False)
    if result.false_hits:
        console.print(f"[bold]false hits[/bold] ({len(result.false_hits)}):")
        for hit in result.false_hits[:show]:
            note = f"  (labelled neutral: {hit['neutral']})" if hit["neutral"] else ""
            console.print(f"  {hit['doc']}:{hit['start']} {hit['text']} = {_fmt(hit['value'])} {hit['unit']}{note}",
                          markup=False)


SEVERITY_STYLE = {"critical": "bold red", "warning": "yellow", "info": "cyan"}


def print_run(result, reports_hint: str | None = None, console: Console | None = None, show: int = 5) -> None:
    """A pytest-like summary of a `check run`: what was checked, what failed, which claims, where the report is."""
    console = console or Console(highlight=False)
    validation = result.validation
    suites = escape(neutral(", ".join(f"{s.name} v{s.version}" for s in validation.suites)))
    console.print(f"[bold]check run[/bold]: {len(result.documents)} documents, {len(result.table)} claims, "
                  f"suites: {suites}")
    failed = [o for o in validation.outcomes if not o.success]
    order = {"critical": 0, "warning": 1, "info": 2}
    by_expectation: dict[str, list] = {}
    for finding in validation.findings:
        by_expectation.setdefault(finding.expectation_id, []).append(finding)
    if failed:
        console.rule("failed expectations")
    tables = {suite.name: suite.table for suite in validation.suites}
    for outcome in sorted(failed, key=lambda o: (order[o.spec.severity], o.spec.expectation_id)):
        style = SEVERITY_STYLE[outcome.spec.severity]
        rows = "claims" if tables.get(outcome.spec.suite, "claims") == "claims" else "relations between claims"
        console.print(f"[{style}]{outcome.spec.severity.upper():<8}[/{style}] "
                      f"{escape(neutral(outcome.spec.expectation_id))}  {escape(neutral(outcome.description))}  "
                      f"[dim]({outcome.unexpected} of {outcome.evaluated} {rows})[/dim]", markup=True)
        # A finding about several claims (one finding_id) is one line, naming each claim's offset.
        grouped: dict[str, list] = {}
        for finding in by_expectation.get(outcome.spec.expectation_id, []):
            grouped.setdefault(finding.finding_id, []).append(finding)
        for findings in list(grouped.values())[:show]:
            first = findings[0]
            where = ",".join(str(f.start) for f in findings)
            console.print(f"         {neutral(first.doc)}:{where}  {neutral(first.message)}", markup=False)
        if len(grouped) > show:
            console.print(f"         … and {len(grouped) - show} more", style="dim")
    counts = validation.counts()
    findings = len(validation.findings)
    status = result.exit_status
    verdict = {0: "[bold green]PASSED[/bold green]", 1: "[bold red]FAILED[/bold red]",
               2: "[bold red]BAD INPUT[/bold red]"}[status]
    console.rule()
    console.print(f"{verdict}  failed expectations: {counts['critical']} critical, {counts['warning']} warning, "
                  f"{counts['info']} info; {findings} findings; fail-on {result.fail_on}")
    if result.comparison is not None:
        for line in describe_comparison(result.comparison, result.fail_on, result.baseline_path):
            console.print(line, markup=False)
        console.print(f"{VERDICTS[status]} against the baseline (fail-on {result.fail_on})", markup=False)
    if result.reports is not None:
        console.print(f"report: {reports_hint or result.reports / 'index.html'}")
    elif not result.documents:
        console.print("no documents were read: the previous report, if any, is left as it was")


def describe_comparison(comparison, fail_on: str, baseline_path: str | None = None, show: int = 10) -> list[str]:
    """Terminal lines for a run against a baseline: the counts, the new findings at the failing severity,
    and the accepted findings that disappeared."""
    where = f" {baseline_path}" if baseline_path else ""
    lines = [f"baseline{where}: {len(comparison.new)} new, {len(comparison.accepted)} accepted, "
             f"{len(comparison.disappeared)} disappeared"]
    failing = [f for f in comparison.new if f.severity in failing_severities(fail_on)]
    if failing:
        lines.append(f"new findings that fail the gate ({len(failing)}):")
        lines += [f"  {f.severity.upper():<8} {neutral(f.doc)}:{f.start}  {neutral(f.message)}  "
                  f"[{neutral(f.expectation_id)}]" for f in failing[:show]]
        if len(failing) > show:
            lines.append(f"  … and {len(failing) - show} more")
    if comparison.disappeared:
        lines.append(f"accepted findings that disappeared ({len(comparison.disappeared)}); "
                     "record the baseline again to drop them:")
        lines += [f"  {a.severity.upper():<8} {neutral(a.doc)}  {neutral(a.message or a.text)}  "
                  f"[{neutral(a.expectation_id)}]" for a in comparison.disappeared[:show]]
        if len(comparison.disappeared) > show:
            lines.append(f"  … and {len(comparison.disappeared) - show} more")
    return lines
