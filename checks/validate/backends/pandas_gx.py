"""The pandas backend: suites run by Great Expectations over pandas DataFrames in an ephemeral context.

:func:`validate` turns GX's results into the backend-neutral :class:`checks.validate.Validation`
(through :func:`checks.validate.backends.gx_suites.run_suites`, shared with the Spark backend).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from checks.validate.backends.gx_suites import run_suites
from checks.validate.findings import Validation
from checks.validate.suites import Suite


class PandasTables:
    """The tables as pandas DataFrames (see :class:`checks.validate.backends.gx_suites.Tables`)."""

    def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
        self.tables = tables

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

    def rows(self, name: str, key: str, row_ids: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        if not row_ids:
            return {}
        table = self.tables[name]
        subset = table[table[key].isin(row_ids)]
        return {row[key]: row for row in subset.to_dict(orient="records")}

    def claims(self, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self.rows("claims", "claim_id", tuple(claim_ids))


def validate(tables: dict[str, pd.DataFrame], suites: list[Suite]) -> Validation:
    """Validate each suite's table (pandas DataFrames). Raises :class:`SuiteError` for a suite that cannot run."""
    return run_suites(PandasTables(tables), tables, suites)
