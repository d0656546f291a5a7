"""The claims as the report page reads them: a few columns for what is counted over every claim (statuses, kinds,
documents, the chart), and whole rows only for the claims the page shows.

A run of a million claims would otherwise become a million row dicts (seconds and gigabytes) for a page that shows
a thousand. The claims come as a DataFrame from a run, or as a list of row dicts (the tests, a table from
elsewhere); either way rows are JSON-ready (NaN as None, whole floats as integers), as :func:`.tables.records`
makes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from checks.report.tables import plain_column, records

if TYPE_CHECKING:
    import pandas as pd


class ClaimSet(Sequence[dict[str, Any]]):
    """The claims table behind the page, read column by column, a row at a time only where asked."""

    def __init__(self, rows: list[dict[str, Any]] | None = None, frame: pd.DataFrame | None = None) -> None:
        self._rows: dict[int, dict[str, Any]] = dict(enumerate(rows)) if rows is not None else {}
        self._frame = frame
        self._length = len(rows) if rows is not None else (0 if frame is None else len(frame))
        self._columns: dict[str, list[Any]] = {}

    @classmethod
    def of(cls, claims: ClaimSet | Sequence[dict[str, Any]] | pd.DataFrame) -> ClaimSet:
        if isinstance(claims, ClaimSet):
            return claims
        if isinstance(claims, Sequence):
            return cls(rows=list(claims))
        return cls(frame=claims)

    def __len__(self) -> int:
        return self._length

    def column(self, name: str) -> list[Any]:
        """Every claim's value of ``name`` (None where missing, or for a column the table lacks)."""
        found = self._columns.get(name)
        if found is None:
            if self._frame is None:
                found = [self._rows[i].get(name) for i in range(self._length)]
            elif name in self._frame.columns:
                found = plain_column(self._frame[name])
            else:
                found = [None] * self._length
            self._columns[name] = found
        return found

    def rows(self, indices: Iterable[int]) -> list[dict[str, Any]]:
        """The rows at ``indices``, as dicts; each made once."""
        indices = list(indices)
        if self._frame is not None:
            wanted = sorted({i for i in indices if i not in self._rows})
            if wanted:
                self._rows.update(zip(wanted, records(self._frame.iloc[wanted]), strict=True))
        return [self._rows[i] for i in indices]

    def __getitem__(self, index: int) -> dict[str, Any]:  # type: ignore[override]
        return self.rows([range(self._length)[index]])[0]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows(range(self._length)))
