"""A prior period's figure in brackets right after the figure it is compared with, as results statements write
them: "final dividend of 10.0p per share (2011: 8.0p)", "sales increased by 43.0% (2010: 63.0%)", "62 new stores
opened in the year (2010: 57 stores)". The bracket's figure is the same quantity as the figure before it (its
metric, owner, member and kind), of the year that opens the bracket: its own words ("2011:") name no quantity."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.mention import Mention
from checks.extract.reading import Reading

# The bracket's opening up to the figure: "(2011: ", "(2010:", "(FY2011: ", "(2010/11: ", "(H1 2011: ".
_OPENING = re.compile(r"[(（]\s*(?P<year>(?:(?:FY|HY|H[12]|Q[1-4])\s*)?(?:19|20)\d\d(?:[/-]\d{2,4})?)\s*[:：]\s*$")
# What may stand between the figure compared with and the bracket: its own words, no figure and no clause mark
# (10.0p per share (2011: …); 62 new stores opened in the year (2010: …)).
_BETWEEN = re.compile(r"[^\d,;:.()（）]{0,40}")
# How far back the bracket's opening may start: "(FY2010/11: " and a sign or currency are inside the figure.
_OPENING_REACH = 16


def prior_year(text: str, mention: Mention, previous: tuple[Mention, Reading] | None, reading: Reading) -> Reading:
    """The reading of a figure that opens a prior year's bracket (see _OPENING) right after the figure before it
    (see _BETWEEN; the same unit): that figure's quantity, of the bracket's year; else ``reading`` unchanged."""
    if previous is None or previous[0].unit != mention.unit or previous[0].end >= mention.start:
        return reading
    opening = _OPENING.search(text, max(previous[0].end, mention.start - _OPENING_REACH), mention.start)
    if opening is None or not _BETWEEN.fullmatch(text, previous[0].end, opening.start()):
        return reading
    before = previous[1]
    direction = before.direction
    if before.kind == "growth" and direction is not None:
        direction = "down" if mention.value < 0 else "up"  # (2011: -0.6%): a fall that year, whatever this one did
    return replace(before, qualifier=reading.qualifier, period=reading.period or opening.group("year"),
                   direction=direction, projected=False, attribution=reading.attribution)
