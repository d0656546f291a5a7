"""rank_vs_values: an order stated in words agrees with the values given.

A value takes a place from the words around it in its clause: a rank (位居第一, 排名第三的, 第四名, was second), a
superlative (居首, 首位, 领跑, 最高, 最大, the highest, the largest; 最低, the lowest) or a follower (次之, 紧随其后:
second). Within a paragraph, values of one kind, unit and quantity must be in the stated order: the first (or the
highest) no smaller than any other, the lowest no larger, rank k no smaller than rank k+1, allowing for rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, bounds, metric_key, shown

TOP = re.compile(r"居首|首位|榜首|领跑|领先|最高|最大|最多|最快|位居第一|排名第一|第一名|highest|largest|biggest|top\b|"
                 r"leads?\b|leading|most\b", re.IGNORECASE)
BOTTOM = re.compile(r"最低|最小|最少|最慢|末位|垫底|lowest|smallest|least\b|bottom\b", re.IGNORECASE)
SECOND = re.compile(r"次之|紧随其后|位居第二|排名第二|第二名|second\b", re.IGNORECASE)
# A figure compared with (compared with 2.1% in August; 比上月的…) is another period's, not a rival.
COMPARED = re.compile(r"compared\s+(?:with|to)\s*$|from\s*$|than\s*$|versus\s*$|比上|较上|上年|去年|同期",
                      re.IGNORECASE)
CLAUSE = re.compile(r"[，,。；;：:]")
VALUES = ("level", "share", "growth", "ratio", "change")


def rank_vs_values(doc: Doc) -> Iterable[Relation]:
    placed = _placed(doc)
    groups: dict[tuple, list[tuple[str, int, dict, dict | None]]] = {}
    for place, order, value, rank in placed:
        key = (doc.paragraph(value), value["unit"], value["kind"], metric_key(value) or "")
        groups.setdefault(key, []).append((place, order, value, rank))
    for (paragraph, unit, kind, metric), items in groups.items():
        values = [c for c in doc.claims if doc.paragraph(c) == paragraph and c["unit"] == unit and c["kind"] == kind
                  and (metric_key(c) or "") == metric]
        yield from _check(doc, items, values)


def _clause(doc: Doc, claim: dict) -> tuple[str, str]:
    """The words of a claim's clause before and after it."""
    start, end = int(claim["start"]), int(claim["end"])
    sentence_start, sentence_end = doc.sentence(claim)
    before = CLAUSE.split(doc.text[max(sentence_start, start - 40):start])[-1]
    after = CLAUSE.split(doc.text[end:min(sentence_end, end + 24)])[0]
    return before, after


def _placed(doc: Doc) -> list[tuple[str, int, dict, dict | None]]:
    """(place, order, value, rank claim) for every value whose clause gives it a place."""
    placed = []
    used: set[int] = set()
    for claim in doc.claims:
        if claim["kind"] == "rank" and claim.get("qualifier") == "exact":
            value = _value_of_rank(doc, claim)
            if value is not None and int(value["_index"]) not in used:
                used.add(int(value["_index"]))
                placed.append(("rank", int(float(claim["value"])), value, claim))
    for claim in doc.claims:
        if claim["kind"] not in VALUES or int(claim["_index"]) in used:
            continue
        before, after = _clause(doc, claim)
        words = f"{before} {after}"
        if SECOND.search(words):
            placed.append(("rank", 2, claim, None))
        elif TOP.search(words) and not BOTTOM.search(words):
            placed.append(("top", 1, claim, None))
        elif BOTTOM.search(words) and not TOP.search(words):
            placed.append(("bottom", 0, claim, None))
    return placed


def _value_of_rank(doc: Doc, rank: dict) -> dict | None:
    """The value a rank is about: the nearest figure of its sentence, after it, else before it."""
    same = [c for c in doc.claims if doc.same_sentence(c, rank) and c["kind"] in VALUES]
    after = [c for c in same if int(c["start"]) > int(rank["start"])]
    before = [c for c in same if int(c["end"]) <= int(rank["start"])]
    if (after and not CLAUSE.search(doc.between(rank, after[0])[:-1] or "")) or (after and len(
            CLAUSE.findall(doc.between(rank, after[0]))) <= 1):
        return after[0]
    return before[-1] if before else None


def _check(doc: Doc, items: list[tuple[str, int, dict, dict | None]], values: list[dict]) -> Iterable[Relation]:
    ranked = sorted((i for i in items if i[0] == "rank"), key=lambda i: i[1])
    for (_, first_rank, higher, higher_rank), (_, second_rank, lower, lower_rank) in pairwise(ranked):
        if first_rank == second_rank:
            continue
        gap = max(0.0, bounds(lower)[0] - bounds(higher)[1])
        yield _relation(doc, [c for c in (higher_rank, higher, lower_rank, lower) if c is not None],
                        f"{shown(higher)} (place {first_rank}) {'<' if gap else '≥'} {shown(lower)} "
                        f"(place {second_rank})", gap, bounds(higher), bounds(lower))
    for place, _order, value, rank in items:
        if place not in ("top", "bottom") and not (place == "rank" and _order == 1):
            continue
        others = [c for c in values if c is not value and c is not rank and doc.paragraph(c) == doc.paragraph(value)
                  and (c.get("period") or None) == (value.get("period") or None) and c.get("qualifier") == "exact"
                  and not COMPARED.search(doc.before(c, 30))]
        for other in others:
            if place == "bottom":
                gap = max(0.0, bounds(value)[0] - bounds(other)[1])
                words = "the lowest"
            else:
                gap = max(0.0, bounds(other)[0] - bounds(value)[1])
                words = "the highest" if place == "top" else "first"
            if gap:
                claims = [c for c in (rank, value, other) if c is not None]
                yield _relation(doc, claims, f"{shown(value)} is said to be {words}, but {shown(other)} is "
                                             f"{'lower' if place == 'bottom' else 'higher'}", gap, bounds(value),
                                bounds(other))


def _relation(doc: Doc, claims: list[dict], arithmetic: str, gap: float, stated: tuple[float, float],
              implied: tuple[float, float]) -> Relation:
    return Relation(doc.name, "rank_vs_values", tuple(claims), claims[-1].get("metric"), stated, implied, gap,
                    arithmetic)
