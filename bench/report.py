"""The report page of a large run (make bench): index.html's size, the time to render it, and the time headless
Chromium takes to open it, at 10^6 claims (``--claims`` to change).

The claims, relations and documents of the project's texts (labelled corpora and real passages, not the held-out
ones) are repeated under new ids up to the size asked for, validated by the default suites (every finding kept),
and the reports folder's files are made as `check run` makes them. Chromium is Debian's /usr/bin/chromium through
playwright, as in the browser tests; the row is skipped when either is missing.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.validation import ROOT, repeated_corpus
from checks.documents import Document
from checks.gate.run import RunResult
from checks.report.folder import report_files
from checks.validate import load_suites, validate

CHROMIUM = "/usr/bin/chromium"


def open_seconds(path: Path) -> float | None:
    """Seconds from asking Chromium for the page to its load event, or None without a browser."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not os.access(CHROMIUM, os.X_OK):
        return None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        page.goto("about:blank")
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=300_000)
        seconds = time.perf_counter() - started
        browser.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    documents, copies, claims, relations = repeated_corpus(parser.parse_args().claims)
    many = tuple(Document(doc=f"{d.doc}~{copy}", text=d.text, source=d.source)
                 for copy in range(copies) for d in documents)
    validation = validate({"claims": claims, "relations": relations}, load_suites(ROOT / "expectations"))
    result = RunResult(many, (), claims, relations, validation, "critical", None, "2026-01-01T00:00:00+00:00", 1)
    started = time.perf_counter()
    files = report_files(result, jobs=2)
    seconds = time.perf_counter() - started
    characters = sum(len(d.text) for d in many)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "index.html"
        page.write_bytes(files["index.html"])
        opening = open_seconds(page)
    print(f"reports folder of {len(many):,} documents ({characters / 1e6:.0f}M characters), {len(claims):,} claims, "
          f"{len(validation.findings):,} findings: made in {seconds:.1f} s")
    for name in ("index.html", "findings.jsonl", "claims.parquet", "claims.csv"):
        print(f"  {name:<16}{len(files[name]) / 1e6:>9.1f} MB")
    print(f"  index.html opens in headless Chromium in "
          f"{'(no browser here)' if opening is None else f'{opening:.1f} s'} (target < 5 s; size target <= 20 MB)")


if __name__ == "__main__":
    main()
