"""Diffs of the claims between two versions of the documents: what a reviewer of a data update needs.

Claims are matched by ``claim_id``, which derives from the document name, the claim's text and up to 8 characters
either side within its sentence, never from offsets: a claim whose sentence was left alone keeps its id however
the text around it moved (a sentence inserted before it, a paragraph deleted elsewhere).

- Same id on both sides: *changed* when one of ``value, lower, upper, qualifier, kind, projected, source``
  differs (a forecast word or a source added further away in the sentence), else unchanged and not listed.
- An id on one side only: *added* or *removed*, unless it pairs with one on the other side. Changing the figure
  changes its id, so a changed figure would show as removed + added; they are paired as *changed* instead when,
  in the same document, (1) their sentences are the same once each claim's own text is masked out (the figure
  was edited and nothing else in the sentence), or else (2) they measure the same metric (``metric``) and
  exactly one claim on each side does. Anything else stays added/removed. Pairing is greedy and in document order.

The sides (files, folders, git revisions) are read by :mod:`checks.gate.revisions`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from checks.report.tables import records
from checks.validate.wording import shown

DIFF_FIELDS = ("value", "lower", "upper", "qualifier", "kind", "projected", "source")
SHOWN = ("doc", "claim_id", "text", "sentence", "value", "unit", "lower", "upper", "qualifier", "kind", "projected",
         "source", "metric", "start")


@dataclass(frozen=True)
class Change:
    """One claim on both sides whose reading differs."""

    doc: str
    old: dict[str, Any]
    new: dict[str, Any]
    fields: tuple[str, ...]  # the DIFF_FIELDS that differ, and "text" when the figure itself was edited
    paired_by: str  # "claim_id", "sentence" or "metric"

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "fields": list(self.fields), "paired_by": self.paired_by, "old": self.old,
                "new": self.new}


@dataclass(frozen=True)
class ClaimDiff:
    added: tuple[dict[str, Any], ...]
    removed: tuple[dict[str, Any], ...]
    changed: tuple[Change, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_dict(self) -> dict[str, Any]:
        return {"added": list(self.added), "removed": list(self.removed),
                "changed": [change.to_dict() for change in self.changed]}


def _same(a: object, b: object) -> bool:
    missing_a = a is None or (isinstance(a, float) and math.isnan(a))
    missing_b = b is None or (isinstance(b, float) and math.isnan(b))
    if missing_a or missing_b:
        return missing_a and missing_b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def _rows(table: pd.DataFrame) -> list[dict[str, Any]]:
    columns = [c for c in SHOWN if c in table.columns]
    return records(table[columns]) if len(table) else []


def _masked(row: dict[str, Any]) -> str:
    sentence, text = str(row.get("sentence") or ""), str(row.get("text") or "")
    return sentence.replace(text, "\0", 1) if text else sentence


def diff_tables(old: pd.DataFrame, new: pd.DataFrame) -> ClaimDiff:
    """Added, removed and changed claims between two claims tables (see the module's docstring)."""
    old_rows, new_rows = _rows(old), _rows(new)
    old_by_id = {row["claim_id"]: row for row in old_rows}
    new_by_id = {row["claim_id"]: row for row in new_rows}
    changed: list[Change] = []
    for row in new_rows:
        before = old_by_id.get(row["claim_id"])
        if before is not None:
            fields = tuple(f for f in DIFF_FIELDS if not _same(before.get(f), row.get(f)))
            if fields:
                changed.append(Change(row["doc"], before, row, fields, "claim_id"))
    removed = [row for row in old_rows if row["claim_id"] not in new_by_id]
    added = [row for row in new_rows if row["claim_id"] not in old_by_id]
    for paired_by, key in (("sentence", lambda r: (r["doc"], _masked(r))),
                           ("metric", lambda r: (r["doc"], r.get("metric")) if r.get("metric") else None)):
        removed, added = _pair(removed, added, key, paired_by, changed, unique=paired_by == "metric")
    changed.sort(key=lambda c: (c.doc, c.new.get("start", 0)))
    return ClaimDiff(tuple(added), tuple(removed), tuple(changed))


def _pair(removed: list[dict], added: list[dict], key, paired_by: str, changed: list[Change],
          unique: bool) -> tuple[list[dict], list[dict]]:
    """Pair removed and added claims that share ``key``; with ``unique``, only keys held by one claim a side."""
    by_key: dict[object, list[dict]] = {}
    for row in removed:
        k = key(row)
        if k is not None:
            by_key.setdefault(k, []).append(row)
    added_keys: dict[object, int] = {}
    for row in added:
        k = key(row)
        added_keys[k] = added_keys.get(k, 0) + 1
    paired: set[int] = set()
    still_added = []
    for row in added:
        k = key(row)
        candidates = by_key.get(k) if k is not None else None
        if not candidates or (unique and (len(candidates) != 1 or added_keys[k] != 1)):
            still_added.append(row)
            continue
        before = candidates.pop(0)
        paired.add(id(before))
        fields = tuple(f for f in DIFF_FIELDS if not _same(before.get(f), row.get(f)))
        if before.get("text") != row.get("text"):
            fields = ("text", *fields)
        changed.append(Change(row["doc"], before, row, fields, paired_by))
    return [row for row in removed if id(row) not in paired], still_added


def _number(value: object) -> str:
    """A field's value as the diff shows it: as a finding's message does (validate.wording.shown), missing as —."""
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else shown(value)


def describe_claim(row: dict[str, Any]) -> str:
    """A claim's reading in one line: 超过800家 (level, 800 count, over, projected, source 某公司)."""
    parts = [str(row.get("kind")), f"{_number(row.get('value'))} {row.get('unit')}", str(row.get("qualifier"))]
    if row.get("projected"):
        parts.append("projected")
    if row.get("source"):
        parts.append(f"source {row['source']}")
    return f"{row.get('text')} ({', '.join(parts)})"


def describe_change(change: Change) -> str:
    """What changed, field by field: value 120 → 95; text 120% → 95%."""
    fields = []
    for name in change.fields:
        before, after = change.old.get(name), change.new.get(name)
        fields.append(f"{name} {_number(before)} → {_number(after)}")
    return "; ".join(fields)


def format_text(diff: ClaimDiff, old_label: str, new_label: str) -> str:
    lines = [f"claims: {old_label} → {new_label}: {len(diff.added)} added, {len(diff.removed)} removed, "
             f"{len(diff.changed)} changed"]
    for change in diff.changed:
        lines.append(f"  changed  {change.doc}  {change.new.get('text')}  {describe_change(change)}")
        lines.append(f"           {change.new.get('sentence')}")
    for row in diff.added:
        lines.append(f"  added    {row['doc']}  {describe_claim(row)}")
    for row in diff.removed:
        lines.append(f"  removed  {row['doc']}  {describe_claim(row)}")
    return "\n".join(lines) + "\n"


def format_markdown(diff: ClaimDiff, old_label: str, new_label: str) -> str:
    from checks.report.ci.markdown import cell, code

    lines = [f"### Claims: {cell(old_label)} → {cell(new_label)}", "",
             f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed.", ""]
    if diff.empty:
        return "\n".join(lines)
    lines += ["| | document | claim | what changed | sentence |", "|---|---|---|---|---|"]
    for change in diff.changed:
        lines.append(f"| changed | {code(change.doc)} | {cell(change.new.get('text'))} | "
                     f"{cell(describe_change(change))} | {cell(change.new.get('sentence'))} |")
    for kind, rows in (("added", diff.added), ("removed", diff.removed)):
        for row in rows:
            lines.append(f"| {kind} | {code(row['doc'])} | {cell(row.get('text'))} | {cell(describe_claim(row))} | "
                         f"{cell(row.get('sentence'))} |")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class SidesDiff:
    """A `check diff`: the claims diff between two sides, and the gate's run on the new side (None when the new
    side has no documents)."""

    old_label: str
    new_label: str
    diff: ClaimDiff
    result: Any  # checks.gate.run.RunResult | None
    errors: tuple  # documents that could not be read, on either side

    @property
    def exit_status(self) -> int:
        from checks.gate.verdict import BAD_INPUT, OK

        if self.errors:
            return BAD_INPUT
        return self.result.exit_status if self.result is not None else OK


def diff_sides(sides: Sequence[str], limit: Sequence[str] = (), *, suites: list, fail_on: str = "critical",
               baseline: Any = None, reports: str | Path | None = None) -> SidesDiff:
    """Compare two sides (paths or git revisions, see :mod:`checks.gate.revisions`) and run the suites on the new
    one. Raises :class:`checks.gate.revisions.DiffError` for a side that cannot be read."""
    from checks.claims import TABLE_COLUMNS, claims_table
    from checks.gate.revisions import read_side, resolve_sides
    from checks.gate.run import run

    with resolve_sides(sides, limit) as (old, new):
        old_documents, old_errors = read_side(old)
        result = None
        if new.paths:
            result = run(new.paths, suites=suites, reports=reports, fail_on=fail_on, baseline=baseline)
        old_table = claims_table(old_documents)
    new_table = result.table if result is not None else pd.DataFrame(columns=list(TABLE_COLUMNS))
    errors = (*old_errors, *(result.errors if result is not None else ()))
    return SidesDiff(old.label, new.label, diff_tables(old_table, new_table), result, errors)
