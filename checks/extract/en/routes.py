"""A trade flow named with its goods and its route before its figure: exports of goods from the eurozone countries to
the rest of the world worth 221.6 billion euros. The figure is of the flow (exports), not of the last place named
(the rest of the world), which the reading would otherwise take for the phrase after "to".
"""

from __future__ import annotations

import re

_ROUTE = re.compile(r"\b(?P<flow>exports|imports|shipments|re-exports)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
                    r"(?:goods|services|merchandise|products|commodities)"
                    r"(?:\s+(?:from|to|of|with|into)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?){1,2}"
                    r"(?P<tail>\s+(?:worth|valued\s+at|amounting\s+to|totall?ing|of))?\s*$", re.IGNORECASE)


def route_named(before: str) -> str:
    """The words before a figure with a flow's route told after its goods cut back to the flow itself."""
    if " to " not in before and " from " not in before:
        return before
    routed = _ROUTE.search(before[-160:])
    if routed is None:
        return before
    start = len(before) - len(before[-160:]) + routed.start()
    return f"{before[:start]}{routed.group('flow')}{routed.group('tail') or ''} "
