"""`check init`: the files a repository of documents needs to run the gate in CI.

- ``seeds/README.md``: where the documents go (no figures in it, so the gate passes on a fresh repository);
- ``expectations/*.json``: the package's default suites, copied from ``checks/defaults`` (kept byte for byte
  equal to this repository's ``expectations/`` by a test);
- ``.github/workflows/checks.yml``: the gate on every pull request and push that touches seeds/, expectations/
  or an evidence table, with the report as an artifact and the findings in code scanning;
- ``.pre-commit-config.yaml``: the same gate before each commit (a local hook running ``check run``).

Nothing is overwritten: if any of these files exists, nothing is written at all.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from checks.report.files import atomic_write

WORKFLOW = ".github/workflows/checks.yml"
PRE_COMMIT = ".pre-commit-config.yaml"
FILES_PATTERN = r"^(seeds|expectations)/|\.(csv|parquet)$"
WATCHED = ('"seeds/**"', '"expectations/**"', '"**/*.csv"', '"**/*.parquet"', f'"{WORKFLOW}"')


class InitError(ValueError):
    """The scaffold would overwrite a file; the message names it."""


SEEDS_README = """\
# seeds

Put the documents the gate checks here: text files (`.txt`) and Markdown files (`.md`), in folders if you like.
Evidence tables (`.csv`, `.parquet`) beside them are read too.

`check run` extracts every figure these documents assert, validates the claims with the suites in
`expectations/`, and writes its report to `reports/`. This file holds no figures, so it adds no claims.
"""

PRE_COMMIT_CONFIG = f"""\
# The claims gate before each commit that touches the documents, the suites or an evidence table.
# Needs `check` on the PATH (pip install checks into the environment you commit from).
repos:
  - repo: local
    hooks:
      - id: check-claims
        name: check claims
        entry: check run
        language: system
        files: '{FILES_PATTERN}'
        pass_filenames: false
"""


def workflow(package: str, python_version: str = "3.11") -> str:
    """The CI workflow for a repository of documents (steps inlined, so it needs no other repository)."""
    watched = ", ".join(WATCHED)
    return f"""\
# The claims gate: `check run` on every change to the documents (seeds/), the suites (expectations/) or an
# evidence table. Written by `check init`. A critical finding fails the job; the HTML report is uploaded as an
# artifact, the findings go to code scanning (shown on the changed text in pull requests), and a summary to
# the job page. To accept today's findings and fail only on new ones: `check baseline`, then commit
# reports/baseline.json (the job uses it when it exists).
name: checks

on:
  pull_request:
    paths: [{watched}]
  push:
    branches: [main]
    paths: [{watched}]
  workflow_dispatch:

permissions:
  contents: read
  security-events: write  # upload the SARIF to code scanning

jobs:
  gate:
    runs-on: ubuntu-latest
    env:
      BASELINE: reports/baseline.json
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "{python_version}"
      - name: Install checks
        run: python -m pip install {json.dumps(package)}
      - name: Gate
        run: |
          baseline=()
          if [ -f "$BASELINE" ]; then baseline=(--baseline "$BASELINE"); fi
          check run seeds/ --fail-on critical --format sarif --format junit --format github \\
            --format markdown "${{baseline[@]}}"
      - name: Upload the report
        if: always() && hashFiles('reports/index.html') != ''
        uses: actions/upload-artifact@v4
        with:
          name: checks-report
          path: reports/
      - name: Upload the findings to code scanning
        if: always() && hashFiles('reports/results.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: reports/results.sarif
          category: checks
"""


def package_requirement() -> str:
    """How CI installs this package: the VCS or archive URL it was installed from, or the git remote and commit of
    the source folder it was installed from. Never a bare ``checks==VERSION``: a package of that name on PyPI is
    someone else's. Raises :class:`InitError` when the source cannot be told (then pass ``--package``)."""
    unknown = InitError("cannot tell where CI should install checks from; pass --package, e.g. "
                        "--package \"checks @ git+https://github.com/OWNER/checks@v0.1.0\"")
    try:
        dist = distribution("checks")
    except PackageNotFoundError:
        raise unknown from None
    direct = dist.read_text("direct_url.json")
    try:
        data = json.loads(direct) if direct else {}
    except json.JSONDecodeError:
        data = {}
    url = data.get("url", "")
    vcs = data.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and url:
        return f"checks @ git+{url}@{vcs.get('commit_id') or vcs.get('requested_revision') or 'HEAD'}"
    if url and not url.startswith("file:"):
        return f"checks @ {url}"
    if url.startswith("file:"):
        remote = _git_remote(url.removeprefix("file://"))
        if remote is not None:
            return remote
    raise unknown


def _git_remote(folder: str) -> str | None:
    """``checks @ git+<origin>@<commit>`` for a source folder that is a git checkout with a remote, else None."""
    import subprocess

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", folder, *args], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None

    origin, commit = git("config", "--get", "remote.origin.url"), git("rev-parse", "HEAD")
    if origin is None or commit is None or origin.startswith(("/", "file:", ".")):
        return None  # a remote CI cannot reach is no install source
    return f"checks @ git+{origin}@{commit}"


def default_suites() -> dict[str, bytes]:
    """The package's default suites by file name (checks/defaults/*.json)."""
    folder = resources.files("checks") / "defaults"
    return {entry.name: entry.read_bytes() for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".json")}


def plan(package: str | None = None, python_version: str = "3.11") -> dict[str, bytes]:
    """Every file ``check init`` writes, by path relative to the repository."""
    files = {"seeds/README.md": SEEDS_README.encode("utf-8")}
    files.update({f"expectations/{name}": content for name, content in default_suites().items()})
    files[WORKFLOW] = workflow(package or package_requirement(), python_version).encode("utf-8")
    files[PRE_COMMIT] = PRE_COMMIT_CONFIG.encode("utf-8")
    return files


def scaffold(folder: str | Path = ".", *, package: str | None = None, python_version: str = "3.11") -> list[Path]:
    """Write the scaffold into ``folder``; raises :class:`InitError` (and writes nothing) when a file exists."""
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise InitError(f"{root}: not a folder")
    files = plan(package, python_version)
    for relative in files:
        target = root / relative
        if target.exists() or target.is_symlink():
            raise InitError(f"{target}: already exists; check init never overwrites a file (nothing was written)")
    written = []
    for relative, content in files.items():
        target = root / relative
        atomic_write(target, lambda stream, data=content: stream.write(data))
        written.append(target)
    return written
