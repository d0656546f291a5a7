"""GitHub Actions workflow commands: one annotation per finding, shown on the changed text in a pull request.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`` for critical findings, ``::warning`` for
warnings and ``::notice`` for info. Escaping follows the Actions toolkit (``@actions/core``, command.ts): in the
message ``%``, ``\\r`` and ``\\n`` become ``%25``, ``%0D`` and ``%0A``; in property values ``:`` and ``,`` also become
``%3A`` and ``%2C``. Columns count Unicode code points. With a baseline only new findings are annotated: the
accepted ones are already known and would bury the new.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from checks.report.ci.locations import Locator, findings_of, relative_path

if TYPE_CHECKING:
    from pathlib import Path

    from checks.report.data import RunView

COMMANDS = {"critical": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **properties: object) -> str:
    """One workflow command line; properties whose value is None are left out."""
    given = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items()
                     if value is not None)
    return f"::{command} {given}::{escape_data(message)}" if given else f"::{command}::{escape_data(message)}"


def to_github_annotations(result: RunView, *, root: str | Path | None = None) -> str:
    """The findings as workflow commands, one a line (most severe first)."""
    locator = Locator(result.documents, root)
    lines = []
    for finding, accepted in findings_of(result):
        if accepted:
            continue
        location = locator.finding(finding)
        lines.append(annotation(
            COMMANDS[finding.severity], finding.message, file=location.path, line=location.line,
            endLine=location.end_line, col=location.column, endColumn=location.end_column,
            title=f"checks {finding.expectation_id} ({finding.severity})"))
    for error in result.errors:
        lines.append(annotation("error", str(error), file=relative_path(error.source, root), line=error.line,
                                title="checks: unreadable document"))
    return "".join(line + "\n" for line in lines)


def in_github_actions(environ: Mapping[str, str] | None = None) -> bool:
    """GitHub sets GITHUB_ACTIONS=true in every step of a workflow run."""
    return (environ if environ is not None else os.environ).get("GITHUB_ACTIONS") == "true"
