"""Writing tables to files: atomically, in the formats users ask for."""

from __future__ import annotations

import io
import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported by the callers that have tables; `check --help` need not pay for it
    import pandas as pd

FORMATS = ("table", "csv", "jsonl", "parquet")


def atomic_write(path: str | Path, write: Callable[[io.BufferedWriter], None]) -> None:
    """Write a file through a temporary file beside it, so that a failure leaves the old file intact."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would, or the old file's.
        os.fchmod(handle, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~current_umask())
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process umask (os.umask can only be read by setting it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _plain(value: object) -> object:
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as JSON-ready dicts: NaN as null, whole floats as integers."""
    return [{key: _plain(value) for key, value in row.items()} for row in frame.to_dict(orient="records")]


def to_jsonl(frame: pd.DataFrame) -> bytes:
    lines = (json.dumps(record, ensure_ascii=False) for record in records(frame))
    return "".join(line + "\n" for line in lines).encode("utf-8")


def to_csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def to_parquet(frame: pd.DataFrame) -> bytes:
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
