"""parts_vs_total for changes: the members of a whole breakdown changed by amounts that add up to the whole's change
(其中，轻工业中长期贷款累计增加147亿元…；重工业中长期贷款累计增加5024亿元 after 工业中长期贷款全年累计增加5171亿元).

The whole's change is the sum of its parts' changes, signed: a fall is negative, so a part may fall while the whole
rises. Read only for a breakdown whose members make the whole (出口/进口, 城镇/乡村, 轻工业/重工业 …), every member
with its change in one paragraph, and the change of the whole named just before them (in the sentence before, or
the first member's). A change compared with last year's change (同比多增2125亿元) is no change of the quantity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.extract.between import RATIO_AFTER
from checks.relations.base import Doc, Relation, bounds, distance, like, signed
from checks.relations.breakdowns import COMPLETE
from checks.relations.rates_of_parts import member_of, moved, sums_that_hold, whole_before
from checks.relations.reach import around

_NEAR = 12  # figures either side of a level where its change is looked for

_AGAINST_LAST_YEARS = re.compile(r"(?:多增|少增|多减|少减|多降|少降)$")


def changes_of_a_breakdown(doc: Doc) -> Iterable[Relation]:
    changes = [c for c in doc.claims if c["kind"] == "change" and c["unit"] not in ("percent", "pp")
               and not _AGAINST_LAST_YEARS.search(doc.before(c, 4).strip())]
    groups: dict[tuple, dict[str, dict]] = {}
    for change in changes:
        found = member_of(doc, change)
        if found is not None and found[0] in COMPLETE:
            key = (found[0], doc.paragraph(change), change["unit"])
            groups.setdefault(key, {}).setdefault(found[1], change)
    for (partition, _paragraph, _unit), members in groups.items():
        if len(members) != len(partition):
            continue
        parts = sorted(members.values(), key=lambda c: int(c["start"]))
        whole = whole_before(doc, changes, parts, partition)
        if whole is not None and whole["unit"] == parts[0]["unit"]:
            yield _judged(doc, whole, parts)


def _judged(doc: Doc, whole: dict, parts: list[dict]) -> Relation:
    intervals = [signed(part, bounds(part)) for part in parts]
    summed = (sum(low for low, _ in intervals), sum(high for _, high in intervals))
    stated = signed(whole, bounds(whole))
    gap = distance(stated, summed)
    total = sum(float(part["value"]) * (-1 if part.get("direction") == "down" else 1) for part in parts)
    arithmetic = (" + ".join(moved(p) for p in parts) + f" = {like(whole, total)}"
                  f" {'≠' if gap else '='} the whole's change {moved(whole)}"
                  + (f"; with rounding the parts allow {like(whole, summed[0])} to {like(whole, summed[1])}"
                     if gap else ""))
    return Relation(doc.name, "parts_vs_total", (whole, *parts), whole.get("metric"), stated, summed, gap, arithmetic)


_CLAUSES_END = re.compile(r"[：:；;]")


def changes_of_summed_parts(doc: Doc, found: Iterable[Relation] = ()) -> Iterable[Relation]:
    """For each sum of parts that holds among the relations ``found`` before (税收收入8103万元 + 非税收入16524万元 =
    一般公共预算收入24627万元: the parts make the whole), the parts' changes (比上年增收1284万元；减收2354万元) against
    the whole's (比上年减收1070万元): the whole's change is their signed sum."""
    seen: set[tuple[int, ...]] = set()
    for _relation, total, parts in sums_that_hold(found):
        whole = _change_of(doc, total)
        changes = [_change_of(doc, part) for part in parts]
        if whole is None or any(change is None for change in changes):
            continue
        against = _against(doc, changes[0])
        # 37,000 more than for July to September 2016 and 302,000 more than for a year earlier: the change of the
        # parts' comparison
        if against and _against(doc, whole) and against != _against(doc, whole):
            whole = next((c for c in doc.near(whole, 8) if doc.same_sentence(c, whole)
                          and c["kind"] == "change" and c["unit"] == whole["unit"]
                          and _against(doc, c) == against), None)
            if whole is None:
                continue
        key = tuple(sorted(id(c) for c in (whole, *changes)))
        if key not in seen and len(set(key)) == len(key):
            seen.add(key)
            yield _judged(doc, whole, changes)  # type: ignore[arg-type]


_AGAINST = re.compile(r"\s+(?:more|fewer|less|higher|lower|up|down)?\s*(?:than|from|on|compared\s+(?:with|to))\s+"
                      r"(?:for\s+)?(?P<what>[^,.;\d]{3,30}(?:(?:19|20)\d\d)?)", re.IGNORECASE)


def _against(doc: Doc, change: dict) -> str:
    """What an English change is measured against, told after it (more than for a year earlier), "" if untold."""
    found = _AGAINST.match(doc.text, int(change["end"]))
    return found.group("what").strip().lower() if found else ""


def _change_of(doc: Doc, level: dict) -> dict | None:
    """The change of a level: the one joined to it (decreased USD 0.3 billion to USD 130.3 billion), else the one
    told after it in its clause (，比上年增收1284万元), in its unit: the first change there, past no other level but a
    target (完成预算数…的40.4%), no change against last year's change (同比多增), and not past a colon or semicolon
    (…130.3 billion: foods fell USD 1.3 billion, a member's)."""
    # (its sentence's figures near it, clipped as the relations by form read: a text with no sentence break costs
    # the same per level as any other)
    start, end = around(doc, level)
    sentence = [c for c in doc.near(level, _NEAR) if doc.same_sentence(c, level)
                and start <= int(c["start"]) and int(c["end"]) <= end]
    joined = [c for c in sentence if c["kind"] == "change" and c["unit"] == level["unit"]
              and c.get("level_after") is not None and float(c["level_after"]) == float(level["value"])]
    if joined:
        return joined[0]
    for claim in sentence:
        if int(claim["start"]) <= int(level["start"]) or claim["unit"] != level["unit"]:
            continue
        if _CLAUSES_END.search(doc.between(level, claim)):
            return None
        if claim["kind"] == "level" and not RATIO_AFTER.match(doc.text, int(claim["end"])):
            return None
        if claim["kind"] == "change":
            return None if _AGAINST_LAST_YEARS.search(doc.before(claim, 4).strip()) else claim
    return None
