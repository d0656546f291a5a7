"""Which figures of a ranking's paragraph are no rivals of its ranked member, and how falls are ranked: the parts of
the member in a sentence breaking it down (Of that, …), two members named together as leaders (India (+23%) and
China (+13%) leading the way), and signed falls ranked by how far they fell (the largest decreases were …)."""

from __future__ import annotations

import re

from checks.relations.base import Doc, metric_key, owner_key

# A sentence that breaks the one before down (Of that, the Pacific market returned a 23.3% increase): its figures are
# parts of the ranked member, not rivals of it.
BREAKS_DOWN = re.compile(r"\s*(?:Of\s+(?:that|this|these|which|those)|Within\s+(?:that|this))\b", re.IGNORECASE)


def within(doc: Doc, claim: dict, members: list[tuple[str, int, dict, dict | None]]) -> bool:
    """Whether a figure stands in a sentence breaking down a ranked member's, after it (see BREAKS_DOWN)."""
    opening = doc.sentence(claim)[0]
    return BREAKS_DOWN.match(doc.text, opening) is not None and any(
        doc.sentence(value)[1] <= opening for _, _, value, _ in members)


# Two members named together, each with its figure in brackets (with India (+23%) and China (+13%) leading the way):
# the place is both's.
_JOINED_IN_BRACKETS = re.compile(r"\s*[)）]\s*,?\s*(?:and|和|及|与|、)\s*[^.;,，。；\d()（）]{1,30}?[（(]\s*$",
                                 re.IGNORECASE)


def co_leaders(doc: Doc, one: dict, other: dict) -> bool:
    """Whether two figures belong to two members named together in brackets (see _JOINED_IN_BRACKETS)."""
    first, second = sorted((one, other), key=lambda c: int(c["start"]))
    return doc.same_sentence(first, second) and _JOINED_IN_BRACKETS.fullmatch(doc.between(first, second)) is not None


_FALLS = re.compile(r"decreas|declin|fall|fell|drop|下降|下滑|减少|跌幅|降幅", re.IGNORECASE)


def largest_falls(doc: Doc, value: dict, other: dict) -> bool:
    """Whether two signed falls (-4.7 per cent, -2.9 per cent) are ranked by how far they fell: both below zero, in a
    sentence that speaks of decreases."""
    if float(value["value"]) >= 0 or float(other["value"]) >= 0:
        return False
    start, end = doc.sentence(value)
    return _FALLS.search(doc.text, start, end) is not None


# The Western European region recorded the highest arrivals with 38,951: a member of a breakdown by region is ranked
_MEMBER_KIND = re.compile(r"\b(?:region|market|country|province|state|city|sector|segment|category|brand|airport|"
                          r"port)s?\b", re.IGNORECASE)


# A figure stated as a total (shipments totaled 399.5 million; 合计1.2万辆): the whole its members share, no rival
_TOTALLED = re.compile(r"\b(?:total(?:l?ed|ing|s)?|in all|altogether)\s*(?:of\s+|at\s+)?(?:about\s+|some\s+)?"
                       r"[$€£¥]?\s*$|(?:合计|总计|共计)[达为约近超]?$", re.IGNORECASE)


def a_rival_member(doc: Doc, rival: dict, value: dict) -> bool:
    """Whether a figure may rival a ranked one: any figure may a whole's; a member's rivals are members too (their
    segment read); an English member's, its kind named before it in its sentence and its name missed by the reading
    (the Western European region recorded the highest arrivals), those of its sentence and other owners' too; none of
    a wider list than a leader's (see of_a_narrower_list)."""
    if of_a_narrower_list(doc, rival, value) or (_a_group(doc, rival) and not _a_group(doc, value)):
        return False  # (第一大贸易伙伴东盟 and the 一带一路 countries together: a group, no partner of the list)
    if _TOTALLED.search(doc.before(rival, 24)):
        return False  # (shipments totaled 399.5 million … Samsung retained its spot as the number one: the market)
    if value.get("segment"):
        return bool(rival.get("segment"))
    start = max(doc.sentence(value)[0], int(value["start"]) - 160)  # (a run-on text is one sentence)
    if doc.same_sentence(rival, value) or _MEMBER_KIND.search(doc.text, start, int(value["start"])) is None:
        return True  # (a rival told beside it: Toyota's nearly 17,000 with Mazda, its nearest rival, selling 18,000)
    return bool(rival.get("segment")) or owner_key(rival) not in ("", owner_key(value))


# A group of countries or markets, told beside single ones: the countries along the Belt and Road, RCEP's partners.
_GROUP = re.compile(r"沿线国家|一带一路|RCEP|金砖国家|新兴市场|发达国家|发展中国家|\bBRICS\b|\bemerging markets\b",
                    re.IGNORECASE)


def _a_group(doc: Doc, claim: dict) -> bool:
    return _GROUP.search(f"{claim.get('segment') or ''}{claim.get('metric') or ''}{doc.before(claim, 24)}") is not None


def the_whole_group(rival: dict, value: dict) -> bool:
    """An English rival named by the last words of the figure's name, with no owner of its own (59% of workers beside
    Asian workers' 57%): the whole group, not a member ranked beside it."""
    name, rivals = metric_key(value), metric_key(rival)
    return rivals.isascii() and name != rivals and name.endswith(rivals) and not owner_key(rival)


# An English place word and the words of the list it ranks, up to where the list's name ends (the top selling rental
# model for the month …: selling rental model; the second bestselling model …: bestselling model).
_RANKED_LIST = re.compile(r"\b(?:top|best|leading|biggest|largest|second|third|fourth|fifth|No\.\s*\d+)\b[- ]?"
                          r"(?P<words>(?:[a-z-]+\s+){0,4}?)(?=(?:for|with|in|of|at|on|by|after|behind)\b|[,.;]|$)",
                          re.IGNORECASE)
_LIST_FILLER = {"selling", "bestselling", "best", "the", "a", "most", "popular", "and"}


def _list_words(doc: Doc, claim: dict) -> set[str] | None:
    """The words of the list a figure is placed in by the last place word of its sentence before it, or None."""
    found = None
    for found in _RANKED_LIST.finditer(doc.text, doc.sentence(claim)[0], int(claim["start"])):  # noqa: B007 (the last)
        continue
    if found is None:
        return None
    words = {w.removesuffix("s") for w in found.group("words").lower().replace("-", " ").split()} - _LIST_FILLER
    return words or None


def of_a_narrower_list(doc: Doc, rival: dict, value: dict) -> bool:
    """Whether an English leader is of a narrower list than a rival placed in a list of its own in another sentence
    (the top selling rental model with 63 units; the second bestselling model with 533): 'rental' names a list of
    which 533 is no member."""
    if doc.same_sentence(rival, value) or not str(value.get("unit", "")).isascii():
        return False
    own, others = _list_words(doc, value), _list_words(doc, rival)
    return own is not None and others is not None and not own <= others
