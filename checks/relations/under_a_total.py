"""parts_vs_total for a list under its total line: "Total passengers: 6.4 million" and the lines right after it
that name kinds of the same thing ("Departing/arriving passengers: 4.2 million", "Transfer passengers: 2.2
million"). Kinds listed under their total add up to no more than it (a list may leave kinds out, so not to it).

Read only when the list is plain: the total's line names "Total <things>", each part's line names "<kind> <things>"
with the same last word, one figure a line, the lines one after another; the list ends at the first line that is
not such a part (a heading, another quantity).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.lines import line_end, line_start
from checks.relations.parts import _a_level, _relation

# A line that opens with its label: "- Total passengers: ", "• European flights: ".
_LINE_LABEL = re.compile(r"\s*(?:[-•·*–]\s*)?(?P<label>[A-Za-z][\w/&' -]{0,40}?)\s*[:：]\s*")
_TOTAL = re.compile(r"(?:total|all)\s+", re.IGNORECASE)


def under_a_total(doc: Doc) -> Iterable[Relation]:
    levels = [c for c in doc.claims if _a_level(doc, c)]
    for index, total in enumerate(levels):
        label = _line_label(doc, total)
        if label is None or not _TOTAL.match(label):
            continue
        things = _last_word(label)
        parts: list[dict] = []
        end = line_end(doc, int(total["end"]))
        for part in levels[index + 1:index + 12]:
            part_label = _line_label(doc, part)
            if end < 0 or int(part["start"]) < end or part_label is None or _TOTAL.match(part_label) \
                    or _last_word(part_label) != things or not same_unit(part, total) \
                    or doc.text[end:int(part["start"])].count("\n") != 1:
                break  # the list goes on line by line, each line a kind of the total's things, or it ends
            parts.append(part)
            end = line_end(doc, int(part["end"]))
        if len(parts) >= 2:
            yield _relation(doc, total, parts, complete=False)


def _line_label(doc: Doc, claim: dict) -> str | None:
    """The label a figure's line opens with, when the figure is the first thing after it."""
    start = int(claim["start"])
    found = _LINE_LABEL.fullmatch(doc.text, line_start(doc, start), start)
    return None if found is None else found.group("label").strip()


def _last_word(label: str) -> str:
    return label.rsplit(" ", 1)[-1].lower()
