"""growth_vs_levels for a step of a monthly series told with the month before: "imports tumbled by 1.6 percent to
$253.9 billion in January after spiking by 2.6 percent to $258.1 billion in December". The rate took the quantity
from the month before's level, told in the same sentence, to its own: it is their change.

Read only for a rate with no comparison of its own (not year on year, 同比), joined to the level it reached, and one
level of the same quantity and unit in its sentence whose month is the one just before the reached level's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, metric_key, same_unit
from checks.relations.growth import judge
from checks.relations.reach import around
from checks.relations.restated import differ

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = re.compile(r"^(?:in\s+)?(?P<name>" + "|".join(_MONTHS) + r")$", re.IGNORECASE)
_NEAR = 8  # figures either side of a rate where its levels are looked for
_ZH_MONTH = re.compile(r"^(?P<number>1[0-2]|[1-9])月(?:份)?$")


def _month(period: object) -> int | None:
    """The month (0–11) a period names alone (January, 1月份), else None."""
    text = str(period or "").strip()
    found = _MONTH.match(text)
    if found is not None:
        return _MONTHS.index(found.group("name").lower())
    found = _ZH_MONTH.match(text)
    return int(found.group("number")) - 1 if found is not None else None


def step_from_the_month_before(doc: Doc) -> Iterable[Relation]:
    for rate in doc.claims:
        if rate["kind"] != "growth" or rate["unit"] != "percent" or rate.get("basis") \
                or rate.get("base_value") is not None or rate.get("level_after") is None:
            continue
        # (its sentence's figures near it: a text with no sentence break costs the same per rate as any other)
        start, end = around(doc, rate)
        sentence = [c for c in doc.near(rate, _NEAR) if doc.same_sentence(c, rate)
                    and start <= int(c["start"]) and int(c["end"]) <= end]
        reached = next((c for c in sentence if c["kind"] == "level" and float(c["value"]) == float(rate["level_after"])
                        and int(c["start"]) > int(rate["end"])), None)
        month = _month(doc.period(reached)) if reached is not None else None
        if reached is None or month is None:
            continue
        before = [c for c in sentence if c is not reached and c["kind"] == "level" and same_unit(c, reached)
                  and metric_key(c) == metric_key(reached) and _month(doc.period(c)) == (month - 1) % 12
                  and not differ(c, reached, "subject")]  # (January platinum and December palladium: two metals)
        if len(before) != 1 or bounds(before[0])[0] <= 0:
            continue
        relation = judge(doc, rate, bounds(before[0]), bounds(reached), [before[0], reached])
        if relation is not None:
            yield relation
