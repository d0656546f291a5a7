"""Expectations in plain words, and the message a finding carries."""

from __future__ import annotations

import math
import string
from functools import lru_cache
from typing import Any

from checks.validate.suites import ExpectationSpec


def _values(values: object) -> str:
    if isinstance(values, list):
        return ", ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in values)
    return str(values)


def _condition(condition: object) -> str:
    """A row condition in words: kind is share and direction is down."""
    if not isinstance(condition, dict):
        return str(condition) if condition else ""
    if condition.get("type") in ("and", "or"):
        parts = [_condition(c) for c in condition.get("conditions", [])]
        return f" {condition['type']} ".join(p for p in parts if p)
    if condition.get("type") == "pass_through":
        return str(condition.get("pass_through_filter", ""))
    column = (condition.get("column") or {}).get("name", "?")
    operator = {"==": "is", "!=": "is not", "IN": "is one of", "NOT IN": "is not one of", "<": "<", "<=": "<=",
                ">": ">", ">=": ">="}.get(str(condition.get("operator")), str(condition.get("operator")))
    parameter = condition.get("parameter")
    if isinstance(parameter, list):
        parameter = "(" + _values(parameter) + ")"
    return f"{column} {operator} {parameter}"


def describe(spec: ExpectationSpec) -> str:
    """One line that says what an expectation requires, for `check suites`, the terminal and the report."""
    kw = spec.kwargs
    column = kw.get("column", "")
    kind = spec.type
    if kind == "expect_column_values_to_not_be_null":
        text = f"{column} is present"
    elif kind == "expect_column_values_to_be_null":
        text = f"{column} is empty"
    elif kind == "expect_column_values_to_be_in_set":
        text = f"{column} is one of: {_values(kw.get('value_set'))}"
    elif kind == "expect_column_values_to_not_be_in_set":
        text = f"{column} is not {_values(kw.get('value_set'))}"
    elif kind == "expect_column_values_to_be_between":
        low, high = kw.get("min_value"), kw.get("max_value")
        if low is not None and high is not None:
            text = f"{column} lies between {low:g} and {high:g}" if isinstance(low, (int, float)) and isinstance(
                high, (int, float)) else f"{column} lies between {low} and {high}"
        elif low is not None:
            text = f"{column} is at least {low}"
        else:
            text = f"{column} is at most {high}"
    elif kind == "expect_column_values_to_be_unique":
        text = f"{column} is unique"
    elif kind == "expect_claim_value_within_interval":
        text = "the value lies inside its own interval (lower <= value <= upper)"
    elif kind == "expect_claim_span_inside_document":
        text = "the claim's span lies inside its document"
    elif kind == "expect_table_row_count_to_be_between":
        text = f"the table has between {kw.get('min_value')} and {kw.get('max_value')} claims"
    else:
        arguments = ", ".join(f"{k}={v}" for k, v in sorted(kw.items()) if k != "row_condition")
        text = f"{kind.removeprefix('expect_').replace('_', ' ')} ({arguments})"
    condition = _condition(kw.get("row_condition"))
    if condition:
        text += f", where {condition}"
    if kw.get("mostly") is not None:
        text += f" (for at least {float(kw['mostly']):.0%} of claims)"
    return text


class _Lenient(dict):
    """Format fields: a missing or empty field reads as an empty string, never as an error."""

    def __missing__(self, key: str) -> str:
        return ""


def shown(value: Any) -> str:
    """A field's value as a message shows it: missing as nothing, whole floats without .0."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@lru_cache(maxsize=256)
def _fields_named(template: str) -> tuple[str, ...]:
    """The fields a message template names ({text}, {value:.1f} → text, value), read once per template."""
    try:
        return tuple(dict.fromkeys(name.split(".")[0].split("[")[0]
                                   for _text, name, _spec, _conv in string.Formatter().parse(template) if name))
    except ValueError:
        return ()


@lru_cache(maxsize=256)
def _pieces(template: str) -> tuple[tuple[str, str | None], ...] | None:
    """A template of plain field names ({text}, {value}: all a suite may use) as (literal, field) pieces, read once;
    None for any other template."""
    try:
        parsed = tuple(string.Formatter().parse(template))
    except ValueError:
        return None
    if any(name is not None and (spec or conversion or not name.isidentifier())
           for _literal, name, spec, conversion in parsed):
        return None
    return tuple((literal, name) for literal, name, _spec, _conversion in parsed)


def _template(spec: ExpectationSpec) -> str | None:
    """The suite's ``meta.message`` of ``spec``, if it gives one."""
    meta = spec.raw.get("meta") if isinstance(spec.raw.get("meta"), dict) else {}
    return meta.get("message") if isinstance(meta.get("message"), str) else None


def message_fields(spec: ExpectationSpec) -> tuple[str, ...]:
    """The row fields a finding's message of ``spec`` reads."""
    template = _template(spec)
    return _fields_named(template) if template else ("text",)


def message_pieces(spec: ExpectationSpec) -> tuple[tuple[str, str | None], ...] | None:
    """The suite's message template of ``spec`` as (literal, field) pieces, or None when it has none (or one that
    is not plain field names)."""
    template = _template(spec)
    return _pieces(template) if template else None


def message_for(spec: ExpectationSpec, row: dict[str, Any]) -> str:
    """A finding's message: the suite's ``meta.message`` template filled with the claim's fields
    (``{text}``, ``{value}``, ``{source}`` …), else the expectation's why, else its description."""
    template = _template(spec)
    pieces = _pieces(template) if template else None
    if pieces is not None:  # plain field names only: str.format_map is safe here, and fast at a million findings
        return template.format_map(_Lenient({name: shown(row[name]) for _literal, name in pieces
                                             if name is not None and name in row}))
    fields = _Lenient({key: shown(row[key]) for key in _fields_named(template) if key in row} if template else {})
    if template:
        try:
            return string.Formatter().vformat(template, (), fields)
        except (ValueError, IndexError, AttributeError):
            return template
    base = spec.why or describe(spec)
    return f"{row.get('text', '')}: {base}"
