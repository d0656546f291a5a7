"""The series a figure belongs to. A statistics release often states one quantity twice, as a trend and as a
seasonally adjusted estimate, or in current prices and in volume terms: "Participation rate increased 0.1 pts to
65.0%" under a "Trend estimates" heading and "Participation rate decreased 0.1 pts to 65.0%" under a "Seasonally
adjusted estimates" one are two figures. The series is read into the name of the quantity (trend participation rate,
retail sales volumes), where the measure key and a reader see it.

Where a series is said, and how far it reaches:
- a heading (TREND ESTIMATES (MONTHLY CHANGE); Seasonally adjusted estimates:) reaches every figure up to the next
  series heading or the next heading in capitals;
- a sentence opener (In volume terms, …; In seasonally adjusted terms, …; On a non-seasonally adjusted basis, …)
  reaches the figures of its sentence;
- a mark right after a figure (4.3 percent (not seasonally adjusted); rose 0.4 per cent in August, seasonally
  adjusted) reaches that figure.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.grammar import Dimension, Rule

# The name of a series, as written, to the word its figures' quantity takes.
SERIES = Dimension("series_en", [
    Rule("not_adjusted", r"(?i:not\s+seasonally\s+adjusted|non-seasonally\s+adjusted|seasonally\s+unadjusted)",
         lambda m: "not seasonally adjusted",
         examples=(("not seasonally adjusted", "not seasonally adjusted"),
                   ("non-seasonally adjusted", "not seasonally adjusted"))),
    Rule("adjusted", r"(?i:seasonally\s+adjusted)", lambda m: "seasonally adjusted",
         examples=(("SEASONALLY ADJUSTED", "seasonally adjusted"), ("Seasonally adjusted", "seasonally adjusted"))),
    Rule("trend", r"(?i:trend)", lambda m: "trend", examples=(("TREND", "trend"), ("Trend", "trend"))),
    Rule("volume", r"(?i:volume)", lambda m: "volume", examples=(("volume", "volume"), ("Volume", "volume"))),
    Rule("real", r"(?i:real|constant[- ]price)", lambda m: "real",
         examples=(("real", "real"), ("constant price", "real"))),
])
_NAME = SERIES.pattern
# A series heading, at a line's start or after a sentence or a heading: in capitals (SEASONALLY ADJUSTED ESTIMATES
# (MONTHLY CHANGE)), or as a label with its colon (Trend estimates :).
_HEADING = re.compile(r"(?:^|(?<=[\n.)])\s*)(?:(?P<caps>(?:NOT\s+|NON-)?SEASONALLY\s+ADJUSTED|TREND)\s+"
                      r"(?:ESTIMATES?|SERIES)(?:\s*\([A-Z][A-Z ]*\))?|"
                      r"(?P<said>(?:Not\s+s|Non-s|S)easonally\s+adjusted|Trend)\s+(?:estimates?|series)\s*:)")
# A heading in capitals that ends a series heading's reach: LABOUR UNDERUTILISATION.
_CAPITALS = re.compile(r"\b[A-Z]{4,}(?:\s+[A-Z]{3,})+\b")
_OPENER = re.compile(rf"\s*(?:In|On)\s+(?:an?\s+|the\s+)?(?P<series>{_NAME})\s+(?:terms|basis)\s*,")
_AFTER = re.compile(r"(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s*[,(]\s*"
                    r"(?P<series>(?:not\s+|non-)?seasonally\s+adjusted|trend)\s*[),.;]")
# A heading glued to the front of a figure's quantity: SEASONALLY ADJUSTED ESTIMATES MONTHLY CHANGE Employment.
_GLUED = re.compile(r"^(?:[A-Z]{2,}\s+){2,}(?=[A-Z][a-z])")
_TREND_OF = re.compile(r"^(?:the\s+)?trend\s+estimates?\s+(?:for|of)\s+", re.IGNORECASE)


def series_names(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims with the series each belongs to read into its quantity's name (see the module's doc)."""
    lower = text.lower()
    marked = "adjusted" in lower or "trend" in lower  # a mark after a figure, or a heading
    opened = " terms," in text or " basis," in text  # a sentence's opener
    if not marked and not opened:
        return claims
    headings = _headings(text) if marked else []
    read = []
    for claim, (sentence_start, _end) in zip(claims, spans, strict=True):
        # a place in an order, or a span of time in words (the highest in three years), is no series' quantity
        spoken = claim.kind == "rank" or (claim.kind == "duration" and not claim.text[:1].isdigit())
        series = None if spoken else _series_of(claim, text, sentence_start, headings, marked)
        read.append(_named(claim, series) if series else claim)
    return read


def _headings(text: str) -> list[tuple[int, int, str]]:
    """The series headings of a text with the span each reaches: (start, end, series)."""
    found = [(m.end(), SERIES.resolve(" ".join((m.group("caps") or m.group("said")).split())))
             for m in _HEADING.finditer(text)]
    reaches = []
    for index, (start, series) in enumerate(found):
        end = found[index + 1][0] if index + 1 < len(found) else len(text)
        capitals = _CAPITALS.search(text, start, end)
        reaches.append((start, capitals.start() if capitals else end, str(series)))
    return reaches


def _series_of(claim: Claim, text: str, sentence_start: int, headings: list[tuple[int, int, str]],
               marked: bool) -> str | None:
    after = _AFTER.match(text, claim.end, claim.end + 40) if marked else None
    if after is not None:
        return SERIES.resolve(" ".join(after.group("series").split()))
    opener = _OPENER.match(text, sentence_start, claim.start)
    if opener is not None:
        return SERIES.resolve(" ".join(opener.group("series").split()))
    return next((series for start, end, series in headings if start <= claim.start < end), None)


def _named(claim: Claim, series: str) -> Claim:
    """The claim's quantity named with its series: trend employment, export volumes (said once)."""
    metric = _GLUED.sub("", claim.metric or "")
    if not metric:
        return claim
    metric = _TREND_OF.sub("", metric)
    if series == "volume":
        named = metric if "volume" in metric.lower() else \
            (f"{metric[:-1]} volumes" if re.fullmatch(r"[a-z]+s", metric) else f"{metric} volumes")
    else:
        named = metric if series in metric.lower() else f"{series} {metric}"
    return claim.replaced(metric=named)
