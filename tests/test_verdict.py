"""The verdict and the findings it is made of, without running a suite: severities, --fail-on and a baseline decide
the exit status; a flagged row becomes one finding per claim it names; failed expectations are counted by severity.
"""

from __future__ import annotations

import pytest

from checks.gate.verdict import BAD_INPUT, FAILED, OK, verdict
from checks.validate.findings import Finding, Outcome, Validation, findings_for
from checks.validate.suites import ExpectationSpec, failing_severities


def spec(severity: str, position: int = 0, suite: str = "claims") -> ExpectationSpec:
    return ExpectationSpec(f"{suite}#{position}", suite, position, "expect_x", {}, severity, None, {})


def outcome(severity: str, success: bool, claim_ids: tuple[str, ...] = (), position: int = 0) -> Outcome:
    return Outcome(spec(severity, position), success, 10, len(claim_ids), claim_ids, "described")


def finding(severity: str, claim_id: str = "c1", position: int = 0) -> Finding:
    return Finding("f1", "a.txt", claim_id, 0, 3, "23%", "claims", "expect_x", f"claims#{position}", severity, "m")


def validation(*outcomes: Outcome, findings: tuple[Finding, ...] = ()) -> Validation:
    return Validation((), outcomes, findings, ())


@pytest.mark.parametrize(("fail_on", "severities"), [
    ("critical", ("critical",)), ("warning", ("critical", "warning")), ("never", ())])
def test_failing_severities(fail_on: str, severities: tuple[str, ...]) -> None:
    assert failing_severities(fail_on) == severities


@pytest.mark.parametrize("fail_on", ["info", "Critical", "", "all"])
def test_an_unknown_fail_on_is_refused_and_named(fail_on: str) -> None:
    with pytest.raises(ValueError, match=r"fail_on must be one of critical, warning, never, not " + repr(fail_on)):
        failing_severities(fail_on)


@pytest.mark.parametrize(("severity", "fail_on", "status"), [
    ("critical", "critical", FAILED), ("critical", "warning", FAILED), ("critical", "never", OK),
    ("warning", "critical", OK), ("warning", "warning", FAILED), ("warning", "never", OK),
    ("info", "critical", OK), ("info", "warning", OK), ("info", "never", OK)])
def test_without_a_baseline_a_failed_expectation_at_a_failing_severity_fails(severity, fail_on, status) -> None:
    assert verdict(validation(outcome(severity, False, ("c1",))), fail_on) == status
    assert verdict(validation(outcome(severity, True)), fail_on) == OK


def test_only_failed_expectations_count() -> None:
    passed_critical = outcome("critical", True)
    failed_info = outcome("info", False, ("c1",), position=1)
    assert verdict(validation(passed_critical, failed_info), "warning") == OK
    assert verdict(validation(passed_critical, outcome("warning", False, ("c2",), 2)), "warning") == FAILED


def test_unreadable_input_is_bad_input_whatever_the_findings() -> None:
    assert verdict(validation(outcome("critical", False, ("c1",))), "critical", errors=["a.txt: unreadable"]) \
        == BAD_INPUT
    assert verdict(validation(), "never", errors=["x"]) == BAD_INPUT
    assert verdict(validation(), "never", errors=["x"], new=[]) == BAD_INPUT
    assert verdict(validation(), "critical", errors=()) == OK


def test_with_a_baseline_only_new_findings_at_a_failing_severity_fail() -> None:
    failed = outcome("critical", False, ("c1",))
    accepted = finding("critical")
    run = validation(failed, findings=(accepted,))
    assert verdict(run, "critical", new=[]) == OK  # the baseline accepts every finding
    assert verdict(run, "critical", new=[finding("critical", "c2")]) == FAILED
    assert verdict(run, "critical", new=[finding("warning", "c2")]) == OK
    assert verdict(run, "warning", new=[finding("warning", "c2")]) == FAILED
    assert verdict(run, "never", new=[finding("critical", "c2")]) == OK
    assert verdict(run, "warning", new=(f for f in [finding("info", "c2")])) == OK


def test_with_a_baseline_a_failure_that_flags_no_claim_still_fails() -> None:
    """An expectation about the whole table (a row count) flags no claim: nothing a baseline could accept."""
    flagged = outcome("critical", False, ("c1",), position=0)
    whole_table = outcome("critical", False, (), position=1)
    run = validation(flagged, whole_table, findings=(finding("critical", position=0),))
    assert verdict(run, "critical", new=[]) == FAILED
    assert verdict(run, "never", new=[]) == OK
    quiet = validation(flagged, outcome("warning", False, (), position=1), findings=(finding("critical"),))
    assert verdict(quiet, "critical", new=[]) == OK
    assert verdict(quiet, "warning", new=[]) == FAILED


def test_counts_are_failed_expectations_by_severity() -> None:
    run = validation(outcome("critical", False, ("a",), 0), outcome("critical", False, ("b",), 1),
                     outcome("warning", False, (), 2), outcome("warning", True, (), 3), outcome("info", True, (), 4))
    assert run.counts() == {"critical": 2, "warning": 1, "info": 0}
    assert list(run.counts()) == ["critical", "warning", "info"]
    assert validation().counts() == {"critical": 0, "warning": 0, "info": 0}


CLAIMS = {
    "c1": {"doc": "a.txt", "start": 3, "end": 6, "text": "23%"},
    "c2": {"doc": "a.txt", "start": 10, "end": 14, "text": "4.2亿"},
    "c3": {"doc": "b.txt", "start": 0, "end": 2, "text": "9成"},
}


def test_a_claim_row_is_one_finding_of_its_own_claim() -> None:
    flagged = outcome("warning", False, ("c1",), position=2)
    [found] = findings_for(flagged, {"c1": {"claim_id": "c1"}}, CLAIMS, {})
    assert (found.doc, found.claim_id, found.start, found.end, found.text) == ("a.txt", "c1", 3, 6, "23%")
    assert (found.suite, found.expectation, found.expectation_id, found.severity) == \
        ("claims", "expect_x", "claims#2", "warning")
    assert found.message == "described"  # no message of its own: the expectation's description
    assert found.key == "c1 claims#2"
    assert found.finding_id.startswith("f") and len(found.finding_id) == 11


def test_a_relation_row_is_one_finding_per_claim_sharing_one_id() -> None:
    flagged = outcome("critical", False, ("r1", "r2"))
    rows = {"r1": {"claim_ids": "c1 c2"}, "r2": {"claim_ids": "gone c3"}}
    found = findings_for(flagged, rows, CLAIMS, {"r1": "38% + 45% + 22% = 105%"})
    assert [f.claim_id for f in found] == ["c1", "c2", "c3"]  # a claim no longer in the table is skipped
    assert found[0].finding_id == found[1].finding_id != found[2].finding_id
    assert [f.message for f in found] == ["38% + 45% + 22% = 105%"] * 2 + ["described"]
    assert isinstance(found[1].start, int) and found[1].start == 10


def test_finding_ids_are_stable_and_depend_on_the_expectation_and_the_row() -> None:
    rows = {"c1": {"claim_id": "c1"}, "c2": {"claim_id": "c2"}}
    first = findings_for(outcome("critical", False, ("c1", "c2")), rows, CLAIMS, {})
    again = findings_for(outcome("critical", False, ("c1", "c2")), rows, CLAIMS, {})
    other = findings_for(outcome("critical", False, ("c1",), position=1), rows, CLAIMS, {})
    assert [f.finding_id for f in first] == [f.finding_id for f in again]
    assert first[0].finding_id != first[1].finding_id
    assert other[0].finding_id != first[0].finding_id


def test_rows_not_given_are_skipped() -> None:
    assert findings_for(outcome("critical", False, ("c9", "c1")), {"c1": {"claim_id": "c1"}}, CLAIMS, {})[0] \
        .claim_id == "c1"
    assert findings_for(outcome("critical", False, ("c9",)), {}, CLAIMS, {}) == []


def test_a_finding_as_a_dict_names_its_fields_in_order() -> None:
    assert finding("critical").to_dict() == {
        "finding_id": "f1", "doc": "a.txt", "claim_id": "c1", "start": 0, "end": 3, "text": "23%",
        "suite": "claims", "expectation": "expect_x", "severity": "critical", "message": "m"}
    assert list(finding("critical").to_dict()) == ["finding_id", "doc", "claim_id", "start", "end", "text", "suite",
                                                    "expectation", "severity", "message"]
