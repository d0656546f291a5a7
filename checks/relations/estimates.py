"""rank_vs_values for a result said to beat (or miss) the analysts' estimate that the next sentence gives: "posted
revenue of $30.45 billion, also topping Street forecasts. Seventeen analysts surveyed by Zacks expected $29.91
billion." and "Earnings … were $1.18 per share. The results exceeded Wall Street expectations. The average estimate
… was for earnings of $1.12 per share." A beaten estimate is below the result, a missed one above it.

The result is the last amount before the words of beating, in their sentence, or when that sentence has none (The
results exceeded …), in the sentence before; the estimate is the first amount of the same unit in the sentence after
that names the analysts' view (expected, estimate, forecast, consensus), at most twice or half the result (so that a
revenue estimate is not read against earnings per share). An estimate in the same clause (above the $4.6 billion
analysts expected) is `compared`'s, in compared.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, excess, metric_key, shown
from checks.relations.lines import HEADING_LINE
from checks.relations.ranks import _relation

# topping Street forecasts; exceeded Wall Street expectations; beat analysts' estimates; missed the consensus
BEAT = re.compile(r"\b(?:top(?:ped|ping|s)?|beat(?:ing|s)?|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|"
                   r"(?P<miss>miss(?:ed|ing|es)?|fell\s+short\s+of|falling\s+short\s+of|short\s+of|trail(?:ed|ing|s)?))"
                   r"\s+(?:[\w'’-]+\s+){0,3}?(?:estimates?|expectations?|forecasts?|consensus|projections?)\b",
                   re.IGNORECASE)
_NEAR = 12  # figures either side of the words of beating where the result and the estimate are looked for
_ESTIMATE = re.compile(r"\b(?:expect(?:ed|ing|s)?|estimates?|forecast(?:s|ed)?|consensus|projected)\b", re.IGNORECASE)


def beaten_estimates(doc: Doc) -> Iterable[Relation]:
    text = doc.text
    if not any(word in text for word in ("xpect", "stimate", "orecast", "onsensus")):
        return
    starts = [int(c["start"]) for c in doc.claims]  # in order: the figures near the words found by bisection
    for said in BEAT.finditer(text):
        result = _result(doc, starts, said.start())
        if result is None:
            continue
        estimate = _estimate(doc, starts, result, said.end())
        if estimate is None:
            continue
        yield judged(doc, result, estimate, missed=said.group("miss") is not None)


def judged(doc: Doc, result: dict, estimate: dict, missed: bool) -> Relation:
    """The result against the estimate it is said to have beaten (below it) or missed (above it)."""
    big, small = (estimate, result) if missed else (result, estimate)
    gap = excess(small, big)
    arithmetic = (f"{shown(result)} is said to have {'missed' if missed else 'beat'} the estimate of "
                  f"{shown(estimate)}{', but it did not' if gap else ''}")
    return _relation(doc, [result, estimate], arithmetic, gap, bounds(big), bounds(small))


def _result(doc: Doc, starts: list[int], at: int) -> dict | None:
    """The last amount before the words of beating in their sentence, else in the sentence before."""
    index = bisect.bisect_left(starts, at)
    before = [c for c in doc.claims[max(0, index - _NEAR):index] if int(c["end"]) <= at and c["kind"] == "level"]
    if not before or _sentence_ends(doc.text[int(before[-1]["end"]):at]) > 1:
        return None
    return before[-1]


def _sentence_ends(text: str) -> int:
    return len(re.findall(r"[.!?](?=\s)", text))


def _estimate(doc: Doc, starts: list[int], result: dict, after: int) -> dict | None:
    """The first amount of the result's unit in the sentence after the words of beating, when that sentence names the
    analysts' view, within a factor of two of the result."""
    index = bisect.bisect_left(starts, after)
    for claim in doc.claims[index:index + _NEAR]:
        ends = _sentence_ends(doc.text[after:int(claim["start"])])
        if ends > 1:
            return None
        if claim["unit"] != result["unit"] or claim["kind"] != "level":
            continue
        if not ends:
            return None  # in the same sentence (surpassing estimates of $55.5 billion) it is compared's
        sentence = doc.text[slice(*doc.sentence(claim))]
        low, high = sorted((abs(float(claim["value"])), abs(float(result["value"]))))
        if _ESTIMATE.search(sentence) and low > 0 and high <= 2 * low:
            return claim
        return None
    return None


# The quantities a lead may say beat the estimates without a figure: "reported revenue and earnings … that topped Wall
# Street expectations".
_LEAD_QUANTITIES = ("revenue", "earnings", "profit", "sales")
_EARLIER = re.compile(r"\bago\b|earlier|last\s+year|previous|prior", re.IGNORECASE)


def lead_beat_estimates(doc: Doc) -> Iterable[Relation]:
    """A lead that says, without a figure, that the results beat the estimates ("reported revenue and earnings …
    that topped Wall Street expectations"), and the analysts' estimates given later ("Analysts … expected earnings
    of 68 cents per share on revenue of $23.67 billion"): each estimate against the result of its quantity stated
    before it (the last figure of the same name and unit that is no estimate). Only when the text says nothing of a
    miss, and the lead names the quantity."""
    if "xpect" not in doc.text and "stimate" not in doc.text:
        return
    beats = list(BEAT.finditer(doc.text))
    if len(beats) != 1 or beats[0].group("miss") is not None:
        return  # (a text that tells of a miss may beat on one quantity and miss on another)
    said = beats[0]
    start, end = doc.sentences.span(said.start())
    lead = doc.text[start:end].lower()
    if bisect.bisect_right(doc.breaks, said.start()) > 1 or any(
            start <= int(c["start"]) < said.start() for c in doc.claims):
        return  # not the lead's, or a figure before the words (beaten_estimates reads it)
    last: dict[tuple[str, str], dict] = {}  # the last result stated so far of each quantity and unit
    for claim in doc.claims:
        if claim["kind"] != "level":
            continue
        name = metric_key(claim)
        if "estimate" not in str(claim.get("basis") or ""):
            if not _EARLIER.search(str(claim.get("period") or "")):  # not a year ago's
                last[(name, claim["unit"])] = claim
            continue
        said_name = str(claim.get("metric") or "").lower()
        result = last.get((name, claim["unit"]))
        if result is None or not any(word in said_name and word in lead for word in _LEAD_QUANTITIES):
            continue
        yield judged(doc, result, claim, missed=False)


_SAID_REACH = 200  # characters before the words of beating where the quantity they are said of is named
_SECTION_REACH = 3000  # characters after them where the estimate of that quantity is looked for


def said_before_estimates(doc: Doc) -> Iterable[Relation]:
    """A sentence that says, with no figure before its words, that one quantity beat or missed the estimates (But
    revenue missed analysts' expectations; The earnings just missed Wall Street expectations), and the analysts'
    estimate of that quantity given later in its section (Analysts expected $7.33 billion): the estimate against the
    result of its quantity stated before it and after the words (Revenue rose 2 percent to $7.32 billion), the first
    such estimate only."""
    text = doc.text
    if "xpect" not in text and "stimate" not in text and "orecast" not in text:
        return
    starts = [int(c["start"]) for c in doc.claims]
    bases = {(float(c["base_value"]), c["unit"]) for c in doc.claims if c.get("base_value") is not None}
    for said in BEAT.finditer(text):
        start = max(doc.sentences.span(said.start())[0], said.start() - _SAID_REACH)
        first = bisect.bisect_left(starts, said.end())
        if bisect.bisect_left(starts, start) < bisect.bisect_left(starts, said.start()):
            continue  # a figure before the words: beaten_estimates reads it
        words = [w for w in _LEAD_QUANTITIES if w in text[start:said.start()].lower()]
        heading = HEADING_LINE.search(text, said.end(), said.end() + _SECTION_REACH)
        end = heading.start() if heading else said.end() + _SECTION_REACH
        if len(words) != 1:
            continue
        last: dict[tuple[str, str], dict] = {}
        for claim in doc.claims[first:first + _NEAR * 4]:
            if claim["kind"] != "level" or (float(claim["value"]), claim["unit"]) in bases:
                continue  # (That compares with … $1.24 per share: an earlier level, no result)
            if int(claim["start"]) >= end:
                break
            if "estimate" not in str(claim.get("basis") or ""):
                if not _EARLIER.search(str(claim.get("period") or "")):
                    last[(metric_key(claim), claim["unit"])] = claim
                continue
            result = last.get((metric_key(claim), claim["unit"]))
            if words[0] not in str(claim.get("metric") or "").lower() or result is None:
                continue
            yield judged(doc, result, claim, missed=said.group("miss") is not None)
            break

