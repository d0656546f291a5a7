"""Baselines: findings accepted once, so that the gate fails only on new ones.

A finding is known by its claim and its expectation: ``claim_id`` derives from the document name, the claim's
text and its neighbourhood within its own sentence (never from offsets), and ``expectation_id`` is
``<suite>#<position>``. Editing another sentence, inserting a paragraph before the claim or deleting one
elsewhere leaves the key alone; changing the figure itself (or the few characters around it) makes it a new
finding, as it should, since what was accepted is no longer what the text says. Reordering the expectations of
a suite changes their ids: record the baseline again after doing that.

The file (``reports/baseline.json`` by default) is deterministic JSON, sorted, with no timestamp, so that
recording it again after no change leaves it byte for byte the same and its diffs in review are the findings
accepted or dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from checks.documents.jsontext import strict_json
from checks.report.files import atomic_write
from checks.validate.findings import Finding
from checks.validate.suites import SEVERITIES

BASELINE_VERSION = 1
DEFAULT_BASELINE = Path("reports") / "baseline.json"


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Accepted:
    """One accepted finding as the baseline file records it."""

    claim_id: str
    expectation_id: str
    severity: str
    doc: str
    text: str
    message: str

    @property
    def key(self) -> str:
        return key_of(self.claim_id, self.expectation_id)

    def to_dict(self) -> dict[str, str]:
        return {"claim_id": self.claim_id, "expectation_id": self.expectation_id, "severity": self.severity,
                "doc": self.doc, "text": self.text, "message": self.message}


Baseline = dict[str, Accepted]  # by key


class Comparison(NamedTuple):
    """A run against a baseline: unpacks as ``new, accepted, disappeared``."""

    new: tuple[Finding, ...]  # not in the baseline: these can fail the gate
    accepted: tuple[Finding, ...]  # in the baseline and still found
    disappeared: tuple[Accepted, ...]  # in the baseline, no longer found (fixed, or the claim changed)


def key_of(claim_id: str, expectation_id: str) -> str:
    return f"{claim_id} {expectation_id}"


def accepted_of(findings: Iterable[Finding]) -> list[Accepted]:
    """Findings as baseline entries: one per key (a claim flagged twice by one expectation through two relations
    is one entry), sorted by document, claim and expectation."""
    entries: dict[str, Accepted] = {}
    for finding in findings:
        entries.setdefault(finding.key, Accepted(
            finding.claim_id, finding.expectation_id, finding.severity, finding.doc, finding.text, finding.message))
    return sorted(entries.values(), key=lambda a: (a.doc, a.claim_id, a.expectation_id))


def dumps(entries: list[Accepted]) -> str:
    data = {"checks_baseline": BASELINE_VERSION, "accepted": [entry.to_dict() for entry in entries]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def record(findings: Iterable[Finding], path: str | Path = DEFAULT_BASELINE) -> list[Accepted]:
    """Write every finding as accepted into ``path`` (atomically); returns the entries written."""
    entries = accepted_of(findings)
    content = dumps(entries).encode("utf-8")
    atomic_write(path, lambda stream: stream.write(content))
    return entries


def load(path: str | Path) -> Baseline:
    """Read a baseline file. Raises :class:`BaselineError` (one line, naming the file) when it cannot be used."""
    source = Path(path)
    try:
        data = strict_json(source.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise BaselineError(f"{source}: no such baseline file (record one with `check baseline`)") from None
    except IsADirectoryError:
        raise BaselineError(f"{source}: is a folder, not a baseline file") from None
    except OSError as error:
        raise BaselineError(f"{source}: cannot read the baseline ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{source}: not a baseline file (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise BaselineError(f"{source}: invalid JSON in the baseline (line {error.lineno}, column {error.colno}): "
                            f"{error.msg}") from None
    except ValueError as error:
        raise BaselineError(f"{source}: not a usable baseline: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("accepted"), list):
        raise BaselineError(f"{source}: not a baseline file (an object with a list of \"accepted\" findings)")
    if data.get("checks_baseline") != BASELINE_VERSION:
        raise BaselineError(f"{source}: baseline version {data.get('checks_baseline')!r} is not "
                            f"{BASELINE_VERSION}; record it again with `check baseline`")
    baseline: Baseline = {}
    for number, raw in enumerate(data["accepted"], start=1):
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) and raw.get(k)
                                                for k in ("claim_id", "expectation_id")):
            raise BaselineError(f"{source}: accepted finding {number} needs a \"claim_id\" and an \"expectation_id\"")
        severity = raw.get("severity", "critical")
        if severity not in SEVERITIES:
            raise BaselineError(f"{source}: accepted finding {number}: severity {severity!r} is not one of "
                                f"{', '.join(SEVERITIES)}")
        entry = Accepted(raw["claim_id"], raw["expectation_id"], severity, str(raw.get("doc", "")),
                         str(raw.get("text", "")), str(raw.get("message", "")))
        baseline[entry.key] = entry
    return baseline


def compare(findings: Iterable[Finding], baseline: Baseline | str | Path) -> Comparison:
    """Split findings into new and accepted, and list the accepted ones no longer found."""
    if not isinstance(baseline, dict):
        baseline = load(baseline)
    new, accepted, seen = [], [], set()
    for finding in findings:
        key = finding.key
        (accepted if key in baseline else new).append(finding)
        seen.add(key)
    disappeared = [entry for key, entry in baseline.items() if key not in seen]
    disappeared.sort(key=lambda a: (a.doc, a.claim_id, a.expectation_id))
    return Comparison(tuple(new), tuple(accepted), tuple(disappeared))
