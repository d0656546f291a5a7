"""Amounts and shares told as pairs of one word's two quantities: 乘用车产销25.77万辆和24.31万辆，占汽车产销总量的63.43%
和66.40% (output and sales; the reading names each, zh/paired.py). Each share is of the amount of its own quantity,
not of the amount just before it, which is the pair's other."""

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
