"""Who says a figure: two figures credited to two sources (Gartner reported …; IDC reported …) are two measurements
of a quantity, not one statement made twice, however alike their readings."""

from __future__ import annotations

import re

from checks.claims.measures import plain

# The words after a source's name in an attribution: Gartner reported, IDC said, Eurostat data show.
_SAYING = re.compile(r"\s+(?:said|says|reported|reports|estimated|estimates|found|finds|showed|shows|data|figures|"
                     r"report|survey|according)\b.*$", re.IGNORECASE)


def two_sources(first: dict, second: dict) -> bool:
    """Whether two claims are credited to two different sources, both named."""
    a, b = _source(first.get("attribution")), _source(second.get("attribution"))
    return bool(a) and bool(b) and a != b


def _source(attribution: object) -> str:
    return plain(_SAYING.sub("", attribution)) if isinstance(attribution, str) else ""
