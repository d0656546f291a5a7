"""Validation: the fourth stage. Takes the tables (claims, relations) and the suites in expectations/; gives a
:class:`Validation`: each expectation's outcome and a :class:`Finding` for every flagged claim.

Suite files are read here (:mod:`~checks.validate.suites`); Great Expectations runs behind a backend
(:mod:`~checks.validate.backends`), imported only when a validation runs, so that `check --help` stays instant.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from checks.validate.findings import Finding, Outcome, Validation, combined, findings_for
from checks.validate.suites import SEVERITIES, TABLES, ExpectationSpec, Suite, SuiteError, load_suites, read_suite

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SEVERITIES", "TABLES", "ExpectationSpec", "Finding", "Outcome", "Suite", "SuiteError", "Validation",
           "combined", "findings_for", "load_suites", "prepare", "read_suite", "validate"]


def prepare() -> None:
    """Import the pandas backend (Great Expectations: seconds) ahead of :func:`validate`, so that the import can
    overlap other work, such as extraction in worker processes."""
    from checks.validate.backends import pyspark_guard

    first = "checks.validate.backends.pandas_gx" not in sys.modules
    with pyspark_guard():
        from checks.validate.backends import pandas_gx  # noqa: F401
    if first:
        # Great Expectations leaves some hundred thousand objects that live as long as the process: frozen once,
        # the cyclic collector stops walking them in every full collection of the run (a third of a second of CPU
        # on 2M characters).
        gc.freeze()


def validate(tables: dict[str, pd.DataFrame], suites: Iterable[Suite]) -> Validation:
    """Run the suites over their tables with Great Expectations. The backend follows the tables' type, as pandera's
    does: pandas DataFrames go to the pandas backend, Spark DataFrames (``pyspark.sql.DataFrame``) to the Spark one,
    which is imported only then."""
    from checks.validate.backends import pyspark_guard

    spark = any(type(table).__module__.startswith("pyspark.") for table in tables.values())
    with pyspark_guard():
        if spark:
            from checks.validate.backends import spark_gx as backend
        else:
            from checks.validate.backends import pandas_gx as backend
        return backend.validate(tables, list(suites))
