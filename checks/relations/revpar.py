"""growth_vs_levels for a hotel report's identity: revenue per available room is occupancy times the average daily
rate ("occupancy was 49.4 percent … Average daily rate reached $100.97 … revenue per available room reached $49.87"),
and so its change compounds theirs ("occupancy … down 18.9 percent …, ADR down 17.1 percent …, RevPAR … down 32.8
percent": 0.811 × 0.829 − 1 = −32.8%; a fall of 0.4 percentage points to 69.9% is a change of −0.57%).

The three levels are the first of each told in one stretch of the text, each named within 200 characters before it
(none said of an earlier week: the previous week's 48.2 percent), within 800 characters; each one's change is the rate
told with it (down 17.1 percent, decreased 0.7% … to $110), of one comparison for all three (a week before, or a year
or 2019). English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, shown, signed

_NAMES = (("occupancy", re.compile(r"\boccupancy\b", re.IGNORECASE)),
          ("adr", re.compile(r"\baverage\s+daily\s+rate\b|\bADR\b", re.IGNORECASE)),
          ("revpar", re.compile(r"\brevenue\s+per\s+available\s+room\b|\bRevPAR\b", re.IGNORECASE)))
_EARLIER = re.compile(r"\b(?:previous|prior|last|compared|from|than|versus|vs\.?)\b[^.;\d]{0,30}$|['’]s\s*$",
                      re.IGNORECASE)
_WEEK = re.compile(r"\bweek[- ](?:over|on)[- ]week\b|\b(?:previous|prior|last)\s+week\b|\bsequential", re.IGNORECASE)
_TO = re.compile(r"\bto\s*$")
_REACH = 800
_NAMED_WITHIN = 200  # characters before a level where its name is looked for


def revpar_identity(doc: Doc) -> Iterable[Relation]:
    if "occupancy" not in doc.text.lower():
        return
    found = _levels(doc)
    if found is None:
        return
    occupancy, adr, revpar = found
    product = (bounds(occupancy)[0] / 100 * bounds(adr)[0], bounds(occupancy)[1] / 100 * bounds(adr)[1])
    arithmetic = (f"occupancy {shown(occupancy)} × average daily rate {shown(adr)} = {interval_text(product)}; "
                  f"revenue per available room stated {shown(revpar)}")
    yield Relation(doc.name, "growth_vs_levels", (occupancy, adr, revpar), revpar.get("metric"), bounds(revpar),
                   product, distance(bounds(revpar), product), arithmetic)
    rates = [_rate(doc, level) for level in found]
    if all(rates) and len({_WEEK.search(_said(doc, r)) is not None for r in rates}) == 1:  # type: ignore[arg-type]
        yield _compounded(doc, found, rates)  # type: ignore[arg-type]


def _levels(doc: Doc) -> tuple[dict, dict, dict] | None:
    firsts: dict[str, dict] = {}
    for claim in doc.claims:
        before = doc.before(claim, 40)
        if claim["kind"] not in ("level", "share", "ratio") or (_EARLIER.search(before) and not _TO.search(before)):
            continue  # (the previous week's 48.2 percent; not "from the previous week to 69.9%")
        # (its sentence's words near it: a run-on text is one sentence, and every figure asks)
        sentence = doc.text[max(doc.sentence(claim)[0], int(claim["start"]) - _NAMED_WITHIN):int(claim["start"])]
        for name, words in _NAMES:
            named = list(words.finditer(sentence))
            if named and name not in firsts and (claim["unit"] == "percent") == (name == "occupancy") \
                    and all(not other.search(sentence, named[-1].end()) for n, other in _NAMES if n != name):
                firsts[name] = claim
    if len(firsts) != 3:
        return None
    found = (firsts["occupancy"], firsts["adr"], firsts["revpar"])
    starts = [int(c["start"]) for c in found]
    return found if max(starts) - min(starts) <= _REACH else None


def _rate(doc: Doc, level: dict) -> dict | None:
    """The change told with a level: linked to it (down 0.4 percentage points … to 69.9%), or right after it in its
    clause (49.4 percent, down 18.9 percent from …)."""
    index = int(level["_index"])
    for claim in doc.claims[max(0, index - 2):index + 2]:
        if claim["kind"] not in ("growth", "change") or claim["unit"] not in ("percent", "pp") \
                or not doc.same_sentence(claim, level):
            continue
        linked = claim.get("level_after") is not None and float(claim["level_after"]) == float(level["value"])
        after = int(claim["start"]) > int(level["end"]) and _RIGHT_AFTER.fullmatch(doc.between(level, claim))
        before = int(claim["end"]) < int(level["start"]) and _MOVED_TO.fullmatch(doc.between(claim, level))
        if linked or after or before:
            return claim
    return None


_RIGHT_AFTER = re.compile(r"[^,;.\d]{0,12},\s*")
_MOVED_TO = re.compile(r"[^,;.\d]{0,40}\bto\s*")  # down 0.4 percentage points from the previous week to (69.9%)


def _said(doc: Doc, rate: dict) -> str:
    return f"{rate.get('basis') or ''} {doc.after(rate, 40)}"


def _relative(rate: dict, level: dict) -> tuple[float, float]:
    """A change as a factor: 1 − 17.1%; a change in points of a rate, on the rate before it (69.9% − (−0.4))."""
    low, high = signed(rate, bounds(rate))
    if rate["unit"] == "pp":
        before = (bounds(level)[0] - high, bounds(level)[1] - low)
        return 1 + low / before[1] if before[1] > 0 else 1.0, 1 + high / before[0] if before[0] > 0 else 1.0
    return 1 + low / 100, 1 + high / 100


def _compounded(doc: Doc, levels: tuple[dict, dict, dict], rates: list[dict]) -> Relation:
    occupancy, adr = _relative(rates[0], levels[0]), _relative(rates[1], levels[1])
    implied = ((occupancy[0] * adr[0] - 1) * 100, (occupancy[1] * adr[1] - 1) * 100)
    stated = signed(rates[2], bounds(rates[2]))
    arithmetic = (f"occupancy {shown(rates[0])} and average daily rate {shown(rates[1])} compound to "
                  f"{interval_text(implied)}% for revenue per available room; stated {shown(rates[2])}")
    return Relation(doc.name, "growth_vs_levels", (*rates[:2], rates[2]), rates[2].get("metric"), stated, implied,
                    distance(stated, implied), arithmetic)
