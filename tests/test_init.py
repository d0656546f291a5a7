"""`check init`, the package's default suites, and the files shipped for other repositories (the reusable
workflow and the pre-commit hook definition), parsed as YAML."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML  # a dependency of Great Expectations, so always installed with checks

from checks.cli.gate import init_command
from checks.gate.init import FILES_PATTERN, default_suites, scaffold
from checks.gate.run import run

from .conftest import ROOT

yaml = YAML(typ="safe")


def test_default_suites_are_byte_for_byte_the_repository_suites() -> None:
    shipped = default_suites()
    repository = {path.name: path.read_bytes() for path in sorted((ROOT / "expectations").glob("*.json"))}
    assert sorted(shipped) == sorted(repository), "checks/defaults/ and expectations/ hold different suites"
    for name, content in repository.items():
        assert shipped[name] == content, f"checks/defaults/{name} differs from expectations/{name}: copy it again"


def test_scaffold_writes_a_repository_that_passes_the_gate(tmp_path: Path) -> None:
    written = scaffold(tmp_path, package="checks @ git+https://example.invalid/checks@v1")
    relative = sorted(p.relative_to(tmp_path).as_posix() for p in written)
    assert relative == sorted(["seeds/README.md", ".github/workflows/checks.yml", ".pre-commit-config.yaml",
                               *(f"expectations/{name}" for name in default_suites())])
    for name, content in default_suites().items():
        assert (tmp_path / "expectations" / name).read_bytes() == content
    assert not re.search(r"[0-9０-９一二三四五六七八九十百千万亿]", (tmp_path / "seeds/README.md").read_text("utf-8"))
    result = run([tmp_path / "seeds"], expectations=tmp_path / "expectations", reports=tmp_path / "reports")
    assert len(result.table) == 0 and result.exit_status == 0
    assert (tmp_path / "reports" / "index.html").is_file()


def test_the_scaffolded_workflow_and_pre_commit_config(tmp_path: Path) -> None:
    scaffold(tmp_path, package="checks @ git+https://example.invalid/checks@v1", python_version="3.12")
    flow = yaml.load((tmp_path / ".github/workflows/checks.yml").read_text("utf-8"))
    triggers = flow["on"]
    for event in ("pull_request", "push"):
        assert {"seeds/**", "expectations/**", "**/*.csv", "**/*.parquet"} <= set(triggers[event]["paths"])
    assert flow["permissions"]["security-events"] == "write"
    steps = flow["jobs"]["gate"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert uses[0].startswith("actions/checkout@") and uses[1].startswith("actions/setup-python@")
    assert steps[1]["with"]["python-version"] == "3.12"
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    sarif = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert sarif["with"]["sarif_file"] == "reports/results.sarif"
    script = "\n".join(step.get("run", "") for step in steps)
    assert 'pip install "checks @ git+https://example.invalid/checks@v1"' in script
    for fmt in ("sarif", "junit", "github", "markdown"):
        assert f"--format {fmt}" in script
    hooks = yaml.load((tmp_path / ".pre-commit-config.yaml").read_text("utf-8"))["repos"][0]["hooks"]
    assert hooks[0]["id"] == "check-claims" and hooks[0]["entry"] == "check run"
    assert hooks[0]["pass_filenames"] is False and hooks[0]["files"] == FILES_PATTERN


def invoke(*args: str):
    return CliRunner().invoke(init_command, list(args), catch_exceptions=False)


def test_init_refuses_to_overwrite_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "expectations").mkdir()
    (tmp_path / "expectations" / "support.json").write_text("{}", encoding="utf-8")
    result = invoke(str(tmp_path), "--package", "checks @ git+https://example.invalid/checks@v1")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "support.json: already exists" in lines[0], lines
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "expectations", "expectations/support.json"]


def test_init_in_the_working_directory(tmp_path: Path) -> None:
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = invoke("--package", "checks @ git+https://example.invalid/checks@v1")
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    assert "wrote seeds/README.md" in result.output
    assert (tmp_path / ".github/workflows/checks.yml").is_file()


@pytest.mark.parametrize(("path", "matches"), [
    ("seeds/news/a.txt", True), ("expectations/claims.json", True), ("reference/nbs.csv", True),
    ("data/levels.parquet", True), ("README.md", False), ("checks/cli.py", False), ("seedsfoo/a.txt", False),
])
def test_the_hook_file_pattern(path: str, matches: bool) -> None:
    assert bool(re.search(FILES_PATTERN, path)) is matches


def test_the_shipped_pre_commit_hook_definition() -> None:
    hooks = yaml.load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "check-claims")
    assert hook["entry"] == "check run" and hook["language"] == "python"
    assert hook["files"] == FILES_PATTERN and hook["pass_filenames"] is False


def test_the_shipped_reusable_workflow() -> None:
    flow = yaml.load((ROOT / ".github/workflows/checks-gate.yml").read_text("utf-8"))
    inputs = flow["on"]["workflow_call"]["inputs"]
    assert {"paths", "fail-on", "python-version", "package", "baseline", "expectations"} <= set(inputs)
    assert inputs["fail-on"]["default"] == "critical" and inputs["paths"]["default"] == "seeds/"
    steps = flow["jobs"]["gate"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    for action in ("actions/checkout@", "actions/setup-python@", "actions/upload-artifact@",
                   "github/codeql-action/upload-sarif@"):
        assert any(u.startswith(action) for u in uses), action
    gate = next(step for step in steps if step.get("name") == "Gate")
    assert "check run" in gate["run"] and "--format sarif" in gate["run"] and "--format junit" in gate["run"]
    assert "--format markdown" in gate["run"]  # appended to $GITHUB_STEP_SUMMARY by check run
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "reports/"
    assert flow["permissions"]["security-events"] == "write"


def test_init_never_guesses_a_pypi_name(tmp_path: Path) -> None:
    """Installed from a folder that is no reachable git checkout, the source cannot be told: --package is asked
    for (a bare checks==VERSION would install someone else's package from PyPI), nothing is written."""
    import subprocess

    from .conftest import check_executable

    completed = subprocess.run([check_executable(), "init", str(tmp_path / "new")], capture_output=True, text=True,
                               cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.splitlines() == [
        'check: error: cannot tell where CI should install checks from; pass --package, e.g. --package '
        '"checks @ git+https://github.com/OWNER/checks@v0.1.0"']
    assert not (tmp_path / "new").exists()


def test_the_install_source_of_a_git_checkout(tmp_path: Path) -> None:
    import subprocess

    from checks.gate.init import _git_remote

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q",
                    "--allow-empty", "-m", "x"], check=True)
    assert _git_remote(str(tmp_path)) is None  # no remote: nothing CI could install from
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://example.invalid/checks.git"],
                   check=True)
    commit = subprocess.run(["git", "-C", str(tmp_path), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert _git_remote(str(tmp_path)) == f"checks @ git+https://example.invalid/checks.git@{commit}"
