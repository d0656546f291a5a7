"""Baselines on real edits of a document, and the exit status of every --fail-on × --baseline combination."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from checks.cli import main
from checks.cli.gate import baseline_command
from checks.gate.baseline import BaselineError, accepted_of, compare, dumps, load, record
from checks.gate.run import RunResult, run, with_baseline
from checks.validate.findings import Finding

from .conftest import ROOT

# Written for these tests. P1: an impossible share (critical) that no evidence supports (warning);
# P2: a company's forecast (projected: warning); P3: official figures no evidence table supports (warnings).
P1 = "云帆咨询发布的调查显示，受访者中每周网购的比例达到120%。"
P2 = "海川科技表示，预计明年海川科技的门店将超过600家。"
P3 = "据市统计局数据，全市快递业务量为3.2亿件，同比增长9.5%。"
INSERTED = "这项调查覆盖了城市和乡镇的家庭。"

VERSIONS = {
    "full": f"{P1}\n{P2}\n{P3}\n",
    "figure_changed": f"{P1}\n{P2.replace('600家', '650家')}\n{P3}\n",
    "sentence_inserted": f"{INSERTED}{P1}\n{P2}\n{P3}\n",
    "paragraph_deleted": f"{P1}\n{P2}\n",
    "only_p1": f"{P1}\n",
    "share_fixed": f"{P1.replace('120%', '95%')}\n{P2}\n{P3}\n",
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, RunResult]:
    """One run per version of the document, each in its own folder under the same document name."""
    base = tmp_path_factory.mktemp("versions")
    results = {}
    for name, text in VERSIONS.items():
        seeds = base / name / "seeds"
        seeds.mkdir(parents=True)
        (seeds / "report.txt").write_text(text, encoding="utf-8")
        results[name] = run([seeds], expectations=ROOT / "expectations", reports=None)
    return results


def keys(result: RunResult) -> set[tuple[str, str]]:
    return {(f.claim_id, f.expectation_id) for f in result.validation.findings}


def ids(result: RunResult) -> dict[str, str]:
    return dict(zip(result.table["text"], result.table["claim_id"], strict=True))


def baseline_of(result: RunResult, path: Path):
    record(result.validation.findings, path)
    return load(path)


def test_the_document_has_a_critical_and_warning_findings(runs: dict[str, RunResult]) -> None:
    severities = {f.severity for f in runs["full"].validation.findings}
    assert severities == {"critical", "warning"}
    assert runs["full"].exit_status == 1


def test_a_sentence_inserted_before_the_claim_changes_no_id_and_no_finding(runs, tmp_path: Path) -> None:
    before, after = runs["full"], runs["sentence_inserted"]
    assert ids(after) == ids(before)
    assert list(after.table["start"]) == [s + len(INSERTED) for s in before.table["start"]]  # offsets moved
    new, accepted, disappeared = compare(after.validation.findings, baseline_of(before, tmp_path / "b.json"))
    assert (new, disappeared) == ((), ())
    assert len(accepted) == len(before.validation.findings)
    assert with_baseline(after, load(tmp_path / "b.json")).exit_status == 0


def test_a_changed_figure_is_a_new_finding_and_the_old_one_disappears(runs, tmp_path: Path) -> None:
    before, after = runs["full"], runs["figure_changed"]
    old_ids, new_ids = ids(before), ids(after)
    for text in ("120%", "3.2亿件", "9.5%"):
        assert new_ids[text] == old_ids[text]
    assert "超过650家" in new_ids and new_ids["超过650家"] != old_ids["超过600家"]
    new, accepted, disappeared = compare(after.validation.findings, baseline_of(before, tmp_path / "b.json"))
    assert [(f.text, f.expectation_id) for f in new] == [("超过650家", "support#5")]
    assert [(a.text, a.claim_id) for a in disappeared] == [("超过600家", old_ids["超过600家"])]
    assert {f.text for f in accepted} == {"120%", "3.2亿件", "9.5%"}
    # The new finding is a warning: it fails the gate only at --fail-on warning.
    baseline = load(tmp_path / "b.json")
    assert with_baseline(after, baseline).exit_status == 0
    assert with_baseline(_with_fail_on(after, "warning"), baseline).exit_status == 1


def test_a_deleted_paragraph_only_makes_its_findings_disappear(runs, tmp_path: Path) -> None:
    before, after = runs["full"], runs["paragraph_deleted"]
    old_ids = ids(before)
    assert ids(after) == {text: old_ids[text] for text in ("120%", "超过600家")}
    new, accepted, disappeared = compare(after.validation.findings, baseline_of(before, tmp_path / "b.json"))
    assert new == ()
    assert sorted(a.text for a in disappeared) == ["3.2亿件", "9.5%"]
    assert keys(after) == {(f.claim_id, f.expectation_id) for f in accepted}


def _with_fail_on(result: RunResult, fail_on: str) -> RunResult:
    import dataclasses

    return dataclasses.replace(result, fail_on=fail_on)


# --- the command line -----------------------------------------------------------------------------------------------

def invoke(project: Path, command: click.Command | None, *args: str):
    """Invoke a command in ``project``; None means `check run`."""
    cwd = os.getcwd()
    os.chdir(project)
    try:
        if command is None:
            return CliRunner().invoke(main, ["run", *args], catch_exceptions=False)
        return CliRunner().invoke(command, list(args), catch_exceptions=False)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with the full document and four baselines: none of its findings, all of them, those of P1
    alone (its critical finding accepted) and those of the text with the share fixed (only warnings accepted)."""
    folder = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "expectations", folder / "expectations")
    (folder / "seeds").mkdir()
    for name, version in (("only_p1", "only_p1"), ("warnings", "share_fixed"), ("all", "full")):
        (folder / "seeds" / "report.txt").write_text(VERSIONS[version], encoding="utf-8")
        result = invoke(folder, baseline_command, "--baseline", f"baselines/{name}.json")
        assert result.exit_code == 0, result.output
    (folder / "seeds" / "report.txt").write_text(VERSIONS["full"], encoding="utf-8")
    return folder


EXPECTED = {  # baseline -> {fail_on: exit status}
    None: {"critical": 1, "warning": 1, "never": 0},
    "all": {"critical": 0, "warning": 0, "never": 0},
    "only_p1": {"critical": 0, "warning": 1, "never": 0},  # the critical is accepted, P2's and P3's warnings new
    "warnings": {"critical": 1, "warning": 1, "never": 0},  # the 120% claim is new: its critical fails
}


@pytest.mark.parametrize("fail_on", ["critical", "warning", "never"])
@pytest.mark.parametrize("baseline", [None, "all", "only_p1", "warnings"])
def test_exit_status_of_every_fail_on_and_baseline(project: Path, fail_on: str, baseline: str | None) -> None:
    args = ["--fail-on", fail_on] + ([] if baseline is None else ["--baseline", f"baselines/{baseline}.json"])
    result = invoke(project, None, *args)
    assert result.exit_code == EXPECTED[baseline][fail_on], result.output
    if baseline is not None:
        assert f"baseline baselines/{baseline}.json:" in result.output


def test_disappeared_findings_are_listed_not_failures(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    shutil.copytree(project, folder)
    (folder / "seeds" / "report.txt").write_text(VERSIONS["paragraph_deleted"], encoding="utf-8")
    result = invoke(folder, None, "--fail-on", "warning", "--baseline", "baselines/all.json")
    assert result.exit_code == 0, result.output
    assert "0 new" in result.output and "2 disappeared" in result.output
    assert "PASSED against the baseline (fail-on warning)" in result.output
    assert "3.2亿件: no evidence supports it" in result.output


def test_check_baseline_writes_the_default_file_deterministically(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    shutil.copytree(project, folder)
    first = invoke(folder, baseline_command)
    assert first.exit_code == 0, first.output
    path = folder / "reports" / "baseline.json"
    content = path.read_bytes()
    data = json.loads(content)
    assert {(a["claim_id"], a["expectation_id"]) for a in data["accepted"]} == {
        (a["claim_id"], a["expectation_id"]) for a in json.loads(
            (folder / "baselines" / "all.json").read_text("utf-8"))["accepted"]}
    assert {"severity", "doc", "text", "message"} <= set(data["accepted"][0])
    assert "1 critical" in first.output
    assert invoke(folder, baseline_command).exit_code == 0
    assert path.read_bytes() == content


def test_check_baseline_writes_nothing_when_a_document_is_unreadable(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    shutil.copytree(project, folder)
    (folder / "seeds" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    result = invoke(folder, baseline_command, "--baseline", "new.json")
    assert result.exit_code == 2
    assert "broken.txt" in result.output and "new.json: not written" in result.output
    assert not (folder / "new.json").exists()


@pytest.mark.parametrize(("content", "expected"), [
    (None, "no such baseline file"),
    ("{not json", "invalid JSON in the baseline (line 1, column 2)"),
    ('{"checks_baseline": 1, "accepted": {}}', "not a baseline file"),
    ('{"checks_baseline": 1, "accepted": [{"claim_id": "c1"}]}', "accepted finding 1 needs"),
    ('{"checks_baseline": 7, "accepted": []}', "baseline version 7"),
])
def test_a_missing_or_malformed_baseline_is_one_line_and_exit_2(project: Path, tmp_path: Path,
                                                                content: str | None, expected: str) -> None:
    folder = tmp_path / "p"
    shutil.copytree(project, folder)
    if content is not None:
        (folder / "bad.json").write_text(content, encoding="utf-8")
    before = set((folder / "reports").glob("*")) if (folder / "reports").exists() else set()
    result = invoke(folder, None, "--baseline", "bad.json")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("check: error: bad.json: ") and expected in lines[0], lines
    after = set((folder / "reports").glob("*")) if (folder / "reports").exists() else set()
    assert after == before  # nothing ran, nothing was written


def test_load_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="folder"):
        load(tmp_path)


# --- the baseline file itself, without a run ------------------------------------------------------------------

def _finding(claim_id: str, position: int = 0, severity: str = "critical", doc: str = "a.txt",
             message: str = "m") -> Finding:
    return Finding(f"f{claim_id}", doc, claim_id, 0, 3, f"text {claim_id}", "claims", "expect_x",
                   f"claims#{position}", severity, message)


def test_a_recorded_baseline_is_sorted_deterministic_json_and_reads_back(tmp_path: Path) -> None:
    findings = [_finding("c2", doc="b.txt"), _finding("c1", 1, "warning"), _finding("c1", 0, "info", message="x"),
                _finding("c1", 0, "critical", message="the same key again")]
    path = tmp_path / "nested" / "baseline.json"
    path.parent.mkdir()
    entries = record(findings, path)
    assert [(e.doc, e.claim_id, e.expectation_id) for e in entries] == [
        ("a.txt", "c1", "claims#0"), ("a.txt", "c1", "claims#1"), ("b.txt", "c2", "claims#0")]
    assert entries[0].severity == "info" and entries[0].message == "x"  # the first finding of a key is kept
    content = path.read_text("utf-8")
    assert content == dumps(accepted_of(reversed(findings[:3]))) and content.endswith("]\n}\n")
    data = json.loads(content)
    assert data["checks_baseline"] == 1
    assert data["accepted"][1] == {"claim_id": "c1", "expectation_id": "claims#1", "severity": "warning",
                                   "doc": "a.txt", "text": "text c1", "message": "m"}
    assert '\n "accepted": [\n  {\n   "claim_id"' in content  # indented by one: diffs show one finding a hunk
    loaded = load(path)
    assert list(loaded) == ["c1 claims#0", "c1 claims#1", "c2 claims#0"]
    assert loaded["c1 claims#1"] == entries[1]
    assert loaded["c1 claims#1"].key == "c1 claims#1"


def test_a_baseline_keeps_text_as_written(tmp_path: Path) -> None:
    record([_finding("c1", message="占比120%")], tmp_path / "b.json")
    assert "占比120%" in (tmp_path / "b.json").read_text("utf-8")
    assert load(tmp_path / "b.json")["c1 claims#0"].message == "占比120%"


def test_an_entry_needs_only_its_ids_and_defaults_to_critical(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('\ufeff{"checks_baseline": 1, "accepted": [{"claim_id": "c1", "expectation_id": "s#0"}]}',
                    encoding="utf-8")
    [entry] = load(path).values()
    assert (entry.claim_id, entry.expectation_id, entry.severity, entry.doc, entry.text, entry.message) == \
        ("c1", "s#0", "critical", "", "", "")


@pytest.mark.parametrize(("content", "expected"), [
    (b"\xff\xfe{", "b.json: not a baseline file (not UTF-8 text)"),
    (b'{"a": 1, "a": 2}', "b.json: not a usable baseline: the key 'a' appears twice in one object"),
    (b"[]", 'b.json: not a baseline file (an object with a list of "accepted" findings)'),
    (b'{"accepted": []}', "b.json: baseline version None is not 1; record it again with `check baseline`"),
    (b'{"checks_baseline": 7, "accepted": []}', "b.json: baseline version 7 is not 1; record it again"),
    (b'{"checks_baseline": 1, "accepted": ["c1"]}', 'b.json: accepted finding 1 needs a "claim_id" and an '
                                                    '"expectation_id"'),
    (b'{"checks_baseline": 1, "accepted": [{"claim_id": "c1", "expectation_id": "s#0"}, {"claim_id": "", '
     b'"expectation_id": "s#1"}]}', "accepted finding 2 needs"),
    (b'{"checks_baseline": 1, "accepted": [{"claim_id": "c1", "expectation_id": 3}]}', "accepted finding 1 needs"),
    (b'{"checks_baseline": 1, "accepted": [{"claim_id": "c1", "expectation_id": "s#0", "severity": "fatal"}]}',
     "b.json: accepted finding 1: severity 'fatal' is not one of critical, warning, info"),
    (b'{"checks_baseline": 1,\n "accepted": [}', "b.json: invalid JSON in the baseline (line 2, column 15): "),
])
def test_an_unusable_baseline_says_why_naming_the_file(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BaselineError) as raised:
        load(path)
    assert str(raised.value).startswith(f"{path}: ") and expected in str(raised.value)


def test_a_missing_baseline_says_how_to_record_one(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match=r"missing.json: no such baseline file \(record one with `check "
                                            r"baseline`\)$"):
        load(tmp_path / "missing.json")
    with pytest.raises(BaselineError, match=r": is a folder, not a baseline file$"):
        load(tmp_path)


def test_an_unreadable_baseline_names_the_reason(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "b.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(BaselineError, match=r"b.json: cannot read the baseline \(Permission denied\)$"):
        load(path)


def test_compare_splits_new_accepted_and_disappeared(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    record([_finding("c1"), _finding("c2", doc="b.txt"), _finding("c0", doc="b.txt"), _finding("c3", 1)], path)
    now = [_finding("c1"), _finding("c1", 1), _finding("c9")]
    new, accepted, disappeared = compare(now, path)
    assert [f.key for f in new] == ["c1 claims#1", "c9 claims#0"]
    assert [f.key for f in accepted] == ["c1 claims#0"]
    assert [a.key for a in disappeared] == ["c3 claims#1", "c0 claims#0", "c2 claims#0"]  # by doc, claim
    assert compare(now, load(path)) == (tuple(new), tuple(accepted), tuple(disappeared))
    assert compare([], {}) == ((), (), ())
