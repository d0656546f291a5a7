"""`check extract` and `check eval`: the claims of documents, and their score against hand labels."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import click

from checks.cli.common import BAD_INPUT, fail, jobs_option, max_document_option, progress_for, report_errors


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "parquet"]),
              help="Output format. Default: a table on a terminal, jsonl when piped or written to a file.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (atomically).")
@click.option("--id-field", default="id", show_default=True, help="JSONL corpora: the field naming a document.")
@click.option("--text-field", default="text", show_default=True, help="JSONL corpora: the field holding the text.")
@jobs_option
@max_document_option
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, id_field: str, text_field: str, jobs: int,
            max_document_mb: float) -> None:
    """Extract the numeric claims of documents into a table.

    PATHS are text files, folders (every .txt and .md below them), JSONL corpora (one {"id", "text"}
    object a line) or - for standard input. Default: seeds/.

    \b
    Examples:
      check extract seeds/
      check extract news.jsonl --id-field url --text-field body --format parquet -o claims.parquet
      echo '营收同比增长12.5%' | check extract - --format jsonl
    """
    from checks import extract_documents, extract_jsonl
    from checks.documents import read_paths
    from checks.report.tables import serialise

    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else (
            "parquet" if output and output.endswith(".parquet") else "csv" if output and output.endswith(".csv")
            else "jsonl")
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if fmt == "table" and output is not None:
        raise click.UsageError("--format table prints to the terminal; choose csv, jsonl or parquet for a file")
    with progress_for() as progress:
        progress.stage("reading documents")
        documents, errors = read_paths(paths or ("seeds",), id_field=id_field, text_field=text_field,
                                       max_bytes=int(max_document_mb * 1_000_000))
        progress.stage("extracting claims", len(documents))
        failures: list[tuple[str, str]] = []  # documents whose reading raised: reported, the others written
        if fmt == "jsonl":  # each worker serialises its documents; the lines are written as they come, in order
            _write_chunks(extract_jsonl(documents, jobs=jobs, on_document=progress.document, failures=failures),
                          output)
        else:
            frame = extract_documents(documents, jobs=jobs, on_document=progress.document, failures=failures)
    if fmt == "table":
        from checks.report.terminal import print_claims

        print_claims(frame)
    elif fmt != "jsonl":
        _write_chunks([serialise(frame, fmt)], output)
    errors = [*errors, *(f"{doc}: {reason}" for doc, reason in failures)]
    report_errors(errors)
    if errors:
        sys.exit(BAD_INPUT)


def _write_chunks(chunks: Iterable[bytes], output: str | None) -> None:
    """The bytes to standard output as they come, or to ``output`` atomically (whole or not at all)."""
    if output is None:
        for chunk in chunks:
            sys.stdout.buffer.write(chunk)
        sys.stdout.flush()
        return
    from checks.report.files import atomic_write

    def write(stream: BinaryIO) -> None:
        for chunk in chunks:
            stream.write(chunk)

    atomic_write(output, write)


@click.command(name="eval")
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
    from checks.claims.evaluate import LabelError, read_labels, score
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
        fail(error)
    wanted = sorted({label.doc for label in labels})
    found, errors = _labelled_documents(wanted, paths, gold_path if gold_path.is_dir() else gold_path.parent)
    claims = [claim for doc, document in found.items() for claim in extract_text(document.text, doc)]
    result = score(labels, claims, neutrals, documents=list(found))
    from checks.report.terminal import print_score

    print_score(result, fmt, show)
    report_errors(errors)
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
