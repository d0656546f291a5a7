"""Reading files, folders, JSONL corpora and standard input into :class:`Document`s.

Bad input never stops the others: each problem becomes a :class:`DocumentError` (file, line, reason)
beside the documents that could be read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from checks.documents.decode import UndecodableError, decode
from checks.documents.model import Document, DocumentError

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIX = ".jsonl"


def read_paths(
    paths: Iterable[str | Path],
    *,
    id_field: str = "id",
    text_field: str = "text",
    stdin: Iterable[bytes] | None = None,
) -> tuple[list[Document], list[DocumentError]]:
    """Read every document named by ``paths``: text files, folders (their .txt and .md files, recursively),
    JSONL corpora (one object a line with ``id_field`` and ``text_field``) and ``-`` for standard input."""
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for path in paths:
        for item in _read_one(str(path), id_field, text_field, stdin):
            (errors if isinstance(item, DocumentError) else documents).append(item)
    return documents, errors


def _read_one(path: str, id_field: str, text_field: str,
              stdin: Iterable[bytes] | None) -> Iterator[Document | DocumentError]:
    if path == "-":
        data = b"".join(stdin) if stdin is not None else sys.stdin.buffer.read()
        yield _document("-", "<stdin>", data)
        return
    location = Path(path)
    if location.is_dir():
        files = sorted(p for p in location.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(location).parts))
        if not files:
            yield DocumentError(path, "no .txt or .md documents in this folder")
        for file in files:
            yield from _read_file(file, file.relative_to(location).as_posix(), id_field, text_field)
        return
    if not location.exists():
        yield DocumentError(path, "no such file or folder")
        return
    yield from _read_file(location, location.name, id_field, text_field)


def _read_file(file: Path, name: str, id_field: str, text_field: str) -> Iterator[Document | DocumentError]:
    try:
        data = file.read_bytes()
    except OSError as error:
        yield DocumentError(str(file), f"cannot read: {error.strerror or error}")
        return
    if file.suffix.lower() == CORPUS_SUFFIX:
        yield from _read_corpus(str(file), data, id_field, text_field)
    else:
        yield _document(name, str(file), data)


def _document(name: str, source: str, data: bytes) -> Document | DocumentError:
    try:
        text, encoding = decode(data)
    except UndecodableError as error:
        return DocumentError(source, str(error))
    return Document(name, text, source, encoding)


def _read_corpus(source: str, data: bytes, id_field: str, text_field: str) -> Iterator[Document | DocumentError]:
    try:
        content, _encoding = decode(data)
    except UndecodableError as error:
        yield DocumentError(source, str(error))
        return
    seen: set[str] = set()
    # Lines end at \n only: JSON strings may hold U+2028 and U+0085, which str.splitlines() would split on.
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield DocumentError(source, f"invalid JSON ({error.msg} at column {error.colno})", number)
            continue
        if not isinstance(record, dict):
            yield DocumentError(source, "a corpus line must be a JSON object", number)
            continue
        if not isinstance(record.get(text_field), str):
            yield DocumentError(source, f"no string field {text_field!r}", number)
            continue
        doc_id = record.get(id_field)
        if doc_id is None or isinstance(doc_id, (dict, list)):
            yield DocumentError(source, f"no field {id_field!r} to name the document", number)
            continue
        doc_id = str(doc_id)
        if doc_id in seen:
            yield DocumentError(source, f"duplicate id {doc_id!r}", number)
            continue
        seen.add(doc_id)
        yield Document(doc_id, record[text_field], f"{source}:{number}")
