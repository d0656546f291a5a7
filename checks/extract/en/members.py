"""The parts and wholes an English figure names right after it: the member of a breakdown it counts (8,380 boys
and 9,186 girls; 4,100 rural households: its ``segment``), and the whole a share is of (74 per cent of the total
population aged seven and above: its ``whole``, the population)."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.claim import Claim
from checks.extract.mention import Mention
from checks.extract.reading import Reading

# Words that name one member of a breakdown of people or places (their partitions are in the relations'
# breakdowns: a member names one part, the others the rest).
MEMBERS = ("boys", "girls", "men", "women", "male", "female", "males", "females", "urban", "rural", "domestic",
           "international", "online", "offline")
_MEMBER_AFTER = re.compile(rf"\s*(?:of\s+(?:the\s+)?)?(?P<member>{'|'.join(MEMBERS)})\b", re.IGNORECASE)


def member_after(after: str) -> str | None:
    """The breakdown member the words right after a figure name (boys in "8,380 boys"), else None."""
    found = _MEMBER_AFTER.match(after)
    return found.group("member").lower() if found else None


# A member named before "with" and its figure, in a list of members (followed by South Korea with an estimated
# 408,100 visitors, and Japan with 192,400; from the Australasian region with 100,100 visitors; the United States of
# America with 82,617 arrivals; the top ten markets are Australia with 123,851; …).
_WITH_FIGURE = re.compile(r"(?:^\s*|[,;]\s*|\b(?:and|by|from|followed\s+by|are|were|included|including)\s+)"
                          r"(?:from\s+)?(?:the\s+)?"
                          r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w'’.-]*(?:\s+region)?)"
                          r"(?:\s+led\s+the\s+\w+)?\s+with\s+(?:an?\s+)?(?:(?:estimated|about|around|some|nearly|"
                          r"almost|over|more\s+than)\s+)?$")


def with_member(before: str) -> str | None:
    """The member a figure in a list is of, named right before its "with" (see _WITH_FIGURE), else None."""
    found = _WITH_FIGURE.search(before) if " with" in before[-30:] else None
    if found is None or (found.start() == 0 and " led " in found.group(0)):
        return None  # (Lisbon Portela led the way with …: a sentence's party, not a member of a list)
    return found.group("name")


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


# A region of the world: in a company's results, a member of its breakdown by region, not a party (while the Asia
# Pacific (42% of sales) achieved growth of 14%).
WORLD_REGION = re.compile(r"(?:(?:North|South|Latin|Central|Eastern|Western|Northern|Southern)\s+)?"
                          r"(?:Americas?|Europe|Asia(?:[\s-]+Pacific)?|Africa|Oceania|Middle\s+East"
                          r"(?:\s*(?:&|and)?\s*Africa)?|EMEA|APAC)")


def regional(phrase: str) -> tuple[str, str] | None:
    """(the region, the quantity) of "North American sales", else None."""
    found = _REGION.match(phrase.strip())
    return (found.group("region"), found.group("quantity")) if found else None


# A second member whose verb is left out, after a movement (Heathrow rose 7.9% and Gatwick 6.1%; Sales grew 4% in
# Asia, Europe 2%): only a name between the two figures, so the second moved the same way, of the same quantity.
_GAPPED = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)"
                     r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:by\s+)?$")
# The same with a quantity in lower case and its "by": crude oil output by 6.1%; natural gas by 3.8%.
_GAPPED_QUANTITY = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+by\s+$")
_NOT_QUANTITY = re.compile(r"\b(?:up|down|or|and|while|the|an?|it|its|which|that|this|than|from|to|with|[a-z]+ed|"
                           r"[a-z]+ing|[a-z]+ly|grew|rose|fell|sank|shrank|went|came|saw|was|were|is|are|has|have|"
                           r"had|been|be|will|would|also)\b")
_NOT_MEMBERS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "the", "it", "this", "that", "its", "they", "he", "she", "we", "q1", "q2", "q3",
                "q4", "h1", "h2"}


def gapped(text: str, mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int) \
        -> Reading | None:
    """The reading of a figure whose member stands alone before it after a movement of the same unit (see
    _GAPPED): the movement before, of that member; else None."""
    if previous is None or previous[0].end < sentence_start or previous[1].direction is None \
            or previous[0].unit != mention.unit or previous[1].kind not in ("growth", "change"):
        return None
    found = _GAPPED.fullmatch(text, previous[0].end, mention.start)
    if found is None and (other := _GAPPED_QUANTITY.fullmatch(text, previous[0].end, mention.start)) is not None \
            and not _NOT_QUANTITY.search(other.group("name")):
        # Coal production rose by 7.3%, crude oil output by 6.1%: another quantity, the same verb left out
        return replace(previous[1], metric=other.group("name"), segment=None, qualifier=mention.qualifier)
    if found is None or found.group("name").split()[0].lower() in _NOT_MEMBERS:
        return None
    name, before = found.group("name"), previous[1]
    if before.segment is not None and before.subject is None:
        return replace(before, segment=name, qualifier=mention.qualifier)
    return replace(before, subject=name, segment=None, qualifier=mention.qualifier)


# Unemployment among women fell by 10,000 to 1.09 million, and among men by 39,000 to 1.43 million: a quantity among
# one member of a breakdown; the second clause names only the member, its quantity the one before.
_AMONG = re.compile(rf"^(?P<metric>.*?)\s*\bamong\s+(?:the\s+)?(?P<member>{'|'.join(MEMBERS)})$", re.IGNORECASE)


def among_members(claims: list[Claim], spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims whose name ends with "among" a member (unemployment among women) with that member as their
    segment and the rest as their metric; a name that is only "among men" takes the metric of the figure before it in
    its sentence."""
    read = list(claims)
    for index, claim in enumerate(read):
        found = _AMONG.match(claim.metric or "")
        if found is None or claim.segment:
            continue
        metric = found.group("metric").strip()
        if not metric and index and spans[index - 1] == spans[index]:
            metric = read[index - 1].metric or ""
        if metric:
            read[index] = claim.replaced(metric=metric, segment=found.group("member").lower())
    return read
