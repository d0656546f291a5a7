"""Age bands: 0—14岁人口为25338万人，占17.95%；15—59岁…；60岁及以上… (aged 15 to 24, 25 to 54, 55 and over). Bands
that follow one another without a gap break one population down: their shares add up to no more than 100%, to 100%
when the bands run from birth (0 or "under N") to an open end ("N and over"); their counts add up to the total of
the population the text states (shares_of_whole, parts_vs_total). A band inside the one before (其中，65岁及以上…
after 60岁及以上) is a part of it, not the next; a rate of each band (失业率, participation rate) adds up to nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import NEAR, Doc, Relation, bounds, canonical, metric_key, owner_key, same_unit, shown
from checks.relations.parts import _relation as parts_relation
from checks.relations.parts import bare_total
from checks.relations.periods import periods_conflict
from checks.relations.shares import _relation as shares_relation

_BAND = re.compile(
    r"(?P<low>\d{1,3})\s*(?:周?岁)?\s*(?:[—–~～至到-]|to|through)\s*(?P<high>\d{1,3})\s*(?:周?岁|[- ]year[- ]olds?)"
    r"|(?<=aged )(?P<low_en>\d{1,3})\s*(?:to|through|[–-])\s*(?P<high_en>\d{1,3})"
    r"|(?P<open>\d{1,3})\s*(?:周?岁\s*(?:及|或|以及)?以上|(?:years?\s+)?(?:and|or)\s+(?:over|older|above))"
    r"|(?:(?P<under>\d{1,3})\s*周?岁以下|不满\s*(?P<under_zh>\d{1,3})\s*周?岁|(?<=aged )under\s+(?P<under_en>\d{1,3}))",
    re.IGNORECASE)
_RATE = re.compile(r"率|rate", re.IGNORECASE)
_SHARE_SAID = re.compile(r"占|比重|比例|share|of\s+(?:the\s+)?(?:population|total|respondents)", re.IGNORECASE)
_BAND_WORDS = re.compile(r"^.*?(?:岁(?:及以上|或以上|以上|以下)?|olds?|over|older|above)")


def age_bands(doc: Doc) -> Iterable[Relation]:
    if "岁" not in doc.text and "aged" not in doc.text and "year-old" not in doc.text:
        return
    seen: set[int] = set()
    for opening in doc.claims:
        if doc.paragraph(opening) in seen:
            continue
        seen.add(doc.paragraph(opening))
        claims = doc.in_paragraph(opening)
        shares = [c for c in claims if c["kind"] == "share" and c["unit"] == "percent"]
        counts = [c for c in claims if c["kind"] == "level" and c["unit"] == "count"]
        before = dict(zip(map(id, shares[1:]), shares, strict=False))  # each share's the one before it
        share_bands, count_bands = _bands(doc, shares), _bands(doc, counts)  # read once, for chains and nests
        for chain, complete in _chains(shares, share_bands):
            if not complete and not all(_SHARE_SAID.search(_window(doc, c, before.get(id(c)))) for c in chain):
                continue  # bands' own rates (15-24岁失业率): no parts of one whole, unless each is said a share
            yield shares_relation(doc, chain, complete, "age bands")
        for chain, complete in _chains(counts, count_bands):
            total = _total(doc, chain)
            if total is not None:
                yield parts_relation(doc, total, chain, complete)
        for figures, bands in ((shares, share_bands), (counts, count_bands)):
            for outer, inner in _nested(doc, figures, bands):
                gap = max(0.0, bounds(inner)[0] - bounds(outer)[1])
                arithmetic = (f"{shown(inner)}, of a narrower age band, {'>' if gap else '≤'} {shown(outer)}, of the "
                              "wider band that holds it")
                yield Relation(doc.name, "parts_vs_total", (outer, inner), outer.get("metric"), bounds(inner),
                               (-math.inf, bounds(outer)[1]), gap, arithmetic)


_NEST_REACH = 8  # banded figures before a band among which a wider one holding it is looked for


def _nested(doc: Doc, claims: list[dict], bands: list[tuple[int, float] | None]) -> Iterable[tuple[dict, dict]]:
    """(the wider band's figure, the narrower's) for a band told after a wider one of the same quantity in the
    paragraph (60岁及以上人口32.0万人…其中65岁及以上人口24.2万人; aged 15 to 64 … aged 15 to 59): the narrower is
    part of the wider, so its count or share is no larger. (Bands of a rate, 失业率, nest to no sum.)"""
    banded: list[tuple[dict, tuple[int, float]]] = []
    for claim, band in zip(claims, bands, strict=True):
        if band is None:
            continue
        for outer, wider in banded[-_NEST_REACH:]:  # (the bands told just before: a run-on text stays linear)
            if wider[0] <= band[0] and band[1] <= wider[1] and wider != band and same_unit(outer, claim) \
                    and _one_quantity(doc, outer, claim):
                yield outer, claim
        banded.append((claim, band))


def _one_quantity(doc: Doc, outer: dict, inner: dict) -> bool:
    """Whether two banded figures measure one quantity of one owner and time: their names less the band alike
    (人口), and for shares one whole."""
    names = [canonical(_BAND_WORDS.sub("", metric_key(c))) for c in (outer, inner)]
    return len(names[0]) >= 2 and names[0] == names[1] and owner_key(outer) == owner_key(inner) \
        and not periods_conflict(doc.period(outer), doc.period(inner)) \
        and (outer["kind"] != "share" or str(outer.get("whole") or "") == str(inner.get("whole") or ""))


def _window(doc: Doc, claim: dict, before: dict | None) -> str:
    """The words since the figure of the same kind before it (``before``) in its sentence, at most 40 characters."""
    start = max(doc.sentence(claim)[0], int(claim["start"]) - 40)
    if before is not None:
        start = max(start, int(before["end"]))
    return doc.text[start:int(claim["start"])]


def _band(doc: Doc, claim: dict, before: dict | None) -> tuple[int, float] | None:
    found = list(_BAND.finditer(_window(doc, claim, before)))
    if not found:
        return None
    match = found[-1]
    if match.group("low") is not None or match.group("low_en") is not None:
        low, high = int(match.group("low") or match.group("low_en")), int(match.group("high") or match.group("high_en"))
        return (low, high) if low < high else None
    if match.group("open") is not None:
        return int(match.group("open")), float("inf")
    return 0, int(match.group("under") or match.group("under_zh") or match.group("under_en")) - 1


def _bands(doc: Doc, claims: list[dict]) -> list[tuple[int, float] | None]:
    """Each figure's band, read in the words since the figure before it; None for none, or for a rate (失业率)."""
    return [None if _RATE.search(str(claim.get("metric") or "")) else _band(doc, claim, before)
            for before, claim in zip([None, *claims], claims, strict=False)]


def _chains(claims: list[dict], bands: list[tuple[int, float] | None]) -> Iterable[tuple[list[dict], bool]]:
    """Runs of figures whose bands (``bands``, one a figure) follow one another (the next starts where the one before
    ended, or one after)."""
    chain: list[dict] = []
    chained: list[tuple[int, float]] = []
    for claim, band in zip([*claims, None], [*bands, None], strict=True):
        if band is not None and chained and band[0] in (chained[-1][1], chained[-1][1] + 1):
            chain.append(claim)
            chained.append(band)
            continue
        if len(chain) >= 2:
            yield chain, chained[0][0] == 0 and chained[-1][1] == float("inf")
        chain, chained = ([claim], [band]) if band is not None else ([], [])


def _total(doc: Doc, parts: list[dict]) -> dict | None:
    """The population the bands break down: the nearest figure before them of their quantity (their name less the
    band: 人口), owner, unit and time, no smaller than any part."""
    first = parts[0]
    metric = canonical(_BAND_WORDS.sub("", metric_key(first)))
    if len(metric) < 2:
        return None
    largest = max(bounds(p)[0] for p in parts)
    index = int(first["_index"])
    for claim in reversed(doc.claims[max(0, index - NEAR):index]):  # (as far back as a relation reads)
        if claim["kind"] == "level" and same_unit(claim, first) and bare_total(metric_key(claim)) == metric \
                and not claim.get("segment") and owner_key(claim) == owner_key(first) \
                and str(claim["text"])[-1] == str(first["text"])[-1] and bounds(claim)[1] >= largest \
                and not periods_conflict(doc.period(claim), doc.period(first)) \
                and (first.get("period") or not claim.get("period")):  # (与2010年的133972万人相比: another time's)
            return claim
    return None
