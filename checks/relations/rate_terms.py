"""How a stated rate of change is written and what it is measured against: a whole percent may be written cut rather
than rounded (下降了31% for 31.56%); a change is against the month before (环比), the start of the year (较年初) or the
year before (同比), and an amount and a rate of one quantity describe one move only when measured alike."""

from __future__ import annotations

import re

_WHOLE_PERCENT = re.compile(r"[^\d.]*\d{1,2}\s*(?:%|％|percent|per\s*cent)")
_SINCE_THE_START = re.compile(r"年初|期初|上年末|去年末|上年底|去年底")


def whole_percent(change: dict) -> bool:
    """Whether a rate is written as a whole percent below 100 (31%, 5 percent)."""
    return _WHOLE_PERCENT.fullmatch(str(change["text"])) is not None


def truncated(stated: tuple[float, float]) -> tuple[float, float]:
    """A whole percent's interval widened by half a point away from zero: what it reads cut (31% of 31.9%)."""
    return (stated[0], stated[1] + 0.5) if stated[0] >= 0 else (stated[0] - 0.5, stated[1])


def basis_kind(claim: dict) -> str:
    """What a change is measured against: the month before (环比), the start of the year (较年初), or the year
    before."""
    basis = str(claim.get("basis") or "")
    return "month" if "环比" in basis else "start" if _SINCE_THE_START.search(basis) else "year"
