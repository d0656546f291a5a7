"""What both Great Expectations backends share: the ephemeral context, suites checked and built for GX, the run of
each suite over its table, and GX's results turned into the backend-neutral :class:`checks.validate.Validation`.

A backend gives :func:`run_suites` its tables through :class:`Tables` (how to hand a table to GX, and how to read
back the rows GX flagged); everything else is the same for pandas and Spark.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable
from typing import Any, Protocol

import great_expectations as gx
from great_expectations.data_context.types.base import ProgressBarsConfig

from checks.validate.backends import expectations as _registered  # noqa: F401  (registers our types with GX)
from checks.validate.findings import Finding, Outcome, Validation, findings_for
from checks.validate.suites import TABLES, Suite, SuiteError
from checks.validate.wording import describe, message_for

# GX captures every Python warning into a logger with no handler (gx notes §7.1); give warnings a voice again.
logging.captureWarnings(False)
# GX logs routine steps (a temporary Data Docs folder, metric registrations) at INFO; some of its modules set their
# own levels, so quieten every GX logger, not just the parent.
for _name in [name for name in logging.root.manager.loggerDict if name.startswith("great_expectations")]:
    logging.getLogger(_name).setLevel(logging.ERROR)
# Its errors reach the user as our own one line (SuiteError); a log record with a traceback before it would not be
# one line, so GX's records go nowhere (Python's last-resort handler would print them).
logging.getLogger("great_expectations").setLevel(logging.ERROR)
logging.getLogger("great_expectations").addHandler(logging.NullHandler())
logging.getLogger("great_expectations").propagate = False


class Tables(Protocol):
    """The tables of one validation, as a backend holds them."""

    def add_source(self, context: Any) -> Any:
        """The GX data source for these tables (add_pandas, add_spark)."""

    def frame(self, name: str) -> Any:
        """The table GX validates (a batch parameter ``dataframe``)."""

    def columns(self, name: str) -> set[str]: ...

    def length(self, name: str) -> int: ...

    def keys_unique(self, name: str, key: str) -> bool:
        """Whether the id column identifies every row (then GX must return as many ids as it counted)."""

    def result_format(self, key: str) -> dict[str, Any]:
        """GX's result format: COMPLETE (every unexpected row), by id column ``key`` or by position."""

    def flagged(self, name: str, key: str, details: dict[str, Any]) -> tuple[str, ...]:
        """The ids of the rows an expectation's result (``details``) flags, in the table's order."""

    def rows(self, name: str, key: str, row_ids: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        """The flagged rows, by id, as plain dicts (missing values None)."""

    def claims(self, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The claims (doc, claim_id, start, end, text at least) that findings name, by id."""

    def findings(self, failed: list[tuple[Outcome, str]]) -> list[Finding]:
        """The findings of the failed outcomes, in their order (:func:`row_findings`, or faster, the same)."""


def _context() -> Any:
    context = gx.get_context(mode="ephemeral")  # never a file or cloud context (gx notes §7.4)
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    _remove_reserved_docs_site(context)
    return context


def _remove_reserved_docs_site(context: Any) -> None:
    """An ephemeral context reserves an empty temporary folder for Data Docs we never build; remove it."""
    for site in (context.variables.data_docs_sites or {}).values():
        folder = ((site or {}).get("store_backend") or {}).get("base_directory")
        if folder and os.path.isdir(folder) and os.path.basename(folder).startswith("tmp") and not os.listdir(folder):
            os.rmdir(folder)


def _columns_named(value: object) -> list[str]:
    """The columns a kwarg or a row condition names."""
    if isinstance(value, dict):
        names = [value["name"]] if isinstance(value.get("name"), str) and set(value) <= {"name", "alias"} else []
        return names + [n for v in value.values() for n in _columns_named(v)]
    if isinstance(value, list):
        return [n for v in value for n in _columns_named(v)]
    return []


def _check_columns(suite: Suite, known: set[str]) -> None:
    for spec in suite.expectations:
        named = []
        for key in ("column", "column_A", "column_B"):
            if isinstance(spec.kwargs.get(key), str):
                named.append(spec.kwargs[key])
        if isinstance(spec.kwargs.get("column_list"), list):
            named.extend(c for c in spec.kwargs["column_list"] if isinstance(c, str))
        named.extend(_columns_named(spec.kwargs.get("row_condition")))
        missing = [name for name in named if name not in known]
        if missing:
            raise SuiteError(f"{suite.path}: expectation {spec.position} ({spec.type}) names column "
                             f"{missing[0]!r}, which the claims table does not have")


def _gx_suite(suite: Suite) -> Any:
    from great_expectations.exceptions import ExpectationNotFoundError
    from great_expectations.expectations.registry import get_expectation_impl

    raw = {"name": suite.name, "expectations": []}
    for spec in suite.expectations:
        try:
            get_expectation_impl(spec.type)
        except ExpectationNotFoundError:
            raise SuiteError(f"{suite.path}: expectation {spec.position}: unknown expectation type "
                             f"{spec.type!r}") from None
        entry = {"type": spec.type, "kwargs": spec.kwargs, "severity": spec.severity,
                 "meta": spec.raw.get("meta") or {}}
        raw["expectations"].append(entry)
    try:
        built = gx.ExpectationSuite(**raw)
    except Exception as error:  # pydantic's ValidationError for a bad kwarg, among others
        raise SuiteError(_which_expectation(suite, error)) from None
    if len(built.expectations) != len(suite.expectations):
        # GX drops an expectation whose type it does not know with nothing but a log line (gx notes §3).
        loaded = [e.expectation_type for e in built.expectations]
        for spec in suite.expectations:
            if spec.type not in loaded:
                raise SuiteError(f"{suite.path}: expectation {spec.position}: unknown expectation type {spec.type!r}")
            loaded.remove(spec.type)
        raise SuiteError(f"{suite.path}: GX loaded {len(built.expectations)} of {len(suite.expectations)} expectations")
    return built


def _which_expectation(suite: Suite, error: Exception) -> str:
    """Name the expectation a construction error belongs to, by building each one alone."""
    for spec in suite.expectations:
        try:
            gx.ExpectationSuite(name="probe", expectations=[{"type": spec.type, "kwargs": spec.kwargs}])
        except Exception as single:
            first = str(single).strip().splitlines()
            detail = " ".join(line.strip() for line in first[:3])
            return f"{suite.path}: expectation {spec.position} ({spec.type}): {detail}"
    return f"{suite.path}: {str(error).strip().splitlines()[0]}"


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _error_message(exception_info: Any) -> str | None:
    info = exception_info or {}
    if info.get("raised_exception"):
        return info.get("exception_message")
    messages = [v.get("exception_message") for v in info.values() if isinstance(v, dict) and v.get("raised_exception")]
    return "; ".join(m for m in messages if m) or None


def run_suites(tables: Tables, names: Iterable[str], suites: list[Suite]) -> Validation:
    """Validate each suite's table. Raises :class:`SuiteError` for a suite that cannot run.

    Every unexpected row comes back (GX's COMPLETE format, by id column), however many: a finding list capped at
    some number would let the rest through a baseline unseen. Only counts and observed values go into the raw
    results (the rows are the findings)."""
    context = _context()
    source = tables.add_source(context)
    batch_definitions = {name: source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all")
                         for name in names}
    outcomes: list[Outcome] = []
    raw_results: list[dict[str, Any]] = []
    failed: list[tuple[Outcome, str]] = []  # the failed outcomes and their tables: their rows are read at the end
    for suite in suites:
        key = TABLES[suite.table]
        _check_columns(suite, tables.columns(suite.table))
        gx_suite = context.suites.add(_gx_suite(suite))
        batch = batch_definitions[suite.table].get_batch(batch_parameters={"dataframe": tables.frame(suite.table)})
        result = batch.validate(gx_suite, result_format=tables.result_format(key))
        by_id = {r.expectation_config.id: r for r in result.results}
        entries = []
        for spec, expectation in zip(suite.expectations, gx_suite.expectations, strict=True):
            entry = by_id[expectation.id]  # results may come back grouped by column, not in suite order
            error = _error_message(_json_safe(entry.exception_info))
            if error:
                raise SuiteError(f"{suite.path}: expectation {spec.position} ({spec.type}) could not run: {error}")
            details = entry.result or {}
            flagged = tables.flagged(suite.table, key, details)
            unexpected = int(details.get("unexpected_count") or 0)
            if "unexpected_index_list" in details and len(flagged) != unexpected and \
                    tables.keys_unique(suite.table, key):
                raise SuiteError(f"{suite.path}: expectation {spec.position} ({spec.type}): GX counted {unexpected} "
                                 f"unexpected rows but returned {len(flagged)}")
            outcome = Outcome(spec=spec, success=bool(entry.success),
                              evaluated=int(details.get("element_count") or tables.length(suite.table)),
                              unexpected=unexpected, claim_ids=flagged, description=describe(spec))
            outcomes.append(outcome)
            entries.append(_summary(spec, entry.success, details))
            if not outcome.success:
                failed.append((outcome, suite.table))
        raw_results.append({"suite": suite.name, "table": suite.table, "success": bool(result.success),
                            "statistics": _json_safe(result.statistics), "results": entries})
    return Validation(suites=tuple(suites), outcomes=tuple(outcomes), findings=tuple(tables.findings(failed)),
                      raw_results=tuple(raw_results))


def row_findings(tables: Tables, failed: list[tuple[Outcome, str]]) -> list[Finding]:
    """The findings of the failed outcomes, in their order. The flagged rows are read once a table (one pass, one
    join on Spark), and the claims that relations name are added to those already read."""
    wanted: dict[str, dict[str, None]] = {}
    for outcome, name in failed:
        wanted.setdefault(name, {}).update(dict.fromkeys(outcome.claim_ids))
    read = {name: tables.rows(name, TABLES[name], tuple(ids)) for name, ids in wanted.items()}
    claims = dict(read.get("claims", {}))
    named = {claim_id for name, rows in read.items() if name != "claims" for row_id, row in rows.items()
             for claim_id in (str(row["claim_ids"]).split() if "claim_ids" in row else [row_id])}
    missing = named - claims.keys()
    if missing:
        claims.update(tables.claims(missing))
    findings: list[Finding] = []
    for outcome, name in failed:
        rows = {row_id: read[name][row_id] for row_id in outcome.claim_ids if row_id in read[name]}
        messages = {row_id: message_for(outcome.spec, row) for row_id, row in rows.items()}
        findings.extend(findings_for(outcome, rows, claims, messages))
    return findings


# What the raw results keep of GX's result: counts and observed values, no row lists (the findings hold the rows),
# no run ids or times (the same input gives the same file).
_KEPT = ("element_count", "unexpected_count", "unexpected_percent", "missing_count", "missing_percent",
         "observed_value")


def _summary(spec: Any, success: bool, details: dict[str, Any]) -> dict[str, Any]:
    result = {k: _json_safe(details[k]) for k in _KEPT if k in details}
    if result.get("element_count") == 0:
        # a row condition that selects no rows: GX's pandas engine counts 0 unexpected, its Spark engine null; nothing
        # evaluated is nothing unexpected, on either engine
        for key in ("unexpected_count", "missing_count"):
            if key in result and result[key] is None:
                result[key] = 0
    return {"type": spec.type, "position": spec.position, "severity": spec.severity, "kwargs": _json_safe(spec.kwargs),
            "success": bool(success), "result": result}
