"""`check diff`: claims added, removed and changed between two files, two folders and git revisions, on real
edits (a figure changed, a sentence inserted before a claim, a paragraph deleted), with the suites run on the
new side."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checks.claims import claims_table
from checks.cli.diff import diff_command
from checks.documents import Document
from checks.gate.diff import diff_tables

from .conftest import ROOT

# Written for these tests.
P1 = "据市文旅局统计，国庆假期全市接待游客1200万人次，同比增长15%。"
P2 = "景区门票收入达到8.6亿元。"
P3 = "蓝鲸旅行表示，今年年底蓝鲸旅行全国线下门店数超过300家。"
P4 = "另有调查显示，九成游客对服务表示满意。"
INSERTED = "假期天气晴好。"
IMPOSSIBLE = "问卷显示，愿意再次出游的受访者占比为140%。"

OLD = f"{P1}\n{P2}\n{P3}\n{P4}\n"
# Every edit at once: a sentence before P1, P2's figure changed, P3 made a forecast (far from its figure),
# P4 deleted, and a new figure at the end.
NEW = (f"{INSERTED}{P1}\n{P2.replace('8.6亿元', '9.1亿元')}\n{P3.replace('今年年底', '预计明年年底')}\n"
       "此外，夜间消费占比提高到35%。\n")


def table(text: str, doc: str = "news.txt"):
    return claims_table([Document(doc, text, doc)])


def test_diff_tables_on_real_edits() -> None:
    diff = diff_tables(table(OLD), table(NEW))
    assert [row["text"] for row in diff.added] == ["35%"]
    assert [row["text"] for row in diff.removed] == ["九成"]
    changes = {(c.old["text"], c.new["text"]): c for c in diff.changed}
    assert set(changes) == {("8.6亿元", "9.1亿元"), ("超过300家", "超过300家")}
    figure = changes["8.6亿元", "9.1亿元"]
    assert figure.paired_by == "sentence" and figure.fields == ("text", "value", "lower", "upper")
    assert figure.old["claim_id"] != figure.new["claim_id"]
    forecast = changes["超过300家", "超过300家"]
    assert forecast.paired_by == "claim_id" and forecast.fields == ("projected",)
    # The sentence inserted before P1 moved its claims but changed nothing about them.
    assert not any(c.new["text"] in ("1200万人次", "15%") for c in diff.changed)


def test_a_figure_changed_with_its_sentence_pairs_by_metric() -> None:
    diff = diff_tables(table("景区门票收入达到8.6亿元。\n"), table("据测算，今年景区门票收入达到9.1亿元。\n"))
    assert (diff.added, diff.removed) == ((), ())
    assert [(c.paired_by, c.old["text"], c.new["text"]) for c in diff.changed] == [("metric", "8.6亿元", "9.1亿元")]


def test_unchanged_documents_have_an_empty_diff() -> None:
    assert diff_tables(table(OLD), table(OLD)).empty


def invoke(cwd: Path, *args: str):
    here = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(diff_command, list(args), catch_exceptions=False)
    finally:
        os.chdir(here)


def as_json(result) -> dict:
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def summary(data: dict) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    return ([r["text"] for r in data["added"]], [r["text"] for r in data["removed"]],
            sorted((c["old"]["text"], c["new"]["text"]) for c in data["changed"]))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    return tmp_path


def test_two_files_with_different_names(folder: Path) -> None:
    (folder / "v1.txt").write_text(OLD, encoding="utf-8")
    (folder / "v2.txt").write_text(NEW, encoding="utf-8")
    data = as_json(invoke(folder, "v1.txt", "v2.txt", "--format", "json"))
    assert summary(data) == (["35%"], ["九成"], [("8.6亿元", "9.1亿元"), ("超过300家", "超过300家")])
    assert data["old"] == "v1.txt" and data["new"] == "v2.txt"


def test_two_folders_and_the_suites_on_the_new_side(folder: Path) -> None:
    for side, texts in (("old", {"news.txt": OLD, "survey.txt": P1}), ("new", {"news.txt": NEW})):
        (folder / side).mkdir()
        for name, text in texts.items():
            (folder / side / name).write_text(text, encoding="utf-8")
    data = as_json(invoke(folder, "old", "new", "--format", "json"))
    added, removed, changed = summary(data)
    assert (added, changed) == (["35%"], [("8.6亿元", "9.1亿元"), ("超过300家", "超过300家")])
    assert sorted(removed) == sorted(["九成", "1200万人次", "15%"])  # P4, and survey.txt deleted
    assert data["exit_status"] == 0 and all(f["severity"] != "critical" for f in data["findings"])
    (folder / "new" / "survey.txt").write_text(IMPOSSIBLE, encoding="utf-8")
    result = invoke(folder, "old", "new")
    assert result.exit_code == 1, result.output  # the impossible share on the new side fails the gate
    assert "140%" in result.output and "added" in result.output
    assert invoke(folder, "old", "new", "--fail-on", "never").exit_code == 0


def test_text_and_markdown_output_name_the_changed_fields(folder: Path) -> None:
    (folder / "v1.txt").write_text(OLD, encoding="utf-8")
    (folder / "v2.txt").write_text(NEW, encoding="utf-8")
    text = invoke(folder, "v1.txt", "v2.txt").output
    assert "1 added, 1 removed, 2 changed" in text
    assert "text 8.6亿元 → 9.1亿元; value 860000000 → 910000000" in text
    assert "projected False → True" in text
    markdown = invoke(folder, "v1.txt", "v2.txt", "--format", "markdown").output
    assert "| changed | `v2.txt` | 9.1亿元 |" in markdown and "## checks:" in markdown


@pytest.mark.parametrize(("args", "expected"), [
    (["old", "missing"], "missing: no such file or folder"),
    (["old", "new.txt"], "compare a file with a file, or a folder with a folder"),
    (["old", "old", "--", "seeds"], "-- PATHS only limits git revisions"),
    (["HEAD~1"], "not inside a git repository"),
    (["old", "old", "--baseline", "nothere.json"], "nothere.json: no such baseline file"),
])
def test_bad_sides_are_one_line_and_exit_2(folder: Path, args: list[str], expected: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(folder.parent))  # never find a repository above tmp_path
    (folder / "old").mkdir()
    (folder / "old" / "a.txt").write_text(P2, encoding="utf-8")
    (folder / "new.txt").write_text(P2, encoding="utf-8")
    result = invoke(folder, *args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("check: error: ") and expected in lines[0], lines


# --- git revisions ---------------------------------------------------------------------------------------------

def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def repo(folder: Path) -> Path:
    """v1 committed, v2 (P2's figure changed, a sentence inserted) committed, P4 deleted in the working tree."""
    git(folder, "init", "-q", "-b", "main")
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / "news.txt").write_text(OLD, encoding="utf-8")
    (folder / "notes.txt").write_text(P4, encoding="utf-8")  # outside seeds/: not compared by default
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "v1")
    (seeds / "news.txt").write_text(f"{INSERTED}{P1}\n{P2.replace('8.6亿元', '9.1亿元')}\n{P3}\n{P4}\n",
                                    encoding="utf-8")
    git(folder, "commit", "-q", "-am", "v2")
    (seeds / "news.txt").write_text(f"{INSERTED}{P1}\n{P2.replace('8.6亿元', '9.1亿元')}\n{P3}\n", encoding="utf-8")
    return folder


def test_a_revision_against_the_working_tree(repo: Path) -> None:
    status, head = git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD")
    data = as_json(invoke(repo, "HEAD~1", "--format", "json"))
    assert summary(data) == ([], ["九成"], [("8.6亿元", "9.1亿元")])
    assert data["old"].startswith("HEAD~1 (") and data["new"] == "working tree"
    assert summary(as_json(invoke(repo, "--format", "json"))) == ([], ["九成"], [])  # HEAD by default
    assert (git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD")) == (status, head)


def test_two_revisions_limited_to_paths(repo: Path) -> None:
    data = as_json(invoke(repo, "HEAD~1..HEAD", "--format", "json", "--", "seeds/"))
    assert summary(data) == ([], [], [("8.6亿元", "9.1亿元")])
    assert summary(as_json(invoke(repo, "main~1...main", "--format", "json", "--", "seeds"))) == summary(data)
    assert summary(as_json(invoke(repo, "HEAD~1", "HEAD", "--format", "json", "--", "seeds"))) == summary(data)
    whole = as_json(invoke(repo, "HEAD~1..HEAD", "--format", "json", "--", "seeds", "notes.txt"))
    assert summary(whole) == summary(data)  # notes.txt did not change
    (repo / "seeds" / "extra.txt").write_text(IMPOSSIBLE, encoding="utf-8")
    result = invoke(repo, "HEAD", "--", "seeds")
    assert result.exit_code == 1, result.output  # the new side (working tree) has an impossible share


@pytest.mark.parametrize(("args", "expected"), [
    (["nosuchrev"], "nosuchrev: no such git revision"),
    (["main..nosuch", "--", "seeds/"], "nosuch: no such git revision"),
    (["HEAD", "--", "nothere/"], "nothere/: neither in HEAD ("),
])
def test_bad_revisions_and_paths_are_one_line_and_exit_2(repo: Path, args: list[str], expected: str) -> None:
    result = invoke(repo, *args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and expected in lines[0], lines
