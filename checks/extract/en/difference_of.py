"""A change told as the difference between two levels already linked: "grown from 106,692 people in April 2010 to
114,385 people in July of 2017. That's a difference of 7,693 people, or 7.2 percent." and "grew 2.5 percent, from
20,512 people to 21,030, or a difference of 518 people". The difference is a change of the levels, its rate after
"or" their growth, each with the levels as ``base_value`` and ``level_after``.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim

_NOUNS = r"(?:difference|increase|addition|gain|rise|drop|decline|decrease|loss|fall|jump|reduction)"
# That's a difference of; This is an increase of (the levels of the sentence before)
_NEXT_SENTENCE = re.compile(rf"^\s*(?:That|This|It)(?:['’]s|\s+is|\s+was|\s+represents)\s+(?:an?\s+)?(?:net\s+)?"
                            rf"{_NOUNS}\s+of\s+$", re.IGNORECASE)
# , or a difference of (the levels of its own sentence, linked to the rate before it)
_OR_AFTER = re.compile(rf",?\s*or\s+(?:an?\s+)?(?:net\s+)?{_NOUNS}\s+of\s+$", re.IGNORECASE)
_RATE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s*,?\s*or\s+(?:about\s+|roughly\s+|nearly\s+)?")  # people, or 7.2%


def differences(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims, each difference of linked levels (and its rate after "or") given those levels (see the module)."""
    read = list(claims)
    for index, claim in enumerate(read):
        if claim.unit == "percent" or claim.level_after is not None or not index:
            continue
        start = spans[index][0]
        if claim.start - start <= 60 and _NEXT_SENTENCE.match(text[start:claim.start]):  # (a run-on text: none)
            earlier = [at for at in range(index - 1, max(-1, index - 6), -1) if spans[at][1] <= start
                       and spans[at][0] == spans[index - 1][0]]
        elif _OR_AFTER.search(text, max(start, claim.start - 40), claim.start):
            earlier = [at for at in range(index - 1, max(-1, index - 6), -1) if spans[at][0] == start]
        else:
            continue
        levels = _levels_of(read, earlier, claim.unit)
        if levels is None:
            continue
        base, after, named = levels
        moved = dict(kind="change", direction="up" if after > base else "down", base_value=base, level_after=after,
                     metric=claim.metric if claim.kind == "change" else named.metric or claim.metric,
                     subject=claim.subject or named.subject, segment=claim.segment or named.segment)
        read[index] = claim.replaced(**moved)
        rate = index + 1
        if rate < len(read) and read[rate].unit == "percent" and spans[rate][0] == start \
                and _RATE_AFTER.fullmatch(text, claim.end, read[rate].start):
            read[rate] = read[rate].replaced(**{**moved, "kind": "growth"})
    return read


def _levels_of(read: list[Claim], earlier: list[int], unit: str) -> tuple[float, float, Claim] | None:
    """The earlier and later level among ``earlier`` (nearest first): a level with its base, or a rate's two."""
    for at in earlier:
        claim = read[at]
        if claim.kind == "level" and claim.base_value is not None and claim.unit == unit:
            return claim.base_value, claim.value, claim
        if claim.kind == "growth" and claim.base_value is not None and claim.level_after is not None:
            return claim.base_value, claim.level_after, claim
    return None
