"""The package's own expectation types. Importing this module registers them with Great Expectations, so that
suites using them load (GX silently drops a type it does not know).

Each is a condition on three numeric columns of a row (``column_list``), written once as :meth:`holds` over
pandas Series; :class:`ThreeColumnCondition` turns it into a GX metric.
"""

from __future__ import annotations

from typing import Any, Literal

import pandas as pd
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import MulticolumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    MulticolumnMapMetricProvider,
    multicolumn_condition_partial,
)

_DOMAIN_KEYS = ("batch_id", "table", "column_list", "row_condition", "condition_parser", "ignore_row_if")


class ThreeColumnCondition(MulticolumnMapMetricProvider):
    """A row condition over three columns, read as numbers (anything else counts as missing)."""

    condition_domain_keys = _DOMAIN_KEYS
    condition_value_keys = ()

    @staticmethod
    def holds(first: pd.Series, second: pd.Series, third: pd.Series) -> pd.Series:
        raise NotImplementedError

    @multicolumn_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column_list: pd.DataFrame, **_kwargs: Any) -> pd.Series:
        return cls.holds(*(pd.to_numeric(column_list.iloc[:, i], errors="coerce") for i in range(3)))


class ClaimValueWithinInterval(ThreeColumnCondition):
    condition_metric_name = "multicolumn_values.claim_value_within_interval"

    @staticmethod
    def holds(lower: pd.Series, value: pd.Series, upper: pd.Series) -> pd.Series:
        # An open end is no bound; a tiny tolerance absorbs the binary noise of unit scaling.
        slack = value.abs() * 1e-9 + 1e-9
        return (lower.isna() | (lower <= value + slack)) & (upper.isna() | (value <= upper + slack))


class ClaimSpanInsideDocument(ThreeColumnCondition):
    condition_metric_name = "multicolumn_values.claim_span_inside_document"

    @staticmethod
    def holds(start: pd.Series, end: pd.Series, length: pd.Series) -> pd.Series:
        return (start >= 0) & (start < end) & (end <= length)


class ExpectClaimValueWithinInterval(MulticolumnMapExpectation):
    """lower <= value <= upper, where the claim's interval sets them (JSON type: expect_claim_value_within_interval)."""

    map_metric = ClaimValueWithinInterval.condition_metric_name
    ignore_row_if: Literal["all_values_are_missing", "any_value_is_missing", "never"] = "never"
    description: str = "the value lies inside its own interval (lower <= value <= upper)"


class ExpectClaimSpanInsideDocument(MulticolumnMapExpectation):
    """0 <= start < end <= document length (JSON type: expect_claim_span_inside_document)."""

    map_metric = ClaimSpanInsideDocument.condition_metric_name
    ignore_row_if: Literal["all_values_are_missing", "any_value_is_missing", "never"] = "never"
    description: str = "the claim's span lies inside its document (0 <= start < end <= length)"
