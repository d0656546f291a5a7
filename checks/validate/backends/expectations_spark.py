"""The Spark implementations of our own expectation types (:mod:`.expectations` has their pandas ones).

Imported by the Spark backend only, so that the pandas path never imports pyspark. Each condition is the pandas
condition of the same name written over Spark columns, with the pandas semantics kept: a value that is missing or
not a number (null, NaN) fails a comparison (pandas compares NaN as False), and an open end of an interval is no
bound. GX keeps one provider per metric and engine, so these add a Spark provider beside the pandas one.
"""

from __future__ import annotations

from typing import Any

from great_expectations.execution_engine import SparkDFExecutionEngine
from great_expectations.expectations.metrics.map_metric_provider import (
    MulticolumnMapMetricProvider,
    multicolumn_condition_partial,
)
from pyspark.sql import Column
from pyspark.sql import functions as F

from checks.validate.backends.expectations import (
    _DOMAIN_KEYS,
    ClaimSpanInsideDocument,
    ClaimValueWithinInterval,
)


def number(name: str) -> Column:
    """A column read as a number, null when missing or not a number (pd.to_numeric(errors="coerce") with NaN)."""
    value = F.col(name).cast("double")
    return F.when(F.isnan(value), F.lit(None).cast("double")).otherwise(value)


def holds(condition: Column) -> Column:
    """A comparison that is False, never null, when a side is missing (as in pandas)."""
    return F.coalesce(condition, F.lit(False))


class SparkThreeColumnCondition(MulticolumnMapMetricProvider):
    condition_domain_keys = _DOMAIN_KEYS
    condition_value_keys = ()

    @staticmethod
    def holds(first: Column, second: Column, third: Column) -> Column:
        raise NotImplementedError

    @multicolumn_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(cls, column_list: Any, **_kwargs: Any) -> Column:
        return cls.holds(*(number(name) for name in column_list.columns[:3]))


class SparkClaimValueWithinInterval(SparkThreeColumnCondition):
    condition_metric_name = ClaimValueWithinInterval.condition_metric_name

    @staticmethod
    def holds(lower: Column, value: Column, upper: Column) -> Column:
        slack = F.abs(value) * 1e-9 + 1e-9
        return (lower.isNull() | holds(lower <= value + slack)) & (upper.isNull() | holds(value <= upper + slack))


class SparkClaimSpanInsideDocument(SparkThreeColumnCondition):
    condition_metric_name = ClaimSpanInsideDocument.condition_metric_name

    @staticmethod
    def holds(start: Column, end: Column, length: Column) -> Column:
        return holds(start >= 0) & holds(start < end) & holds(end <= length)
