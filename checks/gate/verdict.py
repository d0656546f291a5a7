"""The verdict: the exit status of a run, from its findings' severities, the fail-on level and a baseline.

Great Expectations' own success flag ignores severity, so the gate decides here, in one place:
0 nothing failed at the failing severity (or above); 1 something did; 2 an input could not be read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from checks.status import BAD_INPUT, FAILED, OK, VERDICTS
from checks.validate.findings import Finding, Validation
from checks.validate.suites import FAIL_ON, failing_severities

__all__ = ["BAD_INPUT", "FAILED", "FAIL_ON", "OK", "VERDICTS", "failing_severities", "verdict"]


def verdict(validation: Validation, fail_on: str, *, errors: Sequence[object] = (),
            new: Iterable[Finding] | None = None) -> int:
    """The exit status. Without a baseline (``new`` is None): 1 when an expectation at a failing severity failed.
    With one: 1 when a finding the baseline does not accept is at a failing severity, or when an expectation at a
    failing severity failed without flagging any claim (nothing a baseline could accept). 2 for unreadable input."""
    if errors:
        return BAD_INPUT
    failing = failing_severities(fail_on)
    failed = [o for o in validation.outcomes if not o.success and o.spec.severity in failing]
    if new is None:
        return FAILED if failed else OK
    if any(finding.severity in failing for finding in new):
        return FAILED
    flagged = {finding.expectation_id for finding in validation.findings}
    return FAILED if any(o.spec.expectation_id not in flagged for o in failed) else OK
