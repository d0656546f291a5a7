"""The last look at an English reading: words that cannot be what a figure measures, whatever rule put them there.
Who speaks is no owner (Today's figures show …; Stats SA has revealed that …; the PSA said), nor is a quantity
read where an owner stands (exports, the share of the port), nor a headline's verb (Sensex ends 1,862 points higher:
the Sensex). A unit read as the name (TEUs) is left as it is: the relations know it for a vague name, which a name
made from it would hide."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.en.owners import is_publisher
from checks.extract.reading import Reading

_SPEAKING_END = re.compile(r"\b(?:show|shows|showed|said|says|reported|reports|reveal|reveals|revealed|indicate|"
                           r"indicates|indicated|suggest|suggests|suggested)$")
# The nouns of quantities that end a subject read wrongly (Philippine exports; the share of the port)
_QUANTITY_END = re.compile(r"\b(?:exports|imports|sales|revenues?|prices|volumes|arrivals|shipments|earnings|profits?|"
                           r"output|production|trade|traffic|throughput|share)$", re.IGNORECASE)

# A headline's verb read into the owner before it (Sensex ends 1,862 points higher; ADR Increases 4.1%)
_HEADLINE_VERB = re.compile(r"\s+(?:ends|closes|settles|opens|rises|falls|gains|jumps|climbs|drops|declines|slips|"
                            r"surges|soars|tumbles|plunges|slides|eases|dips|edges|increases|decreases|hits|tops|"
                            r"grows|shrinks|widens|narrows)$", re.IGNORECASE)


def settled(reading: Reading) -> Reading:
    """``reading`` less an owner that is who speaks or a quantity (see the module)."""
    subject, source = reading.subject, reading.attribution or ""
    if subject and _QUANTITY_END.search(subject):
        # Philippine exports posted an increase of 11%: the quantity that moved, when nothing else is named
        reading = replace(reading, subject=None, metric=reading.metric or subject)
    elif subject and (_SPEAKING_END.search(subject) or (subject in source and is_publisher(subject))):
        reading = replace(reading, subject=None)
    elif subject and (verb := _HEADLINE_VERB.search(subject)) is not None:
        reading = replace(reading, subject=subject[:verb.start()] or None)
    return reading
