"""Sellers' shares of one market: each seller's 市场份额 (or 市占率), said one to a sentence or paragraph, are parts
of the market and add up to no more than 100% (vivo…市场份额为23.8%。OPPO…市场份额为21.1%。小米…).

Taken only when the reading names the quantity exactly as a market share, three or more owners (the seller read as
the subject, or as the member), one figure each, of no two periods, in consecutive paragraphs: shares of one market
said of the sellers in turn. A share of another market is named so (全球市场份额, 国内市占率) and keeps apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, plain
from checks.relations.periods import periods_conflict

_MARKET_SHARE = {"市场份额", "市占率", "市场占有率", "marketshare"}
_SPAN = 3  # paragraphs between two sellers' shares at most


def market_shares(doc: Doc) -> Iterable[tuple[list[dict], bool, str]]:
    run: list[dict] = []
    for claim in doc.claims:
        if claim["kind"] != "share" or claim["unit"] != "percent" \
                or plain(claim.get("metric")).lower() not in _MARKET_SHARE:
            continue
        if run and (doc.paragraph(claim) - doc.paragraph(run[-1]) > _SPAN or plain(claim.get("metric")) != plain(
                run[-1].get("metric")) or periods_conflict(doc.period(claim), doc.period(run[0]))):
            yield from _judged(doc, run)
            run = []
        run.append(claim)
    yield from _judged(doc, run)


def owner(doc: Doc, claim: dict) -> str:
    """Whose share of the market a figure is: its member or subject, else what the figure before it in its sentence
    measured (:func:`told_before`), else the rest of the market when its sentence opens with them (Other smartphone
    manufacturers combined held 27 percent; 其他品牌…)."""
    rest = _THE_REST.match(doc.text, doc.sentence(claim)[0])
    return plain(claim.get("segment")) or plain(claim.get("subject")) or told_before(doc, claim) or \
        ("the rest" if rest else "")


_THE_REST = re.compile(r"\s*(?:Others?\b|The\s+rest\b|All\s+other\b|其他|其余|其它)")


def told_before(doc: Doc, claim: dict) -> str:
    """What the figure before a share in its sentence measured, when the share names no owner of its own (EV
    registrations were up by 16.5%, taking 16.9% of the market: the EVs'), or ""."""
    if plain(claim.get("segment")) or plain(claim.get("subject")):
        return ""
    index = int(claim["_index"])
    before = doc.claims[index - 1] if index else None
    if before is None or not doc.same_sentence(before, claim) or before["kind"] not in ("growth", "change", "level"):
        return ""
    # (Oppo's shipments declined 22 percent YoY to 28.5 million units, giving it 10 percent market share: Oppo's)
    return plain(before.get("segment")) or plain(before.get("subject")) or plain(before.get("metric"))


def _judged(doc: Doc, run: list[dict]) -> Iterable[tuple[list[dict], bool, str]]:
    owners = [owner(doc, c) for c in run]
    if len(run) >= 3 and all(owners) and len(set(owners)) == len(owners):
        yield run, False, "the shares of one market, one owner each"
