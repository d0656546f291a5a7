"""The `check` command: a thin click layer over the library.

Exit status: 0 all good; 1 a check failed (the CI gate); 2 bad input or configuration.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

BAD_INPUT = 2


def _report_errors(errors: list) -> None:
    for error in errors:
        click.echo(f"check: error: {error}", err=True)


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


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "parquet"]),
              help="Output format. Default: a table on a terminal, jsonl when piped or written to a file.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (atomically).")
@click.option("--id-field", default="id", show_default=True, help="JSONL corpora: the field naming a document.")
@click.option("--text-field", default="text", show_default=True, help="JSONL corpora: the field holding the text.")
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, id_field: str, text_field: str) -> None:
    """Extract the numeric claims of documents into a table.

    PATHS are text files, folders (every .txt and .md below them), JSONL corpora (one {"id", "text"}
    object a line) or - for standard input. Default: seeds/.

    \b
    Examples:
      check extract seeds/
      check extract news.jsonl --id-field url --text-field body --format parquet -o claims.parquet
      echo '营收同比增长12.5%' | check extract - --format jsonl
    """
    from checks import extract_documents
    from checks.documents import read_paths
    from checks.output import serialise

    documents, errors = read_paths(paths or ("seeds",), id_field=id_field, text_field=text_field)
    frame = extract_documents(documents)
    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else (
            "parquet" if output and output.endswith(".parquet") else "csv" if output and output.endswith(".csv")
            else "jsonl")
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if fmt == "table":
        if output is not None:
            raise click.UsageError("--format table prints to the terminal; choose csv, jsonl or parquet for a file")
        from checks.terminal import print_claims

        print_claims(frame)
    else:
        data = serialise(frame, fmt)
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            from checks.output import atomic_write

            atomic_write(output, lambda stream: stream.write(data))
    _report_errors(errors)
    if errors:
        sys.exit(BAD_INPUT)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True))
@click.argument("paths", nargs=-1)
@click.option("--neutral", type=click.Path(exists=True, dir_okay=False), multiple=True,
              help="Numerals that are not claims (*.neutral.jsonl). Default: the ones beside each gold file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show", default=20, show_default=True, help="How many misses and false hits to list.")
def evaluate(gold: str, paths: tuple[str, ...], neutral: tuple[str, ...], fmt: str, show: int) -> None:
    """Score extraction against hand labels: precision, recall, field accuracy, misses and false hits.

    GOLD is a *.gold.jsonl file or a folder of them. PATHS hold the documents the labels name
    (default: the folder of the gold files). A prediction matches a label when their spans overlap and
    value and unit agree.

    \b
    Examples:
      check eval seeds/000_34c96f8a786bc2fd.gold.jsonl
      check eval tests/corpus/zh --format json
    """
    from checks.evaluate import LabelError, read_labels, score
    from checks.extract import extract as extract_text

    gold_path = Path(gold)
    gold_files = sorted(gold_path.glob("*.gold.jsonl")) if gold_path.is_dir() else [gold_path]
    if not gold_files:
        raise click.UsageError(f"{gold}: no *.gold.jsonl files")
    neutral_files = [Path(n) for n in neutral] or [
        f.with_name(f.name.replace(".gold.jsonl", ".neutral.jsonl")) for f in gold_files
        if f.with_name(f.name.replace(".gold.jsonl", ".neutral.jsonl")).exists()]
    try:
        labels = [label for f in gold_files for label in read_labels(f)]
        neutrals = [label for f in neutral_files for label in read_labels(f)]
    except LabelError as error:
        click.echo(f"check: error: {error}", err=True)
        sys.exit(BAD_INPUT)
    wanted = sorted({label.doc for label in labels})
    found, errors = _labelled_documents(wanted, paths, gold_path if gold_path.is_dir() else gold_path.parent)
    claims = [claim for doc, document in found.items() for claim in extract_text(document.text, doc)]
    result = score(labels, claims, neutrals, documents=list(found))
    from checks.terminal import print_score

    print_score(result, fmt, show)
    _report_errors(errors)
    if errors:
        sys.exit(BAD_INPUT)


def _labelled_documents(wanted: list[str], paths: tuple[str, ...], folder: Path):
    """The documents that labels name, each under the name the labels give it, and one error for each
    that cannot be read or found."""
    from checks.documents import DocumentError, read_paths

    found, errors = {}, []
    if not paths:  # the labels' own folder: read each document by its labelled path
        for doc in wanted:
            documents, problems = read_paths([folder / doc])
            errors.extend(problems)
            if documents:
                found[doc] = documents[0]
        return found, errors
    documents, errors = read_paths(paths)
    by_name = {}
    for document in documents:  # a file argument is named by its file name; labels may name a path
        by_name.setdefault(document.doc, document)
        by_name.setdefault(Path(document.source).name, document)
    for doc in wanted:
        document = by_name.get(doc) or by_name.get(Path(doc).name)
        if document is None:
            errors.append(DocumentError(doc, "labelled document not found in the paths given"))
        else:
            found[doc] = document
    return found, errors


@main.command(name="run")
@click.argument("paths", nargs=-1)
@click.option("--expectations", "expectations", default="expectations", show_default=True,
              type=click.Path(file_okay=False), help="Folder of suite files (*.json).")
@click.option("--reports", "reports", default="reports", show_default=True, type=click.Path(file_okay=False),
              help="Folder the report is written to.")
@click.option("--fail-on", type=click.Choice(["critical", "warning", "never"]), default="critical", show_default=True,
              help="The severity at which a failed expectation fails the run (exit 1).")
@click.option("--evidence", multiple=True, type=click.Path(dir_okay=False),
              help="An evidence table (CSV or Parquet: metric, value, unit, period, …); repeatable. Tables among "
                   "the documents' folders are read too.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["junit", "sarif", "github", "markdown"]),
              help="CI formats written beside index.html (repeatable): junit.xml, results.sarif, annotations, "
                   "summary.md.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Fail only on findings this baseline (see `check baseline`) does not accept.")
def run_command(paths: tuple[str, ...], expectations: str, reports: str, fail_on: str,
                evidence: tuple[str, ...], formats: tuple[str, ...], baseline_path: str | None) -> None:
    """Extract the claims of documents, validate them with every suite, and write the reports folder.

    PATHS as for `check extract` (default: seeds/). Exit status: 0 nothing failed at the failing severity,
    1 something did (the CI gate), 2 bad input or configuration.

    \b
    Examples:
      check run                                  # seeds/ with expectations/, report in reports/
      check run press/ --fail-on warning         # warnings fail the gate too
      check run news.jsonl --reports out/ --expectations my-suites/
      check run press/ --evidence reference/nbs-2024.csv
      check run --format sarif --format junit --baseline reports/baseline.json
    """
    import logging

    from checks.cli_gate import finish_run, load_baseline_or_exit
    from checks.evidence import EvidenceError
    from checks.run import run
    from checks.terminal import print_run
    from checks.validate import SuiteError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    baseline = load_baseline_or_exit(baseline_path)  # a bad baseline: one line, exit 2, before anything runs
    progress = _progress_for()
    try:
        with progress as advance:
            result = run(paths or ("seeds",), expectations=expectations, reports=reports, fail_on=fail_on,
                         evidence=evidence, on_document=advance)
    except (SuiteError, EvidenceError) as error:
        click.echo(f"check: error: {error}", err=True)
        sys.exit(BAD_INPUT)
    print_run(result)
    status = finish_run(result, formats=formats, reports=reports, baseline=baseline, baseline_path=baseline_path)
    _report_errors(list(result.errors))
    sys.exit(status)


class _NoProgress:
    def __enter__(self):
        return lambda _document: None

    def __exit__(self, *_exc: object) -> None:
        return None


class _Progress:
    """A progress bar on a terminal while documents are extracted."""

    def __enter__(self):
        from rich.progress import Progress

        self._progress = Progress(transient=True)
        self._progress.__enter__()
        self._task = self._progress.add_task("extracting", total=None)
        return lambda _document: self._progress.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)


def _progress_for():
    return _Progress() if sys.stderr.isatty() else _NoProgress()


@main.command(name="suites")
@click.option("--expectations", "expectations", default="expectations", show_default=True,
              type=click.Path(file_okay=False), help="Folder of suite files (*.json).")
def suites_command(expectations: str) -> None:
    """List each suite's expectations in plain words, with their severities.

    \b
    Examples:
      check suites
      check suites --expectations my-suites/
    """
    from checks.validate import SuiteError, load_suites
    from checks.wording import describe

    try:
        suites = load_suites(expectations)
    except SuiteError as error:
        click.echo(f"check: error: {error}", err=True)
        sys.exit(BAD_INPUT)
    for suite in suites:
        click.echo(f"{suite.name} (version {suite.version}, {suite.path}): {len(suite.expectations)} expectations")
        for spec in suite.expectations:
            why = f"  — {spec.why}" if spec.why else ""
            click.echo(f"  {spec.expectation_id:<12} {spec.severity:<8} {describe(spec)}{why}")


def _attach_gate_commands() -> None:
    """check baseline, check diff and check init live in checks.cli_gate."""
    from checks.cli_gate import baseline_command, diff_command, init_command

    for command in (baseline_command, diff_command, init_command):
        main.add_command(command)


_attach_gate_commands()
