"""The CI gate on the command line: `check baseline`, `check diff`, `check init`, and the CI formats of `check run`.

The commands are plain click commands, attached to the `check` group by ``main.add_command``. `check run` calls
:func:`load_baseline_or_exit` before it runs and :func:`finish_run` after, which compares with the baseline,
writes the CI formats and returns the exit status.

Exit status: 0 all good; 1 the gate failed; 2 bad input (a missing or malformed baseline, a revision that does
not exist, a path that does not exist, an unreadable document), with one line on standard error naming it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from checks.baseline import DEFAULT_BASELINE, Baseline, BaselineError, Comparison

if TYPE_CHECKING:
    from checks.run import RunResult

BAD_INPUT = 2
VERDICTS = {0: "PASSED", 1: "FAILED", 2: "BAD INPUT"}
FORMATS = ("junit", "sarif", "github", "markdown")
# The file each format is written to in the reports folder.
FORMAT_FILES = {"junit": "junit.xml", "sarif": "results.sarif", "github": "annotations.txt",
                "markdown": "summary.md"}


def _fail(message: object) -> None:
    click.echo(f"check: error: {message}", err=True)
    sys.exit(BAD_INPUT)


# --- what `check run` calls ---------------------------------------------------------------------------------------

def load_baseline_or_exit(path: str | Path | None) -> Baseline | None:
    """The baseline named by ``--baseline`` (None when not given); a missing or malformed file is one line on
    standard error and exit 2, before anything runs or is written."""
    if path is None:
        return None
    from checks.baseline import load

    try:
        return load(path)
    except BaselineError as error:
        _fail(error)
    return None  # not reached


def write_formats(result: RunResult, formats: Iterable[str], reports: str | Path, *,
                  comparison: Comparison | None = None, baseline_path: str | Path | None = None,
                  root: str | Path | None = None, environ: Mapping[str, str] | None = None,
                  stdout: TextIO | None = None) -> list[Path]:
    """Write the CI formats asked for into ``reports`` (atomically, beside the HTML report):
    junit → junit.xml, sarif → results.sarif, markdown → summary.md, github → annotations.txt.

    GitHub annotations are also printed to ``stdout`` when GITHUB_ACTIONS=true (that is how Actions reads them),
    and the Markdown summary is appended to the file $GITHUB_STEP_SUMMARY names, when it is set. Paths in the
    formats are relative to ``root`` (default: the working directory, the repository's root in CI). Nothing is
    written when no document was read (the previous report stays, as `check run` leaves it).
    """
    from checks.output import atomic_write

    environ = os.environ if environ is None else environ
    wanted = list(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    if not result.documents or not wanted:
        return []
    texts = {name: render(result, name, comparison=comparison, baseline_path=baseline_path, root=root)
             for name in wanted}
    written = []
    for name, text in texts.items():
        target = Path(reports) / FORMAT_FILES[name]
        data = text.encode("utf-8")
        atomic_write(target, lambda stream, data=data: stream.write(data))
        written.append(target)
    if "github" in texts and environ.get("GITHUB_ACTIONS") == "true":
        (stdout or sys.stdout).write(texts["github"])
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if "markdown" in texts and summary:
        with open(summary, "a", encoding="utf-8") as stream:
            stream.write(texts["markdown"] + "\n")
    return written


def render(result: RunResult, fmt: str, *, comparison: Comparison | None = None,
           baseline_path: str | Path | None = None, root: str | Path | None = None) -> str:
    """One CI format of the run as text."""
    if fmt == "junit":
        from checks.ci.junit import to_junit

        return to_junit(result, comparison=comparison, root=root)
    if fmt == "sarif":
        from checks.ci.sarif import to_sarif

        return to_sarif(result, comparison=comparison, root=root)
    if fmt == "github":
        from checks.ci.github import to_github_annotations

        return to_github_annotations(result, comparison=comparison, root=root)
    if fmt == "markdown":
        from checks.ci.markdown import to_markdown

        return to_markdown(result, comparison=comparison, root=root, baseline_path=baseline_path)
    raise ValueError(f"unknown format {fmt!r}")


def describe_comparison(comparison: Comparison, fail_on: str, baseline_path: str | Path | None = None,
                        show: int = 10) -> list[str]:
    """Terminal lines for a run against a baseline: the counts, the new findings at the failing severity,
    and the accepted findings that disappeared."""
    from checks.baseline import failing_severities

    where = f" {baseline_path}" if baseline_path else ""
    lines = [f"baseline{where}: {len(comparison.new)} new, {len(comparison.accepted)} accepted, "
             f"{len(comparison.disappeared)} disappeared"]
    failing = [f for f in comparison.new if f.severity in failing_severities(fail_on)]
    if failing:
        lines.append(f"new findings that fail the gate ({len(failing)}):")
        lines += [f"  {f.severity.upper():<8} {f.doc}:{f.start}  {f.message}  [{f.expectation_id}]"
                  for f in failing[:show]]
        if len(failing) > show:
            lines.append(f"  … and {len(failing) - show} more")
    if comparison.disappeared:
        lines.append(f"accepted findings that disappeared ({len(comparison.disappeared)}); "
                     "record the baseline again to drop them:")
        lines += [f"  {a.severity.upper():<8} {a.doc}  {a.message or a.text}  [{a.expectation_id}]"
                  for a in comparison.disappeared[:show]]
        if len(comparison.disappeared) > show:
            lines.append(f"  … and {len(comparison.disappeared) - show} more")
    return lines


def finish_run(result: RunResult, *, formats: Iterable[str] = (), reports: str | Path = "reports",
               baseline: Baseline | None = None, baseline_path: str | Path | None = None) -> int:
    """After `check run` has printed its summary: compare with the baseline (printing what is new and what
    disappeared), write the CI formats, and return the exit status of the gate."""
    from checks.baseline import compare
    from checks.ci import gate_status

    comparison = compare(result, baseline) if baseline is not None else None
    status = gate_status(result, comparison)
    if comparison is not None:
        for line in describe_comparison(comparison, result.fail_on, baseline_path):
            click.echo(line)
        # print_run's verdict ignores the baseline; this one is the exit status.
        click.echo(f"{VERDICTS[status]} against the baseline (fail-on {result.fail_on})")
    write_formats(result, formats, reports, comparison=comparison, baseline_path=baseline_path)
    return status


# --- check baseline -----------------------------------------------------------------------------------------------

@click.command(name="baseline")
@click.argument("paths", nargs=-1)
@click.option("--expectations", default="expectations", show_default=True, type=click.Path(file_okay=False),
              help="Folder of suite files (*.json).")
@click.option("--baseline", "baseline_path", default=str(DEFAULT_BASELINE), show_default=True,
              type=click.Path(dir_okay=False), help="The baseline file to write.")
@click.option("--evidence", multiple=True, type=click.Path(dir_okay=False),
              help="An evidence table (CSV or Parquet); repeatable, as for `check run`.")
def baseline_command(paths: tuple[str, ...], expectations: str, baseline_path: str,
                     evidence: tuple[str, ...]) -> None:
    """Record the current findings as accepted, so that `check run --baseline FILE` fails only on new ones.

    PATHS as for `check run` (default: seeds/). Every finding of every severity is recorded, by claim id and
    expectation id, which stay the same when the text around a claim is edited. Nothing is written when a
    document cannot be read (exit 2): a baseline without it would accept too little.

    \b
    Examples:
      check baseline                                # seeds/ into reports/baseline.json
      check baseline press/ --baseline .checks/baseline.json
      check run press/ --baseline .checks/baseline.json
    """
    from checks.baseline import record
    from checks.evidence import EvidenceError
    from checks.run import run
    from checks.validate import SuiteError

    try:
        result = run(paths or ("seeds",), expectations=expectations, reports=None, evidence=evidence)
    except (SuiteError, EvidenceError) as error:
        _fail(error)
    if result.errors:
        for error in result.errors:
            click.echo(f"check: error: {error}", err=True)
        click.echo(f"check: error: {baseline_path}: not written, since a document could not be read", err=True)
        sys.exit(BAD_INPUT)
    if not result.documents:
        _fail(f"{' '.join(paths or ('seeds',))}: no documents to record a baseline of")
    try:
        entries = record(result, baseline_path)
    except OSError as error:
        _fail(f"{baseline_path}: cannot write the baseline ({error.strerror or error})")
    severities = {s: sum(e.severity == s for e in entries) for s in ("critical", "warning", "info")}
    click.echo(f"baseline {baseline_path}: {len(entries)} findings accepted ({severities['critical']} critical, "
               f"{severities['warning']} warning, {severities['info']} info) in {len(result.documents)} documents")


# --- check diff ---------------------------------------------------------------------------------------------------

class _SplitAtDashDash(click.Command):
    """Keeps what follows ``--`` apart (git's convention: revisions before, paths after), which click would
    otherwise merge into the positional arguments."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" in args:
            at = args.index("--")
            ctx.meta["checks.limit"] = tuple(args[at + 1:])
            args = args[:at]
        return super().parse_args(ctx, args)


@click.command(name="diff", cls=_SplitAtDashDash)
@click.argument("sides", nargs=-1)
@click.option("--expectations", default="expectations", show_default=True, type=click.Path(file_okay=False),
              help="Folder of suite files (*.json), run on the new side.")
@click.option("--fail-on", type=click.Choice(["critical", "warning", "never"]), default="critical",
              show_default=True, help="The severity at which a finding on the new side fails (exit 1).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Fail only on findings of the new side that this baseline does not accept.")
@click.option("--reports", type=click.Path(file_okay=False),
              help="Also write the new side's report folder here (default: no report is written).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="How the diff is printed.")
@click.pass_context
def diff_command(ctx: click.Context, sides: tuple[str, ...], expectations: str, fail_on: str,
                 baseline_path: str | None, reports: str | None, fmt: str) -> None:
    """List the claims added, removed and changed between two versions of the documents, and run the suites on
    the new side.

    OLD and NEW are two files, two folders, or git revisions: REV (that revision against the working tree),
    A..B (two revisions; an empty side is HEAD), A...B (B against its merge base with A), or A B; no argument
    means HEAD against the working tree. With revisions, PATHS after -- limit the comparison (default: seeds/).
    A changed claim shows which of value, lower, upper, qualifier, kind, projected, source (and its text)
    changed. Exit status: the gate's on the new side (0, 1), 2 for a path or revision that does not exist.

    \b
    Examples:
      check diff old/ new/
      check diff HEAD~1
      check diff main..HEAD -- seeds/
      check diff origin/main...HEAD --format markdown -- seeds/ >> "$GITHUB_STEP_SUMMARY"
    """
    from checks.baseline import compare
    from checks.ci import gate_status
    from checks.diff import DiffError, diff_tables, format_markdown, format_text, read_side, resolve_sides
    from checks.evidence import EvidenceError
    from checks.run import run
    from checks.table import TABLE_COLUMNS, claims_table
    from checks.validate import SuiteError, load_suites

    limit = ctx.meta.get("checks.limit", ())
    baseline = load_baseline_or_exit(baseline_path)
    try:
        suites = load_suites(expectations)
    except SuiteError as error:
        _fail(error)
    try:
        with resolve_sides(sides, limit) as (old, new):
            old_documents, old_errors = read_side(old)
            result = None
            if new.paths:
                result = run(new.paths, suites=suites, reports=reports, fail_on=fail_on)
            old_table = claims_table(old_documents)
    except DiffError as error:
        _fail(error)
    except (SuiteError, EvidenceError) as error:
        _fail(error)
    import pandas as pd

    new_table = result.table if result is not None else pd.DataFrame(columns=list(TABLE_COLUMNS))
    diff = diff_tables(old_table, new_table)
    comparison = compare(result, baseline) if result is not None and baseline is not None else None
    status = gate_status(result, comparison) if result is not None else 0
    errors = [*old_errors, *(result.errors if result is not None else ())]
    if fmt == "json":
        data = {"old": old.label, "new": new.label, **diff.to_dict(),
                "findings": [f.to_dict() for f in result.validation.findings] if result is not None else [],
                "exit_status": BAD_INPUT if errors else status}
        click.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    elif fmt == "markdown":
        click.echo(format_markdown(diff, old.label, new.label))
        if result is not None:
            from checks.ci.markdown import to_markdown

            click.echo(to_markdown(result, comparison=comparison, baseline_path=baseline_path))
    else:
        click.echo(format_text(diff, old.label, new.label), nl=False)
        if result is not None:
            from checks.terminal import print_run

            print_run(result)
            if comparison is not None:
                for line in describe_comparison(comparison, fail_on, baseline_path):
                    click.echo(line)
                click.echo(f"{VERDICTS[status]} against the baseline (fail-on {fail_on})")
        else:
            click.echo(f"no documents on the new side ({new.label}): nothing to validate")
    for error in errors:
        click.echo(f"check: error: {error}", err=True)
    sys.exit(BAD_INPUT if errors else status)


# --- check init ---------------------------------------------------------------------------------------------------

@click.command(name="init")
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option("--package", help="The pip requirement CI installs checks with (default: where this copy came from, "
                                "else checks==VERSION).")
@click.option("--python-version", default="3.11", show_default=True, help="The Python version CI runs.")
def init_command(folder: str, package: str | None, python_version: str) -> None:
    """Scaffold a repository of documents for the gate: seeds/, expectations/ (the default suites), the GitHub
    Actions workflow and a pre-commit configuration. Never overwrites a file (exit 2, nothing written).

    \b
    Examples:
      check init
      check init my-press-releases/ --package "checks @ git+https://github.com/OWNER/checks@v0.1.0"
    """
    from checks.init import InitError, scaffold

    try:
        written = scaffold(folder, package=package, python_version=python_version)
    except InitError as error:
        _fail(error)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo("next: put documents in seeds/, run `check run`, commit; CI runs the gate on every change")
