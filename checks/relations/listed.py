"""parts_vs_total for a total with its breakdown right after it: 17,400 students – 8,300 boys and 9,100 girls;
1,200 respondents (700 women and 500 men); 营收12亿元：线上7亿元、线下5亿元.

The figures listed after a dash, a colon or a bracket that follows the total, each naming a different member of one
complete breakdown (their ``segment``), are the whole of it: they add up to the total, less their rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.breakdowns import COMPLETE, partition_of
from checks.relations.parts import _a_level, _relation

# After the total: the noun it counts (students), then the mark that opens its breakdown.
OPENS = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z]*\s*(?:[–—:(（：]|\s-\s)\s*")
# Between two members: the first's name, then a list word (boys and; boys,).
BETWEEN = re.compile(r"\s*(?:[A-Za-z][\w-]*\s*)?(?:,\s*and|,|and|、|和|及|与|；|;)\s*", re.IGNORECASE)


def breakdown_after_total(doc: Doc) -> Iterable[Relation]:
    for index, total in enumerate(doc.claims):
        if not _a_level(doc, total) or index + 2 >= len(doc.claims):
            continue
        first = doc.claims[index + 1]
        if not OPENS.fullmatch(doc.between(total, first)) or not doc.same_sentence(total, first):
            continue
        parts = [first]
        for claim in doc.claims[index + 2:index + 8]:
            if not BETWEEN.fullmatch(doc.between(parts[-1], claim)) or not doc.same_sentence(claim, first):
                break
            parts.append(claim)
        if len(parts) < 2 or not all(_a_level(doc, p) and same_unit(p, total) for p in parts):
            continue
        partition = partition_of([str(p.get("segment") or "") for p in parts])
        if partition in COMPLETE and len(parts) == len(partition):
            yield _relation(doc, total, parts, complete=True)
