"""Documents: reading files, folders, JSONL corpora and standard input into decoded texts.

Bad input never stops the others: each problem becomes a :class:`DocumentError` (file, line, reason)
beside the documents that could be read.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIX = ".jsonl"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, newline, carriage return and form feed: their presence means bytes,
# not text, whatever decoded them.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"} | {"\x7f"}


@dataclass(frozen=True)
class Document:
    """One decoded text and the name claims refer to it by."""

    doc: str
    text: str
    source: str  # the file it came from, for messages
    encoding: str = "utf-8"


@dataclass(frozen=True)
class DocumentError:
    """Why a file (or a line of a corpus) could not be read."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we read."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode document bytes: a BOM (UTF-8/16/32) wins, then UTF-8, then GB18030 (which covers GBK).

    Returns (text, encoding). Raises :class:`UndecodableError` for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding)), encoding
            except UnicodeDecodeError as error:
                raise UndecodableError(f"not valid {encoding} after its byte-order mark ({error.reason})") from None
    if b"\x00" in data:
        raise UndecodableError("binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("gb18030")), "gb18030"
    except UnicodeDecodeError:
        raise UndecodableError("not text: neither UTF-8, UTF-16 with a byte-order mark, nor GB18030") from None


def _checked(text: str) -> str:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise UndecodableError("binary file (control characters), not text")
    return text


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
