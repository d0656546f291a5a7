"""The member a short heading line names, over the labelled lines under it: a release's table written as text
("By region: / Midwest / Existing-Home Sales: 1.27 million (Unchanged YoY) / Median Price: $213,500 / Northeast /
Existing-Home Sales: 690,000 …"). Each labelled line's figures are of the heading's member (the Midwest's sales), so
that the regions' sales are parts of the nation's and not one quantity told four times. Read only where two headings
or more each head lines that open with the same labels: a heading is a line of one to three words in capitals, no
figure and no closing punctuation; a figure that names its own member or owner keeps it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from checks.extract.claim import Claim

_HEADING = re.compile(r"^[ \t]*(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2})[ \t]*$", re.MULTILINE)
_LABELLED = re.compile(r"^[ \t]*(?P<label>[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3})[ \t]*:[ \t]*\S", re.MULTILINE)
# A blank line not followed by another labelled line: the end of a heading's group
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n(?![ \t]*[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}[ \t]*:)")


def heading_members(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, those of a labelled line under a heading of a grouped table given the heading as their member."""
    if ":" not in text or "\n" not in text:
        return claims
    headings = [(m.start(), m.end(), m.group("name")) for m in _HEADING.finditer(text)]
    if len(headings) < 2:
        return claims
    labelled = [(m.start(), m.group("label").lower()) for m in _LABELLED.finditer(text)]
    label_starts = [start for start, _ in labelled]
    groups = []  # (heading's name, start of its lines, their end, the labels of its lines)
    for index, (_, end, name) in enumerate(headings):
        stop = headings[index + 1][0] if index + 1 < len(headings) else len(text)
        lines = labelled[bisect.bisect_left(label_starts, end):bisect.bisect_left(label_starts, stop)]
        # (the heading's lines are labelled lines only, one after another: a paragraph ends the group)
        paragraph = _PARAGRAPH_END.search(text, end, stop)
        if paragraph is not None:
            lines = [line for line in lines if line[0] < paragraph.start()]
            stop = paragraph.start()
        if lines:
            groups.append((name, end, stop, tuple(label for _, label in lines)))
    told = Counter(group[3] for group in groups)  # (counted once: linear in the headings of a long text)
    shared = [group for group in groups if told[group[3]] >= 2]
    if len(shared) < 2:
        return claims
    read = list(claims)
    starts = [claim.start for claim in claims]
    for name, start, stop, _ in shared:
        for at in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop)):
            if not read[at].segment and not read[at].subject:
                read[at] = read[at].replaced(segment=name)
    return read
