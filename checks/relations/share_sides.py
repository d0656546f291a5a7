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


# A whole counted by what its members did (披露企业总数: the number of firms that disclosed), and the words of a count.
_COUNTED_WHOLE = re.compile(r"^(?P<did>[\u4e00-\u9fff]{2,4}?)(?:的)?(?:企业|公司|上市公司)(?:总数|数量|总量|数)$")


def counted_whole(doc: Doc, part: dict, whole: str) -> dict | None:
    """The count a share of firms names as its whole by what they did (占披露企业总数的57.41%: of the 5351家公司
    that 披露 their reports, the count said again later): a count of firms with that verb right after it, in the 400
    characters before the part, larger than it; the claim of that count nearest before the part."""
    named = _COUNTED_WHOLE.match(whole)
    if named is None or part["unit"] != "count":
        return None
    start = int(part["start"])
    did = re.compile(r"(?P<n>\d[\d,]*)\s*家(?:上市)?(?:公司|企业)[^，,。；;\d]{0,6}?" + re.escape(named.group("did")))
    told = [float(found.group("n").replace(",", "")) for found in did.finditer(doc.text, max(0, start - 400), start)]
    for claim in reversed(doc.near(part, 12)):
        if int(claim["end"]) <= start and claim["unit"] == "count" and claim["kind"] == "level" \
                and float(claim["value"]) in told and bounds(claim)[0] > bounds(part)[1]:
            return claim
    return None


_AMONG = re.compile(r"\s*中\s*[，,]")


def among_total(doc: Doc, claim: dict) -> bool:
    """Whether a count opens its sentence as the set its parts are of (在参与本次调查的15961人中，男性有8588人…)."""
    return claim["unit"] == "count" and _AMONG.match(doc.text, int(claim["end"])) is not None \
        and "在" in doc.before(claim, 16)


# A count with its own share in brackets right after it (holiday visitors totalled 600,887 (75.8%), 68,262 (8.6%)
# came to visit friends): a member of the breakdown the shares are of, not their whole.
_OWN_SHARE = re.compile(r"\s*[(（]\s*(?!100(?:\.0+)?\s*%)\d[\d.]*\s*(?:%|per\s?cent|percent)\s*[)）]")


def own_share_after(doc: Doc, claim: dict) -> bool:
    return _OWN_SHARE.match(doc.text, int(claim["end"])) is not None
