"""shares_of_whole: shares that are parts of one whole add up to at most 100%."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import LIST_GAP, Relation, bounds, by_sentence, label_before, num, partition_of, shown

SHARE_OF = re.compile(r"占|比重|份额|构成")


# 分别占 (the verb) lists parts of one whole; 占比分别为 lists each entity's own ratio, which may add up to anything.
RESPECTIVELY = re.compile(
    r"分别占(?:据|到|了)?[^，,。；;占比]{0,12}的?\s*$"  # 分别占38%、45%: parts of one whole
    r"|占[^，,。；;占比]{1,16}的(?:比重|比例|份额)分别为\s*$"  # 占地区生产总值的比重分别为: the whole is named
)


def shares_of_whole(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    for sentence_claims in by_sentence(claims).values():
        shares = [c for c in sentence_claims if c["kind"] == "share" and c["unit"] == "percent"]
        if len(shares) < 2:
            continue
        first = shares[0]
        clause_before = label_before(text, first)
        enumerated = all(LIST_GAP.fullmatch(text, int(a["end"]), int(b["start"])) for a, b in pairwise(shares))
        lead = text[max(0, int(first["start"]) - 20):int(first["start"])]
        respectively = enumerated and RESPECTIVELY.search(lead) is not None
        labels = [label_before(text, c) for c in shares]
        partitioned = all(SHARE_OF.search(label) for label in labels) and partition_of(labels)
        if not (respectively or partitioned):
            continue
        lows = [max(0.0, bounds(c)[0]) for c in shares]
        total = sum(lows)
        gap = max(0.0, total - 100.0)
        arithmetic = (" + ".join(shown(c) for c in shares) + f" = {num(sum(float(c['value']) for c in shares))}%"
                      + (f" > 100% (at least {num(round(total, 6))}% allowing for rounding)" if gap else " ≤ 100%")
                      + f" (shares of one whole: {clause_before or first.get('metric') or ''})")
        yield Relation(doc, "shares_of_whole", tuple(shares), first.get("metric"), (total, total), (0.0, 100.0), gap,
                       arithmetic)
