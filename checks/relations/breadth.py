"""parts_vs_total for a market's breadth: "Some 377 companies transacted their shares in the stock market; 200 of them
recorded gains and 154 sustained losses, whereas the prices of 23 remained unchanged". The companies (stocks, scrips,
issues) that traded are each counted once by the way their price went: the gainers, the losers and the unchanged add
up to the number traded when all three are told, and to no more than it when one is left out. English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.parts import _relation as parts_relation

# The number that traded: 377 companies transacted their shares; 2,345 stocks were traded; 412 scrips changed hands.
_TRADED = re.compile(r"^\s*(?:companies|stocks|scrips|issues|securities|counters)\s+(?:[a-z]+\s+){0,2}?"
                     r"(?:traded|transacted|changed\s+hands|were\s+active)\b", re.IGNORECASE)
_WAYS = (
    ("up", re.compile(r"^\s*(?:of\s+(?:them|those|these)\s+)?(?:[a-z]+\s+){0,2}?(?:recorded\s+gains|gained|advanced|"
                      r"rose|closed\s+higher|ended\s+higher|were\s+up|moved\s+up)\b", re.IGNORECASE)),
    ("down", re.compile(r"^\s*(?:of\s+(?:them|those|these)\s+)?(?:[a-z]+\s+){0,2}?(?:sustained\s+losses|recorded\s+"
                        r"losses|declined|fell|lost|closed\s+lower|ended\s+lower|were\s+down|retreated)\b",
                        re.IGNORECASE)),
    ("same", re.compile(r"^\s*(?:of\s+(?:them|those|these)\s+)?(?:[a-z]+\s+){0,2}?(?:remained|were|stayed|closed|"
                        r"ended)?\s*(?:unchanged|flat|steady)\b", re.IGNORECASE)),
)
_FULL_STOP = re.compile(r"[.!?](?:\s|$)|\n")  # (the ways may follow a semicolon: their sentence goes on)
_READ = 6  # counts after the number traded in which its ways are looked for


def market_breadth(doc: Doc) -> Iterable[Relation]:
    if "unchanged" not in doc.text and "gain" not in doc.text and "advanc" not in doc.text:
        return
    claims = doc.claims
    for index, total in enumerate(claims):
        if total["unit"] != "count" or total["kind"] != "level" or not _TRADED.match(doc.after(total, 60)):
            continue
        parts: dict[str, dict] = {}
        for claim in claims[index + 1:index + 1 + _READ]:
            if _FULL_STOP.search(doc.between(total, claim)) or claim["unit"] != "count":
                break
            way = next((name for name, words in _WAYS if words.match(doc.after(claim, 40))), None)
            if way is None or way in parts:
                break
            parts[way] = claim
        if len(parts) >= 2:
            yield parts_relation(doc, total, list(parts.values()), len(parts) == len(_WAYS))
