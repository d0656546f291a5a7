"""rank_vs_values for places given to names, the figures stated after (Arrivals from Indonesia and Malaysia, the
biggest and third-biggest sources respectively … Malaysian arrivals rose to 68,000 while Indonesian arrivals rose
to 183,000): each name's figure is the first level of the next sentences whose reading names it (its segment or
metric, North American ↔ North America by the stem), and a higher place holds the larger figure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import combinations

from checks.relations.base import Doc, Relation, in_order, shown
from checks.relations.reach import around

_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]*)?"
_PLACE = (r"(?:(?:second|third|fourth|fifth)[- ])?(?:biggest|largest|greatest|top|leading|main|"
          r"highest)")
RESPECTIVE_PLACES = re.compile(rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\s*,\s*(?:the\s+)?"
                               rf"(?P<places>{_PLACE}(?:\s*,\s*{_PLACE})*,?\s+and\s+{_PLACE})\b[^.;]{{0,60}}?"
                               r"\brespectively\b")
ORDER = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _place(word: str) -> int:
    first = re.split(r"[- ]", word.strip().lower())[0]
    return ORDER.get(first, 1)


def named_places(doc: Doc) -> Iterable[Relation]:
    if "respectively" not in doc.text:
        return  # every match ends with the word: a text without it (any Chinese one) is not scanned
    for said in RESPECTIVE_PLACES.finditer(doc.text):
        names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", said.group("names")) if n.strip()]
        places = [_place(p) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", said.group("places")) if p.strip()]
        if len(names) != len(places) or len(set(places)) != len(places):
            continue
        found = [(place, _figure_of(doc, name, said.end())) for name, place in zip(names, places, strict=True)]
        found = [(place, claim) for place, claim in found if claim is not None]
        for (place_a, a), (place_b, b) in combinations(found, 2):
            if (a["unit"], a["kind"]) != (b["unit"], b["kind"]) or a is b:
                continue
            (higher_place, higher), (lower_place, lower) = sorted(((place_a, a), (place_b, b)), key=lambda p: p[0])
            yield in_order(doc.name, (higher, lower), lower.get("metric"), higher, lower,
                           *(f"{shown(higher)} (place {higher_place}) {sign} {shown(lower)} (place {lower_place})"
                             for sign in "≥<"))


def _figure_of(doc: Doc, name: str, after: int) -> dict | None:
    """The first level, in the two sentences after ``after``, whose reading names ``name`` by its stem."""
    stem = name.lower()[:6]
    sentences: list[tuple[int, int]] = []
    for claim in doc.claims:
        if int(claim["start"]) < after:
            continue
        span = doc.sentence(claim)
        if span not in sentences:
            sentences.append(span)
        if len(sentences) > 2:
            return None
        named = f"{claim.get('segment') or ''} {claim.get('metric') or ''}".lower()
        if claim["kind"] == "level" and len(stem) >= 4 and stem in named:
            return claim
    return None


# A name said to be the most or the least, with no figure (Millennials were the smallest group happy …), and the
# figures a later sentence gives names with "respectively" (54% and 50% for Gen X and Millennials respectively).
SAID_OF_NAME = re.compile(rf"\b(?P<name>{_NAME})\s+(?:were|was|are|is|had|have)\s+(?:the\s+)?"
                          r"(?:(?P<top>largest|biggest|highest|greatest|most)|(?P<bottom>smallest|lowest|least|"
                          r"fewest))\b")
# The superlatives SAID_OF_NAME needs, one of which a text must hold for it to be scanned.
_SUPERLATIVE = re.compile(r"largest|biggest|highest|greatest|most|smallest|lowest|least|fewest")
FOR_NAMES = re.compile(rf"^\s*for\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\s*,?\s+respectively\b")


def named_extremes(doc: Doc) -> Iterable[Relation]:
    if _SUPERLATIVE.search(doc.text) is None:
        return  # SAID_OF_NAME tries its names at every word; one search for its superlatives first is cheaper
    starts = [int(c["start"]) for c in doc.claims]
    for said in SAID_OF_NAME.finditer(doc.text):
        start, end = doc.sentences.span(said.start())
        at = bisect.bisect_left(starts, start)
        if at < len(starts) and starts[at] < end:
            continue  # a figure of its own: read by rank_vs_values
        listed = _respectively_after(doc, end)
        name = said.group("name").lower()
        own = listed.get(name)
        if own is None:
            continue
        for other_name, other in listed.items():
            if other is own or (other["unit"], other["kind"]) != (own["unit"], own["kind"]):
                continue
            bottom = said.group("bottom") is not None
            high, low = (other, own) if bottom else (own, other)
            stated = f"{said.group('name')} ({shown(own)}) are said to be the {said.group(3 if bottom else 2)}"
            yield in_order(doc.name, (own, other), own.get("metric"), high, low, stated,
                           f"{stated}, but {other_name} has {shown(other)}")


def _respectively_after(doc: Doc, after: int) -> dict[str, dict]:
    """Name → figure of the first sentence within the next eight that lists figures for names "respectively"."""
    seen: list[tuple[int, int]] = []
    for claim in doc.claims:
        if int(claim["start"]) < after:
            continue
        span = doc.sentence(claim)
        if span in seen:
            continue
        seen.append(span)
        if len(seen) > 8:
            break
        figures = [c for c in doc.in_sentence(claim) if c["kind"] in ("share", "level", "growth")]
        if not figures:
            continue  # a sentence of ranks or durations only lists no figures for names
        last = figures[-1]
        tail = re.sub(r"\s*\([^)]*\)", "", doc.text[int(last["end"]):around(doc, last)[1]])  # (born between …)
        names = FOR_NAMES.match(tail)
        if names is None:
            continue
        listed = [n.strip().lower() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names.group("names"))]
        if len(listed) == len(figures):
            return dict(zip(listed, figures, strict=True))
    return {}
