"""parts_vs_total for a net flow: what came in less what went out, in one sentence (新开门店737家，关闭门店994家，
净增门店-257家; 资金流入120亿元，流出150亿元，净流出30亿元; opened 12 stores and closed 5, a net addition of 7).
One figure of each, of one unit: the net is the first less the second (a net outflow or a net fall, the second less
the first), allowing for the rounding of each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, by_sentence, distance, like, same_unit, shown

# The net, said so (净 first: 净增 holds 增), then what went out, then what came in.
_NET = re.compile(r"净(?:(?P<out>减少?|流出|关闭|卖出)|增加?|流入|买入|新增)|"
                  r"\bnet\s+(?:(?P<out_en>outflows?|loss|decrease|decline|closures?)|"
                  r"inflows?|gain|increase|additions?|openings?)\b", re.IGNORECASE)
_OUT = re.compile(r"关闭|关停|闭店|撤店|流出|\b(?:closed|closures?|shut|outflows?)\b", re.IGNORECASE)
_IN = re.compile(r"新开|开业|开设|新设|新增|流入|\b(?:opened|openings?|added|additions?|inflows?)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[，,；;。：:]")
_LABEL_REACH = 14  # characters before a figure where its flow's word stands


def net_flows(doc: Doc) -> Iterable[Relation]:
    if not _NET.search(doc.text):
        return
    for sentence in by_sentence(doc):
        flows: dict[str, list[tuple[dict, bool]]] = {"in": [], "out": [], "net": []}
        previous_end = None
        for claim in sentence:
            start = int(claim["start"])
            since = max(start - _LABEL_REACH, previous_end if previous_end is not None else 0)
            label = _CLAUSE.split(doc.text[since:start])[-1]
            previous_end = int(claim["end"])
            if claim["kind"] not in ("level", "change") or claim["unit"] in ("percent", "pp"):
                continue
            net = _NET.search(label)
            if net is not None:
                flows["net"].append((claim, bool(net.group("out") or net.group("out_en"))))
            elif _OUT.search(label):
                flows["out"].append((claim, False))
            elif _IN.search(label):
                flows["in"].append((claim, False))
        if any(len(found) != 1 for found in flows.values()):
            continue  # (none, or several of one side: which is whose is not told)
        (came, _), (went, _), (net, outward) = flows["in"][0], flows["out"][0], flows["net"][0]
        if not (same_unit(came, went) and same_unit(went, net)):
            continue
        yield _judged(doc, came, went, net, outward)


def _judged(doc: Doc, came: dict, went: dict, net: dict, outward: bool) -> Relation:
    """The net against what came in less what went out (negated for a net outflow)."""
    (in_low, in_high), (out_low, out_high), (net_low, net_high) = bounds(came), bounds(went), bounds(net)
    implied = (in_low - out_high, in_high - out_low)
    stated = (-net_high, -net_low) if outward else (net_low, net_high)
    gap = distance(implied, stated)
    worked = like(net, float(came["value"]) - float(went["value"]))
    arithmetic = (f"{shown(came)} in less {shown(went)} out = {worked}; "
                  f"the net {'outflow ' if outward else ''}{shown(net)} {'does not agree' if gap else 'agrees'}")
    return Relation(doc.name, "parts_vs_total", (net, came, went), net.get("metric"), stated, implied, gap,
                    arithmetic)
