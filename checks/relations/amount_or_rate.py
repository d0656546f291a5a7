"""growth_vs_levels for a change told as an amount and, right after it, as a rate ("the deficit increased $1.9
billion, or 0.4 percent, from 2015"), where the levels it moved between are stated with the amount, or with the same
amount told again of the same quantity ("the deficit was $502.3 billion, up $1.9 billion from $500.4 billion"): the
rate is the amount over the earlier level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, finite, like, metric_key, shown, signed
from checks.relations.growth import judge

_OR = re.compile(r"(?:\s+[a-z]+)?\s*,?\s*or\s+(?:an?\s+)?")  # (an increase of 150,683 passengers or a 29.1% increase)
# (the earlier level, the later, the level the text states, whether that one is the level reached)
_Levels = tuple[tuple[float, float], tuple[float, float], dict, bool]


def amount_or_rate(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    told: dict[tuple, list[dict]] | None = None  # the changes by what they say, made once when first needed
    for index in range(1, len(claims)):
        amount, rate = claims[index - 1], claims[index]
        if rate["kind"] != "growth" or rate["unit"] != "percent" or amount["kind"] != "change" \
                or amount["unit"] in ("percent", "pp") or rate.get("base_value") is not None \
                or rate.get("level_after") is not None or not _OR.fullmatch(doc.between(amount, rate)):
            continue
        if told is None:
            told = {}
            for claim in claims:  # (only a change linked to a level can give the levels)
                if claim["kind"] == "change" and _linked(claim):
                    told.setdefault(_said(claim), []).append(claim)
        levels = _levels(doc, amount, told.get(_said(amount), [])) or _level_before(doc, amount) \
            or _reached_after(doc, amount, rate, index)
        if levels is None:
            continue
        before, after, level, reached = levels
        if before[0] <= 0:
            continue
        # (the earlier level worked out from the one the change reached, else the earlier level stated)
        said = reached_said(amount, level, "change") if reached else f"{shown(amount)} on {shown(level)}"
        relation = judge(doc, rate, before, after, [level, amount], said)
        if relation is not None:
            yield relation


def _levels(doc: Doc, amount: dict, same: list[dict]) -> _Levels | None:
    """The earlier and later levels of the amount's change, the level stated and whether it is the one reached: linked
    to the amount, or to the same amount told again of its quantity (``same``: same value, unit, way and name)
    elsewhere."""
    again = [c for c in same if c is not amount] if len(metric_key(amount)) >= 2 else []
    for told in [amount, *again]:
        base, after = told.get("base_value"), told.get("level_after")
        near = {float(c["value"]): c for c in doc.near(told, 6) if c["kind"] == "level"
                and doc.same_sentence(c, told) and c["unit"] == told["unit"]}
        base_claim = near.get(float(base)) if base is not None else None
        after_claim = near.get(float(after)) if after is not None else None
        added = signed(told, bounds(told))  # the change, a fall below nought
        if base_claim is not None:
            low, high = bounds(base_claim)
            return (low, high), (low + added[0], high + added[1]), base_claim, False
        if after_claim is not None:
            return *levels_reached(told, after_claim), after_claim, True
    return None


# A sentence that opens by pointing back to the figure the sentence before reached: "This means an increase of".
_THIS_MEANS = re.compile(r"\s*(?:This|That|It)\s+(?:means|meant|marks|marked|represents|represented|is|was)\s+"
                         r"(?:an?\s+)?(?:increase|rise|gain|decrease|decline|fall|drop)\s+of\s*$")


def _level_before(doc: Doc, amount: dict) -> _Levels | None:
    """The level the sentence before reached, when the change's sentence points back to it (see _THIS_MEANS): its
    first level of the change's unit, larger than the change."""
    start = doc.sentence(amount)[0]
    if not _THIS_MEANS.fullmatch(doc.text, start, int(amount["start"])):
        return None
    before = [c for c in doc.near(amount, 8) if c["kind"] == "level" and c["unit"] == amount["unit"]
              and doc.sentence(c)[1] <= start and doc.sentences.span(max(0, start - 1))[0] <= int(c["start"])]
    if not before or float(before[0]["value"]) <= float(amount["value"]):
        return None
    return *levels_reached(amount, before[0]), before[0], True


# dropped by 4,892 or 4.4 per cent over the same month a year earlier and reached 106,855: the level the change
# reached, told after its rate (what it was compared with between, no figure)
_AND_REACHED = re.compile(r"\s*(?:(?:over|on|from|against|compared\s+(?:with|to))\s+[^,;.\d]{0,50}?)?"
                          r"\s*,?\s*(?:and\s+)?"
                          r"(?:reached|reaching|to\s+reach|to\s+stand\s+at|standing\s+at|totall?ing)\s+"
                          r"(?:a\s+total\s+of\s+)?", re.IGNORECASE)


def _reached_after(doc: Doc, amount: dict, rate: dict, index: int) -> _Levels | None:
    """The level the change reached, told right after its rate (see _AND_REACHED), of the change's unit."""
    if index + 1 >= len(doc.claims):
        return None
    level = doc.claims[index + 1]
    if level["kind"] != "level" or level["unit"] != amount["unit"] or float(level["value"]) <= float(amount["value"]) \
            or not _AND_REACHED.fullmatch(doc.between(rate, level)):
        return None
    return *levels_reached(amount, level), level, True


def levels_reached(change: dict, level: dict) -> tuple[tuple[float, float], tuple[float, float]]:
    """The earlier and later levels of a change when ``level`` is the one it reached: the level less the change (plus
    it, for a fall), and the level, each with its rounding."""
    low, high = bounds(level)
    added = signed(change, bounds(change))
    return (low - added[1], high - added[0]), (low, high)


def reached_said(change: dict, level: dict, noun: str) -> str:
    """The levels of ``levels_reached`` in words: 490.32点 on 21518.08点 (21027.76点 plus the points)."""
    earlier = float(level["value"]) - signed(change, (float(change["value"]),) * 2)[0]
    return (f"{shown(change)} on {like(level, earlier)} "
            f"({shown(level)} {'less' if change.get('direction') != 'down' else 'plus'} the {noun})")


def _said(change: dict) -> tuple:
    """What a change says, to find it told again: its value, unit, way and quantity's name."""
    return float(change["value"]), change["unit"], change.get("direction"), metric_key(change)


def _linked(change: dict) -> bool:
    """Whether extraction joined a change to its earlier level or to the level it reached."""
    return any(value is not None and finite(float(value)) is not None
               for value in (change.get("base_value"), change.get("level_after")))


# A rate and its amount in brackets, after the level they moved to: registrations of 11785 vehicles … up 14.3% (1472
# units) on February 2016; 14,359 vehicles … down on November 2017 (235 units/ -1.6 per cent).
_RATE_THEN_AMOUNT = re.compile(r"\s*[(（]\s*")
_AMOUNT_THEN_RATE = re.compile(r"\s*(?:[a-z]+\s*)?/\s*", re.IGNORECASE)
_OPENS_BRACKET = re.compile(r"[(（]\s*$")
# 41 mln Americans were expected to travel …, down about 1.5% or 600,000 people from Thanksgiving 2007: the rate, then
# the amount, after the level they reached (none after them: rose 5% or $2 billion to $42 billion reads the "to")
# (… to US$1.95 billion with the international business showing a gain of 10.3 percent or US$460 million: another's)
_ITS_OWN_CLAUSE = re.compile(r"\b(?:with|while|whereas|but|and|as|led\s+by)\b|[;；]", re.IGNORECASE)
_RATE_OR_AMOUNT = re.compile(r"\s*,?\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")


def _level_after(doc: Doc, amount: dict) -> bool:
    """Whether the amount is linked to a level, or a level of its unit follows it in its sentence within the next four
    figures (read near it, not through its whole sentence: a run-on text is one sentence)."""
    index = int(amount["_index"])
    return amount.get("level_after") is not None or amount.get("base_value") is not None or any(
        c["kind"] == "level" and c["unit"] == amount["unit"] and doc.same_sentence(c, amount)
        for c in doc.claims[index + 1:index + 5])
# (… (291 million), while exports: another subject; not "while marginally down", the same one's move)
_ANOTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but)\b(?!\s+(?:[a-z]+ly\s+)?(?:up|down|higher|lower)\b)|[;；]",
                             re.IGNORECASE)


def rate_and_amount_bracketed(doc: Doc) -> Iterable[Relation]:
    """A rate with its amount in brackets (see _RATE_THEN_AMOUNT) against the level before them in their sentence,
    the one level of the amount's unit there: the level reached, so the earlier is the level less the amount."""
    claims = doc.claims
    for index in range(1, len(claims)):
        first, second = claims[index - 1], claims[index]
        if _RATE_THEN_AMOUNT.fullmatch(doc.between(first, second)) or (
                _RATE_OR_AMOUNT.fullmatch(doc.between(first, second)) and not _level_after(doc, second)):
            rate, amount = first, second
        elif _AMOUNT_THEN_RATE.fullmatch(doc.between(first, second)) and _OPENS_BRACKET.search(doc.before(first, 4)):
            amount, rate = first, second
        else:
            continue
        if rate["kind"] != "growth" or rate["unit"] != "percent" or amount["unit"] in ("percent", "pp") \
                or amount["kind"] not in ("change", "level") or rate.get("base_value") is not None \
                or rate.get("level_after") is not None or not doc.same_sentence(rate, amount):
            continue
        opening = min(int(rate["_index"]), int(amount["_index"]))
        levels = [c for c in claims[max(0, opening - 4):opening] if doc.same_sentence(c, rate)
                  and c["kind"] == "level" and c["unit"] == amount["unit"] and not _OPENS_BRACKET.search(
                      doc.before(c, 4)) and not _ANOTHER_CLAUSE.search(doc.text, int(c["end"]), int(rate["start"]))]
        if len(levels) != 1 or float(amount["value"]) >= float(levels[0]["value"]) or (
                _RATE_OR_AMOUNT.fullmatch(doc.between(rate, amount))
                and _ITS_OWN_CLAUSE.search(doc.text, int(levels[0]["end"]), int(rate["start"]))):
            continue
        level = levels[0]
        down = rate.get("direction") == "down" or float(rate["value"]) < 0
        low, high = bounds(level)
        moved = abs(float(amount["value"]))
        before = (low + moved, high + moved) if down else (low - moved, high - moved)
        sign = "plus" if down else "less"
        said = f"{shown(amount)} on {like(level, before[0])} ({shown(level)} {sign} the change)"
        relation = judge(doc, rate, before, (low, high), [level, amount], said)
        if relation is not None:
            yield relation
