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
