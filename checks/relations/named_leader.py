"""rank_vs_values for a member said to lead in a clause with no figure, its figure and its rivals' told after:
全市三大贸易伙伴规模相当，东盟进出口略微领先。上半年全市对东盟进出口1771.6亿元…；对美国进出口1767.1亿元…
The leader's figure is the first after the clause of its name (its segment); the rivals are the figures of its
sentence (clauses after ；too) of the same unit, kind and quantity, each of another member. A rate named in the
clause (增速领先) ranks the growth rates, else the levels.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, in_order, metric_key, plain, shown

_LEADER = re.compile(r"(?:^|(?<=[，,。；;\n]))\s*(?P<name>[\u4e00-\u9fff]{2,8}?)(?P<what>[^，,。；;\d%、]{0,10}?)"
                     r"(?:略微|稍稍|略|小幅|明显|遥遥|继续|仍然|仍)?(?:领先|居首|位居第一|排名第一)(?=[。，,；;])")
_RATE = re.compile(r"增速|增幅|增长|涨幅")
_REACH = 400  # characters after the clause where the leader's figure and its rivals stand


def named_leader(doc: Doc) -> Iterable[Relation]:
    if "领先" not in doc.text and "居首" not in doc.text and "第一" not in doc.text:
        return  # (most texts name no leader: one look at the text, not a search per clause)
    starts = [int(c["start"]) for c in doc.claims]  # (the figures after each clause looked up, not searched)
    for said in _LEADER.finditer(doc.text):
        name, kind = said.group("name"), "growth" if _RATE.search(said.group("what")) else "level"
        first = bisect.bisect_left(starts, said.end())
        after = [c for c in doc.claims[first:bisect.bisect_right(starts, said.end() + _REACH)] if c["kind"] == kind]
        own = next((c for c in after if name in str(c.get("segment") or "")), None)
        if own is None:
            continue
        rivals = [c for c in after if c is not own and c["unit"] == own["unit"] and c.get("segment")
                  and name not in str(c["segment"])
                  and "。" not in (doc.between(own, c) if int(own["start"]) < int(c["start"]) else doc.between(c, own))
                  and metric_key(c) == metric_key(own) and plain(c.get("period")) in ("", plain(own.get("period")))]
        for rival in rivals:
            held = f"{name} ({shown(own)}) is said to lead {rival['segment']} ({shown(rival)})"
            yield in_order(doc.name, (own, rival), own.get("metric"), own, rival, held, f"{held}, but it is lower")

