"""part_vs_whole: a part (其中…) is no larger than its whole; quarters or halves add up to no more than the year."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Relation, bounds, enumeration, label_before, num, partition_of, same_unit, shown

PART = re.compile(r"其中")


PART_BEFORE = re.compile(r"其中[^。！？；;]*$")


AVERAGE = re.compile(r"人均|平均|均价|日均|户均|场均|每")


QUARTER_LIST = re.compile(
    r"(?:第?一(?:季度)?至第?四季度|[1１][-—至~][4４]季度|一至四季度|各季度|四个季度)[^。；;]{0,16}分别")


HALF_LIST = re.compile(r"上[、和]下半年[^。；;]{0,16}分别")


TOTAL = re.compile(r"全年|合计|总计|共计|累计|总额|总量|全年累计")


QUARTERS = (("一季度", "第一季度", "1季度", "Q1"), ("二季度", "第二季度", "2季度", "Q2"),
            ("三季度", "第三季度", "3季度", "Q3"), ("四季度", "第四季度", "4季度", "Q4"))


HALVES = (("上半年",), ("下半年",))


def _is_average(text: str, claim: dict) -> bool:
    return bool(AVERAGE.search(label_before(text, claim)) or AVERAGE.search(str(claim.get("metric") or "")))


def part_vs_whole(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    levels = [c for c in claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp")
              and not _is_average(text, c)]
    yield from _parts_after_among(doc, text, levels)
    yield from _periods_against_total(doc, text, levels)


def _parts_after_among(doc: str, text: str, levels: list[dict]) -> Iterable[Relation]:
    """其中: the part (or the parts listed with 分别, or members of one partition) against the whole before it.

    The whole is the largest candidate of the same unit in the part's sentence or the one or two before it in its
    paragraph, or the sum of candidates listed together (一季度至四季度分别…，其中上半年…): 其中 may refer to a total,
    not to the figure just before it, so only what exceeds every reading is flagged.
    """
    index = 0
    while index < len(levels):
        part = levels[index]
        marker = PART_BEFORE.search(text, max(0, int(part["start"]) - 30), int(part["start"]))
        if marker is None:
            index += 1
            continue
        parts = enumeration(text, levels, index)
        lead = text[marker.start():int(part["start"])]
        summed = len(parts) > 1 and ("分别" in lead or partition_of([label_before(text, c) for c in parts]))
        parts = parts if summed else [part]
        marker_at = marker.start()
        candidates = [c for c in levels if int(c["end"]) <= marker_at and same_unit(c, part)
                      and _near_before(text, c, marker_at)]
        index += len(parts)
        if not candidates:
            continue
        wholes = [(bounds(c)[1], (c,)) for c in candidates]
        for position in range(len(candidates)):  # candidates listed together stand for their sum
            listed = enumeration(text, candidates, position)
            if len(listed) > 1:
                wholes.append((sum(bounds(c)[1] for c in listed), tuple(listed)))
        whole_high, whole = max(wholes, key=lambda w: w[0])
        stated = sum(bounds(p)[0] for p in parts)
        gap = max(0.0, stated - whole_high)
        shown_whole = " + ".join(shown(c) for c in whole)
        shown_parts = " + ".join(shown(p) for p in parts)
        arithmetic = (f"part{'s' if len(parts) > 1 else ''} {shown_parts}"
                      f"{' = ' + num(sum(float(p['value']) for p in parts)) if len(parts) > 1 else ''}"
                      f" {'>' if gap else '≤'} whole {shown_whole} ({num(sum(float(c['value']) for c in whole))}"
                      f" {part['unit']})")
        yield Relation(doc, "part_vs_whole", (*whole, *parts), whole[0].get("metric"), (stated, stated),
                       (-math.inf, whole_high), gap, arithmetic)


def _near_before(text: str, claim: dict, offset: int) -> bool:
    """Whether ``claim`` stands in the same paragraph as ``offset``, at most two sentences before it."""
    between = text[int(claim["end"]):offset]
    return "\n" not in between and "\u3000\u3000" not in between and len(re.findall(r"[。！？!?]", between)) <= 2


def _periods_against_total(doc: str, text: str, levels: list[dict]) -> Iterable[Relation]:
    """Quarters (or halves) of a year against the one full-year total of the same unit."""
    for names, listed_by in ((QUARTERS, QUARTER_LIST), (HALVES, HALF_LIST)):
        parts = None
        for index, claim in enumerate(levels):  # 一季度至四季度分别实现营业收入12.4亿元、15.1亿元…
            if listed_by.search(text, max(0, int(claim["start"]) - 40), int(claim["start"])):
                listed = enumeration(text, levels, index)
                if len(listed) == len(names):
                    parts = listed
                    break
        if parts is None:  # 一季度营收20亿元，二季度营收25亿元…
            found = []
            for labels in names:
                matches = [c for c in levels
                           if any(n in label_before(text, c) or n in str(c.get("period") or "") for n in labels)]
                found.append(matches[0] if len(matches) == 1 else None)
            parts = None if any(p is None for p in found) else found
        if parts is None or len({p["unit"] for p in parts}) != 1:
            continue
        unit = parts[0]["unit"]
        totals = [c for c in levels if c["unit"] == unit and c not in parts and TOTAL.search(label_before(text, c))]
        if len(totals) != 1:
            continue
        total = totals[0]
        low = sum(bounds(p)[0] for p in parts)
        gap = max(0.0, low - bounds(total)[1])
        arithmetic = (" + ".join(shown(p) for p in parts) + f" = {num(sum(float(p['value']) for p in parts))}"
                      + f" {'>' if gap else '≤'} total {shown(total)} ({num(float(total['value']))} {unit})")
        yield Relation(doc, "part_vs_whole", (total, *parts), total.get("metric"), (low, low),
                       (-math.inf, bounds(total)[1]), gap, arithmetic)
