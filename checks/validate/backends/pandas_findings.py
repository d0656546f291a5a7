"""Findings of the claims table made column by column: a million flagged claims are a million findings, and
making them one row dict at a time (a dict per row, a message formatted per row) cost more than GX's validation.

The result is the same as :func:`checks.validate.findings.findings_for` over row dicts (a test compares the two):
the span and text of each flagged claim, its message filled from the suite's template, and its finding id.
"""

from __future__ import annotations

from itertools import repeat

import numpy as np
import pandas as pd

from checks.claims import plain_values
from checks.validate.findings import Finding, Outcome, finding_id
from checks.validate.wording import message_for, message_pieces, shown


class ClaimColumns:
    """The claims table's columns as arrays of plain values, each made once, and the position of each claim id."""

    def __init__(self, claims: pd.DataFrame) -> None:
        self.claims = claims
        self.index = pd.Index(claims["claim_id"])
        self._arrays: dict[str, np.ndarray] = {}

    @property
    def unique(self) -> bool:
        return bool(self.index.is_unique)

    def array(self, column: str) -> np.ndarray:
        found = self._arrays.get(column)
        if found is None:
            values = plain_values(self.claims[column])  # plain Python values, missing ones None
            found = self._arrays[column] = np.empty(len(values), dtype=object)
            found[:] = values
        return found


def claim_findings(columns: ClaimColumns, outcome: Outcome) -> list[Finding]:
    """The findings of an outcome on the claims table, in the order of its flagged ids (which are unique)."""
    ids = list(outcome.claim_ids)
    if not ids:
        return []
    positions = columns.index.get_indexer(ids)
    if (positions < 0).any():  # ids that are not in the table name nothing
        kept = positions >= 0
        ids, positions = [i for i, keep in zip(ids, kept, strict=True) if keep], positions[kept]
    spec = outcome.spec
    texts = columns.array("text")[positions]
    messages = _messages(columns, positions, spec, texts, outcome.description)
    finding_ids = [finding_id(spec.expectation_id, i) for i in ids]
    return list(map(Finding._make, zip(
        finding_ids, columns.array("doc")[positions].tolist(), ids,
        [int(v) for v in columns.array("start")[positions]], [int(v) for v in columns.array("end")[positions]],
        texts.tolist(), repeat(spec.suite), repeat(spec.type), repeat(spec.expectation_id), repeat(spec.severity),
        messages, strict=False)))


def _messages(columns: ClaimColumns, positions: np.ndarray, spec, texts: np.ndarray,
              description: str) -> list[str]:
    pieces = message_pieces(spec)
    if pieces is None:  # no template: the claim's text and what the expectation asks
        return [message_for(spec, {"text": text}) or description for text in texts.tolist()]
    message = np.full(len(positions), "", dtype=object)
    for literal, name in pieces:
        if literal:
            message = message + literal
        if name is not None and name in columns.claims.columns:  # a field the table lacks reads as nothing
            message = message + np.array([shown(v) for v in columns.array(name)[positions]], dtype=object)
    return [m or description for m in message.tolist()]
