"""shares_of_whole for a poll's answers laid out a bulleted line each under a question's heading (extract/en/
answer_lines.py reads them): "Sales trends: • Increase: 79 percent (73 percent Q1) • No change: 17 percent (23 percent
Q1) • Decrease: 4 percent (5 percent Q1)". The answers of one heading and round exclude each other: their shares add
up to no more than 100%, and to 100% when they are a whole scale (a way up, no change and a way down; yes and no).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_BULLET = re.compile(r"[ \t]*[•\-*▪●][ \t]*")
_BREAK = re.compile("\n")
# The ways of a whole scale, each an answer's first word (Increase spending is a way up).
_UP = ("increase", "higher", "more", "better", "improve", "rise", "expand", "up")
_SAME = ("no change", "unchanged", "stay the same", "remain the same", "the same", "same")
_DOWN = ("decrease", "lower", "less", "fewer", "worse", "worsen", "fall", "contract", "reduce", "down")
# How many lines (blank ones included) may stand between two answers of one run.
_LINE_GAP = 3


def answer_line_shares(doc: Doc) -> Iterable[Relation]:
    """The shares of each run of answer lines under one heading, per round (see the module)."""
    if "•" not in doc.text and "\n-" not in doc.text and "\n*" not in doc.text:
        return
    runs: dict[tuple[str, str, int], list[dict]] = {}
    run, last_line = 0, -1
    breaks = [found.start() for found in _BREAK.finditer(doc.text)]  # found once: a run-on text stays linear
    for claim in doc.claims:
        at = bisect.bisect_left(breaks, int(claim["start"]))
        line_start = breaks[at - 1] + 1 if at else 0
        if not _on_answer_line(doc.text, line_start, claim):
            continue
        if line_start != last_line:
            between = doc.text.count("\n", last_line, line_start) if last_line >= 0 else 0
            if last_line < 0 or between > _LINE_GAP or not _only_answers(doc.text, last_line, line_start):
                run += 1
            last_line = line_start
        runs.setdefault((str(claim["metric"]), str(claim.get("period") or ""), run), []).append(claim)
    for (_metric, _period, _run), shares in runs.items():
        answers = [str(c["segment"]).lower() for c in shares]
        if len(shares) >= 2 and len(set(answers)) == len(answers):
            yield _relation(doc, shares, _whole_scale(answers), "the answers of one question, a line each")


def _on_answer_line(text: str, line_start: int, claim: dict) -> bool:
    """Whether ``claim`` is a share on a bulleted line labelled with its own answer (its segment) under a heading
    (its metric)."""
    if claim["kind"] != "share" or claim["unit"] != "percent" or not claim.get("segment") or not claim.get("metric"):
        return False
    bullet = _BULLET.match(text, line_start)
    segment = str(claim["segment"])
    return bullet is not None and text.startswith(segment, bullet.end()) and \
        text[bullet.end() + len(segment):int(claim["start"])].lstrip(" \t").startswith(":")


def _only_answers(text: str, start: int, end: int) -> bool:
    """Whether the lines from ``start`` to ``end`` are blank or bulleted (no heading or prose between two answers)."""
    return all(not line.strip() or _BULLET.match(line) for line in text[start:end].split("\n")[1:])


def _whole_scale(answers: list[str]) -> bool:
    """Whether the answers are a whole scale: a way up, no change and a way down, or yes and no."""
    firsts = [next((way for way in _UP + _SAME + _DOWN if answer.startswith(way)), None) for answer in answers]
    up = any(first in _UP for first in firsts)
    same = any(first in _SAME for first in firsts)
    down = any(first in _DOWN for first in firsts)
    return (up and same and down and len(answers) == 3) or sorted(answers) == ["no", "yes"]
