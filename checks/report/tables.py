"""Tables as bytes, in the formats users ask for: CSV, JSONL, Parquet; and rows as JSON-ready records."""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported by the callers that have tables; `check --help` need not pay for it
    import pandas as pd

FORMATS = ("table", "csv", "jsonl", "parquet")


def _plain(value: object) -> object:
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as JSON-ready dicts: NaN as null, whole floats as integers. Built column by column, which is many
    times faster than ``to_dict(orient="records")`` on a large table."""
    names = [str(name) for name in frame.columns]
    columns = [plain_column(frame.iloc[:, index]) for index in range(len(names))]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def plain_column(column: pd.Series) -> list[object]:
    """A column's values as plain Python values; only float columns need each value looked at."""
    values = column.tolist()
    if column.dtype.kind in "iub":  # integers and booleans come out of tolist() as they should be
        return values
    if column.dtype.kind == "f":
        return [_plain(value) for value in values]
    return [None if value is None or value != value else value for value in values]  # text: NaN (≠ itself) is null


def to_jsonl(frame: pd.DataFrame) -> bytes:
    lines = (json.dumps(record, ensure_ascii=False) for record in records(frame))
    return "".join(line + "\n" for line in lines).encode("utf-8")


# Values that are JSON as they are: a row's text, whole numbers, flags and nulls skip _plain (whose test for a numpy
# scalar looks up an attribute a string does not have: a tenth of the time of serialising a claim)
_AS_THEY_ARE = frozenset((str, int, bool, type(None)))
# json.dumps(..., ensure_ascii=False) makes an encoder per call; one made once writes the same bytes
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def rows_jsonl(rows: Iterable[dict[str, object]]) -> bytes:
    """The JSONL that :func:`to_jsonl` writes for a table of these rows, made from the rows themselves (no frame: a
    worker serialises its own documents). Equal bytes as long as a column holds floats only with None, as the
    claims table's do (a test compares both on the real corpus)."""
    plain, as_they_are, encode = _plain, _AS_THEY_ARE, _ENCODE
    lines = [encode({name: value if type(value) in as_they_are else plain(value) for name, value in row.items()})
             for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


# Cells a spreadsheet would read as a formula (OWASP, "CSV Injection"): text from documents, ids, metrics and sources
# that begins with one of these gets a leading apostrophe in CSV files (JSONL and Parquet keep the text as it is).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _defused(value: object) -> object:
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value


def to_csv(frame: pd.DataFrame, path: str | os.PathLike[str] | None = None) -> bytes:
    """CSV for people to open: text cells that would start a formula are defused (numbers stay numbers). Written
    to ``path`` when one is given (nothing is returned then: a large table need not sit in memory twice)."""
    safe = _defused_frame(frame)
    if path is not None:
        safe.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
        return b""
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _defused_frame(frame: pd.DataFrame) -> pd.DataFrame:
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or str(safe[column].dtype) in ("string", "str"):
            risky = safe[column].astype("str").str.startswith(FORMULA_START).fillna(False).to_numpy(dtype=bool)
            if risky.any():  # most columns have no such cell: only those that do are rewritten
                safe[column] = safe[column].map(_defused)
    return safe


def to_parquet(frame: pd.DataFrame, path: str | os.PathLike[str] | None = None) -> bytes:
    """Parquet bytes, or the file at ``path`` written (returning nothing)."""
    if path is not None:
        frame.to_parquet(path, index=False)
        return b""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def serialise(frame: pd.DataFrame, fmt: str) -> bytes:
    if fmt == "csv":
        return to_csv(frame)
    if fmt == "jsonl":
        return to_jsonl(frame)
    if fmt == "parquet":
        return to_parquet(frame)
    raise ValueError(f"cannot serialise to {fmt!r}")
