"""parts_vs_total for the states of the United States split by which way a figure went: "18 states as well as the
District of Columbia had jobless rate increases … 17 states got decreases and 15 states had no changes";
"employment increased in 29 states, dropped in 20 states and the District of Columbia". Each state went one way, so
the counts add up to no more than the 50 states (one more for the District of Columbia, or Puerto Rico, where the
counting sentences name it). English only; the counts of one list stand in one sentence or the next of a paragraph,
each way told once."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation

_STATES = 50
_UP, _DOWN, _FLAT = "up", "down", "unchanged"
_AFTER = re.compile(r"\s+(?:U\.S\.\s+)?states?\b(?P<rest>[^.;]{0,80})", re.IGNORECASE)
_WAY_AFTER = re.compile(r"\b(?:(?P<up>increases|increased|gains|gained|rises|rose|higher)|(?P<down>decreases|decreased|"
                        r"declines|declined|falls|fell|drops|dropped|losses|lost|lower)|(?P<flat>unchanged|no\s+changes?|"
                        r"stable|flat))\b", re.IGNORECASE)
_WAY_BEFORE = re.compile(r"\b(?:(?P<up>increased|rose|gained|grew|higher|up)|(?P<down>decreased|fell|dropped|declined|"
                         r"lower|down)|(?P<flat>unchanged|stable|flat))\s+in\s+$", re.IGNORECASE)
_MORE = re.compile(r"District\s+of\s+Columbia|Puerto\s+Rico")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _way(doc: Doc, claim: dict) -> str | None:
    """Which way a count of states went, said right before it (increased in 29 states) or after it, before another
    figure (17 states got decreases)."""
    before = _WAY_BEFORE.search(doc.text, max(0, int(claim["start"]) - 30), int(claim["start"]))
    after = _AFTER.match(doc.text, int(claim["end"]))
    if after is None:
        return None
    found = before or _WAY_AFTER.search(re.split(r"\d", after.group("rest"))[0])
    if found is None:
        return None
    return _UP if found.group("up") else _DOWN if found.group("down") else _FLAT


_WORDS = re.compile(r"[a-z][a-z-]+")
_NO_QUANTITY = {"the", "while", "and", "but", "whereas", "its", "their", "also", "which", "that", "was", "were"}


def _named(doc: Doc, claim: dict) -> set[str]:
    """The words of the clause before a way told before the count (the non-farm payroll employment increased in 34
    states): what went that way; empty when the way is told after it or the clause names nothing."""
    way = _WAY_BEFORE.search(doc.text, max(0, int(claim["start"]) - 30), int(claim["start"]))
    if way is None:
        return set()
    clause = re.split(r"[,;.]", doc.text[doc.sentence(claim)[0]:way.start()])[-1]
    return set(_WORDS.findall(clause.lower())) - _NO_QUANTITY


def _other_quantity(one: set[str], other: set[str]) -> bool:
    """Two counts' clauses name two quantities (the unemployment rate fell in 28 states, the non-farm payroll
    employment increased in 34): no list of one."""
    return bool(one and other and not one & other)


def states_split_by_way(doc: Doc) -> Iterable[Relation]:
    if "states" not in doc.text or _CJK.search(doc.text):
        return
    runs: list[list[tuple[str, dict]]] = []
    for claim in doc.claims:
        value = float(claim["value"])
        if claim["unit"] != "count" or claim["kind"] != "level" or not value.is_integer() or not 0 < value <= _STATES:
            continue
        way = _way(doc, claim)
        if way is None:
            continue
        run = runs[-1] if runs else None
        if run is None or any(seen == way for seen, _ in run) or doc.paragraph(run[-1][1]) != doc.paragraph(claim) \
                or doc.sentence(claim)[0] > doc.sentence(run[-1][1])[1] + 2 \
                or any(_other_quantity(_named(doc, claim), _named(doc, member)) for _, member in run):
            runs.append([(way, claim)])
        else:
            run.append((way, claim))
    for run in runs:
        if len(run) < 2:
            continue
        parts = [claim for _, claim in run]
        span = doc.text[doc.sentence(parts[0])[0]:doc.sentence(parts[-1])[1]]
        whole = _STATES + len(set(_MORE.findall(span)))
        total = sum(float(c["value"]) for c in parts)
        gap = max(0.0, total - whole)
        counted = " + ".join(f"{float(c['value']):,.0f}" for c in parts)
        arithmetic = f"{counted} = {total:,.0f} {'>' if gap else '≤'} {whole} (the states, each counted one way)"
        yield Relation(doc.name, "parts_vs_total", tuple(parts), parts[0].get("metric"), (total, total),
                       (0.0, float(whole)), gap, arithmetic)
