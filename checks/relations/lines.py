"""The lines of a document's text: where the line holding an offset starts and ends, by bisection over the text's
line breaks, found once per document (a text of one long line is not searched back and forth for each figure)."""

from __future__ import annotations

import bisect
import re

from checks.relations.base import Doc


def _newlines(doc: Doc) -> list[int]:
    found = getattr(doc, "_newlines", None)
    if found is None:
        found = [match.start() for match in re.finditer("\n", doc.text)]
        doc._newlines = found  # type: ignore[attr-defined]
    return found


def line_start(doc: Doc, at: int) -> int:
    """Where the line holding offset ``at`` starts: ``doc.text.rfind("\\n", 0, at) + 1``."""
    newlines = _newlines(doc)
    index = bisect.bisect_left(newlines, at)
    return newlines[index - 1] + 1 if index else 0


def line_end(doc: Doc, at: int) -> int:
    """The next line break at or after ``at``: ``doc.text.find("\\n", at)``, -1 when there is none."""
    newlines = _newlines(doc)
    index = bisect.bisect_left(newlines, at)
    return newlines[index] if index < len(newlines) else -1


# A line of its own with no stop: a heading, a roundup's next section (Discover Financial Services).
HEADING_LINE = re.compile(r"\n[ \t]*[^\n.!?。！？:：]{2,60}[ \t]*\n")


def heading_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a heading line stands between two offsets of the text."""
    return HEADING_LINE.search(doc.text, min(start, end), max(start, end)) is not None
