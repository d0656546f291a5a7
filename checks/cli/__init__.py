"""The `check` command: the last stage, a thin click layer over the library (one module per command group).

Exit status: 0 all good; 1 a check failed (the CI gate); 2 bad input or configuration.
"""

from __future__ import annotations

import os
import sys

import click

from checks.cli.common import fail
from checks.cli.diff import diff_command
from checks.cli.extract import evaluate, extract
from checks.cli.gate import baseline_command, init_command
from checks.cli.run import run_command, suites_command


class OneLineErrors(click.Group):
    """click, with its usage errors as one line like every other error (check: error: …), exit status 2: a path
    option that names a file where a folder is wanted is bad input like any other."""

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.Abort:
            fail("aborted")
        except click.exceptions.NoArgsIsHelpError as error:  # `check` alone: the help, as click prints it
            click.echo(error.ctx.get_help() if error.ctx else str(error))
            sys.exit(0)
        except click.UsageError as error:
            command = f"{error.ctx.command_path}: " if error.ctx else ""
            hint = f" (see {error.ctx.command_path} --help)" if error.ctx else ""
            fail(f"{command}{error.format_message()}{hint}".replace("\n", " "))
        except click.ClickException as error:
            fail(error.format_message())


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="checks")
def main() -> None:
    """Find, normalise and check the figures in news text and press releases.

    \b
    Examples:
      check extract seeds/                      # the claims of every .txt/.md below seeds/
      check extract article.txt --format csv    # one file, as CSV
      check eval seeds/000_x.gold.jsonl         # score extraction against hand labels
    """


for _command in (extract, evaluate, run_command, suites_command, baseline_command, diff_command, init_command):
    main.add_command(_command)


def console() -> None:
    """The installed `check` command: :func:`main`, then an exit that skips freeing a large run's objects one by one
    (0.7 s after a run of 50,000 claims, most of it the interpreter taking Great Expectations' modules apart). The
    output is flushed first; a live Spark session, which stops at exit, and an output that cannot be flushed get
    Python's normal exit."""
    try:
        main()
        status: object = 0
    except SystemExit as end:
        status = end.code
    if status is None:
        status = 0
    if not isinstance(status, int):  # sys.exit("message"): Python prints it and exits 1
        sys.exit(status)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(status)
    spark = getattr(sys.modules.get("pyspark"), "SparkContext", None)
    if spark is not None and getattr(spark, "_active_spark_context", None) is not None:
        sys.exit(status)
    os._exit(status)
