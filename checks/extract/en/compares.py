"""An earlier level told in the sentence after the level: "The company said its net income rose to $70.7 million, or
48 cents per share. That compares with $56.9 million, or 38 cents per share, a year earlier." The figures of the
"That compares with" sentence are the earlier levels of the figures of the sentence before, in order: each level
there gets its ``base_value``, and each earlier level the later one's name.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim

# That compares with $56.9 million; That compared with net income of $631 million; This compares to a loss of
_COMPARES = re.compile(r"\s*(?:That|This|It|Those|These)\s+(?:compares|compared|compare)\s+(?:with|to)\s+"
                       r"(?:(?:an?|the)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:of\s+)?$")


# A sentence that opens with the level compared with: Compared to the $4.657 billion value of exports in February,
# the March figure rose by 12.2 percent (the movement after it is measured from that level).
_COMPARED_FIRST = re.compile(r"\s*(?:As\s+)?Compared\s+(?:with|to)\s+(?:(?:an?|the)\s+)?$")
_MOVES = ("growth", "change", "multiple")


def compares_with(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims, the levels of a sentence given the earlier levels the "That compares with" sentence after it
    tells (see the module); the movement of a sentence that opens "Compared to" a level given that level as its
    base."""
    if "ompare" not in text:
        return claims
    read = list(claims)
    for index, claim in enumerate(read):
        if claim.kind == "level" and (not index or spans[index - 1][0] != spans[index][0]) \
                and _COMPARED_FIRST.fullmatch(text, spans[index][0], claim.start):
            moved = next((at for at in range(index + 1, len(read)) if spans[at][0] == spans[index][0]
                          and read[at].kind in _MOVES and read[at].base_value is None), None)
            if moved is not None and read[moved].unit in (claim.unit, "percent"):
                read[moved] = read[moved].replaced(base_value=claim.value, base_text=claim.text)
    for index, claim in enumerate(read):
        start = spans[index][0]
        if claim.kind != "level" or not index or spans[index - 1][0] == start \
                or not _COMPARES.fullmatch(text, start, claim.start):
            continue  # the first figure of a sentence that opens with the words
        earlier = _levels(read, spans, index, 1)
        later = _levels(read, spans, index - 1, -1)
        for later_index, earlier_index in _paired(read, later, earlier):
            level, base = read[later_index], read[earlier_index]
            read[later_index] = level.replaced(base_value=base.value, base_text=base.text)
            read[earlier_index] = base.replaced(metric=level.metric, subject=level.subject,
                                                segment=level.segment)
    return read


def _levels(read: list[Claim], spans: list[tuple[int, int]], first: int, step: int) -> list[int]:
    """The levels of the sentence of claim ``first``, in order, read from it in the direction of ``step`` while the
    claims stay in that sentence."""
    start, found, at = spans[first][0], [], first
    while 0 <= at < len(read) and spans[at][0] == start:
        if read[at].kind == "level":
            found.append(at)
        at += step
    return sorted(found)


def _paired(read: list[Claim], later: list[int], earlier: list[int]) -> list[tuple[int, int]]:
    """The levels of the two sentences paired in order, when their units run alike ($70.7 million, 48 cents; $56.9
    million, 38 cents); else the first of each when they share a unit; else none."""
    if not later or not earlier:
        return []
    if len(later) == len(earlier) and all(read[a].unit == read[b].unit for a, b in zip(later, earlier, strict=True)):
        return list(zip(later, earlier, strict=True))
    return [(later[0], earlier[0])] if read[later[0]].unit == read[earlier[0]].unit else []
