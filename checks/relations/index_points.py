"""growth_vs_levels for an index's day told as points, a rate and the close, in Chinese market reports:
"香港恒生指数…跌490.32点，跌幅2.28%，收报21027.76点"; "恒生国企指数跌217.91点，收报7167.67点，跌幅2.95%". The close is
the level the points moved to, so the level before is the close less (or, for a fall, plus) the points, and the rate
is the points over it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.amount_or_rate import levels_reached, reached_said
from checks.relations.base import Doc, Relation
from checks.relations.growth import judge

_CLOSED = re.compile(r"(?:收报|报收|收于|收盘报?|收在)\s*$")
_FULL_STOP = re.compile(r"[。！？!?\n]")
_REACH = 3  # the points, the rate and the close follow each other in one sentence


def points_rate_and_close(doc: Doc) -> Iterable[Relation]:
    if "点" not in doc.text:
        return
    claims = doc.claims
    for index, points in enumerate(claims):
        if points["kind"] != "change" or not str(points["text"]).endswith("点") or points.get("direction") is None:
            continue
        near = [c for c in claims[index + 1:index + 1 + _REACH] if not _FULL_STOP.search(doc.between(points, c))]
        rate = next((c for c in near if c["kind"] == "growth" and c["unit"] == "percent"), None)
        close = next((c for c in near if c["kind"] == "level" and str(c["text"]).endswith("点")
                      and _CLOSED.search(doc.before(c, 6))), None)
        if rate is None or close is None or rate.get("direction") != points["direction"] \
                or (rate.get("subject") or "") != (points.get("subject") or "") \
                or (close.get("subject") or "") != (points.get("subject") or ""):
            continue
        before, after = levels_reached(points, close)
        relation = judge(doc, rate, before, after, [close, points], reached_said(points, close, "points"))
        if relation is not None:
            yield relation
