"""Suite files: JSON objects listing Great Expectations expectations, read into :class:`Suite`s, with severities."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checks.documents.jsontext import strict_json

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


MAX_SUITE_BYTES = 2_000_000
# The Column conditions GX serialises (README, "Suites and severities"); anything else is refused.
_CONDITION_TYPES = {"comparison", "nullity", "and", "or"}


def _unsafe(kwargs: dict[str, object]) -> str | None:
    """What in an expectation's kwargs could run code or read as an expression, if anything."""
    if "condition_parser" in kwargs:
        return "\"condition_parser\" is not accepted: row conditions are Column condition objects, not expressions"
    condition = kwargs.get("row_condition")
    if condition is not None and not _condition_object(condition):
        return ("\"row_condition\" must be a Column condition object ({\"type\": \"comparison\", \"column\": "
                "{\"name\": …}, \"operator\": …, \"parameter\": …}, or \"and\"/\"or\" of them), not a string")
    return None


def _condition_object(condition: object) -> bool:
    if not isinstance(condition, dict) or condition.get("type") not in _CONDITION_TYPES:
        return False
    if condition["type"] in ("and", "or"):
        parts = condition.get("conditions")
        return isinstance(parts, list) and bool(parts) and all(_condition_object(part) for part in parts)
    column = condition.get("column")
    return isinstance(column, dict) and isinstance(column.get("name"), str)


def _unsafe_message(meta: object) -> str | None:
    """A message template may name the claim's fields ({text}, {value}); a format spec or conversion ({text:>9999}
    allocated gigabytes) or an attribute or index ({text.__class__}) is refused."""
    message = meta.get("message") if isinstance(meta, dict) else None
    if not isinstance(message, str):
        return None
    import string

    try:
        for _literal, name, spec, conversion in string.Formatter().parse(message):
            if name is None:
                continue
            if spec or conversion or not name.isidentifier():
                written = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
                return f"meta.message may only name fields ({{text}}, {{value}}), not {{{written}}}"
    except ValueError as error:
        return f"meta.message is not a template: {error}"
    return None


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
    """One suite file: {"name", "expectations": [{"type", "kwargs", "severity", "meta"}]}.

    A suite may come from a pull request, so nothing in it is evaluated: a row condition is a ``Column``
    condition object (never a string for pandas' query, never a ``condition_parser``), a message template names
    fields only (no format specs), and the JSON is plain (no duplicate keys, no NaN, bounded size and depth)."""
    source = Path(path)
    try:
        with source.open("rb") as handle:
            content = handle.read(MAX_SUITE_BYTES + 1)
        if len(content) > MAX_SUITE_BYTES:
            raise SuiteError(f"{source}: larger than {MAX_SUITE_BYTES // 1_000_000} MB; a suite is a short file")
        data = strict_json(content.decode("utf-8-sig"))
    except OSError as error:
        raise SuiteError(f"{source}: cannot read ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = f" (line {error.lineno}, column {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise SuiteError(f"{source}: invalid JSON{where}: {getattr(error, 'msg', error)}") from None
    except ValueError as error:  # duplicate keys, NaN, nesting
        raise SuiteError(f"{source}: {error}") from None
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
        problem = _unsafe(kwargs) or _unsafe_message(raw.get("meta"))
        if problem:
            raise SuiteError(f"{label} ({raw['type']}): {problem}")
        severity = raw.get("severity", "critical")
        if severity not in SEVERITIES:
            raise SuiteError(f"{label} ({raw['type']}): severity {severity!r} is not one of {', '.join(SEVERITIES)}")
        why = (raw.get("meta") or {}).get("why") if isinstance(raw.get("meta"), dict) else None
        specs.append(ExpectationSpec(f"{name}#{position}", name, position, raw["type"], kwargs, severity, why, raw))
    return Suite(name, str(source), version, tuple(specs), table)
