"""Revisions of a figure already published: "The change in payrolls for May was revised down by 40,000, from
+210,000 to +170,000"; "employment in April and May combined was 60,000 lower than previously reported". The
revision, the figure as first reported and the figure as revised are three quantities: the revision reads as the
revision to its quantity (revision to payrolls), the earlier figure as previously reported (previously reported
payrolls), and the revised figure keeps the quantity's name.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.grammar import Dimension, Rule

# What a revision's words make of the figure after them, to the words its quantity's name takes (a verb: "a revised
# 0.5 percent" is the revised figure itself).
REVISED = Dimension("revised_en", [
    Rule("revision", r"revised\s+(?:(?:up|down|upward|downward|higher|lower)\s+(?:by\s+)?|by\s+)",
         lambda m: "revision to", examples=(("revised down by ", "revision to"), ("revised upward ", "revision to"),
                                            ("revised ", None))),
    Rule("reported", r"revised\s+(?:(?:up|down|upward|downward|higher|lower)\s+)?(?:by\s+[^\s;]{1,30},\s*)?from\s+"
                     r"(?:an?\s+|the\s+)?",
         lambda m: "previously reported",
         examples=(("revised from ", "previously reported"), ("revised down by 9,000, from ", "previously reported"))),
])
_BEFORE = re.compile(rf"\b{REVISED.pattern}$")
# The gap between two revised figures: from +210,000 to +170,000; a figure after "to" is the revised one.
_THAN = re.compile(r"\s+(?:more|less|higher|lower|fewer|greater|smaller)\s+than\s+(?:previously|originally|first)\s+"
                   r"(?:reported|estimated|published)")
# employment gains in April and May combined were: the quantity whose months are summed
_COMBINED = re.compile(r"(?:^|,\s*)(?P<name>[A-Za-z][\w\s-]{0,40}?)\s+(?:in|for)\s+[A-Z][\w\s]{0,40}?\s+combined\s+"
                       r"(?:were|was)\s+$")


def revisions(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims with revisions and previously reported figures named so (see the module's doc)."""
    if "revis" not in text and "previously" not in text:
        return claims
    read = list(claims)
    for index, claim in enumerate(read):
        sentence_start = spans[index][0]
        before = text[max(sentence_start, claim.start - 50):claim.start]
        if "revised" in before and claim.metric:
            said = _BEFORE.search(before)
            if said is not None and not claim.metric.startswith(("revision", "previously")):
                words = REVISED.resolve(said.group(0).strip() + " ")
                read[index] = claim.replaced(metric=f"{words} {claim.metric}")
        elif _THAN.match(text, claim.end, claim.end + 50):
            combined = _COMBINED.search(text[max(sentence_start, claim.start - 120):claim.start])
            if combined is not None:  # was 60,000 lower than previously reported: the revision to the sum
                read[index] = claim.replaced(metric=f"revision to {combined.group('name').strip()}")
    return read
