"""growth_vs_levels for a gap in points between two rates that are both given in brackets right after it: "the
unemployment rate for men exceeded the one of women by 2.4 percentage points (6.1 percent in case of males and 3.7
percent in case of females)"; 男性失业率比女性高2.4个百分点（分别为6.1%和3.7%）.

The clause before the gap compares two groups (exceeded, higher than, 高于, 比…高), and the bracket holds the two
percentages and no other figure: the gap is the larger less the smaller, whichever of the two the words put first, so
a wrong gap and two rates told the wrong way round are both found. Any doubt, no relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.gaps import judge

# The comparison in the gap's clause: exceeded … by, higher than … by, 比女性高, 高于, 快于.
_COMPARED = re.compile(r"(?:\b(?:exceed(?:s|ed)?|outpac(?:es|ed)|surpass(?:es|ed)?|(?:higher|lower|greater|bigger|"
                       r"smaller|larger)\s+than|above|below|ahead\s+of|behind|trail(?:s|ed)?)\b[^.;:!?\d]{0,60}"
                       r"\bby\s*$)|(?:比[\u4e00-\u9fff]{1,10}?(?:高出?|低|多|少|快|慢)了?|(?:高于|低于|快于|慢于|"
                       r"超过|高出|低出)[\u4e00-\u9fff]{0,10}?)\s*$", re.IGNORECASE)
_OPEN = re.compile(r"^\s*[(（]")
_CLOSE = re.compile(r"^[^()（）\d]*?[)）]")


def gaps_of_bracketed_rates(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, gap in enumerate(claims[:-2]):
        if gap["unit"] != "pp" or gap.get("base_value") is not None or gap.get("level_after") is not None:
            continue
        if not _COMPARED.search(doc.before(gap, 90)) or not _OPEN.match(doc.after(gap, 6)):
            continue
        first, second = claims[index + 1], claims[index + 2]
        if first["unit"] != "percent" or second["unit"] != "percent" or not _inside(doc, gap, first, second):
            continue
        larger, smaller = (first, second) if float(first["value"]) >= float(second["value"]) else (second, first)
        relation = judge(doc, gap, _level(larger), _level(smaller), below=False)
        if relation is not None:
            yield relation


def _inside(doc: Doc, gap: dict, first: dict, second: dict) -> bool:
    """The two rates stand in the bracket that opens right after the gap, with no other figure, and it closes after
    the second."""
    opened = doc.text[int(gap["end"]):int(first["start"])]
    between = doc.text[int(first["end"]):int(second["start"])]
    if opened.count("(") + opened.count("（") != 1 or re.search(r"[)）\d]", opened + between):
        return False
    return len(between) <= 60 and _CLOSE.match(doc.text[int(second["end"]):int(second["end"]) + 60]) is not None


def _level(rate: dict) -> dict:
    """A rate of a group as a level: the bracket gives where each stands, whatever movement a nearby verb lent it."""
    return {**rate, "direction": None}
