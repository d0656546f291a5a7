"""What the relations of a short text flag: the helper the relation tests share."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table


def flagged(text: str) -> list[tuple[str, str]]:
    """(relation, texts) of the rows a default suite would flag."""
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    bad = frame[(frame["gap"] > 0) | frame["mixed"] | ~frame["possible"]]
    return [(row.relation, row.texts) for row in bad.itertuples()]


def flagged_of(relation: str, text: str) -> list[str]:
    """The texts of the rows of one relation a default suite would flag."""
    return [texts for name, texts in flagged(text) if name == relation]
