"""The `check` command: the last stage, a thin click layer over the library (one module per command group).

Exit status: 0 all good; 1 a check failed (the CI gate); 2 bad input or configuration.
"""

from __future__ import annotations

import click

from checks.cli.diff import diff_command
from checks.cli.extract import evaluate, extract
from checks.cli.gate import baseline_command, init_command
from checks.cli.run import run_command, suites_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
