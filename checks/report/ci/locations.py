"""Where a finding is in its file, for the CI formats: paths, lines and columns.

Positions: lines are separated by ``\\n`` or ``\\r\\n`` (SARIF's default ``newlineSequences``; a U+3000 ideographic
space or any other Unicode separator does not end a line, whatever ``str.splitlines`` thinks); lines and
columns are 1-based and columns count Unicode code points (SARIF ``columnKind: unicodeCodePoints``), which are
Python's string offsets.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from checks.documents import Document
    from checks.report.data import RunView
    from checks.validate.findings import Finding

LEVELS = {"critical": "error", "warning": "warning", "info": "note"}  # severity -> SARIF level
SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}
_CORPUS_LINE = re.compile(r"^(?P<file>.+\.jsonl):(?P<line>\d+)$", re.IGNORECASE)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of the character at ``offset``; columns count code points.

    ``\\n`` ends a line (so does ``\\r\\n``, whose ``\\r`` is the last character of its line); nothing else does.
    """
    offset = max(0, min(offset, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


class LineIndex:
    """line_column for many offsets into one text: the line starts found once, each query a bisection."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def line_column(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


@dataclass(frozen=True)
class Location:
    """Where a finding is: a file path (relative to the root, forward slashes) and a span in it."""

    path: str
    line: int
    column: int | None = None  # None where the text's columns are not the file's (a JSONL corpus line)
    end_line: int | None = None
    end_column: int | None = None  # the column just after the span, as SARIF's endColumn

    @property
    def uri(self) -> str:
        """The path as a URI reference, as SARIF wants it: relative (non-ASCII, spaces and colons
        percent-encoded, so that no segment reads as a scheme), or a file: URI for a path outside the root."""
        if Path(self.path).is_absolute():
            return Path(self.path).as_uri()
        return quote(self.path, safe="/@!$&'()*+,;=-._~")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.column is None else f"{self.path}:{self.line}:{self.column}"


def relative_path(source: str, root: str | Path | None = None) -> str:
    """A document's file path relative to ``root`` (default: the working directory) with forward slashes;
    a path outside the root stays as given (absolute paths absolute)."""
    base = Path(root) if root is not None else Path.cwd()
    path = Path(source)
    try:
        absolute = path if path.is_absolute() else Path.cwd() / path
        return Path(os.path.relpath(absolute, base)).as_posix() if _inside(absolute, base) else path.as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def _inside(path: Path, base: Path) -> bool:
    try:
        Path(os.path.abspath(path)).relative_to(os.path.abspath(base))
    except ValueError:
        return False
    return True


class Locator:
    """Maps findings to locations in the files their documents were read from."""

    def __init__(self, documents: Iterable[Document], root: str | Path | None = None) -> None:
        self.root = root
        self.documents = {document.doc: document for document in documents}
        self._indexes: dict[str, LineIndex] = {}

    def locate(self, doc: str, start: int, end: int) -> Location:
        document = self.documents.get(doc)
        if document is None:  # not read in this run: name it as the table does
            return Location(doc, 1)
        corpus = _CORPUS_LINE.match(document.source)
        if corpus:  # a JSONL corpus line: the text is a JSON string, so only the line is the file's
            return Location(relative_path(corpus["file"], self.root), int(corpus["line"]))
        path = "stdin" if document.source == "<stdin>" else relative_path(document.source, self.root)
        index = self._indexes.get(doc)
        if index is None:
            index = self._indexes[doc] = LineIndex(document.text)
        line, column = index.line_column(start)
        end_line, end_column = index.line_column(max(end, start))
        return Location(path, line, column, end_line, end_column)

    def finding(self, finding: Finding) -> Location:
        return self.locate(finding.doc, finding.start, finding.end)


def findings_of(result: RunView) -> list[tuple[Finding, bool]]:
    """Every finding with whether the run's baseline accepted it, most severe first, then by document and position."""
    comparison = result.comparison
    accepted = {f.key for f in comparison.accepted} if comparison is not None else set()
    findings = sorted(result.validation.findings,
                      key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.doc, f.start, f.expectation_id))
    return [(finding, finding.key in accepted) for finding in findings]
