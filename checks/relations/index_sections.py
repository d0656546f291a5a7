"""growth_vs_levels for an index's day told in two sentences of a market report's section: "Britain's FTSE 100
ended 0.4 per cent higher … / The FTSE benchmark closed at 6,263.5 points, up 24.5 points"; "Hong Kong / Hong Kong
blue chips rose 2.3 per cent … / The benchmark Hang Seng Index added 455.15 points to end at 20,068.56". The rate and
the points are of one day of one index when the section (the text under a heading line, or before the first) tells
no other: one rate in percent, one move in points that reached its close, the same way, in different sentences (in
one sentence the reading links them already). The close less the points is the level before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.amount_or_rate import levels_reached, reached_said
from checks.relations.base import Doc, Relation
from checks.relations.growth import judge

# A heading line of a market report: a place or a market, a few words in capitals, nothing else (Frankfurt; Hong Kong)
_HEADING = re.compile(r"^[ \t]*[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}[ \t]*$", re.MULTILINE)
_INDEX = re.compile(r"\b(?:index|FTSE|Dow|S&P|Nasdaq|Nikkei|Hang Seng|DAX|CAC|Kospi|Sensex|Nifty|TOPIX|Stoxx|"
                    r"blue chips|benchmark)\b")


def index_sections(doc: Doc) -> Iterable[Relation]:
    if "point" not in doc.text or not _INDEX.search(doc.text):
        return
    starts = [0, *(m.start() for m in _HEADING.finditer(doc.text)), len(doc.text) + 1]
    sections: dict[int, list[dict]] = {}
    for claim in doc.claims:  # (by bisection: linear in the figures and headings of a long text)
        sections.setdefault(bisect.bisect_right(starts, int(claim["start"])) - 1, []).append(claim)
    for claims in sections.values():
        rates = [c for c in claims if c["kind"] == "growth" and c["unit"] == "percent"]
        moves = [c for c in claims if c["kind"] == "change" and c["unit"] == "other"
                 and "point" in doc.after(c, 8) + str(c["text"]) and c.get("level_after") is not None]
        if len(rates) != 1 or len(moves) != 1:
            continue
        rate, points = rates[0], moves[0]
        close = next((c for c in claims if c["kind"] == "level" and float(c["value"]) == float(points["level_after"])),
                     None)
        if close is None or doc.same_sentence(rate, points) or rate.get("direction") != points.get("direction") \
                or rate.get("direction") is None or not _INDEX.search(doc.text, doc.sentence(rate)[0],
                                                                       doc.sentence(rate)[1]):
            continue
        before, after = levels_reached(points, close)
        relation = judge(doc, rate, before, after, [close, points], reached_said(points, close, "points"))
        if relation is not None:
            yield relation
