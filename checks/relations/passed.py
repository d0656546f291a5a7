"""A level said to pass a mark in its own sentence: 高校毕业生预计1076万人…，规模首次突破1000万人; GDP达到4.07万亿元，
首次突破4万亿; 出口规模首次突破3000亿元，达3080.3亿元; visitors … reached 2,501,000, topping 2.5 million. The level
is no smaller than the mark (restated: the mark restates the level as a bound). Also here, the other readings of a
mark: a level crossing one (crossed_marks), a bound then the exact figure (bounds_then_exact), and a mark passed or not
in one sentence against the level told in another (marks_told_apart), which shares _HOPED, the words of a hope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.claims.measures import canonical
from checks.relations.base import Doc, Relation, bounds, metric_key, owner_key, same_unit, shown
from checks.relations.periods import periods_conflict
from checks.relations.statements import A_YEAR_BEFORE, other_side

# The words right before a mark: 首次突破, 突破了, 站上, topped, passing the.
_PASSED = re.compile(r"(?:突破|超越|跨越|跨过|站上|迈上|迈过|越过|冲破)了?\s*$|"
                     r"\b(?:topp(?:ed|ing)|surpass(?:ed|ing)|broke(?:\s+through)?|breaking(?:\s+through)?)\s+"
                     r"(?:the\s+)?$", re.IGNORECASE)
# Words that make the mark a hope, not a fact: 有望突破, 将突破, 预计突破, could top.
_HOPED = re.compile(r"有望|将|预计|预期|可望|或将|力争|目标|expected|could|would|(?-i:\bmay\b)|might|to\s*$",
                    re.IGNORECASE)  # (not the month of May)
# A level told right after its mark: 首次突破3000亿元，达3080.3亿元.
# 突破11亿吨，累计完成10.2亿吨: the level the quantity reached, told with its verb of output.
_REACHED_AFTER = re.compile(r"^\s*(?:大关|关口|门槛|mark|barrier)?\s*[，,]\s*(?:累计|全年|共)?"
                            r"(?:达到?|至|为|完成|实现|录得|接待|销售|生产|reaching|at)\s*$", re.IGNORECASE)


def passed_marks(doc: Doc) -> Iterable[Relation]:
    if not any(word in doc.text for word in ("突破", "超越", "跨越", "跨过", "站上", "迈上", "迈过", "越过", "冲破",
                                             "topp", "surpass", "broke", "breaking")):
        return
    for index, mark in enumerate(doc.claims):
        before = doc.before(mark, 12)
        if mark["kind"] != "level" or not _PASSED.search(before) or _HOPED.search(doc.before(mark, 16)):
            continue
        level = _level_of(doc, index, mark)
        if level is None:
            continue
        low = bounds(mark)[0]
        gap = max(0.0, low - bounds(level)[1])
        arithmetic = (f"{shown(level)} is said to pass {shown(mark)}"
                      + (", but it is below it" if gap else ", as it does"))
        yield Relation(doc.name, "restated", (level, mark), level.get("metric"), bounds(level),
                       (low, float("inf")), gap, arithmetic)


def _level_of(doc: Doc, index: int, mark: dict) -> dict | None:
    """The level that passed the mark: the nearest before it in its sentence of its unit (no other time's, no
    mark of its own), else the one told right after it (，达3080.3亿元)."""
    for claim in reversed(doc.claims[max(0, index - 4):index]):
        if not doc.same_sentence(claim, mark):
            break
        if claim["kind"] == "level" and same_unit(claim, mark) and not other_side(doc, claim) \
                and not A_YEAR_BEFORE.search(doc.before(claim, 12)) and not _PASSED.search(doc.before(claim, 12)):
            return claim
    after = doc.claims[index + 1] if index + 1 < len(doc.claims) else None
    if after is not None and after["kind"] == "level" and (same_unit(after, mark) or _bare_mark(after, mark)) \
            and _REACHED_AFTER.match(doc.between(mark, after)) and not doc.after(after, 2).lstrip().startswith("的"):
        # (完成98万辆的上年销量仅用了10个月: a figure that names another quantity, not the level reached)
        return after
    return None


def _bare_mark(level: dict, mark: dict) -> bool:
    """A mark written as a bare magnitude (突破千亿大关，达到1012.9亿份): a count with no counter, as the level is."""
    return level["unit"] == mark["unit"] == "count" and str(mark["text"]).rstrip("多余")[-1:] in "万亿千百十"


# A level, then in its clause the mark it is said to have crossed: fell to 6.9 percent in September, dropping below
# 6 percent; rose to 51.2, climbing above 50 (the mark's own words, below or above, are in its span).
_CROSSING = re.compile(r"\b(?:(?P<down>dropp(?:ed|ing)|f[ae]ll(?:ing|en)?|dipp(?:ed|ing)|slipp(?:ed|ing)|sinking|"
                       r"sank|slid(?:ing)?)|(?:ris(?:ing|en)|rose|climb(?:ed|ing)|jump(?:ed|ing)|mov(?:ed|ing)))\s+"
                       r"(?:to\s+)?$", re.IGNORECASE)
_SIDE_WORD = re.compile(r"(?P<below>below|under)|above|over", re.IGNORECASE)
_MAY_CROSS = re.compile(r"\b(?:[Ee]xpected|could|would|might|may|likely|[Ff]orecast|projected)\b")  # (not May)
_LEVEL_THEN = re.compile(r"[^.;\d]{0,40}?,\s*$")  # (6.9 percent in September, dropping below 6 percent)


def crossed_marks(doc: Doc) -> Iterable[Relation]:
    """A level said to have crossed a mark in its sentence (see _CROSSING) lies on the mark's side of it."""
    for index, mark in enumerate(doc.claims[1:], 1):
        side = _SIDE_WORD.match(str(mark["text"]))
        before = doc.before(mark, 16)
        crossing = _CROSSING.search(before) if side is not None else None
        level = doc.claims[index - 1]
        if crossing is None or (crossing.group("down") is not None) != (side.group("below") is not None) \
                or level["kind"] not in ("level", "share", "ratio") or not same_unit(level, mark) \
                or not doc.same_sentence(level, mark) or _MAY_CROSS.search(doc.before(mark, 24)):
            continue
        if not _LEVEL_THEN.fullmatch(doc.text, int(level["end"]), int(mark["start"]) - len(before) + crossing.start()):
            continue
        below = side.group("below") is not None
        line, own = bounds(mark), bounds(level)
        line = (float(mark["value"]), float(mark["value"])) if mark.get("qualifier") != "exact" else line
        gap = max(0.0, own[0] - line[1]) if below else max(0.0, line[0] - own[1])
        said = f"{shown(level)} is said to have gone {'below' if below else 'above'} {float(mark['value']):g}"
        arithmetic = said + (f", but it is {'above' if below else 'below'} it" if gap else ", as it has")
        yield Relation(doc.name, "rank_vs_values", (level, mark), level.get("metric"), own, line, gap, arithmetic)


# A bound, then the exact figure it bounds: 上升了10个百分点至四成以上，为43%; 多年来均接近或超过四成，2015年达43%.
_THEN_EXACT = re.compile(r"\s*[，,]\s*(?:(?:19|20)\d\d年|今年|去年|其中)?\s*(?:为|达到?|即|是)\s*$")


def bounds_then_exact(doc: Doc) -> Iterable[Relation]:
    """A figure said as a bound (四成以上, 超过四成) and told exactly right after it in its sentence lies within it."""
    for bound, exact in pairwise(doc.claims):
        if bound.get("qualifier") not in ("over", "under") or exact.get("qualifier") != "exact" \
                or bound["kind"] != exact["kind"] or not same_unit(bound, exact) \
                or not doc.same_sentence(bound, exact) or not _THEN_EXACT.fullmatch(doc.between(bound, exact)) \
                or "接近" in doc.before(bound, 8):
            continue  # (接近或超过四成: near it, either side)
        low, high = bounds(bound)
        value = bounds(exact)
        gap = max(0.0, low - value[1], value[0] - high)
        said = "over" if bound["qualifier"] == "over" else "under"
        arithmetic = f"{shown(exact)} is said to be {said} {shown(bound)}, " + ("but it is not" if gap else "as it is")
        yield Relation(doc.name, "restated", (bound, exact), exact.get("metric"), (low, high), value, gap, arithmetic)


# A mark passed, or said not passed, in one sentence and the level told in another (marks_told_apart)
_PASSED_OR_NOT = re.compile(r"(?P<not>未能|没能|未|没有|尚未)?(?:首次|首度)?(?:突破|超过|超越|站上|迈上)了?\s*$")
_APART_REACH = 2  # paragraphs after the mark's where its level may be told
_APART_FIGURES = 30  # figures after the mark among which its level is looked for


def marks_told_apart(doc: Doc) -> Iterable[Relation]:
    """restated for a mark passed (or not) in one sentence and the exact level told in another: "海尔智家营收规模突破
    1500亿元大关" … "海尔智家实现营收1564.94亿元"; "格力电器…营收规模未能突破千亿" … "格力电器上半年营收973.25亿元". A
    mark with no level of its own in its sentence is the bound of the first exact level after it, in its paragraph or
    the two after, of its owner (named, not empty), quantity (synonyms made one), unit and time: no smaller than the
    mark, or, said not to pass it (未能突破, 尚未突破, 没有突破), smaller."""
    if "突破" not in doc.text and "超过" not in doc.text:
        return
    for index, mark in enumerate(doc.claims):
        passed = _PASSED_OR_NOT.search(doc.before(mark, 10))
        if mark["kind"] != "level" or passed is None or _HOPED.search(doc.before(mark, 16)) \
                or len(metric_key(mark)) < 2 \
                or any(c["kind"] == "level" and c is not mark and doc.same_sentence(c, mark) and same_unit(c, mark)
                       for c in doc.near(mark, 4)):
            continue
        level = next((c for c in doc.claims[index + 1:index + _APART_FIGURES]
                      if c["kind"] == "level" and c.get("qualifier") == "exact" and same_unit(c, mark)
                      and 0 <= doc.paragraph(c) - doc.paragraph(mark) <= _APART_REACH and not doc.same_sentence(c, mark)
                      and _same_quantity(c, mark)
                      and not periods_conflict(doc.period(c), doc.period(mark))), None)
        if level is None:
            continue
        low, high = float(mark["value"]), bounds(level)  # (the mark itself: 未能突破千亿 reads as under 千亿)
        negated = passed.group("not") is not None
        gap = max(0.0, high[0] - low) if negated else max(0.0, low - high[1])
        said = "not to pass" if negated else "to pass"
        arithmetic = f"{shown(level)} is said {said} {shown(mark)}" + (", but it does" if gap and negated else
                                                                      ", but it is below it" if gap else ", as it is")
        stated = (float("-inf"), low) if negated else (low, float("inf"))
        yield Relation(doc.name, "restated", (level, mark), level.get("metric"), high, stated, gap, arithmetic)


def _same_quantity(level: dict, mark: dict) -> bool:
    """One owner's one quantity: named owners alike, or the mark's owner read into its quantity's name (海尔智家营收规模
    of no owner, against 海尔智家's 营收)."""
    owner = owner_key(level)
    if not owner:
        return False
    if owner_key(mark):
        return owner_key(mark) == owner and metric_key(mark) == metric_key(level)
    name = metric_key(mark, synonyms=False)
    return name.startswith(owner) and canonical(name[len(owner):]) == metric_key(level)
