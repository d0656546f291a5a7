"""A table's row written as a line: a member's name, a colon, and its fields, each a name and a figure:
"- London: Monthly change 2.7%, Annual change 21.5%, Average price ₤467,070." Every figure of the row is that
member's; a field that names only a change over a span (Monthly change, Annual change) is the growth of the row's one
other quantity (its average price), month on month or year on year, not a share of anything. A bulleted item that
is only an amount and what it goes to ("- $97.6 million for public safety") is that member's amount.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.owners import is_name

# The row's member and its colon, at a line's start, after a bullet if any.
_ROW = re.compile(r"[ \t]*[-•*]?[ \t]*(?P<label>[A-Z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,4}?)[ \t]*:[ \t]*")
# A field's name: one to four words between the row's colon (or the field before) and its figure.
_FIELD = re.compile(r"\s*(?P<name>[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,3})\s*[₤£$€¥]?\s*$")
_CHANGE_FIELD = re.compile(r"(?:(?P<span>monthly|annual|yearly|quarterly|weekly)\s+)?(?:change|growth|rise|increase)",
                           re.IGNORECASE)
_BASIS = {"monthly": "month on month", "annual": "year on year", "yearly": "year on year",
          "quarterly": "quarter on quarter", "weekly": "week on week"}
_FIELD_SEPARATORS = ",;"
# An item of a list of amounts and what each goes to: "- $97.6 million for public safety".
_ALLOCATED = re.compile(r"[ \t]*(?:for|toward|towards)[ \t]+(?:the[ \t]+)?"
                        r"(?P<member>[a-z][a-z'’&-]*(?:[ \t]+[a-z'’&-]+){0,4})[ \t]*[.;,]?[ \t]*(?:\n|$)")
_BULLET = re.compile(r"[ \t]*[-•*][ \t]*$")
_NOT_A_MEMBER = re.compile(r"(?:the\s+)?(?:year|quarter|month|week|period|day|first|second|third|fourth|full|fiscal|"
                           r"last|next|this|each|every)\b")


def field_rows(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, those of a row written as a line (see the module's doc) read as its member's."""
    read = [_allocated(claim, text) for claim in claims]
    if ":" not in text:
        return read
    at = 0
    while at < len(read):
        line_start = text.rfind("\n", 0, read[at].start) + 1
        line_end = text.find("\n", read[at].start)
        line_end = len(text) if line_end < 0 else line_end
        row = [i for i in range(at, len(read)) if read[i].start < line_end]
        at = row[-1] + 1
        found = _ROW.match(text, line_start, read[row[0]].start)
        if found is None or len(row) < 2 or not is_name(found.group("label")):
            continue
        fields = _fields(text, found.end(), [read[i] for i in row])
        if fields is None:
            continue
        levels = [name for name in fields if not _CHANGE_FIELD.fullmatch(name)]
        level_name = levels[0] if len(set(levels)) == 1 else None
        for i, name in zip(row, fields, strict=True):
            read[i] = _member_field(read[i], found.group("label"), name, level_name)
    return read


def _fields(text: str, after: int, row: list[Claim]) -> list[str] | None:
    """The name of each figure's field in a row whose fields start at ``after``, or None when a figure has none of
    its own (the line is prose, not fields)."""
    names = []
    start = after
    for claim in row:
        gap = text[start:claim.start]
        found = _FIELD.fullmatch(gap)
        # the figure's own reading names its field, or the field's last words (Monthly change: change)
        if found is None or not claim.metric or not found.group("name").lower().endswith(claim.metric.lower()):
            return None
        names.append(found.group("name"))
        end = claim.end
        while end < len(text) and text[end] in " \t":
            end += 1
        if end < len(text) and text[end] in _FIELD_SEPARATORS:
            end += 1
        start = end
    return names


def _member_field(claim: Claim, member: str, field: str, level_name: str | None) -> Claim:
    """``claim`` read as ``member``'s figure of its ``field``; a change over a span, the growth of ``level_name``."""
    read = claim.replaced(segment=claim.segment or member)
    change = _CHANGE_FIELD.fullmatch(field)
    if change is None or claim.unit != "percent" or claim.kind not in ("share", "growth"):
        return read
    span = (change.group("span") or "").lower()
    return read.replaced(kind="growth", direction="down" if claim.value < 0 else "up", whole=None,
                         metric=level_name or read.metric, basis=_BASIS.get(span, read.basis))


def _allocated(claim: Claim, text: str) -> Claim:
    """``claim`` read as the member it goes to, when it alone makes a bulleted item of amounts (see _ALLOCATED)."""
    if claim.segment or claim.unit == "percent" or not _BULLET.match(text, text.rfind("\n", 0, claim.start) + 1,
                                                                        claim.start):
        return claim
    found = _ALLOCATED.match(text, claim.end)
    if found is None or _NOT_A_MEMBER.match(found.group("member")):
        return claim
    return claim.replaced(segment=found.group("member"))
