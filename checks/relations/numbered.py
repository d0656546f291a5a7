"""rank_vs_values for a numbered ranking: items numbered 1, 2, 3, … each opening its line with a name and its
figure (1 Toyota - 133,747 - 17.0 per cent / 2 Mazda - 67,189 - 8.5 per cent; 1. 比亚迪：30.2万辆). The numbers are
places, so each item's first figure is no larger than the one of the place before it, when the words before the
list call it a ranking (top markets, the standings, 排名).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, same_unit, shown

# An item: its place, its name, then a separator before its figure, at the start of a line.
# (1、三星(25.6%): the figure in brackets after the name)
_ITEM = re.compile(r"(?m)^[ \t]*(?P<place>\d{1,2})(?:[.)、][ \t]*|[ \t]+)(?P<name>[^\n\d()（）]{1,40}?)[ \t]*"
                   r"(?:[-–—:：|,，]|[(（](?=[ \t]*\d[^\n()（）]*[)）][ \t]*$))[ \t]*")
_LEAST = 3  # items a numbered ranking needs
# Words before a list that say it is a ranking, not a list of steps or headings (top markets; the standings; 排名)
_RANKING = re.compile(r"\b(?:top|largest|biggest|leading|leaders?|best-?selling|most|rank(?:s|ed|ing)?|standings|"
                      r"league|chart|followed\s+by)\b|排名|排行|前[0-9十二三五]+|榜|最", re.IGNORECASE)
_CUE_BEFORE = 400  # characters before a ranking's first item where its cue is looked for


def numbered_rankings(doc: Doc) -> Iterable[Relation]:
    for items in _rankings(doc):
        for (place, name, higher), (next_place, next_name, lower) in pairwise(items):
            yield in_order(doc.name, (higher, lower), higher.get("metric"), higher, lower,
                           f"{name} {shown(higher)} (place {place}) ≥ {next_name} {shown(lower)} (place {next_place})",
                           f"{name} {shown(higher)} (place {place}) < {next_name} {shown(lower)} (place {next_place})")


def ranked_shares(doc: Doc) -> Iterable[list[dict]]:
    """The shares of a numbered ranking of market shares (1、三星(25.6%) …): shares of one market, one member each,
    for shares_of_whole to add up."""
    for items in _rankings(doc):
        first = int(items[0][2]["start"])
        if all(figure["unit"] == "percent" and figure["kind"] == "share" for _, _, figure in items) \
                and _SHARE_CUE.search(doc.text, max(0, first - _CUE_BEFORE), first):
            yield [figure for _, _, figure in items]


_SHARE_CUE = re.compile(r"份额|市占率|占有率|market\s+share", re.IGNORECASE)


def _rankings(doc: Doc) -> Iterable[list[tuple[int, str, dict]]]:
    """The runs of items numbered 1, 2, 3, … each with its figure, that the words before call a ranking."""
    if "\n" not in doc.text:
        return
    starts = [int(c["start"]) for c in doc.claims]
    items: list[tuple[int, str, dict]] = []  # (place, name, figure) of the run being read
    for found in _ITEM.finditer(doc.text):
        at = bisect.bisect_left(starts, found.end())
        figure = doc.claims[at] if at < len(starts) and starts[at] == found.end() else None
        place = int(found.group("place"))
        if figure is None or figure["kind"] not in ("level", "share") \
                or (items and (place != items[-1][0] + 1 or not same_unit(figure, items[-1][2]))):
            if _a_ranking(doc, items):
                yield items
            items = []
            if figure is None or place != 1 or figure["kind"] not in ("level", "share"):
                continue
        elif not items and place != 1:
            continue
        items.append((place, found.group("name").strip(), figure))
    if _a_ranking(doc, items):
        yield items


def _a_ranking(doc: Doc, items: list[tuple[int, str, dict]]) -> bool:
    first = int(items[0][2]["start"]) if items else 0
    return len(items) >= _LEAST and _RANKING.search(doc.text, max(0, first - _CUE_BEFORE), first) is not None
