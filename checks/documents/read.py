"""Reading files, folders, JSONL corpora and standard input into :class:`Document`s.

Bad input never stops the others: each problem becomes a :class:`DocumentError` (file, line, reason)
beside the documents that could be read.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from checks.documents.decode import UndecodableError, decode
from checks.documents.jsontext import strict_json
from checks.documents.model import Document, DocumentError

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIX = ".jsonl"


# The file that marks a reports folder (written by every run into it): such a folder is never read as input.
REPORTS_MARKER = ".checks-reports"
# A document (a file, or one line of a corpus) larger than this is refused, not read: a runaway input (/dev/zero,
# a log file by mistake) must not take the machine's memory. Override with ``max_bytes`` (CLI: --max-document-mb).
MAX_DOCUMENT_BYTES = 20_000_000


def read_paths(
    paths: Iterable[str | Path],
    *,
    id_field: str = "id",
    text_field: str = "text",
    stdin: Iterable[bytes] | None = None,
    exclude: Iterable[str | Path] = (),
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> tuple[list[Document], list[DocumentError]]:
    """Read every document named by ``paths``: text files, folders (their .txt and .md files, recursively),
    JSONL corpora (one object a line with ``id_field`` and ``text_field``) and ``-`` for standard input.

    Folders under ``exclude`` (a reports folder inside the documents) are never read. Only regular files are read
    (a FIFO or a device is an error, not a wait), each at most ``max_bytes``; a folder that cannot be listed is an
    error, not an empty folder."""
    documents: list[Document] = []
    errors: list[DocumentError] = []
    skipped = {Path(path).resolve() for path in exclude}
    for path in paths:
        for item in _read_one(str(path), id_field, text_field, stdin, skipped, max_bytes):
            (errors if isinstance(item, DocumentError) else documents).append(item)
    return documents, errors


def _read_one(path: str, id_field: str, text_field: str, stdin: Iterable[bytes] | None, skipped: set[Path],
              max_bytes: int) -> Iterator[Document | DocumentError]:
    if path == "-":
        data = b"".join(stdin) if stdin is not None else sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield DocumentError("<stdin>", f"larger than {_megabytes(max_bytes)}; not read (--max-document-mb)")
            return
        yield _document("-", "<stdin>", data)
        return
    location = Path(path)
    if location.is_dir():
        files, problems = _walk(location, skipped)
        yield from problems
        if not files and not problems:
            yield DocumentError(path, "no .txt or .md documents in this folder")
        for file in files:
            yield from _read_file(file, file.relative_to(location).as_posix(), id_field, text_field, max_bytes)
        return
    if not location.exists():
        yield DocumentError(path, "no such file or folder")
        return
    yield from _read_file(location, location.name, id_field, text_field, max_bytes)


def _walk(folder: Path, skipped: set[Path]) -> tuple[list[Path], list[DocumentError]]:
    """The .txt and .md files under ``folder`` (hidden and skipped folders left out), and the folders that could
    not be listed."""
    files: list[Path] = []
    problems: list[DocumentError] = []

    def unreadable(error: OSError) -> None:
        problems.append(DocumentError(str(error.filename or folder), f"cannot read this folder: "
                                                                     f"{error.strerror or error}"))

    for directory, subfolders, names in os.walk(folder, onerror=unreadable):
        here = Path(directory)
        if REPORTS_MARKER in names and here != folder:
            subfolders[:] = []
            continue  # a reports folder of an earlier run: output, not documents
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".")
                               and (here / d).resolve() not in skipped)
        for name in sorted(names):
            path = here / name
            if not name.startswith(".") and path.suffix.lower() in TEXT_SUFFIXES and path.is_file():
                files.append(path)
    return sorted(files), problems


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:g} MB"


def _read_file(file: Path, name: str, id_field: str, text_field: str,
               max_bytes: int) -> Iterator[Document | DocumentError]:
    try:
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            yield DocumentError(str(file), "not a regular file (a pipe, a device or a socket is not read)")
            return
        corpus = file.suffix.lower() == CORPUS_SUFFIX
        if not corpus and status.st_size > max_bytes:
            yield DocumentError(str(file), f"larger than {_megabytes(max_bytes)}; not read (--max-document-mb)")
            return
        if corpus:
            yield from _read_corpus_file(file, id_field, text_field, max_bytes)
            return
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        yield DocumentError(str(file), f"cannot read: {error.strerror or error}")
        return
    yield _document(name, str(file), data)


def _read_corpus_file(file: Path, id_field: str, text_field: str,
                      max_bytes: int) -> Iterator[Document | DocumentError]:
    """A JSONL corpus, line by line: memory follows the longest line, not the file. A UTF-16 or UTF-32 corpus (it
    starts with its byte-order mark) is decoded whole."""
    with file.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            handle.seek(0)
            data = handle.read(max_bytes * 10 + 1)
            yield from _read_corpus(str(file), data, id_field, text_field)
            return
        if b"\x00" in head + handle.read(8192):  # a binary file is one error, not one per line
            yield DocumentError(str(file), "binary file (NUL bytes), not text")
            return
        handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
        seen: set[str] = set()
        for number, raw in enumerate(_lines(handle, max_bytes), start=1):
            if raw is None:
                yield DocumentError(str(file), f"line longer than {_megabytes(max_bytes)}; not read", number)
                continue
            yield from _read_corpus(str(file), raw, id_field, text_field, first_line=number, seen=seen)


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary stream (split at \\n only), None for a line longer than ``max_bytes``."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the overlong line
                line = handle.readline(max_bytes + 1)
            yield None
            continue
        yield line


def _document(name: str, source: str, data: bytes) -> Document | DocumentError:
    try:
        text, encoding = decode(data)
    except UndecodableError as error:
        return DocumentError(source, str(error))
    return Document(name, text, source, encoding)


def _read_corpus(source: str, data: bytes, id_field: str, text_field: str, first_line: int = 1,
                 seen: set[str] | None = None) -> Iterator[Document | DocumentError]:
    try:
        content, _encoding = decode(data)
    except UndecodableError as error:
        yield DocumentError(source, str(error), first_line)
        return
    seen = set() if seen is None else seen
    # Lines end at \n only: JSON strings may hold U+2028 and U+0085, which str.splitlines() would split on.
    for number, line in enumerate(content.split("\n"), start=first_line):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            record = strict_json(line)
        except json.JSONDecodeError as error:
            yield DocumentError(source, f"invalid JSON ({error.msg} at column {error.colno})", number)
            continue
        except ValueError as error:  # nested too deep, a lone surrogate, NaN, a key twice
            yield DocumentError(source, str(error), number)
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
