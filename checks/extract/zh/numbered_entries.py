"""The entries of a numbered ranking, a line each: "智能手机厂商具体榜单如下：1、三星(25.6%) 2、苹果(14.5%)
3、华为(7.4%)".
The name on a line is the member its figure is of, not the quantity: the quantity is the one the text measured the
same members by before the list (联想、小米…其市场份额分别是4.8%、3.8%…), when a figure of the same kind and unit,
read as of one of the listed members, names one.
Read on a run of three lines or more, each a number, a name and one figure in brackets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# 1、三星(25.6%)  2. 苹果（14.5%）  3）华为 (7.4%)
_ENTRY = re.compile(r"^[ \t\u3000]*\d{1,2}[、.．)）][ \t\u3000]*(?P<name>[^\s(（:：\d、，,。]{1,12})[ \t\u3000]*"
                    r"[（(][^()（）\n]{1,20}[)）][ \t\u3000]*$", re.MULTILINE)
_FEWEST = 3
# How far before the list the quantity its members are measured by is looked for.
_REACH = 1500


def numbered_entries(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a numbered ranking's figures given their line's name as member (see the module)."""
    read = list(claims)
    if "、" not in text and "." not in text:
        return read
    entries = list(_ENTRY.finditer(text))
    if len(entries) < _FEWEST:
        return read
    starts = [claim.start for claim in read]
    names = {entry.group("name") for entry in entries}
    for entry in entries:
        at = bisect.bisect_left(starts, entry.start("name"))
        if at >= len(read) or read[at].start >= entry.end() or bisect.bisect_left(starts, entry.end()) - at != 1:
            continue  # no figure on the line, or more than one
        claim = read[at]
        measured = next((earlier for earlier in reversed(read[max(0, at - 40):at])
                         if earlier.start >= entry.start() - _REACH and earlier.kind == claim.kind
                         and earlier.unit == claim.unit and earlier.segment in names and earlier.metric
                         and earlier.metric not in names
                         and not _ENTRY.match(text, text.rfind("\n", 0, earlier.start) + 1)), None)
        read[at] = claim.replaced(segment=entry.group("name"), metric=measured.metric if measured else None,
                                  subject=measured.subject if measured else claim.subject)
    return read
