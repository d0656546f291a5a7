"""Amounts the English scanner reads across two matches: one amount written in two units (13 dollars and 45 cents),
the counts of a tally (outnumbering those betting on a hike by 45 to 35), whose bare numbers count the group the
sentence names, and an earlier amount whose currency is left to the one before it (to 4.6 billion pounds from 4.2
billion)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from checks.extract.mention import Mention

# "13 dollars and 45 cents", "3 dollars 50 cents": one amount written in two units
_DOLLARS_AND_CENTS = re.compile(r"\s+(?:and\s+)?$")
# A tally after a verb of winning or outnumbering: by 45 to 35; voted 7-2.
TALLY = re.compile(r"\b(?:outnumber\w*|outvot\w*|lead(?:s|ing)?|led|won|wins?|winning|beat\w*|defeat\w*|"
                   r"favou?r\w*|voted|split)\b[^.;:\d]{0,60}?\bby\s+(?P<a>\d{1,3}(?:,\d{3})*)\s*(?:to|-|–)\s*"
                   r"(?P<b>\d{1,3}(?:,\d{3})*)\b(?!\s*(?:%|per|percent|points|pp|bps|basis|[-–]?\s*(?:year|month)))",
                   re.IGNORECASE)
# What every tally holds (by 23 to 9): looked for first, since TALLY's opening words are tried at every word
BY_COUNT = re.compile(r"by\s+\d", re.IGNORECASE)


def cents_of(text: str, dollars: Mention, cents: Mention) -> bool:
    """Whether ``cents`` (45 cents) finishes the amount ``dollars`` (13 dollars) begins."""
    return (dollars.family == "money" == cents.family and dollars.unit == cents.unit and cents.value < 1
            and dollars.qualifier == "exact" == cents.qualifier and float(dollars.value).is_integer()
            and text[dollars.end - 7:dollars.end].lower().endswith(("dollars", "dollar"))
            and text[cents.end - 5:cents.end].lower().endswith("cents")
            and _DOLLARS_AND_CENTS.fullmatch(text, dollars.end, cents.start) is not None)




def tallies(text: str) -> Iterator[Mention]:
    """The two counts of each tally in ``text``."""
    for found in TALLY.finditer(text):
        for name in ("a", "b"):
            yield Mention(found.start(name), found.end(name), float(found.group(name).replace(",", "")), "count",
                          "count", "exact")


def with_tallies(text: str, scanned: Iterable[Mention]) -> Iterator[Mention]:
    """The scanned figures with the counts of tallies among them, in order; a count the scanner read is kept."""
    if "by" not in text or BY_COUNT.search(text) is None:
        yield from scanned
        return
    found = list(scanned)
    taken = [(m.start, m.end) for m in found]
    extra = [t for t in tallies(text) if not any(s < t.end and t.start < e for s, e in taken)]
    yield from heapq.merge(found, extra, key=lambda m: m.start)


def in_tally(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a count of a tally (the verb before it wins, it does not move)."""
    window = (max(0, start - 90), start + 20)
    return BY_COUNT.search(text, *window) is not None and any(
        found.start("a") == start or found.start("b") == start for found in TALLY.finditer(text, *window))


# An amount of money, then the earlier one it is set against with its currency left out: increased to 4.648 billion
# pounds from 4.290 billion; $5.1 billion, against 4.8 billion a year earlier.
_AGAINST = re.compile(r"\s*,?\s*(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|roughly|"
                      r"nearly|some|last\s+year['’]s|a\s+year\s+earlier['’]s)\s+)?", re.IGNORECASE)
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|mn)\b", re.IGNORECASE)
# What may follow the earlier amount when it is one (a time, the end of the clause); a noun after it (4.2 billion
# shares) says it counts something else.
_AFTER_AMOUNT = re.compile(r"\s*(?:[.,;:)]|$|(?:a|an|the|in|at|on|for|during|last|previously|earlier|a\s+year|"
                           r"year|and|while|but|as|when)\b)", re.IGNORECASE)


def elided_units(text: str, scanned: Iterable[Mention]) -> Iterator[Mention]:
    """The scanned figures, a bare scaled count set against the amount of money just before it (see _AGAINST)
    taking that amount's currency."""
    before: Mention | None = None
    for mention in scanned:
        if before is not None and mention.family == "count" and before.family == "money" \
                and mention.qualifier in ("exact", "approx") and _SCALED.search(text, mention.start, mention.end) \
                and _SCALED.search(text, before.start, before.end) \
                and _AGAINST.fullmatch(text, before.end, mention.start) \
                and _AFTER_AMOUNT.match(text, mention.end):
            mention = replace(mention, unit=before.unit, family="money")
        before = mention
        yield mention
