"""rank_vs_values for an order told across a sentence's end: "South Korea remains the top source market with
116,185 visitors. This was followed by China with 126,785 arrivals; the United States with 82,617 arrivals; and Japan
with 53,784 arrivals." The sentence that opens with "This was followed by" continues the order of the figure the
sentence before ends on, and each member after it, named with "with" and set off by ; or "and", follows the one
before it: each lies no higher than the one it follows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, same_unit, shown

_OPENS = re.compile(r"(?:This|That|It|These|They)\s+(?:was|were|is|are)\s+(?:closely\s+)?followed\s+by\s+")
# the first member after the opening: a name, then "with" (China with; the United States of America with)
_FIRST = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.'’-]*){0,4}\s+with\s+"
                    r"(?:an?\s+)?(?:estimated\s+)?")
# the next member: the words that close the one before (arrivals), ; or "and", its name, "with"
_REACH = 12  # members after the opening at most
_NEXT = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:;|,)\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?(?:the\s+)?"
                   r"[A-Z][\w.'’-]*){0,4}\s+with\s+(?:an?\s+)?")


def followed_across(doc: Doc) -> Iterable[Relation]:
    if "followed" not in doc.text:
        return
    starts = [int(c["start"]) for c in doc.claims]  # (each opening reads its neighbours only: linear in the text)
    for opening in _OPENS.finditer(doc.text):
        at = bisect_left(starts, opening.end())
        after = doc.claims[at:at + _REACH]
        before = [c for c in doc.claims[max(0, at - 2):at] if int(c["end"]) <= opening.start()]
        if not after or not before or not _FIRST.fullmatch(doc.text, opening.end(), int(after[0]["start"])) \
                or doc.sentence(before[-1])[1] > opening.start() or doc.paragraph(before[-1]) + 1 < doc.paragraph(
                    after[0]) or doc.text[doc.sentence(before[-1])[1]:opening.start()].strip(" \t\n.") != "":
            continue  # (the figure the sentence before ends on, that sentence's last, one paragraph back at most)
        chain = [before[-1], after[0]]
        for claim in after[1:]:
            if not _NEXT.fullmatch(doc.between(chain[-1], claim)) or doc.paragraph(claim) != doc.paragraph(after[0]):
                break
            chain.append(claim)
        for leader, follower in pairwise(chain):
            if not same_unit(leader, follower) or leader["kind"] != "level" or follower["kind"] != "level":
                break
            stated = f"{shown(follower)} follows {shown(leader)}"
            yield in_order(doc.name, (leader, follower), follower.get("metric"), leader, follower, stated,
                           f"{stated}, but it is higher")
