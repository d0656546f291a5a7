"""The parts and wholes an English figure names right after it: the member of a breakdown it counts (8,380 boys
and 9,186 girls; 4,100 rural households: its ``segment``), and the whole a share is of (74 per cent of the total
population aged seven and above: its ``whole``, the population)."""

from __future__ import annotations

import re

# Words that name one member of a breakdown of people or places (their partitions are in the relations'
# breakdowns: a member names one part, the others the rest).
MEMBERS = ("boys", "girls", "men", "women", "male", "female", "males", "females", "urban", "rural", "domestic",
           "international", "online", "offline")
_MEMBER_AFTER = re.compile(rf"\s*(?:of\s+(?:the\s+)?)?(?P<member>{'|'.join(MEMBERS)})\b", re.IGNORECASE)


def member_after(after: str) -> str | None:
    """The breakdown member the words right after a figure name (boys in "8,380 boys"), else None."""
    found = _MEMBER_AFTER.match(after)
    return found.group("member").lower() if found else None


# A share's whole after it: of (the) (total) population (aged …, who …, in …): the noun phrase up to its qualifiers;
# "total" is the whole itself where no noun follows it (8.9% of the total in 2016).
_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|this\s+)?(?:\d[\d,]*\s+)?"  # of the 48 respondents
                          r"(?:(?:total|entire|whole|overall)\s+(?!(?:in|for|of|on|at|by|to|and|or|from|during)\b))?"
                          r"(?P<noun>(?!(?:the|a|an|its|their)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})",
                          re.IGNORECASE)
_WHOLE_ENDS = re.compile(r"\s+(?:aged|who|that|which|in|from|with|is|are|was|were|said|say|to|for|and|or|on|at|"
                         r"by|came|come|has|have|had|will|would|still|during|over|across|last|this)\b.*$",
                         re.IGNORECASE)


def whole_after(after: str) -> str | None:
    """The whole a share names right after it (of the total population aged seven → population), else None."""
    found = _WHOLE_AFTER.match(after)
    if found is None:
        return None
    noun = _WHOLE_ENDS.sub("", found.group("noun")).strip().lower()
    return noun or None


# A region or market named before the quantity (North American sales, international sales, Asian revenue): the part
# of the quantity it is; a nationality or region word, never a company's name (Apple sales).
_REGION = re.compile(r"^(?P<region>(?:(?:North|South|Latin|Central|Eastern|Western|Northern|Southern)\s+)?"
                     r"(?:American|European|Asian|African|Australian|Chinese|Japanese|Indian|Canadian|British|German|"
                     r"French|Italian|Spanish|Mexican|Brazilian|Russian|Korean|Indonesian|Malaysian|Thai|"
                     r"Vietnamese|Filipino|Singaporean|Middle\s+Eastern|Nordic|Pacific|Atlantic)|"
                     r"[Ii]nternational|[Dd]omestic|[Oo]verseas|[Ff]oreign|U\.S\.|US|UK|EU)\s+"
                     r"(?P<quantity>(?:sales|revenues?|turnover|arrivals|visitors|exports|imports|shipments|"
                     r"deliveries|orders|profits?|earnings|income|spending|output)\b.*)$")


def regional(phrase: str) -> tuple[str, str] | None:
    """(the region, the quantity) of "North American sales", else None."""
    found = _REGION.match(phrase.strip())
    return (found.group("region"), found.group("quantity")) if found else None
