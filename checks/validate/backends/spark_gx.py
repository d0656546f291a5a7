"""The Spark backend: the same suites run by Great Expectations over Spark DataFrames (GX's Spark data source).

GX computes every expectation on Spark, COMPLETE with the id column, so every flagged row comes back however many
there are (no cap); only the flagged rows and the claims the findings name are brought to the driver, through a
join with their ids. Our own expectation types get their Spark implementations from :mod:`.expectations_spark`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from pyspark.sql import DataFrame

from checks.claims import table_rows
from checks.validate.backends import expectations_spark as _spark_registered  # noqa: F401  (Spark providers)
from checks.validate.backends.gx_suites import row_findings, run_suites
from checks.validate.findings import Finding, Outcome, Validation
from checks.validate.suites import Suite


class SparkTables:
    """The tables as Spark DataFrames (see :class:`checks.validate.backends.gx_suites.Tables`)."""

    def __init__(self, tables: dict[str, DataFrame]) -> None:
        self.tables = tables
        self._lengths: dict[str, int] = {}

    def add_source(self, context: Any) -> Any:
        return context.data_sources.add_spark("checks")

    def frame(self, name: str) -> DataFrame:
        return self.tables[name]

    def columns(self, name: str) -> set[str]:
        return set(self.tables[name].columns)

    def length(self, name: str) -> int:
        if name not in self._lengths:
            self._lengths[name] = self.tables[name].count()
        return self._lengths[name]

    def keys_unique(self, name: str, key: str) -> bool:
        return self.tables[name].select(key).distinct().count() == self.length(name)

    def result_format(self, key: str) -> dict[str, Any]:
        return {"result_format": "COMPLETE", "unexpected_index_column_names": [key],
                "return_unexpected_index_query": False}

    def flagged(self, name: str, key: str, details: dict[str, Any]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(str(row[key]) for row in details.get("unexpected_index_list") or []
                                   if isinstance(row, dict) and row.get(key) is not None))

    def rows(self, name: str, key: str, row_ids: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        if not row_ids:
            return {}
        table = self.tables[name]
        wanted = table.sparkSession.createDataFrame(pd.DataFrame({key: list(dict.fromkeys(row_ids))}),
                                                    schema=f"`{key}` string")
        rows = table.join(wanted, on=key, how="left_semi").toPandas()
        return {row[key]: row for row in table_rows(rows[table.columns])}

    def claims(self, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self.rows("claims", "claim_id", tuple(claim_ids))

    def findings(self, failed: list[tuple[Outcome, str]]) -> list[Finding]:
        return row_findings(self, failed)


def validate(tables: dict[str, DataFrame], suites: list[Suite]) -> Validation:
    """Validate each suite's table (Spark DataFrames). Raises :class:`SuiteError` for a suite that cannot run."""
    return run_suites(SparkTables(tables), tables, suites)
