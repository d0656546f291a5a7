"""parts_vs_total for the places a Chinese total lists after 其中, clause by clause: "张家界市各景点共接待游客48.46万
人次……其中，永定区接待游客18.07万人次……；武陵源区接待游客24.5万人次……；慈利县……". Each place's figure of the
total's quantity and unit is a part of it; the list need not name every place, so the parts add up to no more than
the total (less the rounding of each). Read for two places or more, each named once for that quantity, and a total
of the same quantity stated before 其中 in its paragraph by an owner that is none of the places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, metric_key, same_unit
from checks.relations.parts import _relation as parts_relation

_OF_WHICH = re.compile(r"其中\s*[，,:：]?")
# A named place (永定区, 慈利县, 长沙市), not 全区 or 本市: the owner of one clause of the list
_PLACE = re.compile(r"^(?![全该本我各][省市县区州镇乡旗]$).{1,8}[省市县区州镇乡旗]$")
_TOTAL_REACH = 240  # characters before 其中 where its total is stated


def places_of_which(doc: Doc) -> Iterable[Relation]:
    if "其中" not in doc.text:
        return
    starts = [int(c["start"]) for c in doc.claims]  # (each 其中 reads its own sentence's figures: linear in the text)
    for opened in _OF_WHICH.finditer(doc.text):
        end = _sentence_end(doc.text, opened.end())
        listed = [c for c in doc.claims[bisect_left(starts, opened.end()):bisect_left(starts, end)]
                  if c["kind"] == "level" and _PLACE.match(str(c.get("subject") or "")) and not c.get("projected")]
        groups: dict[tuple[str, str], list[dict]] = {}
        for claim in listed:
            groups.setdefault((metric_key(claim), str(claim["unit"])), []).append(claim)
        for (quantity, _unit), parts in groups.items():
            places = [str(p["subject"]) for p in parts]
            if not quantity or len(parts) < 2 or len(set(places)) != len(places):
                continue
            total = _total_before(doc, opened.start(), parts, quantity, set(places), starts)
            if total is not None:
                yield parts_relation(doc, total, parts, complete=False)


_LIST_REACH = 600  # characters after 其中 its list may run (a run-on text has no sentence end)
_END = re.compile(r"[。！？\n]")


def _sentence_end(text: str, start: int) -> int:
    found = _END.search(text, start, start + _LIST_REACH)
    return found.start() if found is not None else min(len(text), start + _LIST_REACH)


def _total_before(doc: Doc, opened: int, parts: list[dict], quantity: str, places: set[str],
                  starts: list[int]) -> dict | None:
    """The nearest level before 其中, in its paragraph and reach, of the parts' quantity and unit, owned by none of
    the places, no smaller than any part."""
    paragraph = doc.text.rfind("\n", max(0, opened - _TOTAL_REACH), opened) + 1
    largest = max(bounds(p)[0] for p in parts)
    near = doc.claims[bisect_left(starts, max(paragraph, opened - _TOTAL_REACH)):bisect_left(starts, opened)]
    for claim in reversed([c for c in near if int(c["end"]) <= opened]):
        if claim["kind"] != "level" or metric_key(claim) != quantity or not same_unit(claim, parts[0]) \
                or claim.get("projected") or str(claim.get("subject") or "") in places:
            continue
        return claim if bounds(claim)[1] >= largest else None
    return None

