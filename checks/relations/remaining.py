"""Shares of one whole completed by the remaining one: 其余18%, "the remaining 11.3 percent" and the shares stated
just before it. :mod:`checks.relations.shares` judges the groups found here."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc

# The share that completes the others: the remaining 18%, 其余, 剩余; not the other times (其余年份均不到20%).
REMAINING = re.compile(r"(?:\bthe\s+(?:remaining|rest|other)\b|其余|剩余|剩下|余下)"
                       r"(?!\s*(?:[\u4e00-\u9fff]{0,2}(?:年份|年度|月份|季度|时期|年|月)|(?:\w+\s+)?(?:years?|months?|"
                       r"quarters?|periods?)\b))[^，,。；;\d]{0,6}$", re.IGNORECASE)


def remaining_shares(doc: Doc) -> Iterable[tuple[list[dict], bool, str]]:
    """The remaining 18% (其余18%): it and the shares stated just before it (in its sentence, else in the sentence
    before, at most a paragraph back) make the whole."""
    for claim in doc.claims:
        if claim["kind"] != "share" or claim["unit"] != "percent" or not REMAINING.search(doc.before(claim, 24)):
            continue
        index = int(claim["_index"])
        earlier = [c for c in doc.claims[max(0, index - 12):index] if doc.paragraph(claim) - doc.paragraph(c) <= 1]
        own = [c for c in earlier if doc.same_sentence(c, claim)]
        if not own and earlier:
            own = [c for c in earlier if doc.same_sentence(c, earlier[-1])]
        shares = [c for c in own if c["kind"] == "share" and c["unit"] == "percent"]
        # (Education … 63 percent. Human Services … (25.7 percent) and the remaining 11.3 percent: shares of the
        # sentence before may be of the whole too, so the ones read need not be all of it)
        told_before = any(c["kind"] == "share" and c["unit"] == "percent" and c not in own
                          and doc.paragraph(c) == doc.paragraph(claim) for c in earlier)
        if shares and all(c["unit"] != "percent" or c["kind"] == "share" for c in own):  # no rate among them
            yield [*shares, claim], not told_before, "the shares before it and the remaining one"
