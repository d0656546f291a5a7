"""`check diff`: the claims added, removed and changed between two versions, and the gate on the new one."""

from __future__ import annotations

import json
import sys

import click

from checks.cli.common import fail, report_errors


class SplitAtDashDash(click.Command):
    """Keeps what follows ``--`` apart (git's convention: revisions before, paths after), which click would
    otherwise merge into the positional arguments."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" in args:
            at = args.index("--")
            ctx.meta["checks.limit"] = tuple(args[at + 1:])
            args = args[:at]
        return super().parse_args(ctx, args)


@click.command(name="diff", cls=SplitAtDashDash)
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
    from checks.claims.evidence import EvidenceError
    from checks.gate.baseline import BaselineError
    from checks.gate.diff import diff_sides, format_markdown, format_text
    from checks.gate.revisions import DiffError
    from checks.validate import SuiteError, load_suites

    try:  # a bad baseline, suite or side: one line, exit 2
        suites = load_suites(expectations)
        compared = diff_sides(sides, ctx.meta.get("checks.limit", ()), suites=suites, fail_on=fail_on,
                              baseline=baseline_path, reports=reports)
    except (BaselineError, SuiteError, EvidenceError, DiffError) as error:
        fail(error)
    result = compared.result
    if fmt == "json":
        data = {"old": compared.old_label, "new": compared.new_label, **compared.diff.to_dict(),
                "findings": [f.to_dict() for f in result.validation.findings] if result is not None else [],
                "exit_status": compared.exit_status}
        click.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    elif fmt == "markdown":
        click.echo(format_markdown(compared.diff, compared.old_label, compared.new_label))
        if result is not None:
            from checks.report.ci.markdown import to_markdown

            click.echo(to_markdown(result))
    else:
        click.echo(format_text(compared.diff, compared.old_label, compared.new_label), nl=False)
        if result is not None:
            from checks.report.terminal import print_run

            print_run(result)
        else:
            click.echo(f"no documents on the new side ({compared.new_label}): nothing to validate")
    report_errors(compared.errors)
    sys.exit(compared.exit_status)
