"""The pandas backend: suites run by Great Expectations over pandas DataFrames in an ephemeral context.

:func:`validate` turns GX's results into the backend-neutral :class:`checks.validate.Validation`
(through :func:`checks.validate.backends.gx_suites.run_suites`, shared with the Spark backend).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from checks.claims import table_rows
from checks.validate.backends.gx_suites import run_suites
from checks.validate.findings import Validation
from checks.validate.suites import Suite


class PandasTables:
    """The tables as pandas DataFrames (see :class:`checks.validate.backends.gx_suites.Tables`).

    Positions, not ids, come back from GX: asking it for an id column per unexpected row costs a pandas lookup a
    cell (most of the time of a large validation); the position maps to the row in our own list instead."""

    def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
        self.tables = {name: table.reset_index(drop=True) for name, table in tables.items()}
        self._records: dict[str, list[dict[str, Any]]] = {}
        self._flagged: dict[str, dict[str, dict[str, Any]]] = {}

    def records(self, name: str) -> list[dict[str, Any]]:
        if name not in self._records:
            self._records[name] = table_rows(self.tables[name])
        return self._records[name]

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
        rows = self.records(name)
        positions = [int(p) for p in details.get("unexpected_index_list") or [] if isinstance(p, (int, float))]
        flagged = {str(rows[p][key]): rows[p] for p in positions if rows[p][key] is not None}
        self._flagged.setdefault(name, {}).update(flagged)
        return tuple(flagged)

    def rows(self, name: str, key: str, row_ids: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        flagged = self._flagged.get(name, {})
        return {row_id: flagged[row_id] for row_id in row_ids if row_id in flagged}

    def claims(self, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = set(claim_ids)
        if "claims" in self._records:
            return {row["claim_id"]: row for row in self.records("claims") if row["claim_id"] in wanted}
        frame = self.tables["claims"]  # only the rows named, not the whole table as records
        return {row["claim_id"]: row for row in table_rows(frame[frame["claim_id"].isin(wanted)])}


def validate(tables: dict[str, pd.DataFrame], suites: list[Suite]) -> Validation:
    """Validate each suite's table (pandas DataFrames). Raises :class:`SuiteError` for a suite that cannot run."""
    return run_suites(PandasTables(tables), tables, suites)
