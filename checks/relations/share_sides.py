"""The sides of a share that English states around it rather than before it: the amount told after the share ("36
percent, or $19.8 billion, goes to …"), the whole named in the share's own name ("the manufacturing sectors' share of
total exports was 94.4%") and the total a list of shares is headed with ("Of the total $54.6 billion: • 36 percent,
…"). Used by share_vs_counts (counts.py)."""

from __future__ import annotations

import re

from checks.relations.base import Doc, bounds, same_unit

# A share told first and its amount after it: "36 percent, or $19.8 billion"; "was 94.4% or $79 billion".
_OR_AMOUNT = re.compile(r"\s*,?\s*or\s+")
# (coming in 6.8% or $433.5 million ahead of forecasts: a gap to another amount, no part of a whole)
_COMPARED = re.compile(r"\s*(?:more|less|fewer|ahead|above|below|higher|lower|over|under|short|behind)\b",
                       re.IGNORECASE)
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?(?P<whole>(?:total|overall|all)\s+[a-z][\w\s'’-]{2,40})$",
                       re.IGNORECASE)
# A total that heads what follows: "Of the total $54.6 billion:", "Of the $3.2 billion,".
_OF_THE = re.compile(r"\bOf\s+(?:the\s+)?(?:(?:total|overall)\s+)?$", re.IGNORECASE)
_HEADING_REACH = 1500
_ITEM = re.compile(r"\s*(?:[•·▪●◦*–—-]|\d{1,2}[.)])\s")


def amount_after(doc: Doc, share: dict) -> dict | None:
    """The amount of money told right after a share as the same part (see _OR_AMOUNT), else None."""
    index = int(share["_index"])
    following = doc.claims[index + 1] if index + 1 < len(doc.claims) else None
    if following is None or following["kind"] != "level" or following["unit"] in ("percent", "pp", "count") \
            or not _OR_AMOUNT.fullmatch(doc.between(share, following)) or _COMPARED.match(doc.after(following, 16)):
        return None
    return following


def whole_in_name(share: dict) -> str | None:
    """The whole a share's name says it is of ("… share of total exports": total exports), else None."""
    found = _SHARE_OF.search(str(share.get("metric") or ""))
    return found.group("whole") if found else None


def whole_headed(doc: Doc, part: dict) -> dict | None:
    """The nearest amount before a part, within _HEADING_REACH characters, that heads a list ("Of the total $54.6
    billion:"), of the part's unit and larger than it, else None."""
    start = int(part["start"])
    for claim in reversed(doc.claims[:int(part["_index"])]):
        if start - int(claim["end"]) > _HEADING_REACH:
            return None
        if _OF_THE.search(doc.before(claim, 24)) and doc.after(claim, 2)[:1] in (":", ","):
            lines = doc.text[int(claim["end"]):start].split("\n")[1:]  # (the part's own line too)
            if same_unit(claim, part) and bounds(claim)[0] > bounds(part)[1] \
                    and all(_ITEM.match(line) for line in lines if line.strip()):  # (the list's items only)
                return claim
            return None
    return None
