"""The claims table that suites judge: the claims plus the columns their checks need.

Added to the claim fields:
- measure: what the figure measures as one key, owner|member|quantity|period|basis normalised
  (:mod:`checks.claims.measures`): two statements of one quantity share it;
- doc_chars: the length of the claim's document (a span must lie inside it);
- source, source_kind: who the attribution names, and whether official, third_party, self or none;
- window, scope_mismatch: a time window that limits this side of a comparison (开售2小时内) while its
  basis names a whole period (较去年全天), so that the two sides differ in scope;
- signed_quantity: whether the quantity may fall below zero (a profit, earnings, a balance: 净利润同比下降128%, a
  311% decrease in earnings per share to a loss), so that a fall of more than 100% is possible;
- support_status (supported, contradicted, unsupported, unverifiable) and the evidence row used:
  evidence_value, evidence_source, evidence_url, evidence_ref (file:row), evidence_difference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial
from typing import TypeVar

import pandas as pd

from checks.claims.evidence import SUPPORT_COLUMNS, EvidenceRow, judge
from checks.claims.measures import measure_key
from checks.claims.sources import source_kind, source_of
from checks.documents import Document
from checks.extract import extract
from checks.extract.claim import COLUMNS, Claim
from checks.extract.text import Sentences, fold_width
from checks.workers import ordered_map

Result = TypeVar("Result")

DERIVED = ("measure", "doc_chars", "source", "source_kind", "window", "scope_mismatch", "signed_quantity",
           *SUPPORT_COLUMNS)
# Quantities that may fall below zero: a profit or its loss, earnings, income, a balance, a cash flow, EBITDA (net
# alone is no sign: net sales cannot fall below zero; net income, net loss and net profit can).
_SIGNED = re.compile(r"利润|净利|利润总额|盈利|收益|亏损|损益|顺差|逆差|差额|余额|现金流|结余|息税前|\b(?:profits?|"
                     r"earnings|income|EPS|losses|loss|balance|surplus|deficit|cash flows?|EBITDA|EBIT|EBITA|"
                     r"operating result|FFO|funds from operations)\b", re.IGNORECASE)
TABLE_COLUMNS = (*COLUMNS, *DERIVED)

_NUMERAL = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)"
_TIME_UNIT = r"(?:个)?(?:小时|分钟|天|日|周|个月|月)"
WINDOW = re.compile(rf"(?:(?:前|首|头|开售|开始)?{_NUMERAL}{_TIME_UNIT}(?:内|之内)|(?:前|首|头){_NUMERAL}{_TIME_UNIT})")
_TIME_UNIT_CHAR = re.compile(r"[时钟天日周月]")  # a window's unit ends with one of these
_BASIS_WINDOW = re.compile(rf"{_NUMERAL}{_TIME_UNIT}")
# A basis that means "the same window of the earlier period": 较去年同期, 同比 (今年前三个月…较去年同期增长10% compares
# like with like).
_SAME_WINDOW = re.compile(r"同期|同比|same period|year[- ]on[- ]year", re.IGNORECASE)


def comparison_window(text: str, sentence_start: int, claim_start: int, basis: str | None) -> tuple[str | None, bool]:
    """The window that limits the claim's side of a comparison, and whether its basis lacks one."""
    near = max(sentence_start, claim_start - 80)  # the words near the figure
    if not _TIME_UNIT_CHAR.search(text, near, claim_start):  # most figures have none: a cheap look first
        return None, False
    windows = WINDOW.findall(text, near, claim_start)
    if not windows:
        return None, False
    window = windows[-1]
    same_window = _BASIS_WINDOW.search(basis or "") or _SAME_WINDOW.search(basis or "")
    return window, bool(basis) and not same_window


def claims_table(documents: Iterable[Document], claims_by_doc: dict[str, list[Claim]] | None = None,
                 on_document: Callable[[Document], None] | None = None,
                 evidence: list[EvidenceRow] | None = None, jobs: int = 1,
                 meanwhile: Callable[[], object] | None = None,
                 reader: Callable[[str, str], list[Claim]] = extract) -> pd.DataFrame:
    """Extract (unless ``claims_by_doc`` is given) and enrich the claims of ``documents``; judge each claim
    against ``evidence`` (see :mod:`checks.claims.evidence`). ``jobs`` processes extract at once; the table is
    the same whatever their number. ``meanwhile`` runs in this process while workers extract
    (:func:`checks.workers.ordered_map`). ``reader`` (text, doc) → claims is :func:`checks.extract.extract` unless
    given (a module-level function: workers get it pickled). A document whose reading raises has no claims, and
    (document, reason) is listed in the table's ``attrs["failures"]`` (:func:`failed_documents`)."""
    if claims_by_doc is not None:
        if meanwhile is not None:
            meanwhile()
        found = ((d, _columns(_rows(d, claims_by_doc.get(d.doc, []), evidence or []))) for d in documents)
    else:
        found = ordered_map(partial(tolerant, partial(_extracted_columns, evidence=evidence or [], reader=reader)),
                            documents, jobs, size=lambda d: len(d.text), meanwhile=meanwhile)
    # Column by column, each document's values added to the table's lists: no row dict of the corpus is kept (a
    # worker sends its columns, which also pickle several times faster), and pandas reads a dict of lists faster
    # than a list of dicts.
    by_column: dict[str, list[object]] = {name: [] for name in TABLE_COLUMNS}
    failures: list[tuple[str, str]] = []
    for document, document_columns in found:
        if on_document is not None:
            on_document(document)
        if isinstance(document_columns, Failed):
            failures.append((document.doc, document_columns[0]))
            continue
        for name, values in document_columns.items():
            by_column[name].extend(values)
    frame = pd.DataFrame(by_column if by_column["claim_id"] else None, columns=list(TABLE_COLUMNS))
    for column in ("value", "lower", "upper", "evidence_value", "evidence_difference"):
        frame[column] = frame[column].astype("float64")
    for column in ("start", "end", "doc_chars"):
        frame[column] = frame[column].astype("int64")
    for column in ("projected", "vague", "scope_mismatch", "signed_quantity"):
        frame[column] = frame[column].astype(bool)
    frame.attrs[FAILURES] = failures
    return frame


def failed_documents(table: pd.DataFrame) -> list[tuple[str, str]]:
    """(document, reason) for each document a stage failed on while it made ``table`` (the claims table, whose
    documents could not be read; the relations table, whose relation readers raised on them)."""
    return list(table.attrs.get(FAILURES, []))


def unreadable(error: Exception) -> str:
    """Why a document has no claims: its reading raised ``error`` (a fault of ours, reported, not a stop)."""
    return (f"internal error: its figures could not be read ({type(error).__name__}: {error}); the other documents "
            "were read; please report it")


# The attrs key of a table that lists the documents a stage failed on.
FAILURES = "failures"


class Failed(tuple):
    """What :func:`tolerant` gives back for a document whose reading raised: (reason,) (a tuple: it pickles)."""


def tolerant(read: Callable[[Document], Result], document: Document) -> Result | Failed:
    """``read`` of ``document``, or :class:`Failed` with the reason when it raises: one document's fault must not
    end a run over an archive (the caller reports it; `check run` and `check extract` exit 2)."""
    try:
        return read(document)
    except Exception as error:
        return Failed((unreadable(error),))


def _extracted_columns(document: Document, evidence: list[EvidenceRow],
                       reader: Callable[[str, str], list[Claim]] = extract) -> dict[str, list[object]]:
    return _columns(_rows(document, reader(document.text, document.doc), evidence))


def _columns(rows: list[dict[str, object]]) -> dict[str, list[object]]:
    return {name: [row[name] for row in rows] for name in TABLE_COLUMNS} if rows else {}


def _rows(document: Document, claims: list[Claim], evidence: list[EvidenceRow]) -> list[dict[str, object]]:
    """The table's rows for one document's claims: each claim's fields and the columns derived from them."""
    if not claims:
        return []
    folded = fold_width(document.text)
    sentences = Sentences.of(folded)
    rows = []
    # A document's few sources, each judged once: source_kind counts a source's name through the whole text
    kinds: dict[str | None, str] = {}
    for claim in claims:
        source = source_of(claim.attribution)
        kind = kinds.get(source)
        if kind is None:
            kind = kinds[source] = source_kind(source, document.text)
        sentence_start, _ = sentences.span(claim.start)
        window, mismatch = comparison_window(folded, sentence_start, claim.start, claim.basis)
        row = claim.to_dict()
        row.update(measure=measure_key(claim.subject, claim.segment, claim.metric, claim.period, claim.basis),
                   doc_chars=len(document.text), source=source, source_kind=kind, window=window,
                   scope_mismatch=mismatch,
                   signed_quantity=bool(_SIGNED.search(f"{claim.metric or ''} {claim.segment or ''}")))
        row.update(judge(row, evidence))
        rows.append(row)
    return rows


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """The claims as a pandas DataFrame with one column per :class:`Claim` field, in field order."""
    return claims_frame_of_columns(claim_columns(list(claims)))


def claim_columns(claims: list[Claim]) -> dict[str, list[object]]:
    """The claims' fields column by column (what a worker sends: a dict of lists pickles several times faster than
    the claims)."""
    return {name: [claim.__dict__[name] for claim in claims] for name in COLUMNS}


def claims_frame_of_columns(columns: dict[str, list[object]]) -> pd.DataFrame:
    """:func:`claims_frame` from the claims' fields column by column (:func:`claim_columns`)."""
    frame = pd.DataFrame(columns if columns["claim_id"] else None, columns=list(COLUMNS))
    for column in ("value", "lower", "upper"):
        frame[column] = frame[column].astype("float64")
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    frame["projected"] = frame["projected"].astype(bool)
    frame["vague"] = frame["vague"].astype(bool)
    return frame


def table_rows(frame: pd.DataFrame) -> list[dict]:
    """A table's rows as plain dicts, missing values as None. Built column by column: ``to_dict(orient="records")``
    goes through pandas' indexing for every cell and is many times slower on a large table."""
    names = list(frame.columns)
    columns = [plain_values(frame[name]) for name in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def plain_values(column: pd.Series) -> list[object]:
    """A column's values as plain Python values, missing ones (NaN, pandas.NA) as None."""
    if column.dtype.kind in "iub":  # integers and booleans have no missing values to look for
        return column.tolist()
    # NaN, None and pandas.NA are missing alike; pandas replaces them in C, not one Python test per value (and an
    # Arrow-backed text column is read several times faster this way than by tolist)
    return column.to_numpy(dtype=object, na_value=None).tolist()
