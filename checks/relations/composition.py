"""parts_vs_total for the figures told of a whole's make-up, the whole named first: "在125万多的出入境人员构成中，
我国公民占绝对比重，达到了近107万人次" (of the 1.25 million travellers, Chinese citizens were nearly 1.07 million).
Each level of the whole's unit told after it in its sentence (up to the next make-up told) is a part of it; the parts
need not be all of it, so together they are no more than the whole. Chinese only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.parts import _relation as parts_relation

# 在<the whole, with its figure>构成中 / 组成中 / 结构中
_MAKE_UP = re.compile(r"在(?P<whole>[^，,。；;！？\n]{1,30}?)(?:的)?(?:构成|组成|结构)中")


def parts_of_a_make_up(doc: Doc) -> Iterable[Relation]:
    if "成中" not in doc.text and "结构中" not in doc.text:
        return
    claims = doc.claims
    starts = [int(c["start"]) for c in claims]
    found_all = list(_MAKE_UP.finditer(doc.text))
    for found, following in zip(found_all, [*found_all[1:], None], strict=True):
        inside = [c for c in claims[bisect.bisect_left(starts, found.start("whole")):
                                    bisect.bisect_left(starts, found.end("whole"))]]
        if len(inside) != 1 or inside[0]["kind"] != "level":
            continue  # (no figure of the whole, or two: no one whole)
        total = inside[0]
        # (to the next make-up told in the sentence: its figures are its own whole's parts, and a run-on text of
        # such phrases stays linear)
        end = min(doc.sentence(total)[1], following.start() if following is not None else len(doc.text))
        parts = [c for c in claims[bisect.bisect_left(starts, found.end()):bisect.bisect_left(starts, end)]
                 if c["kind"] == "level" and same_unit(c, total)]
        if parts:
            yield parts_relation(doc, total, parts, complete=False)
