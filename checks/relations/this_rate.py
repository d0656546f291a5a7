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

from checks.relations.base import Doc, Relation, bounds, same_unit
from checks.relations.growth import judge

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
