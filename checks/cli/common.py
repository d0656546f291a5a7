"""What every command shares: one-line errors, exit statuses, a progress bar on terminals."""

from __future__ import annotations

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
    def __enter__(self):
        return lambda _document: None

    def __exit__(self, *_exc: object) -> None:
        return None


class Progress:
    """A progress bar on a terminal while documents are extracted."""

    def __enter__(self):
        from rich.progress import Progress

        self._progress = Progress(transient=True)
        self._progress.__enter__()
        self._task = self._progress.add_task("extracting", total=None)
        return lambda _document: self._progress.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)


def progress_for():
    return Progress() if sys.stderr.isatty() else NoProgress()


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
