"""Who says a figure: two figures credited to two sources (Gartner reported …; IDC reported …) are two measurements
of a quantity, not one statement made twice, however alike their readings."""

from __future__ import annotations

import re

from checks.claims.measures import plain

# The words of an attribution that are not the source's name: Gartner reported; From the Census Bureau; U.S. Census
# Bureau announced; according to IDC.
_NOT_THE_NAME = re.compile(r"\b(?:said|says|reported|reports|announced|announces|estimated|estimates|found|finds|"
                           r"showed|shows|released|published|noted|stated|told|data|figures|report|survey|from|the|"
                           r"according|to|per|by|[a-z])\b", re.IGNORECASE)


def two_sources(first: dict, second: dict) -> bool:
    """Whether two claims are credited to two different sources, both named in English, neither name holding the
    other (国家统计局 and 据国家统计局数据 are one source; a Chinese credit is worded too many ways to tell)."""
    a, b = _source(first.get("attribution")), _source(second.get("attribution"))
    return bool(a) and bool(b) and a.isascii() and b.isascii() and a not in b and b not in a


def _source(attribution: object) -> str:
    """The source an attribution names, or "" (none, or an estimate's: the consensus forecast of, analysts expected)."""
    if not isinstance(attribution, str) or _GUESS.search(attribution):
        return ""
    return plain(_NOT_THE_NAME.sub("", attribution))


_GUESS = re.compile(r"forecast|consensus|estimate|expect|analyst|poll", re.IGNORECASE)
