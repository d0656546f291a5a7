"""Text from documents, ids and suites made safe to print where people (and CI runners) read it.

A document name or a JSONL id may hold a line break followed by ``::error …`` or ``::stop-commands::``: printed raw in
GitHub Actions it would forge or silence annotations. Every human output shows such text through :func:`neutral`:
control characters as escapes (``\\n``), and ``::`` as ``:%3A`` (GitHub's own escape for a colon).
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def neutral(text: object) -> str:
    """``text`` on one line, with nothing a terminal or a CI runner would act on."""
    escaped = _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(text))
    return escaped.replace("::", ":%3A")
