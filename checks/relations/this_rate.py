"""growth_vs_levels for a rate whose sentence points back to the level the sentence before stated and names the
earlier level after it: "smartphone OEMs have shipped a total of 342 million units during Q2 of this year. This
calculates to a 1.8% decrease from Q2 of 2017, where OEMs shipped a higher total of 348.2 million handsets."

The rate opens its sentence (This calculates to, This represents, That is); the later level is the last level of the
sentence before, the earlier the one level of its unit after "from" in the rate's sentence, with no other figure
between. English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, metric_key, same_unit
from checks.relations.growth import judge
from checks.relations.moves import judge_move

_POINTS_BACK = re.compile(r"\s*(?:This|That|It|Which)\s+(?:calculates\s+to|works\s+out\s+to|equates\s+to|amounts\s+to|"
                          r"represents|represented|marks|marked|means|meant|is|was)\s+an?\s*$", re.IGNORECASE)
_FROM = re.compile(r"^\s*(?:decrease|decline|drop|fall|increase|rise|gain|growth|jump)\s+(?:from|over|on|compared\s+"
                   r"(?:with|to))\b[^.;\d]{0,80}$|^\s*(?:decrease|decline|drop|fall|increase|rise|gain|growth|jump)\s+"
                   r"(?:from|over|on)\s+[A-Za-z0-9 ]{1,20}?,\s*(?:when|where)\b[^.;\d]{0,60}$", re.IGNORECASE)


def rates_pointing_back(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, rate in enumerate(claims[1:-1], start=1):
        begin = doc.sentence(rate)[0]
        if rate["kind"] != "growth" or rate["unit"] != "percent" or rate.get("base_value") is not None \
                or not _POINTS_BACK.fullmatch(doc.text, begin, int(rate["start"])):
            continue
        later, earlier = claims[index - 1], claims[index + 1]
        if later["kind"] != "level" or doc.sentence(later)[1] > begin or earlier["kind"] != "level" \
                or not same_unit(later, earlier) or not doc.same_sentence(earlier, rate) \
                or not _FROM.match(doc.between(rate, earlier)):
            continue
        relation = judge(doc, rate, bounds(earlier), bounds(later), [earlier, later])
        if relation is not None:
            yield relation


# "That was up from $70 million, or 35 cents a share, a year earlier.": the sentence before's levels, said to have moved
# from the levels this one gives.
_LEVELS_BACK = re.compile(r"\s*(?:This|That|It|These|Those)\s+(?:figures?\s+)?(?:was|were|is|are)\s+(?:also\s+)?"
                          r"(?:(?P<up>up|higher)|down|lower)\s+(?:\w+\s+)?(?:from|on|than)\s+(?:(?:a|an|the)\s+)?$",
                          re.IGNORECASE)
_REACH = 4  # figures of the pointing sentence read as the earlier levels


def levels_pointing_back(doc: Doc) -> Iterable[Relation]:
    """rank_vs_values for the levels a sentence opening "That was up from" gives (see _LEVELS_BACK): each against the
    level of the sentence before with its unit and quantity, which must lie above it (below, for "down from")."""
    claims = doc.claims
    for index, first in enumerate(claims):
        begin = doc.sentence(first)[0]
        told = _LEVELS_BACK.fullmatch(doc.text, begin, int(first["start"])) if first["kind"] == "level" else None
        if told is None or not index:
            continue
        before = [c for c in claims[max(0, index - 8):index] if doc.sentence(c)[1] <= begin
                  and doc.sentence(c) == doc.sentence(claims[index - 1]) and c["kind"] == "level"]
        told_here = [c for c in claims[index:index + _REACH] if doc.same_sentence(c, first) and c["kind"] == "level"]
        for earlier in told_here:
            later = next((c for c in reversed(before) if same_unit(c, earlier) and c.get("metric")
                          and metric_key(c) == metric_key(earlier)), None)
            if later is not None:
                yield judge_move(doc, earlier, later, told.group("up") is not None)
