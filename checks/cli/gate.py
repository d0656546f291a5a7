"""`check baseline` (accept today's findings) and `check init` (scaffold a repository for the gate)."""

from __future__ import annotations

import sys

import click

from checks.cli.common import BAD_INPUT, fail
from checks.gate.baseline import DEFAULT_BASELINE


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
    from checks.claims.evidence import EvidenceError
    from checks.gate.baseline import record
    from checks.gate.run import run
    from checks.validate import SuiteError

    try:
        result = run(paths or ("seeds",), expectations=expectations, reports=None, evidence=evidence)
    except (SuiteError, EvidenceError) as error:
        fail(error)
    if result.errors:
        for error in result.errors:
            click.echo(f"check: error: {error}", err=True)
        click.echo(f"check: error: {baseline_path}: not written, since a document could not be read", err=True)
        sys.exit(BAD_INPUT)
    if not result.documents:
        fail(f"{' '.join(paths or ('seeds',))}: no documents to record a baseline of")
    try:
        entries = record(result.validation.findings, baseline_path)
    except OSError as error:
        fail(f"{baseline_path}: cannot write the baseline ({error.strerror or error})")
    severities = {s: sum(e.severity == s for e in entries) for s in ("critical", "warning", "info")}
    click.echo(f"baseline {baseline_path}: {len(entries)} findings accepted ({severities['critical']} critical, "
               f"{severities['warning']} warning, {severities['info']} info) in {len(result.documents)} documents")


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
    from checks.gate.init import InitError, scaffold

    try:
        written = scaffold(folder, package=package, python_version=python_version)
    except InitError as error:
        fail(error)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo("next: put documents in seeds/, run `check run`, commit; CI runs the gate on every change")
