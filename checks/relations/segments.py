"""parts_vs_total for a segment's figure: a part (a segment's sales, 城镇消费品零售额) against the whole of the same
quantity stated for its owner and period."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    excess,
    metric_key,
    owner_key,
    plain,
    same_unit,
    shown,
    specific,
)
from checks.relations.periods import one_to_date, period_parts, periods_conflict, year_and_its_part
from checks.relations.statements import projected
from checks.relations.tallied import said_of_each

# The 62,288 visitors from Indonesia: a member named after its figure, which the reading may miss, is no whole.
_MEMBER_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?from\s+(?:the\s+)?[A-Z]")
# (22.7 million from the United States, followed by Canada's 14.5 million: a figure after the part, owned by a name
# just before it, is another member's)
_OWNED_BY_A_NAME = re.compile(r"\b[A-Z][\w.-]*['’]s\s+$")
# ($18.26 on co-workers and $34.82 for others: a figure named by what it goes to, then the part: a member before it)
_A_MEMBER_BEFORE = re.compile(r"\s+(?:on|for|to|in|from)\s+[^,;.\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")


# A net quantity (a trade gap, a balance): its members may be of both signs (a goods deficit above the whole gap when
# services are in surplus; a partner's gap), so none is a part that cannot exceed it
NET = re.compile(r"(?:deficit|surplus|gap|balance|shortfall|逆差|顺差|差额)s?$", re.IGNORECASE)


# A sentence whose subject is a business unit (The bank's U.S. personal and commercial banking business saw its profit
# more than double to $533 million; its capital markets arm earned …): its figures are the unit's, no whole of the
# company's segments, whatever the reading missed of the unit's name.
_UNIT_SUBJECT = re.compile(r"\b(?:business|unit|arm|division|segment|operations|subsidiary)\s+(?:also\s+)?"
                           r"(?:saw|sees|earned|earns|posted|posts|reported|reports|made|makes|had|has|recorded|"
                           r"records|generated|generates|grew|rose|fell|delivered|booked)\b", re.IGNORECASE)


_SUBJECT_REACH = 300  # characters before a figure where its sentence's subject is looked for


def of_a_unit(doc: Doc, claim: dict) -> bool:
    """Whether ``claim`` stands in a sentence whose subject, before it, is a business unit (see _UNIT_SUBJECT)."""
    start = max(doc.sentence(claim)[0], int(claim["start"]) - _SUBJECT_REACH)  # (a run-on text is one sentence)
    return _UNIT_SUBJECT.search(doc.text, start, int(claim["start"])) is not None


# A span up to now (今年以来, 累计, year to date): not a month's or a quarter's, though it holds it.
def segments_against_total(doc: Doc, levels: list[dict]) -> Iterable[Relation]:
    """A part (a segment's sales, 城镇消费品零售额) is no larger than the whole of the same quantity stated for its
    owner and period (revenue, 社会消费品零售总额): the nearest such whole stated before the part or in the lead. A text
    states a whole before it breaks it down; an amount of the same name after the part, in the body, is more often a
    member's whose name the reading missed (the world's arrivals, then France … with the 86.9 million arrivals)."""
    # a level said against something (analysts' estimate, a year earlier) is no whole of this period's parts
    whole_ids = {id(c) for c in levels if not c.get("segment") and specific(c) and not c.get("basis")}
    for part in levels:
        if not part.get("segment") or not specific(part) or plain(part["segment"]) == plain(part.get("metric")) \
                or NET.search(str(part.get("metric") or "")) or said_of_each(doc.text, part):
            continue  # its record ¥2.27 trillion in operating profit: the quantity, named after it, not a member;
            # 均在1000亿元以上: a bound of each member's, no part's sum
        quantity = metric_key(part)
        found = [w for w in doc.near(part) if id(w) in whole_ids and metric_key(w) == quantity
                 and same_unit(w, part) and w is not part
                 and owner_key(w) in ("", owner_key(part))
                 and (int(w["start"]) < int(part["start"]) or doc.lead(w))
                 and not _MEMBER_AFTER.match(doc.text, int(w["end"])) and not of_a_unit(doc, w)
                 and not _A_MEMBER_BEFORE.fullmatch(doc.text, int(w["end"]), int(part["start"]))
                 and not (int(w["start"]) > int(part["start"])
                          and _OWNED_BY_A_NAME.search(doc.text, max(0, int(w["start"]) - 40), int(w["start"])))
                 and not periods_conflict(w.get("period"), part.get("period"))
                 # (the times their paragraphs carried to them differ, one or both unstated: June's imports of 5.032
                 # billion euros, then the half-year's parts by origin, after "Versus May …"; August's 22,208 arrivals,
                 # then a paragraph of January to August's)
                 and not periods_conflict(doc.period(w), doc.period(part))
                 and not one_to_date(w.get("period"), part.get("period"))
                 and not _a_year_against_its_part(w, part)  # (2016's arrivals from New Zealand against July's)
                 and not said_of_each(doc.text, w)  # (都超过了500亿元: a bound of each, no whole)
                 and projected(w) == projected(part)]  # (will repurchase $20 million; 即将突破1万家门店: plans)
        if found and not doc.period(part):
            # a part of no stated time is of the text's own time, the lead's (前11个月…；11月当月…。对美国进出口…:
            # the eleven months', not November's): a whole of another time is not its whole
            lead = period_parts(doc.period(doc.claims[0]))
            found = [w for w in found if not any(period_parts(doc.period(w))) or period_parts(doc.period(w)) == lead]
        if not found:
            continue
        whole = min(found, key=lambda w: abs(int(w["start"]) - int(part["start"])))
        gap = excess(part, whole)
        arithmetic = f"part {shown(part)} ({part.get('segment')}) {'>' if gap else '≤'} whole {shown(whole)}"
        yield Relation(doc.name, "parts_vs_total", (whole, part), whole.get("metric"), bounds(part),
                       (-math.inf, bounds(whole)[1]), gap, arithmetic)


_YEAR = re.compile(r"(?:in\s+|for\s+)?(?:19|20)\d\d年?")


def _a_year_against_its_part(whole: dict, part: dict) -> bool:
    """A part of a whole year against a whole of a part of the year (a month's): a longer time is held by no shorter."""
    return bool(_YEAR.fullmatch(str(part.get("period") or "").strip())) and year_and_its_part(whole, part)
