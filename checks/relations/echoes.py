"""restated where the readings of what a figure measures fall short: one statement made twice, found by its form.

- a share in words and the same share in figures beside it: a quarter of electricity (34.6%); 57%, or about six
  in 10 people; 占…的47.2%，占比接近一半 (said_again);
- one movement told twice: the same precise change (9.21 percentage points) in two sentences, each to a level: the
  levels it reaches are one level;
- a move from one level to another told again as a change of the same precise level: it ends where the change
  does;
- a headline's only figure of a kind, unit and direction, and the lead sentence's only one (Shares close 2% higher /
  The market has closed two per cent higher as …): a headline states in short what the lead says.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.apart import times_apart
from checks.relations.base import Doc, Relation, bounds, canonical, distance, interval_text, plain, shown, stated_twice
from checks.relations.periods import periods_conflict
from checks.relations.units import unit_key

# Between a share and the same share again: "(", ", or", " of electricity (".
# (One-in-five students (19%): the people counted, without "of", before the bracket)
_AGAIN = re.compile(r"\s*(?:of\s+(?:[\w’'-]+\s+){0,3}?|[a-z][\w’'-]*\s+(?:[a-z][\w’'-]*\s+)?(?=\())?"
                    r"(?:\(|,\s*or\s+|—\s*or\s+)\s*", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]")
NEAR_CHANGES = 50  # changes apart at most for one movement told twice


_JUST = re.compile(r"(?:just|slightly|a\s+little|barely)\s", re.IGNORECASE)  # just over half: close above it
# A share in words is a rounding of its own: "a third" is said of 32% as of 34%.
WORDS_LEEWAY = 0.1


def _relation(doc: Doc, first: dict, second: dict, why: str, worded: dict | None = None) -> Relation:
    a, b = (_loose(c) if c is worded else bounds(c) for c in (first, second))
    return stated_twice(doc, first, second, why, a, b)


def _loose(claim: dict) -> tuple[float, float]:
    value = float(claim["value"])
    if claim.get("qualifier") == "under":  # almost two-thirds: 56.7% to two-thirds, a point of rounding above
        return value * (1 - 1.5 * WORDS_LEEWAY), value + 1.0
    if claim.get("qualifier") == "over":  # over two-thirds, or 64%: writers round loosely below; just over: close above
        close = _JUST.match(str(claim["text"])) is not None
        return value * (1 - WORDS_LEEWAY), value * (1 + 2 * WORDS_LEEWAY) if close else math.inf
    return value * (1 - WORDS_LEEWAY), value * (1 + WORDS_LEEWAY)


def share_in_words_and_figures(doc: Doc) -> Iterable[Relation]:
    """A share written in words (a quarter, six in 10) and in figures right beside it, either first: one share. A
    share said to be over or under its words (over two-thirds, or 64%) is left alone: such words are loose."""
    for first, second in zip(doc.claims, doc.claims[1:], strict=False):
        if not (first["kind"] == second["kind"] == "share" and first["unit"] == second["unit"] == "percent"):
            continue
        worded = [c for c in (first, second) if not re.search(r"\d", str(c["text"]).split(" in ")[0])]
        if len(worded) != 1 or not _WORDS.search(str(worded[0]["text"])) or \
                any(c.get("qualifier") not in ("exact", "approx") for c in (first, second) if c is not worded[0]) \
                or worded[0].get("qualifier") not in ("exact", "approx", "under", "over"):
            continue  # (almost two-thirds (64%): a little under the words; just over half (63%): too far above)
        if doc.same_sentence(first, second) and _AGAIN.fullmatch(doc.between(first, second)):
            yield _relation(doc, first, second, "state one share in words and in figures", worded[0])


# 超六成（60.40%）, 近半数(47.46%): a share in Chinese words, then the same share in figures in brackets right after it
_BRACKET_OPEN = re.compile(r"\s*[（(]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[）)]")


def share_in_words_then_bracket(doc: Doc) -> Iterable[Relation]:
    """A share in Chinese words with its figure in brackets right after it: the figure lies within what the words
    say (超六成 is above 60%, 近半数 a little under half). Bracketed, the figure says exactly what the words round, so
    the words' own bounds hold (no leeway for loose words)."""
    for first, second in pairwise(doc.claims):
        if not (first["kind"] == second["kind"] == "share" and first["unit"] == second["unit"] == "percent"):
            continue
        if re.search(r"[\dA-Za-z]", str(first["text"])) or not re.search(r"\d", str(second["text"])):
            continue
        if _BRACKET_OPEN.fullmatch(doc.between(first, second)) and _BRACKET_CLOSE.match(doc.text, int(second["end"])):
            a, b = bounds(first), bounds(second)
            gap = distance(a, b)
            arithmetic = (f"{shown(first)} ({shown(second)}) states one share in words and in figures: "
                          f"{interval_text(a)} and {interval_text(b)} {'do not overlap' if gap else 'overlap'}")
            yield Relation(doc.name, "restated", (first, second), second.get("metric") or first.get("metric"), a, b,
                           gap, arithmetic)


# "nearly 21% of businesses (20.96%)": a rounded share, what it is of, then the exact figure in brackets
_OF_THEN_BRACKET = re.compile(r"\s+of\s+(?:the\s+|all\s+)?[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,3}"
                              r"\s*[（(]\s*")


def rounded_then_exact(doc: Doc) -> Iterable[Relation]:
    """A rounded share in figures (nearly 21%, about 44%) with the exact one in brackets after it, either right after
    it or after what it is of: the exact figure lies within what the rounded one says."""
    for first, second in pairwise(doc.claims):
        if not (first["kind"] == second["kind"] == "share" and first["unit"] == second["unit"] == "percent") \
                or first.get("qualifier") in ("exact", "range") or second.get("qualifier") != "exact" \
                or not re.search(r"\d", str(first["text"])):
            continue
        between = doc.between(first, second)
        if (_BRACKET_OPEN.fullmatch(between) or _OF_THEN_BRACKET.fullmatch(between)) \
                and _BRACKET_CLOSE.match(doc.text, int(second["end"])):
            yield stated_twice(doc, first, second, "state one share rounded and exactly, in brackets")


def one_movement_twice(doc: Doc) -> Iterable[Relation]:
    """The same precise change of points or of an amount (three significant digits or more) in two sentences, each
    with its level reached: one movement told twice, so the levels reached are one level."""
    # point and amount changes only: growth rates of different things share values (10.4%) too often
    changes = [c for c in doc.claims if c["kind"] == "change" and c.get("level_after") is not None
               and len(re.sub(r"\D", "", str(c["text"])).lstrip("0")) >= 3]
    for index, first in enumerate(changes):
        for second in changes[index + 1:index + 1 + NEAR_CHANGES]:  # told again nearby, not anywhere in a corpus
            if doc.same_sentence(first, second) or (first["unit"], first["kind"], float(first["value"])) != (
                    second["unit"], second["kind"], float(second["value"])):
                continue
            levels = [next((c for c in doc.in_sentence(change) if c is not change and c["kind"] != change["kind"]
                            and float(c["value"]) == float(change["level_after"])), None)
                      for change in (first, second)]
            if None not in levels and levels[0]["unit"] == levels[1]["unit"]:
                yield _relation(doc, levels[0], levels[1],
                                f"are the level reached by one change ({shown(first)}) told twice")


def _opening(doc: Doc, stops: str = ".!?") -> tuple[list[dict], list[dict]] | None:
    """The figures of the headline (the first line, of at most 120 characters, not ending with one of ``stops``) and
    those of the text after it; None when the text opens with no such line."""
    first_line = doc.text.find("\n")
    if not doc.claims or first_line <= 0 or first_line > 120 or re.search(rf"[{stops}]\s*$", doc.text[:first_line]):
        return None
    return ([c for c in doc.claims if int(c["end"]) <= first_line],
            [c for c in doc.claims if int(c["start"]) > first_line])


def headline_and_lead(doc: Doc) -> Iterable[Relation]:
    """The headline's figure and the lead sentence's figure of one kind, unit and direction, each the only one
    there: the lead says at length what the headline says in short."""
    opening = _opening(doc)
    if opening is None or not all(opening):
        return
    headline, body = opening
    lead = [c for c in body if doc.same_sentence(c, body[0])]

    def key(claim: dict) -> tuple:
        return unit_key(claim), claim["kind"], claim.get("direction"), bool(claim.get("projected"))

    for figure in headline:
        if figure["kind"] not in ("growth", "change") or not figure.get("direction"):
            continue
        same_in_headline = [c for c in headline if key(c) == key(figure)]
        same_in_lead = [c for c in lead if key(c) == key(figure)]
        if len(same_in_headline) == 1 and len(same_in_lead) == 1 and \
                _word_after(doc, figure) == _word_after(doc, same_in_lead[0]) != "":
            yield _relation(doc, figure, same_in_lead[0], "state one figure in the headline and the lead")


# The verb that took a level to its figure, in a headline and a lead: Jobless Rate Falls to 9.7%; the rate declined in
# January to 9.7 percent.
_REACHED = re.compile(r"\b(?:rises?|rose|risen|falls?|fell|fallen|declines?|declined|drops?|dropped|climbs?|"
                      r"climbed|jumps?|jumped|slips?|slipped|eases?|eased|edges?\s+(?:up|down)|edged\s+(?:up|down)|"
                      r"increases?|increased|decreases?|decreased)(?:\s+\w+ly)?(?:\s+in\s+[A-Z][a-z]+)?\s+to\s*$",
                      re.IGNORECASE)


def headline_level_reached(doc: Doc) -> Iterable[Relation]:
    """The level a headline says a quantity moved to (Jobless Rate Falls to 9.7%) and the level the lead sentence says
    it moved to, each the only such of its unit there, of one quantity (names made one: jobless and unemployment
    rate) or unnamed in the headline: one figure."""
    opening = _opening(doc)
    if opening is None:
        return
    headline = [c for c in opening[0] if _REACHED.search(doc.before(c, 40))]
    body = opening[1]
    if len(headline) != 1 or not body:
        return
    head = headline[0]
    lead = [c for c in body if doc.same_sentence(c, body[0]) and unit_key(c) == unit_key(head)
            and _REACHED.search(doc.before(c, 40))]
    if len(lead) == 1 and head["kind"] == lead[0]["kind"] and (
            not head.get("metric") or canonical(head.get("metric")) == canonical(lead[0].get("metric"))):
        yield _relation(doc, head, lead[0], "state the level reached in the headline and the lead")


def _word_after(doc: Doc, claim: dict) -> str:
    """The English word right after a figure (four per cent higher: higher), which says what moved how."""
    found = re.match(r"\s+([A-Za-z]{3,})\b", doc.after(claim, 20))
    return found.group(1).lower() if found else ""


# A movement from one level to another, told with no change figure: from 6.25 percent to 6 percent.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:present\s+|current\s+)?$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+")


def from_to_told_twice(doc: Doc) -> Iterable[Relation]:
    """A move "from A to B" and, in another sentence, a change of the same precise A (by 25 bps from the present
    6.25 per cent to 6 per cent): one move, so B is the level the change reaches, A less the change (a tighter
    figure than a rounded "6 per cent")."""
    changes = [c for c in doc.claims if c["kind"] == "change" and c.get("base_value") is not None
               and c.get("level_after") is not None and c["unit"] == "pp"]
    for first, second in pairwise(doc.claims):
        if not (first["kind"] == second["kind"] == "level" and first["unit"] == second["unit"] == "percent") or \
                not _FROM.search(doc.before(first, 24)) or not _TO.fullmatch(doc.between(first, second)) or \
                len(re.sub(r"\D", "", str(first["text"])).lstrip("0")) < 3:
            continue
        for change in changes:
            if abs(int(change["_index"]) - int(first["_index"])) > NEAR_CHANGES * 4:
                continue
            if doc.same_sentence(change, first) or float(change["base_value"]) != float(first["value"]):
                continue
            moved = bounds(change)
            base = bounds(first)
            sign = -1 if change.get("direction") == "down" else 1
            reached = sorted((base[0] + sign * moved[0], base[1] + sign * moved[1]))
            after = next((c for c in doc.in_sentence(change) if c is not change and c["kind"] == "level"
                          and float(c["value"]) == float(change["level_after"])), None)
            if after is None:
                continue
            low, high = max(reached[0], bounds(after)[0]), min(reached[1], bounds(after)[1])
            if low > high:
                continue  # the change and its own level disagree: growth_vs_levels says so
            gap = distance(bounds(second), (low, high))
            arithmetic = (f"{shown(second)} and {shown(after)} are where one move from {shown(first)} ends "
                          f"({shown(change)}): {interval_text(bounds(second))} and {interval_text((low, high))} "
                          f"{'do not overlap' if gap else 'overlap'}")
            yield Relation(doc.name, "restated", (second, after), after.get("metric"), bounds(second), (low, high),
                           gap, arithmetic)
            break


# Between a share and the same share said again in words: 占…的47.2%，占比接近一半; 为31.5%，比重约三成.
_SAID_AGAIN = re.compile(r"\s*[，,]\s*(?:占比|比重|比例|占)(?:已|约|达|为|超过|逾|近|接近|将近)?\s*")


def said_again(doc: Doc) -> Iterable[Relation]:
    """A share and, in the clause right after it, the same share in words (占比接近一半, 比重约三成): one statement
    made twice, the second rounded."""
    for first, second in zip(doc.claims, doc.claims[1:], strict=False):
        if first["kind"] == second["kind"] == "share" and first["unit"] == second["unit"] == "percent" \
                and first.get("qualifier") == "exact" and second.get("qualifier") != "exact" \
                and doc.same_sentence(first, second) and _SAID_AGAIN.fullmatch(doc.between(first, second)):
            a, b = bounds(first), bounds(second)
            gap = distance(a, b)
            arithmetic = (f"{shown(second)} says again the share {shown(first)}: {interval_text(a)} and "
                          f"{interval_text(b)} {'do not overlap' if gap else 'overlap'}")
            yield Relation(doc.name, "restated", (first, second), first.get("metric"), a, b, gap, arithmetic)


_CLOSE = 1.5  # how far apart a headline's level and the lead's may be, with no typing error between them, to be one


def headline_level_in_lead(doc: Doc) -> Iterable[Relation]:
    """A level in the headline and a level in the lead sentence of one unit and one quantity by name (国庆假期全国预计
    共发送旅客4.03亿人次 / …全国预计共发送旅客4.03亿人次，日均…), each the only one of its quantity there: the lead
    states at length what the headline states in short."""
    opening = _opening(doc, ".!?。！？")  # (a first line that ends with a Chinese stop is a sentence, no headline)
    if opening is None:
        return
    headline = [c for c in opening[0] if c["kind"] == "level"]
    body = opening[1]
    if not headline or not body:
        return
    lead = [c for c in body if doc.same_sentence(c, body[0]) and c["kind"] == "level"]

    def key(claim: dict) -> tuple:
        return unit_key(claim), canonical(str(claim.get("metric") or "")), plain(claim.get("segment")), \
            bool(claim.get("projected"))

    for figure in headline:
        name = key(figure)[1]
        same_in_headline = [c for c in headline if key(c) == key(figure)]
        same_in_lead = [c for c in lead if key(c) == key(figure)]
        if len(name) < 2 or len(same_in_headline) != 1 or len(same_in_lead) != 1:
            continue
        told = same_in_lead[0]
        if (figure.get("subject") and told.get("subject") and figure["subject"] != told["subject"]) \
                or periods_conflict(figure.get("period"), told.get("period")):
            continue
        relation = _relation(doc, figure, told, "state one level in the headline and the lead")
        if relation.gap == 0 or relation.row()["typed"] or times_apart(relation.stated, relation.implied) <= _CLOSE:
            yield relation  # (figures far apart, no typing error between them: more often two quantities than one)
