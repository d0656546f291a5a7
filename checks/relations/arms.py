"""Groups of a study that the text counts once and then describes (治疗组112例 … 治疗组基本治愈36例(32.14%)): a
percentage said in a clause that names a group is a fraction of that group's count.

A group is a name ending in 组 (治疗组, 对照组, 观察组, A组) or 队列 right before a count (治疗组112例, 对照组共104例).
The clause a share stands in belongs to the group named last before it in its sentence, the count of which must
come before the share in the document.
"""

from __future__ import annotations

import re

from checks.relations.base import Doc

# A group's name right before its count: 治疗组112例, 对照组共104例, 观察组为60名.
_NAMED_BEFORE = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,4}(?:组|队列))(?:共|为|有|共有|纳入)?\s*$")


def arms(doc: Doc) -> dict[str, dict]:
    """The groups the document counts, by name (the first count given for each name). Worked out once."""
    cached = getattr(doc, "_arms", None)
    if cached is None:
        cached = {}
        for claim in doc.claims:
            if claim["unit"] != "count" or claim["kind"] != "level" or claim.get("qualifier") != "exact":
                continue
            found = _NAMED_BEFORE.search(doc.before(claim, 10))
            if found is not None and float(claim["value"]).is_integer() and float(claim["value"]) >= 2:
                cached.setdefault(found.group(1)[-3:], claim)
        doc._arms = cached  # type: ignore[attr-defined]
    return cached


def arm_of(doc: Doc, share: dict) -> dict | None:
    """The count of the group a share's sentence names last before it (恶化1例(0.89%) after 治疗组…: 112例), when
    that count stands before the share and is not the share's own part."""
    groups = arms(doc)
    if not groups:
        return None
    start = doc.sentence(share)[0]
    before = doc.text[start:int(share["start"])]
    named = max(((before.rfind(name), name) for name in groups), default=(-1, ""))
    if named[0] < 0:
        return None
    count = groups[named[1]]
    return count if int(count["end"]) <= int(share["start"]) else None
