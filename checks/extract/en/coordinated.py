"""A figure coordinated with the one before it, naming nothing of its own: "This compares with increases of 2.5% in
August and 1.4% in July"; "Sales fell 12 per cent for GM and 7.5 per cent for Ford". The second figure is of the
first's quantity (and of its kind: a rate of change, not a share), at its own time or for its own member, which the
words after each figure name ("in July", "for Ford").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.en.cues import ABBREVIATED_BASIS, BASIS_AFTER

_KINDS = ("growth", "change", "level", "share", "ratio")
_MOVE_NOUN = r"(?:increase|rise|fall|drop|decline|gain|growth|change|contraction|expansion|jump|slide)s?"
# Between the two figures: the first's own time or member, its bracket, a conjunction, the movement named again.
# (0.26 per cent MoM and 6.67 per cent YoY; 0.5% m/m in May, and 3.1% y/y: the first figure's basis before the "and")
_BASIS = rf"(?:\s+(?:{ABBREVIATED_BASIS}|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)))?"
_COORDINATED = re.compile(
    _BASIS + r"(?:\s+(?:in|for|during|on)\s+(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}?)?"
    r"\s*(?:\([^()\d]{0,30}\))?\s*,?\s*(?:and|or|but|while|then|followed\s+by)\s+"
    rf"(?:(?:an?|another|a\s+further)\s+)?(?:{_MOVE_NOUN}\s+(?:of\s+)?)?$", re.IGNORECASE)
# Members each with its figure in brackets after the movement: increased on Oahu (up 4.8 percent), Maui (2.5 percent)
# and Hawaii Island (4.3 percent): the name between the brackets is the second figure's member.
_BRACKETED_MEMBER = re.compile(r"\s*\)\s*,?\s*(?:and\s+)?(?P<member>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
                               r"\s*\(\s*$")
# A basis of its own after the second figure (10% year-over-year or 12% in constant currency): another measure.
_OWN_BASIS = re.compile(r"\s+(?P<basis>(?:in|at)\s+constant[- ]currenc(?:y|ies)|at\s+constant\s+exchange\s+rates|"
                        r"organically|on\s+an?\s+(?:organic|like-for-like|comparable)\s+basis)", re.IGNORECASE)
# What the figure is a share of, right after it: 30% of firms; 48.1% share.
_OWN_NOUN_AFTER = re.compile(r"\s*(?:of\s|(?:market\s+)?share\b)", re.IGNORECASE)
# A member named right after a figure, ending its clause or the list: 12 per cent for GM; 7.5 per cent for Ford;
# 3.6 percent at Sam's Clubs; 7.1% for diesel (not "50% for Gen X (…) and Millennials", a list of their own).
_MEMBER_AFTER = re.compile(r"\s+(?:for\s+(?P<member>(?:the\s+)?[A-Za-z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})|"
                           r"at\s+(?P<place>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))"
                           r"(?=\s*(?:[,;.)]|$|\s(?:according|in|on|from|compared|year|and|or|while|but)\b))")
# The time right after a figure, its own (1.8% in February), whatever the first figure's was.
_OWN_TIME = re.compile(r"\s+(?:in|for|during)\s+(?P<time>(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|"
                       r"Q[1-4](?:\s+(?:19|20)\d\d)?)\b")
_TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "the", "year", "month", "quarter", "week", "period"}


def coordinated(claims: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """The claims, a figure coordinated with the one before it read as of that one's quantity (see the module)."""
    read = list(claims)
    for index in range(1, len(read)):
        first, figure = read[index - 1], read[index]
        if figure.whole or spans[index - 1][0] != spans[index][0] or figure.unit != first.unit \
                or first.kind not in _KINDS or figure.kind not in ("share", first.kind) \
                or _OWN_NOUN_AFTER.match(text, figure.end, figure.end + 16) is not None:
            continue
        bracketed = _BRACKETED_MEMBER.fullmatch(text, first.end, figure.start)
        if bracketed is None and not _COORDINATED.fullmatch(text, first.end, figure.start):
            continue
        own_time = _OWN_TIME.match(text, figure.end)
        if figure.metric:  # named already (prices, as the first): only its own time, when it says one
            if figure.metric == first.metric and own_time is not None:
                read[index] = figure.replaced(period=own_time.group("time"))
            elif figure.kind == "share" and first.kind != "share" and first.metric \
                    and text.startswith(" in ", figure.end):
                # gains of 42 percent in revenues and 52 percent in EBITDA: its own quantity, the first's kind
                read[index] = figure.replaced(kind=first.kind, direction=first.direction)
            continue
        member = bracketed.group("member") if bracketed is not None else _member(text, figure.end)
        basis = BASIS_AFTER.match(text[figure.end:figure.end + 60]) or _OWN_BASIS.match(text, figure.end)
        read[index] = figure.replaced(
            kind=first.kind, direction=first.direction if figure.kind != first.kind else figure.direction,
            metric=first.metric, subject=figure.subject or first.subject, segment=member or figure.segment or
            first.segment, period=own_time.group("time") if own_time else figure.period,
            basis=basis.group("basis") if basis is not None else figure.basis)
        first_member = _member(text, first.end)
        if member and first_member and not first.segment:
            read[index - 1] = first.replaced(segment=first_member)  # fell 12 per cent for GM and …: GM's
    return read


def _member(text: str, end: int) -> str | None:
    """The member named right after the figure ending at ``end`` (for Ford), not a time (for the year)."""
    found = _MEMBER_AFTER.match(text, end)
    member = found.group("member") or found.group("place") if found is not None else None
    if member is None or member.split()[0].lower() in _TIME_WORDS:
        return None
    return member
