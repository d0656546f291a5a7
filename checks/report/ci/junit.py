"""JUnit XML: one <testsuite> per suite, one <testcase> per expectation, a <failure> per finding.

A testcase's name is the expectation id and its description; each finding is a <failure> whose ``type`` is its
severity and whose text says where it is (``doc:line:column``), so that any CI that reads JUnit lists the figures
a data update broke. With a baseline, only new findings are failures; accepted ones are listed in the testcase's
<system-out>. Documents that could not be read are <error>s of a testsuite named ``documents``; apart from them
there are no errors.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from checks.report.ci.locations import Locator, findings_of

if TYPE_CHECKING:
    from pathlib import Path

    from checks.report.data import RunView
    from checks.validate.findings import Finding

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: object) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def to_junit(result: RunView, *, root: str | Path | None = None) -> str:
    """The run as a JUnit XML document (UTF-8, with its declaration)."""
    locator = Locator(result.documents, root)
    new: dict[str, list[Finding]] = {}
    accepted: dict[str, list[Finding]] = {}
    for finding, is_accepted in findings_of(result):
        (accepted if is_accepted else new).setdefault(finding.expectation_id, []).append(finding)
    testsuites = ET.Element("testsuites", name="checks")
    total_tests = total_failures = total_errors = 0
    for suite in result.validation.suites:
        outcomes = [o for o in result.validation.outcomes if o.spec.suite == suite.name]
        element = ET.SubElement(testsuites, "testsuite", name=suite.name, tests=str(len(outcomes)), failures="0",
                                errors="0", skipped="0", time="0", timestamp=result.generated_at)
        properties = ET.SubElement(element, "properties")
        for name, value in (("version", suite.version), ("file", suite.path), ("fail_on", result.fail_on)):
            ET.SubElement(properties, "property", name=name, value=_clean(value))
        failed = 0
        for outcome in outcomes:
            spec = outcome.spec
            case = ET.SubElement(element, "testcase", classname=f"checks.{suite.name}",
                                 name=_clean(f"{spec.expectation_id} {outcome.description}"), time="0")
            failures = new.get(spec.expectation_id, [])
            case_failed = bool(failures)
            for finding in failures:
                location = locator.finding(finding)
                failure = ET.SubElement(case, "failure", message=_clean(finding.message), type=finding.severity)
                failure.text = _clean(f"{location}: [{finding.severity}] {finding.message}\n"
                                      f"claim {finding.claim_id}: {finding.text}")
            if not outcome.success and not failures and spec.expectation_id not in accepted:
                # Failed without flagging a claim (nothing to point at): still a failure of this testcase.
                failure = ET.SubElement(case, "failure", message=_clean(outcome.error or outcome.description),
                                        type=spec.severity)
                failure.text = _clean(f"{outcome.unexpected} of {outcome.evaluated} rows failed")
                case_failed = True
            if spec.expectation_id in accepted:
                out = ET.SubElement(case, "system-out")
                out.text = _clean("\n".join(f"accepted in the baseline: {locator.finding(f)}: {f.message}"
                                            for f in accepted[spec.expectation_id]))
            failed += case_failed
        element.set("failures", str(failed))
        total_tests += len(outcomes)
        total_failures += failed
    if result.errors:
        element = ET.SubElement(testsuites, "testsuite", name="documents", tests=str(len(result.errors)),
                                failures="0", errors=str(len(result.errors)), skipped="0", time="0",
                                timestamp=result.generated_at)
        for error in result.errors:
            case = ET.SubElement(element, "testcase", classname="checks.documents", name=_clean(error.source),
                                 time="0")
            ET.SubElement(case, "error", message=_clean(error.reason), type="unreadable").text = _clean(error)
        total_tests += len(result.errors)
        total_errors += len(result.errors)
    testsuites.set("tests", str(total_tests))
    testsuites.set("failures", str(total_failures))
    testsuites.set("errors", str(total_errors))
    ET.indent(testsuites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(testsuites, encoding="unicode") + "\n"
