"""Suite files: JSON objects listing Great Expectations expectations, read into :class:`Suite`s, with severities."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEVERITIES = ("critical", "warning", "info")
FAIL_ON = ("critical", "warning", "never")  # the severity at which a failed expectation fails a run


def failing_severities(fail_on: str) -> tuple[str, ...]:
    """The severities that fail a run at ``fail_on``: critical → (critical,), warning → (critical, warning)."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    return {"critical": ("critical",), "warning": ("critical", "warning"), "never": ()}[fail_on]


class SuiteError(ValueError):
    """A suite that cannot be used; the message names the file (and the expectation)."""


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation as its suite file states it."""

    expectation_id: str  # "<suite>#<position>", stable while the file is unchanged
    suite: str
    position: int
    type: str
    kwargs: dict[str, object]
    severity: str
    why: str | None
    raw: dict[str, object] = field(repr=False, compare=False)


@dataclass(frozen=True)
class Suite:
    name: str
    path: str
    version: str  # meta.version where the file gives one, else a short hash of its content
    expectations: tuple[ExpectationSpec, ...]
    table: str = "claims"  # the table it judges: claims, or relations (checks across claims)


# The tables a suite can judge, and the column that identifies their rows.
TABLES = {"claims": "claim_id", "relations": "relation_id"}


def load_suites(folder: str | Path) -> list[Suite]:
    """Every *.json suite in ``folder``, in name order. Raises :class:`SuiteError` for what cannot be used."""
    directory = Path(folder)
    if not directory.is_dir():
        raise SuiteError(f"{directory}: no such expectations folder")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise SuiteError(f"{directory}: no *.json suites in the expectations folder")
    suites = [read_suite(path) for path in files]
    names = Counter(suite.name for suite in suites)
    duplicated = [name for name, count in names.items() if count > 1]
    if duplicated:
        raise SuiteError(f"{directory}: two suites are named {duplicated[0]!r}")
    return suites


def read_suite(path: str | Path) -> Suite:
    """One suite file: {"name", "expectations": [{"type", "kwargs", "severity", "meta"}]}."""
    source = Path(path)
    try:
        content = source.read_bytes()
        data = json.loads(content.decode("utf-8-sig"))
    except OSError as error:
        raise SuiteError(f"{source}: cannot read ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = f" (line {error.lineno}, column {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise SuiteError(f"{source}: invalid JSON{where}: {getattr(error, 'msg', error)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
        raise SuiteError(f"{source}: a suite is an object with a list of \"expectations\"")
    name = data.get("name") or source.stem
    if not isinstance(name, str):
        raise SuiteError(f"{source}: \"name\" must be a string")
    table = data.get("table", "claims")
    if table not in TABLES:
        raise SuiteError(f"{source}: \"table\" must be one of {', '.join(TABLES)}, not {table!r}")
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    version = str(meta.get("version") or hashlib.blake2b(content, digest_size=4).hexdigest())
    specs = []
    for position, raw in enumerate(data["expectations"], start=1):
        label = f"{source}: expectation {position}"
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            raise SuiteError(f"{label}: needs a \"type\"")
        kwargs = raw.get("kwargs", {})
        if not isinstance(kwargs, dict):
            raise SuiteError(f"{label} ({raw['type']}): \"kwargs\" must be an object")
        severity = raw.get("severity", "critical")
        if severity not in SEVERITIES:
            raise SuiteError(f"{label} ({raw['type']}): severity {severity!r} is not one of {', '.join(SEVERITIES)}")
        why = (raw.get("meta") or {}).get("why") if isinstance(raw.get("meta"), dict) else None
        specs.append(ExpectationSpec(f"{name}#{position}", name, position, raw["type"], kwargs, severity, why, raw))
    return Suite(name, str(source), version, tuple(specs), table)
