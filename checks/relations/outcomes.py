"""parts_vs_total for a count split by outcome: "of the 386 companies traded, 288 advanced, 78 declined and 20
remained unchanged"; "lower in 366 of the 387 metropolitan areas, higher in 18 areas, and unchanged in 3 areas".

Each member counts the whole's things that went one way: up, down or nowhere. The ways do not overlap, so the
members add up to no more than the whole, and to the whole itself when all three ways are told. A member's way is
read from the words right after its count (advanced, had decreases, remained unchanged, in decline) or right before
it (higher in 18 areas). The whole is the count the members are "of": the one inside "366 of the 387", the count right
before "of which", or the one after "Of the" (From the, Among the) that opens the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, by_sentence, shown

_UP, _DOWN, _FLAT = "up", "down", "unchanged"
# The way a member went, in the words after its count
_WAY_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+){0,3}?(?:(?P<up>advanced|advancers|gained|gainers|rose|increased|(?:had|saw|posted|recorded)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:increases|gains|rises)|(?:closed\s+)?(?:in\s+)?(?:advance|higher))|"
    r"(?P<down>declined|decliners|fell|decreased|lost|losers|(?:had|saw|posted|recorded)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decreases|declines|losses|falls)|(?:closed\s+)?(?:in\s+)?(?:decline|lower))|"
    r"(?P<flat>(?:(?:remained|were|was|stayed|closed)\s+)?(?:unchanged|flat|steady)|had\s+no\s+change))\b",
    re.IGNORECASE)
# … in the words before it: higher in 18 areas; lower in February than a year earlier in 366 of the 387 areas
_WAY_BEFORE = re.compile(r"\b(?:(?P<up>higher|up|increased|rose)|(?P<down>lower|down|decreased|fell)|"
                         r"(?P<flat>unchanged|flat|steady))\b[^,;.\d]{0,45}\bin\s+$", re.IGNORECASE)
# The whole the members are of: "… of the 387", "386 companies were traded … of which", "Of the 386 companies, …"
_OF_THE = re.compile(r"\s+of\s+the\s+(?P<whole>\d[\d,]*)\b")
_OF_WHICH = re.compile(r"[^.;\d]{0,60}?\bof\s+which\s*$", re.IGNORECASE)
_SAMPLE = re.compile(r"(?P<part>\d[\d,]*)\s+of\s+the\s+\d[\d,]*")  # 366 of the 387: one claim, a share
_OPENING_OF_THE = re.compile(r"\s*(?:Of|From|Among)\s+(?:the\s+)?$", re.IGNORECASE)  # (From the 43 listed companies)


def _way(doc: Doc, claim: dict) -> str | None:
    after = _WAY_AFTER.match(doc.text, int(claim["end"]), int(claim["end"]) + 60)
    found = after or _WAY_BEFORE.search(doc.text, max(0, int(claim["start"]) - 70), int(claim["start"]))
    if found is None:
        return None
    return _UP if found.group("up") else _DOWN if found.group("down") else _FLAT


def _count(claim: dict) -> float | None:
    """A claim's count: its value, or the part of "366 of the 387" (a share, read as 94.6%)."""
    if claim.get("qualifier") != "exact":
        return None
    if claim["unit"] == "count" and claim["kind"] == "level" and float(claim["value"]).is_integer():
        return float(claim["value"])
    sample = _SAMPLE.fullmatch(str(claim["text"]))
    return float(sample.group("part").replace(",", "")) if sample else None


def _counts(sentence: list[dict]) -> list[dict]:
    return [c for c in sentence if _count(c) is not None]


def _whole(doc: Doc, first: dict, counts: list[dict]) -> tuple[float, dict | None] | None:
    """The whole's value, and its claim when it is one of its own (None inside "366 of the 387")."""
    inside = _OF_THE.search(str(first["text"]))
    if inside is not None:
        return float(inside.group("whole").replace(",", "")), None
    before = [c for c in counts if int(c["end"]) <= int(first["start"])]
    if before and _OF_WHICH.fullmatch(doc.between(before[-1], first)):
        return _count(before[-1]) or 0.0, before[-1]
    if before and _OPENING_OF_THE.fullmatch(doc.text, doc.sentence(before[-1])[0], int(before[-1]["start"])):
        return _count(before[-1]) or 0.0, before[-1]
    return None


def outcomes_of_a_count(doc: Doc) -> Iterable[Relation]:
    for sentence in by_sentence(doc):
        counts = _counts(sentence)
        if len(counts) < 3:
            continue
        members: list[tuple[str, dict]] = []
        for claim in counts:
            way = _way(doc, claim)
            if way is None:
                if members:
                    break  # the members are told one after another
                continue
            if any(way == seen for seen, _ in members):
                break  # a way told twice: another list
            members.append((way, claim))
        if len(members) < 2 or {way for way, _ in members} == {_FLAT}:
            continue
        found = _whole(doc, members[0][1], counts)
        if found is None:
            continue
        whole, whole_claim = found
        parts = [claim for _, claim in members]
        total = sum(_count(c) or 0.0 for c in parts)
        complete = len(members) == 3
        gap = abs(total - whole) if complete else max(0.0, total - whole)
        shown_parts = " + ".join(f"{_count(c):,.0f}" if c["unit"] != "count" else shown(c) for c in parts)
        arithmetic = (f"{shown_parts} = {total:,.0f} {'≠' if gap else '='} {whole:,.0f} (the whole, split by which way "
                      f"each went)" if complete else f"{shown_parts} = {total:,.0f} {'>' if gap else '≤'} {whole:,.0f}")
        claims = tuple(parts) if whole_claim is None else (whole_claim, *parts)
        yield Relation(doc.name, "parts_vs_total", claims, parts[0].get("metric"), (total, total),
                       (whole if complete else 0.0, whole), gap, arithmetic)
