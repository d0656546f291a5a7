"""The pandas backend: suites run by Great Expectations over pandas DataFrames in an ephemeral context.

:func:`validate` turns GX's results into the backend-neutral :class:`checks.validate.Validation`
(through :func:`checks.validate.backends.gx_suites.run_suites`, shared with the Spark backend).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from checks.claims import plain_values, table_rows
from checks.validate.backends.gx_suites import row_findings, run_suites
from checks.validate.backends.pandas_findings import ClaimColumns, claim_findings
from checks.validate.findings import Finding, Outcome, Validation
from checks.validate.suites import Suite
from checks.validate.wording import message_fields

# What a finding is made of besides its message: the row's id, the claims it names, and each claim's span and text.
FINDING_FIELDS = ("claim_id", "relation_id", "claim_ids", "doc", "start", "end", "text")


class PandasTables:
    """The tables as pandas DataFrames (see :class:`checks.validate.backends.gx_suites.Tables`).

    Positions, not ids, come back from GX: asking it for an id column per unexpected row costs a pandas lookup a
    cell (most of the time of a large validation); a position maps to the row's id in our own column instead. Rows
    are made into dicts only where a finding needs them, and the findings of the claims table column by column
    (:mod:`.pandas_findings`)."""

    def __init__(self, tables: dict[str, pd.DataFrame], fields: Iterable[str] | None = None) -> None:
        self.tables = {name: table.reset_index(drop=True) for name, table in tables.items()}
        # the columns findings read (ids, span, text, the fields messages name): rows hold only these
        self.fields = None if fields is None else {*FINDING_FIELDS, *fields}
        self._keys: dict[tuple[str, str], list[Any]] = {}

    def _wanted(self, frame: pd.DataFrame) -> pd.DataFrame:
        return frame if self.fields is None else frame[[c for c in frame.columns if c in self.fields]]

    def _key_values(self, name: str, key: str) -> list[Any]:
        if (name, key) not in self._keys:
            self._keys[(name, key)] = plain_values(self.tables[name][key])
        return self._keys[(name, key)]

    def add_source(self, context: Any) -> Any:
        return context.data_sources.add_pandas("checks")

    def frame(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def columns(self, name: str) -> set[str]:
        return set(self.tables[name].columns)

    def length(self, name: str) -> int:
        return len(self.tables[name])

    def keys_unique(self, name: str, key: str) -> bool:
        return len(self.tables[name][key].unique()) == len(self.tables[name])

    def result_format(self, key: str) -> dict[str, Any]:
        return {"result_format": "COMPLETE", "return_unexpected_index_query": False}

    def flagged(self, name: str, key: str, details: dict[str, Any]) -> tuple[str, ...]:
        keys = self._key_values(name, key)
        positions = [int(p) for p in details.get("unexpected_index_list") or [] if isinstance(p, (int, float))]
        return tuple(dict.fromkeys(str(keys[p]) for p in positions if keys[p] is not None))

    def rows(self, name: str, key: str, row_ids: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        frame = self.tables[name]
        wanted = set(row_ids)
        keys = frame[key] if pd.api.types.is_string_dtype(frame[key]) else frame[key].astype(str)
        picked = frame[keys.isin(wanted)]
        # an id given to several rows names the last of them, as a dict built row by row would
        return {str(row[key]): row for row in table_rows(self._wanted(picked)) if row[key] is not None}

    def claims(self, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self.rows("claims", "claim_id", tuple(claim_ids))

    def findings(self, failed: list[tuple[Outcome, str]]) -> list[Finding]:
        """The findings of the failed outcomes, in their order: those of the claims table column by column (when
        its ids are unique), the others from their rows."""
        columns = ClaimColumns(self.tables["claims"]) if "claims" in self.tables else None
        found: list[Finding] = []
        for outcome, name in failed:
            if name == "claims" and columns is not None and columns.unique:
                found.extend(claim_findings(columns, outcome))
            else:
                found.extend(row_findings(self, [(outcome, name)]))
        return found


def validate(tables: dict[str, pd.DataFrame], suites: list[Suite]) -> Validation:
    """Validate each suite's table (pandas DataFrames). Raises :class:`SuiteError` for a suite that cannot run."""
    fields = {field for suite in suites for spec in suite.expectations for field in message_fields(spec)}
    return run_suites(PandasTables(tables, fields), tables, suites)
