"""Amounts and shares told as pairs. Of one word's two quantities: 乘用车产销25.77万辆和24.31万辆，占汽车产销总量的
63.43%和66.40% (output and sales; the reading names each, zh/paired.py): each share is of the amount of its own
quantity, not of the amount just before it, which is the pair's other. Of two quantities (535套/53555.03㎡，分别占
全市的57.53%和70.04%): each share is of its own whole."""

from __future__ import annotations

import re

from checks.extract.zh.paired import PAIR
from checks.relations.base import Doc


def paired_amount(doc: Doc, share: dict, earlier: list[dict], joined: re.Pattern[str]) -> dict | None:
    """The last amount before a share, of the share's own quantity of a pair, joined to it as an amount to its share
    (``joined``), else None."""
    name = str(share.get("metric") or "")
    if not name.endswith(PAIR):
        return None
    return next((c for c in reversed(earlier) if c["kind"] == "level" and c.get("metric") == name
                 and joined.match(doc.between(c, share))), None)


_TWO_AMOUNTS = re.compile(r"\d[\d.,]*\s*(?P<one>[^\d\s/和、与及，,][^\s/和、与及，,]{0,2})\s*[/和、与及]\s*\d[\d.,]*\s*"
                          r"(?P<other>[^\d\s/和、与及，,][^\s/和、与及，,]{0,2})\s*$")


def amounts_of_two_quantities(doc: Doc, first: dict, count: int) -> bool:
    """成交535套/53555.03㎡，分别占全市的57.53%和70.04%: the amounts the shares are of, right before them, are of
    different units, so each share is of its own whole (the city's sets, its floor area)."""
    if count != 2:
        return False
    clause = re.split(r"[，,；;。]", doc.before(first, 60).rsplit("分别", 1)[0].rstrip("，, "))[-1]
    pair = _TWO_AMOUNTS.search(clause)
    return pair is not None and pair.group("one") != pair.group("other")


# Two amounts, then their two shares in the same order: "17.5 billion for exports and 22.6 billion for imports,
# representing 73.4% of total exports and 73.8% of total imports": each share is of its own amount.
_AMOUNTS_JOINED = re.compile(r"[^,;.\d]{0,40}?\band\s+$")
_THEN_SHARES = re.compile(r"[^,;.\d]{0,40}?,?\s*(?:representing|accounting\s+for|or|making\s+up|"
                          r"which\s+(?:is|are|was|were))\s+$")
_SHARES_JOINED = re.compile(r"\s+of\s+[^,;.\d]{1,60}?\s+and\s+$")


def respective_amount(doc: Doc, share: dict, earlier: list[dict]) -> dict | None:
    """The amount of a pair a share of a pair is of, by their order (see _THEN_SHARES), else None."""
    index = int(share["_index"])
    claims = doc.claims
    following = claims[index + 1] if index + 1 < len(claims) else None
    preceding = claims[index - 1] if index > 0 else None
    if following is not None and following["kind"] == "share" and doc.same_sentence(share, following) \
            and _SHARES_JOINED.fullmatch(doc.between(share, following)):
        first, position = share, 0
    elif preceding is not None and preceding["kind"] == "share" and doc.same_sentence(share, preceding) \
            and _SHARES_JOINED.fullmatch(doc.between(preceding, share)):
        first, position = preceding, 1
    else:
        return None
    amounts = [c for c in earlier if c["kind"] == "level" and int(c["end"]) <= int(first["start"])]
    if len(amounts) < 2:
        return None
    one, other = amounts[-2], amounts[-1]
    if one["unit"] != other["unit"] or not _AMOUNTS_JOINED.fullmatch(doc.between(one, other)) \
            or not _THEN_SHARES.fullmatch(doc.between(other, first)):
        return None
    return (one, other)[position]
