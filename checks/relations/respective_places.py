"""rank_vs_values for places named together and their figures given respectively: 中银基金、广发基金非货基规模排名
第二和第三位，分别达2705亿元和2398亿元. The figures stand in the order of the places, so each is no larger than the
one before it (the higher place, the larger figure: a ranking by size, as such lists are)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.extract.zh.numerals import chinese_value
from checks.relations.base import Doc, Relation, in_order, same_unit, shown

_PLACE = r"第(?:[一二三四五六七八九十]|\d{1,2})(?:位|名)?"
_PLACES = re.compile(rf"(?:排名|位列|位居|分列|排在|居)(?P<places>{_PLACE}(?:\s*(?:和|、|与|及)\s*{_PLACE}){{1,4}})"
                     r"[^，,。；;\d]{0,4}[，,]?\s*分别(?:达到|达|为|是|有)?\s*$")
_ASCENDING = re.compile(r"最低|最少|最小|最慢|最短|倒数|垫底|末位")
_JOINT = re.compile(r"\s*(?:和|、|与|及)\s*")


def respective_places(doc: Doc) -> Iterable[Relation]:
    if "分别" not in doc.text:
        return  # (one look at the text: most name no places so)
    for claim in doc.claims:
        said = _PLACES.search(doc.before(claim, 40))
        if said is None or _ASCENDING.search(doc.text, doc.sentence(claim)[0], int(claim["start"])):
            continue  # (最低的…分列第一和第二: a ranking from the bottom, its figures rising)
        places = [_place(p) for p in re.findall(_PLACE, said.group("places"))]
        index = int(claim["_index"])
        figures = [claim]
        for following in doc.claims[index + 1:index + len(places)]:
            if not _JOINT.fullmatch(doc.between(figures[-1], following)) or not same_unit(following, claim):
                break
            figures.append(following)
        if len(figures) != len(places) or places != sorted(places):
            continue
        for (higher, lower), (first, second) in zip(pairwise(figures), pairwise(places), strict=True):
            held = f"{shown(higher)} (place {first}) is said to stand above {shown(lower)} (place {second})"
            yield in_order(doc.name, (higher, lower), higher.get("metric"), higher, lower, held,
                           f"{held}, but it is smaller")


def _place(written: str) -> int:
    number = written.strip("第位名")
    return int(number) if number.isdigit() else int(chinese_value(number) or 0)  # (第二: 2; the pattern holds 一 to 十)
