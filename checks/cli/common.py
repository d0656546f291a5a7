"""What every command shares: one-line errors, exit statuses, a progress bar on terminals."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import NoReturn

import click

from checks.report.plain import neutral
from checks.status import BAD_INPUT


def fail(message: object) -> NoReturn:
    """One line on standard error, exit status 2."""
    click.echo(f"check: error: {neutral(message)}", err=True)
    sys.exit(BAD_INPUT)


def report_errors(errors: Iterable[object]) -> None:
    for error in errors:
        click.echo(f"check: error: {neutral(error)}", err=True)


class NoProgress:
    """No progress shown: output piped, or a CI log."""

    def document(self, _document: object) -> None:
        return None

    def stage(self, _name: str, _total: int | None = None) -> None:
        return None

    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


class Progress(NoProgress):
    """A progress line on the terminal's standard error: the stage, and the documents read of how many. It is
    removed when the run ends (transient), so that the summary stays what the terminal shows."""

    def __enter__(self) -> Progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self._progress.__enter__()
        self._task = self._progress.add_task("starting", total=None)
        return self

    def document(self, _document: object) -> None:
        self._progress.advance(self._task)

    def stage(self, name: str, total: int | None = None) -> None:
        self._progress.remove_task(self._task)  # a new line per stage: its own count and time
        self._task = self._progress.add_task(name, total=total)

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)


def progress_for(environ: dict[str, str] | None = None) -> NoProgress:
    """A progress line when standard error is a terminal and the run is not in CI (CI=true, GITHUB_ACTIONS)."""
    environ = dict(os.environ) if environ is None else environ
    in_ci = environ.get("CI", "").lower() in ("1", "true", "yes") or environ.get("GITHUB_ACTIONS") == "true"
    return Progress() if sys.stderr.isatty() and not in_ci else NoProgress()


def jobs_option(function):
    """--jobs N: the processes that read documents (default: the machine's cores)."""
    from checks.workers import cores

    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=cores(), show_default="the cores",
                        help="Processes reading documents at once; the output is the same for any number.")(function)


def max_document_option(function):
    """--max-document-mb: the size above which a document (a file, or a corpus line) is refused."""
    from checks.documents.read import MAX_DOCUMENT_BYTES

    return click.option("--max-document-mb", "max_document_mb", type=click.FloatRange(min=0, min_open=True),
                        default=MAX_DOCUMENT_BYTES / 1_000_000, show_default=True,
                        help="A document (a file, or one line of a corpus) larger than this is refused.")(function)
