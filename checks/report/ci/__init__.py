"""CI formats of a run: JUnit XML, SARIF 2.1.0, GitHub Actions annotations and a Markdown summary.

Each format is a pure function from a finished run (:class:`checks.report.data.RunView`) to text; the run's
baseline comparison, if any, marks which findings are new.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checks.report.data import RunView

FORMATS = ("junit", "sarif", "github", "markdown")
# The file each format is written to in the reports folder.
FORMAT_FILES = {"junit": "junit.xml", "sarif": "results.sarif", "github": "annotations.txt",
                "markdown": "summary.md"}


def render(result: RunView, fmt: str, *, root: str | Path | None = None) -> str:
    """One CI format of the run as text; paths relative to ``root`` (default: the working directory)."""
    if fmt == "junit":
        from checks.report.ci.junit import to_junit

        return to_junit(result, root=root)
    if fmt == "sarif":
        from checks.report.ci.sarif import to_sarif

        return to_sarif(result, root=root)
    if fmt == "github":
        from checks.report.ci.github import to_github_annotations

        return to_github_annotations(result, root=root)
    if fmt == "markdown":
        from checks.report.ci.markdown import to_markdown

        return to_markdown(result, root=root)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
