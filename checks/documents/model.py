"""The records this stage hands on: a decoded document, or why a file could not be read."""

from __future__ import annotations

from dataclasses import dataclass


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
