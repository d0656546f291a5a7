"""What a stated change is measured against: the month before (环比), the start of the year (较年初) or the year before
(同比). An amount and a rate of one quantity describe one move only when measured alike. (A whole percent written cut,
下降了31% for 31.56%, is still a finding: see README, truncation.)"""

from __future__ import annotations

import re

_SINCE_THE_START = re.compile(r"年初|期初|上年末|去年末|上年底|去年底")


def basis_kind(claim: dict) -> str:
    """What a change is measured against: the month before (环比), the start of the year (较年初), or the year
    before."""
    basis = str(claim.get("basis") or "")
    return "month" if "环比" in basis else "start" if _SINCE_THE_START.search(basis) else "year"
