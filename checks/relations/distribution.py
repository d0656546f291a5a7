"""A bracket of a distribution (人均月收入200元-600元的家庭, 1000元以下占5.8%, under $25,000): an amount that bounds a
group, no amount of something a share is taken of."""

from __future__ import annotations

import re

from checks.relations.base import Doc

# The end of a bracket of a distribution: 1000元以下, 3000元及以上, 600-1000元之间, under $25,000.
_BRACKET_END = re.compile(r"(?:以下|以上|之间|及以上|及以下|以内|或以上|or (?:more|less|above|below|over|under))$",
                          re.IGNORECASE)


def bracket(doc: Doc, claim: dict) -> bool:
    """Whether an amount names a bracket of a distribution (人均月收入200元-600元的家庭, 1000元以下占5.8%) rather
    than an amount of something: a range, or a bound said with 以下/以上 (or followed by 之间)."""
    return claim.get("qualifier") == "range" or _BRACKET_END.search(str(claim["text"])) is not None or \
        doc.after(claim, 3).startswith(("之间", "以下", "以上", "及以上", "及以下"))
