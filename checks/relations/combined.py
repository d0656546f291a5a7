"""parts_vs_total for a total that opens its sentence with "Combined" after its parts: "rental fleet car sales fell
39.9%, totaling 46,998 units. Truck and SUV segment sales decreased 31.1% at 94,093 units. Combined, rental fleet
sales totaled 141,091". The parts are the levels of the total's unit told before it in its paragraph, two at least,
none a rate and none compared with (a year earlier's); the word says they are all of it, so they make the total.
English; the Chinese 合计 lists are read by parts.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.parts import _relation as parts_relation

_COMBINED = re.compile(r"\s*(?:Combined|Together|Altogether|In\s+all|All\s+told|Taken\s+together),", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:from|than|compared|versus|vs\.?|against|a\s+year\s+(?:earlier|ago)|last\s+year)\b"
                       r"[^.;]{0,30}$", re.IGNORECASE)


def combined_totals(doc: Doc) -> Iterable[Relation]:
    for total in doc.claims:
        if total["kind"] != "level" or total["unit"] in ("percent", "pp"):
            continue
        begin = doc.sentence(total)[0]
        if not _COMBINED.match(doc.text, begin) or any(c is not total and c["kind"] == "level" and int(
                c["start"]) < int(total["start"]) for c in doc.in_sentence(total)):
            continue
        earlier = [c for c in doc.in_paragraph(total) if int(c["end"]) <= begin]
        parts = [c for c in earlier if c["kind"] == "level" and same_unit(c, total)
                 and not _COMPARED.search(doc.before(c, 40))]
        if len(parts) < 2 or any(c["kind"] == "level" and not same_unit(c, total) for c in earlier):
            continue
        yield parts_relation(doc, total, parts, complete=True)


# Combined, these three countries accounted for 55% of total arrivals: the number of parts the shares before it count
_THESE = re.compile(r"\s*(?:Combined|Together|Altogether|Taken\s+together),\s+(?:these|the|those)\s+"
                    r"(?P<count>two|three|four|five|six|\d)\s+[a-z]+", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def combined_shares(doc: Doc) -> Iterable[Relation]:
    """A share that opens its sentence "Combined, these three countries" after the shares of those members in its
    paragraph: the last so many shares before it, of one whole, make it (rounding allowed)."""
    for total in doc.claims:
        if total["kind"] != "share" or total["unit"] != "percent":
            continue
        begin = doc.sentence(total)[0]
        counted = _THESE.match(doc.text, begin)
        if counted is None:
            continue
        number = counted.group("count").lower()
        size = int(number) if number.isdigit() else _COUNTS[number]
        shares = [c for c in doc.in_paragraph(total) if int(c["end"]) <= begin and c["kind"] == "share"
                  and c["unit"] == "percent"]
        if len(shares) >= size:
            yield parts_relation(doc, total, shares[-size:], complete=True)
