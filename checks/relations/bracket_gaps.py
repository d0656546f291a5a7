"""A rate set against rivals whose rates stand in brackets, and its gaps to each: 增长8.4%，比全省(7.7%)和全国(7.0%)
分别高0.7、1.4个百分点; 增长9.1%，高于全省(7.4%)1.7个百分点.

The rivals' figures are written beside their names, so no reading of what they measure is needed: the brackets say
which rate each gap is taken against, in the order listed. The own rate is the growth rate the sentence states
before the comparison (a point change of it may stand between: 增速同比提高0.8个百分点). Each gap must be the
difference of the rates (growth_vs_levels); a gap in percent that is the points is percent_vs_pp (gaps._judge).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.gaps import judge

# 比全省(7.7%)和全国平均水平(7.0%)分别高 | 高于全省(7.4%): the rivals and the word, ending where the gaps begin.
_RIVALS = re.compile(
    r"(?P<lead>比|较|高于|低于|快于|慢于|高出|超出|超过)(?P<list>(?:[^，,。；;()（）\d]{1,12}[(（][^()（）]{1,12}[)）]"
    r"\s*(?:、|和|及|与|以及)?\s*){1,4})(?:平均水平)?\s*(?:分别)?\s*(?P<word>高出|高|低|快|慢|多|少)?\s*$")
# The gaps themselves: 0.7、1.4个百分点 | 17.2和23.1% (the unit on the last only).
_GAPS = re.compile(r"\d+(?:\.\d+)?(?:\s*(?:、|和|及|与|,|，)\s*\d+(?:\.\d+)?)*\s*(?:个百分点|%)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_REACH = 90  # characters before a gap where its comparison may start
_LOWER = {"低于", "慢于", "低", "慢", "少"}  # (高出, 超出 and 超过 lead a gap above the rival, as 高于)


def bracketed_rivals(doc: Doc) -> Iterable[Relation]:
    for gap in doc.claims:
        if gap["kind"] not in ("change", "growth", "share", "level") or gap["unit"] not in ("pp", "percent") \
                or gap.get("base_value") is not None or gap.get("level_after") is not None:
            continue
        sentence_start = doc.sentence(gap)[0]
        before = doc.text[max(sentence_start, int(gap["start"]) - _REACH):int(gap["start"])]
        if ")" not in before and "）" not in before:
            continue  # the key: a rival's rate in brackets
        cut = _gaps_start(before)
        found = _RIVALS.search(before[:cut])
        if found is None:
            continue
        numbers = _numbers(doc, int(gap["start"]) - len(before) + cut, gap)
        list_start = int(gap["start"]) - len(before) + found.start("list")
        rivals = [c for c in _nearby(doc, gap) if list_start <= int(c["start"]) < list_start + len(found["list"])
                  and c["unit"] == "percent"]
        if numbers is None or len(rivals) != len(numbers[0]) or len(rivals) != found["list"].count("(") + \
                found["list"].count("（"):
            continue
        own = _own(doc, gap, list_start)
        if own is None:
            continue
        word = found["word"] or found["lead"]
        if word in ("比", "较"):
            continue  # 比全省(7.7%)增长: no word of which is higher
        relation = judge(doc, gap, own, rivals[numbers[1]], below=word in _LOWER)
        if relation is not None:
            yield relation


def _nearby(doc: Doc, gap: dict) -> list[dict]:
    """The claims of a gap's sentence a few places either side of it (a run-on sentence read a bounded stretch)."""
    return [c for c in doc.near(gap, 12) if doc.same_sentence(c, gap)]


def _gaps_start(before: str) -> int:
    """Where the gaps listed before this one start in ``before`` (0.7、 of 0.7、1.4个百分点), else its end."""
    tail = re.search(r"(?:\d+(?:\.\d+)?\s*(?:、|和|及|与|,|，)\s*)+$", before)
    return tail.start() if tail else len(before)


def _numbers(doc: Doc, start: int, gap: dict) -> tuple[list[str], int] | None:
    """The gaps listed from ``start`` through ``gap`` and which of them ``gap`` is; None when the gap is not in one
    list with its unit at the end."""
    found = _GAPS.match(doc.text, start)
    if found is None or found.end() < int(gap["end"]) - 1:
        return None
    numbers = list(_NUMBER.finditer(found.group()))
    place = [i for i, n in enumerate(numbers) if start + n.start() <= int(gap["start"]) < start + n.end() + 1]
    return ([n.group() for n in numbers], place[0]) if len(place) == 1 else None


def _own(doc: Doc, gap: dict, list_start: int) -> dict | None:
    """The growth rate the sentence states before the comparison, a point change of it aside."""
    earlier = [c for c in _nearby(doc, gap) if int(c["end"]) <= list_start]
    for claim in reversed(earlier):
        if claim["unit"] == "pp" or _bracketed(doc, claim):
            continue  # (高于全国平均水平(-8.4%)9.2个百分点，高于全省平均水平(-0.9%)1.7个百分点: an earlier rival)
        if claim["kind"] == "growth" and claim["unit"] == "percent" \
                and len(re.findall(r"[，,]", doc.text[int(claim["end"]):list_start])) <= 2:
            return claim
        return None
    return None


def _bracketed(doc: Doc, claim: dict) -> bool:
    """Whether a figure stands alone in brackets, as a rival's rate does."""
    return doc.text[max(0, int(claim["start"]) - 1):int(claim["start"])] in ("(", "（") \
        and doc.text[int(claim["end"]):int(claim["end"]) + 1] in (")", "）")
