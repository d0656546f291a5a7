"""A quantity stated with where it stands: "The highest employment rate in the country during the quarter was in
the South West (79.5 per cent)"; "Unemployment was lower in Otago (3.9 per cent)"."""

from __future__ import annotations

import re

# "The highest employment rate in the country during the quarter was in the South West (79.5 per cent)": the
# quantity, then where it stands.
# (also compared there: Unemployment was lower in Otago (3.9 per cent): what was lower is the quantity)
_LOCATED = re.compile(r"^(?P<metric>.*?)\s+(?:was|were|is|are)\s+"
                      r"(?:(?:also\s+|much\s+|slightly\s+|still\s+)?(?:the\s+)?(?:higher|lower|highest|lowest|strongest|weakest)\s+)?(?:in|at|for|among)\s+(?:the\s+)?"
                      r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\(?\s*$")
_SUPERLATIVE = re.compile(r"\b(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|fastest|slowest|strongest|"
                          r"weakest)\b\s*", re.IGNORECASE)
_WHERE = re.compile(r"\s+(?:in|across)\s+the\s+(?:country|nation|UK|US|region)\b|\s+during\b.*$", re.IGNORECASE)


def located(before: str) -> tuple[str, str] | None:
    """(the words naming the quantity, the place) of "… was in the South West (", else None."""
    found = _LOCATED.match(before.strip())
    if found is None:
        return None
    metric = _WHERE.sub("", _SUPERLATIVE.sub("", found.group("metric"))).strip()
    return metric, found.group("place")
