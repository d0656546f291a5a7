"""The object a verb moved to a figure, or from one: the object is what reached it or started there (growth brought
the total arrivals to 10.9 million; the rebate took the effective rate to 12%; the bank cut its key rate to 3.5%; the
Central Bank raised the policy rate by 300 basis points from 19% to 22%)."""

from __future__ import annotations

import re

BROUGHT_TO = re.compile(r"\b(?:brought|brings|bringing|took|takes|taking|pushed|pushes|pushing|lifted|lifts|lifting|"
                        r"sent|sends|sending|drove|drives|driving|raised|raises|cut|cuts|reduced|reduces|lowered|"
                        r"lowers|hiked|hikes|slashed|trimmed|boosted|increased|decreased|downgraded|upgraded|"
                        r"revised|raising|hiking|cutting|lowering|reducing|boosting|increasing|reviewed|raise|"
                        r"lower|hike|reduce|lift)\s+"
                        r"(?P<object>(?:the|its|their|his|her|our)\s+(?:(?:19|20)\d\d\s+)?"
                        r"[A-Za-z][A-Za-z'’ -]{1,50}?|it|them)"
                        # (raised the policy rate by 300 basis points from 19%: the rate's earlier level)
                        r"(?:\s+by\s+[\d.,]+\s*(?:basis\s+points|bps?|percentage\s+points|points|per\s*cent|%))?"
                        r"\s+(?:to|from)\s*$", re.IGNORECASE)  # (raising it to: the same)


def object_moved(before: str) -> str | None:
    """The object of a verb of moving that ends ``before`` with its "to" or "from" (see BROUGHT_TO), else None."""
    brought = BROUGHT_TO.search(before[-110:])
    return brought.group("object") if brought is not None else None
