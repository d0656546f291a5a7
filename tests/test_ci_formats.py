"""The CI formats of a run: SARIF 2.1.0 (validated against the official schema), JUnit XML (parsed), GitHub
Actions annotations and the Markdown summary; and line/column positions on \\n, \\r\\n and U+3000 texts."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from checks.cli.run import speak_to_github
from checks.gate.baseline import Accepted
from checks.gate.run import RunResult, run, with_baseline
from checks.report.ci import FORMAT_FILES, render
from checks.report.ci.github import annotation, escape_data, escape_property, to_github_annotations
from checks.report.ci.junit import to_junit
from checks.report.ci.locations import LineIndex, Location, line_column
from checks.report.ci.markdown import to_markdown
from checks.report.ci.sarif import sarif_log

from .conftest import ROOT

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

# Written for these tests: a survey with an impossible share on line 3 (\r\n line ends), and a company's own
# forecast in a file whose folder and name need percent-encoding, its paragraphs separated by U+3000 on one line.
SURVEY = ("城市居民出行调查\r\n\r\n星桥研究所的调查显示，受访者中骑共享单车通勤的占比为130%。\r\n"
          "数据来源：星桥研究所\r\n")
FORECAST = ("第一段没有数字。\u3000海川科技表示，预计明年海川科技的门店将超过600家，有望覆盖40座城市。"
            "\u3000第三段也没有数字。\n")
FORECAST_DOC = "区域 新闻/通告.txt"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("formats")
    shutil.copytree(ROOT / "expectations", folder / "expectations")
    seeds = folder / "seeds"
    (seeds / "区域 新闻").mkdir(parents=True)
    (seeds / "survey.txt").write_bytes(SURVEY.encode("utf-8"))
    (seeds / FORECAST_DOC).write_text(FORECAST, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def result(workspace: Path) -> RunResult:
    return run([workspace / "seeds"], expectations=workspace / "expectations", reports=None)


def test_line_column_counts_lines_on_newlines_only() -> None:
    text = "ab\ncd\r\nef\u3000gh\u2028ij"
    assert line_column(text, 0) == (1, 1)
    assert line_column(text, 3) == (2, 1)  # c
    assert line_column(text, 5) == (2, 3)  # the \r of \r\n ends line 2
    assert line_column(text, 7) == (3, 1)  # e, after \r\n
    assert line_column(text, 10) == (3, 4)  # g, after U+3000: still line 3
    assert line_column(text, 13) == (3, 7)  # i, after U+2028: still line 3 (SARIF: \r\n and \n only)
    assert line_column(text, len(text)) == (3, 9)


def test_paragraphs_separated_by_ideographic_spaces_are_one_line() -> None:
    offset = FORECAST.index("超过600家")
    assert line_column(FORECAST, offset) == (1, offset + 1)


def test_line_index_agrees_with_line_column() -> None:
    for text in (SURVEY, FORECAST, "\n\n", "", "一\r\n二\n\n三"):
        index = LineIndex(text)
        assert [index.line_column(i) for i in range(len(text) + 1)] == [
            line_column(text, i) for i in range(len(text) + 1)]


def test_sarif_is_valid_sarif_2_1_0(result: RunResult, workspace: Path) -> None:
    log = sarif_log(result, root=workspace)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # The official schema's `language` pattern starts "^(?i)", which Python's re rejects as a pattern, so the
    # schema itself cannot pass check_schema(); the instance is validated all the same (we emit no language).
    errors = list(jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
                  .iter_errors(log))
    assert not errors, [error.message for error in errors[:3]]
    assert log["version"] == "2.1.0"


def test_sarif_rules_results_and_regions(result: RunResult, workspace: Path) -> None:
    run_log = sarif_log(result, root=workspace)["runs"][0]
    assert run_log["tool"]["driver"]["name"] == "checks"
    assert run_log["columnKind"] == "unicodeCodePoints"
    rules = {rule["id"]: rule for rule in run_log["tool"]["driver"]["rules"]}
    specs = [spec for suite in result.validation.suites for spec in suite.expectations]
    assert set(rules) == {spec.expectation_id for spec in specs}
    levels = {"critical": "error", "warning": "warning", "info": "note"}
    for spec in specs:
        assert rules[spec.expectation_id]["defaultConfiguration"]["level"] == levels[spec.severity]
        assert rules[spec.expectation_id]["shortDescription"]["text"]
    assert len(run_log["results"]) == len(result.validation.findings)
    share = next(r for r in run_log["results"] if r["level"] == "error")
    location = share["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "seeds/survey.txt"
    line = SURVEY.split("\r\n")[2]
    assert location["region"] == {"startLine": 3, "startColumn": line.index("130%") + 1, "endLine": 3,
                                  "endColumn": line.index("130%") + 5, "snippet": {"text": "130%"}}
    claim_id = share["properties"]["claimId"]
    assert share["partialFingerprints"] == {"claimFinding/v1": f"{claim_id}:{share['ruleId']}"}
    assert rules[share["ruleId"]] == run_log["tool"]["driver"]["rules"][share["ruleIndex"]]
    forecast = next(r for r in run_log["results"] if "600" in r["message"]["text"])
    uri = forecast["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "seeds/%E5%8C%BA%E5%9F%9F%20%E6%96%B0%E9%97%BB/%E9%80%9A%E5%91%8A.txt"
    region = forecast["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, FORECAST.index("超过600家") + 1)


def test_sarif_with_a_baseline_marks_new_and_accepted_and_stays_valid(result: RunResult, workspace: Path) -> None:
    share = next(f for f in result.validation.findings if f.severity == "critical")
    baseline = {f"{share.claim_id} {share.expectation_id}": Accepted(
        share.claim_id, share.expectation_id, share.severity, share.doc, share.text, share.message)}
    log = sarif_log(with_baseline(result, baseline), root=workspace)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(log))
    states = {(r["properties"]["claimId"], r["ruleId"]): r["baselineState"] for r in log["runs"][0]["results"]}
    assert states.pop((share.claim_id, share.expectation_id)) == "unchanged"
    assert set(states.values()) == {"new"}
    assert log["runs"][0]["invocations"][0]["exitCode"] == 0


def test_junit_has_a_testcase_per_expectation_and_a_failure_per_finding(result: RunResult, workspace: Path) -> None:
    tree = ET.fromstring(to_junit(result, root=workspace).encode("utf-8"))
    assert tree.tag == "testsuites"
    suites = tree.findall("testsuite")
    assert [s.get("name") for s in suites] == [suite.name for suite in result.validation.suites]
    for element, suite in zip(suites, result.validation.suites, strict=True):
        cases = element.findall("testcase")
        assert len(cases) == len(suite.expectations) == int(element.get("tests"))
        assert [c.get("name").split(" ", 1)[0] for c in cases] == [s.expectation_id for s in suite.expectations]
        assert element.get("errors") == "0"
        assert int(element.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
    failures = tree.findall(".//failure")
    assert len(failures) == len(result.validation.findings)
    critical = [f for f in failures if f.get("type") == "critical"]
    assert len(critical) == 1 and "130%" in critical[0].get("message")
    line = SURVEY.split("\r\n")[2]
    assert critical[0].text.startswith(f"seeds/survey.txt:3:{line.index('130%') + 1}: [critical]")
    assert tree.find(".//error") is None
    assert int(tree.get("failures")) == sum(int(s.get("failures")) for s in suites)


def test_junit_lists_unreadable_documents_as_errors(result: RunResult, workspace: Path) -> None:
    from checks.documents import DocumentError

    broken = dataclasses.replace(result, errors=(DocumentError(str(workspace / "seeds/bad.txt"), "binary file"),))
    tree = ET.fromstring(to_junit(broken, root=workspace).encode("utf-8"))
    errors = tree.findall(".//error")
    assert len(errors) == 1 and errors[0].get("message") == "binary file"
    assert tree.get("errors") == "1"


def test_annotations_escape_per_github_rules() -> None:
    assert escape_data("50% of a\r\nb") == "50%25 of a%0D%0Ab"
    assert escape_property("a:b,c%d\n") == "a%3Ab%2Cc%25d%0A"
    line = annotation("warning", "x: 1, 2%", file="seeds/a,b:c.txt", line=3, col=None, title="t")
    assert line == "::warning file=seeds/a%2Cb%3Ac.txt,line=3,title=t::x: 1, 2%25"


def test_annotations_one_per_finding_by_severity(result: RunResult, workspace: Path) -> None:
    lines = to_github_annotations(result, root=workspace).splitlines()
    assert len(lines) == len(result.validation.findings)
    assert lines[0].startswith("::error file=seeds/survey.txt,line=3,")
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    forecast = next(line for line in lines if "600" in line)
    column = FORECAST.index("超过600家") + 1
    assert forecast.startswith(f"::warning file=seeds/{FORECAST_DOC},line=1,endLine=1,col={column},"
                               f"endColumn={column + len('超过600家')},title=checks support#")
    accepted_all = with_baseline(result, {f"{f.claim_id} {f.expectation_id}": Accepted(
        f.claim_id, f.expectation_id, f.severity, f.doc, f.text, f.message) for f in result.validation.findings})
    assert to_github_annotations(accepted_all, root=workspace) == ""


def test_markdown_summary_names_the_verdict_failures_and_places(result: RunResult, workspace: Path) -> None:
    text = to_markdown(result, root=workspace, show=1)
    assert text.startswith("## checks: ❌ **FAILED**")
    assert f"**2 documents, {len(result.table)} claims**" in text
    critical = next(o for o in result.validation.outcomes if not o.success and o.spec.severity == "critical")
    assert f"| critical | `{critical.spec.expectation_id}` | {critical.description} | 1 |" in text
    assert "- `seeds/survey.txt:3` 130%" in text
    assert "unsupported" in text
    flagged: dict[str, int] = {}
    for finding in result.validation.findings:
        flagged[finding.expectation_id] = flagged.get(finding.expectation_id, 0) + 1
    assert any(count > 1 for count in flagged.values())
    for count in flagged.values():  # show=1 cuts the list of an expectation that flagged more
        if count > 1:
            assert f"- … and {count - 1} more" in text


def test_a_run_writes_its_formats_and_speaks_to_github_actions(workspace: Path, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    formats = ("junit", "sarif", "github", "markdown")
    result = run([workspace / "seeds"], expectations=workspace / "expectations", reports=reports, formats=formats,
                 root=workspace)
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    stdout = io.StringIO()
    speak_to_github(result, formats, environ={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
                    stdout=stdout)
    assert set(FORMAT_FILES.values()) <= {p.name for p in reports.iterdir()}
    assert (reports / "annotations.txt").read_text(encoding="utf-8") == render(result, "github", root=workspace)
    assert stdout.getvalue().startswith("::error ")
    content = summary.read_text(encoding="utf-8")
    assert content.startswith("earlier step\n## checks: ❌ **FAILED**")
    json.loads((reports / "results.sarif").read_text(encoding="utf-8"))
    ET.parse(reports / "junit.xml")
    quiet = io.StringIO()
    speak_to_github(result, ("github",), environ={}, stdout=quiet)
    assert quiet.getvalue() == ""  # outside Actions the annotations go to the file only


def test_rendering_an_unknown_format_is_refused(result: RunResult) -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(result, "xml")


def test_location_uri_keeps_ascii_paths_readable() -> None:
    assert Location("seeds/a-b_c.txt", 1).uri == "seeds/a-b_c.txt"
    assert Location("seeds/a:b.txt", 1).uri == "seeds/a%3Ab.txt"
    assert Location("/srv/新闻.txt", 1).uri == "file:///srv/%E6%96%B0%E9%97%BB.txt"
    assert str(Location("seeds/a.txt", 2, 5)) == "seeds/a.txt:2:5"
