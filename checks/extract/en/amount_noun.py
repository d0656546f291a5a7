"""The quantity named right after an amount: "the company realising N242.215bn revenue", "posted $242 million in
sales", "the N2.59 interim dividend". Where the words before the amount name no quantity (none, or a verb: company
realising, posted), the noun after it is the amount's name, and its earlier level's (as against N208.909bn) when that
took the same words.
"""

from __future__ import annotations

import re

from checks.extract.claim import CURRENCIES, Claim

_NOUN_AFTER = re.compile(r"\s+(?:in\s+)?(?P<noun>(?:(?:net|gross|operating|pre-?tax|total|interim|final|special)\s+)?"
                         r"(?:revenues?|sales|turnover|profits?|income|earnings|losses|dividends?))\b", re.IGNORECASE)
# A name that is no quantity: a verb's form at its end (company realising, posted, has recorded)
_VERB_END = re.compile(r"(?:^|\s)(?:\w+ing|\w+ed|\w+ised|made|earned|won|got|saw|had|has|have)$", re.IGNORECASE)


def amount_nouns(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, each amount followed by its quantity's noun named by it (see the module)."""
    read = list(claims)
    for index, claim in enumerate(read):
        if claim.kind != "level" or claim.unit not in CURRENCIES or (
                claim.metric and not _VERB_END.search(claim.metric)):
            continue
        found = _NOUN_AFTER.match(text, claim.end)
        if found is None:
            continue
        noun = found.group("noun").lower()
        before = claim.metric
        read[index] = claim.replaced(metric=noun)
        for at in range(index + 1, min(index + 3, len(read))):
            earlier = read[at]
            if claim.base_value is not None and earlier.value == claim.base_value and earlier.metric == before \
                    and earlier.unit == claim.unit:
                read[at] = earlier.replaced(metric=noun)
    return read
