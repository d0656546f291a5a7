"""growth_vs_levels for a population's natural growth, as a statistics bulletin states it: 出生率为6.12‰；死亡率为
7.35‰；自然增长率为-1.23‰. The natural growth rate is the birth rate less the death rate, each rounded as written.

The three are read in order in one paragraph (the birth rate, then the death rate, then the natural growth rate, at
most eight figures apart), of one owner and time; a change of a rate (比上年下降0.75个千分点) is none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, metric_key, owner_key, shown, signed
from checks.relations.periods import periods_conflict
from checks.relations.stems import document_holds

_BIRTH = re.compile(r"出生率$|birthrate$", re.IGNORECASE)
_DEATH = re.compile(r"死亡率$|deathrate$", re.IGNORECASE)
_NATURAL = re.compile(r"自然增长率$|natural(?:increase|growth)rate$|rateofnatural(?:increase|growth)$", re.IGNORECASE)
_REACH = 8


def natural_growth(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("自然增长", "natural")):
        return
    for index, natural in enumerate(doc.claims):
        if not _rate(natural) or not _NATURAL.search(metric_key(natural, synonyms=False)):
            continue
        before = [c for c in doc.claims[max(0, index - _REACH):index] if _rate(c)
                  and doc.paragraph(c) == doc.paragraph(natural) and owner_key(c) == owner_key(natural)
                  and not periods_conflict(doc.period(c), doc.period(natural))]
        death = next((c for c in reversed(before) if _DEATH.search(metric_key(c, synonyms=False))), None)
        birth = next((c for c in reversed(before) if _BIRTH.search(metric_key(c, synonyms=False))
                      and death is not None and int(c["start"]) < int(death["start"])), None)
        if birth is None or death is None:
            continue
        b, d = bounds(birth), bounds(death)
        implied = (b[0] - d[1], b[1] - d[0])
        stated = signed(natural, bounds(natural))
        gap = distance(stated, implied)
        arithmetic = (f"a birth rate of {shown(birth)} less a death rate of {shown(death)} is "
                      f"{interval_text(implied)}% allowing for rounding; stated {shown(natural)}")
        yield Relation(doc.name, "growth_vs_levels", (birth, death, natural), natural.get("metric"), stated, implied,
                       gap, arithmetic)


def _rate(claim: dict) -> bool:
    return claim["unit"] == "percent" and claim["kind"] != "change"
