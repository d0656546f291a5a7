"""rank_vs_values for a market's day: its high is no lower than where it closed, its low no higher (The Nifty rose to
an intraday high of 21,482.35 … ended higher at 21,453.95; 以每桶六十点三四美元作收…盘中曾下跌至每桶六十点二五美元).

A high or a low is held against the close of the same market: the one close stated near it whose level is within a
tenth of it (the Nifty's 21,000 and the Sensex's 71,000 are told apart by their size); two such closes, and which
market is meant is not known, so nothing is said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, in_order, shown
from checks.relations.stems import document_holds

HIGH = re.compile(r"(?:intra-?day|session['’]?s?|day['’]?s)\s+(?:high|peak)\s+(?:of\s+)?$|"
                  r"(?<=\s)touched\s+$|盘中(?:最高|曾?一?度?(?:上涨|上升|涨|升)至)\s*(?:每桶|每盎司)?$", re.IGNORECASE)
LOW = re.compile(r"(?:intra-?day|session['’]?s?|day['’]?s)\s+low\s+(?:of\s+)?$|"
                 r"盘中(?:最低|曾?一?度?(?:下跌|下滑|跌|降)至)\s*(?:每桶|每盎司)?$", re.IGNORECASE)
CLOSE_BEFORE = re.compile(r"\b(?:closed|ended|finished|settled)\s+(?:[\w.,%]+\s+){0,4}?(?:higher\s+|lower\s+)?at\s+$|"
                          r"\bto\s+(?:end|close|finish|settle)\s+(?:the\s+\w+\s+)?at\s+$|收于\s*$|报收\s*$|收报\s*$",
                          re.IGNORECASE)
CLOSE_AFTER = re.compile(r"\s*(?:点)?(?:作收|报收|收盘)")
_REACH = 12  # figures either side where the close of the same day is told
_WITHIN = 0.1  # a close this close to a high or low in size is of the same market


def day_range(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("high", "low", "盘中", "touched")):
        return
    closes = [c for c in doc.claims if c["kind"] == "level" and _a_close(doc, c)]
    if not closes:
        return
    positions = [int(c["_index"]) for c in closes]  # the closes near a figure, found by bisection
    for claim in doc.claims:
        before = doc.before(claim, 30)
        high, low = HIGH.search(before), LOW.search(before)
        if claim["kind"] != "level" or not (high or low):
            continue
        if high and "touched" in high.group(0) and "high" not in doc.text[max(
                doc.sentence(claim)[0], int(claim["start"]) - 120):int(claim["start"])]:
            continue  # the Sensex touched 71,149.61: a high when its sentence speaks of highs
        value = float(claim["value"])
        index = int(claim["_index"])
        near = [c for c in closes[bisect.bisect_left(positions, index - _REACH):
                                  bisect.bisect_right(positions, index + _REACH)]
                if c["unit"] == claim["unit"] and value and abs(float(c["value"]) - value) <= _WITHIN * value]
        if len(near) != 1:
            continue
        close = near[0]
        if high:
            stated = f"the day's high {shown(claim)} and the close {shown(close)}"
            yield in_order(doc.name, (claim, close), claim.get("metric"), claim, close, stated,
                           f"{stated}: the close is above the high")
        else:
            stated = f"the day's low {shown(claim)} and the close {shown(close)}"
            yield in_order(doc.name, (close, claim), claim.get("metric"), close, claim, stated,
                           f"{stated}: the close is below the low")


def _a_close(doc: Doc, claim: dict) -> bool:
    """Where a market closed: closed at, ended higher at, to end at, 收于, 以…作收."""
    return CLOSE_BEFORE.search(doc.before(claim, 60)) is not None \
        or CLOSE_AFTER.match(doc.text, int(claim["end"])) is not None


_HIGH_LOW = {"最高点位": "high", "最低点位": "low"}
_INSIDE = ("开盘点位", "收盘点位")  # the open and the close lie between the day's low and high
_PARAGRAPHS = 3  # how far apart the paragraphs of one day's report may be


def index_day_range(doc: Doc) -> Iterable[Relation]:
    """An index's day as its reading names it (沪指…最高1887.31点，最低1850.86点，全日收于1863.80点): the open and
    the close of the same index lie between its low and its high, each the only one of its kind for the index in
    the report (a weekly report's several days are left alone), the two of no two stated times."""
    if "点位" not in "".join(str(c.get("metric") or "") for c in doc.claims[:200]):
        return
    by_index: dict[str, dict[str, list[dict]]] = {}
    for claim in doc.claims:
        name = str(claim.get("metric") or "")
        if claim["kind"] == "level" and claim.get("subject") and name in (*_HIGH_LOW, *_INSIDE):
            by_index.setdefault(str(claim["subject"]), {}).setdefault(name, []).append(claim)
    for named in by_index.values():
        if any(len({float(c["value"]) for c in found}) != 1 for found in named.values()):
            continue  # (the close told twice alike is one close)
        for extreme, side in _HIGH_LOW.items():
            if extreme not in named:
                continue
            bound = named[extreme][0]
            for inside in _INSIDE:
                if inside not in named:
                    continue
                level = named[inside][0]
                periods = {str(c.get("period") or "") for c in (level, bound)} - {""}
                if abs(doc.paragraph(level) - doc.paragraph(bound)) > _PARAGRAPHS or len(periods) > 1:
                    continue
                what = "open" if inside == "开盘点位" else "close"
                stated = f"the day's {side} {shown(bound)} and the {what} {shown(level)}"
                higher, lower = (bound, level) if side == "high" else (level, bound)
                yield in_order(doc.name, (bound, level), bound.get("metric"), higher, lower, stated,
                               f"{stated}: the {what} is {'above the high' if side == 'high' else 'below the low'}")
