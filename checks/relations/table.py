"""The relations table: every relation among the claims of each document, one row a relation."""

from __future__ import annotations

import math

import pandas as pd

from checks.relations.base import COLUMNS
from checks.relations.grim import grim
from checks.relations.growth import growth_vs_levels
from checks.relations.parts import part_vs_whole
from checks.relations.restated import restated
from checks.relations.shares import shares_of_whole

RELATIONS = ("shares_of_whole", "part_vs_whole", "restated", "growth_vs_levels", "percent_vs_pp", "grim")


DETECTORS = (shares_of_whole, part_vs_whole, restated, growth_vs_levels, grim)


def relations_table(table: pd.DataFrame, documents: dict[str, str]) -> pd.DataFrame:
    """The relations among the claims of each document (see the module docstring)."""
    rows: list[dict[str, object]] = []
    if len(table):
        for doc, group in table.groupby("doc", sort=True):
            claims = _plain_rows(group.sort_values("start"))
            text = documents.get(str(doc), "")
            for detector in DETECTORS:
                rows.extend(relation.row() for relation in detector(str(doc), text, claims))
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("stated_low", "stated_high", "implied_low", "implied_high", "gap"):
        frame[column] = frame[column].astype("float64")
    frame["start"] = frame["start"].astype("int64")
    frame["mixed"] = frame["mixed"].astype(bool)
    frame["possible"] = frame["possible"].astype(bool)
    return frame.drop_duplicates("relation_id").reset_index(drop=True)


def _plain_rows(frame: pd.DataFrame) -> list[dict]:
    rows = frame.to_dict(orient="records")
    for row in rows:
        for key, value in row.items():
            if isinstance(value, float) and math.isnan(value):
                row[key] = None
        # The phrase the linking rules compare: subject, segment and metric as the text names them together.
        phrase = "".join(str(row.get(key) or "") for key in ("subject", "segment", "metric"))
        row["metric"] = phrase or None
    return rows
