"""The members of a breakdown of shares told after its leader: "75.6 per cent of sold properties were apartments,
followed by maisonettes with 20.0 per cent and terraced houses with 4.4 per cent"; "Apple was second with 13 percent
of the market, followed by Huawei with 11 percent". Each share after "followed by" is of the leader's quantity and
whole, its own member named before it; the leader's member may stand after its whole (were apartments)."""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.members import MEMBERS
from checks.extract.en.owners import is_name

_NAME = r"(?P<name>[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,3}?)"
_HOW = (r"\s+(?:with|at|on|accounting\s+for)\s+(?:its\s+|their\s+|an?\s+)?"
        r"(?:(?:estimated|about|around|some|nearly|almost|over|more\s+than|just)\s+)?$")
# followed by maisonettes with; followed by Xiaomi with its
_FOLLOWED = re.compile(rf"\bfollowed\s+by\s+(?:the\s+)?{_NAME}{_HOW}")
# … and terraced houses with; , OPPO accounting for: the list after "followed by" goes on
_NEXT = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_NAME}{_HOW}")
_NOT_MEMBER = {"it", "its", "them", "they", "this", "that", "those", "these", "others", "the rest", "rest"}
# a share of a whole that then says which member it is: 75.6 per cent of sold properties were apartments
_OF_WERE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is)\s+"
                      r"(?P<member>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[,.;]|$|\s+(?:in|last|this|and|while)\b))")
_LEAD_REACH = 120


def followers(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The share claims of a list led by one share and "followed by" others (see the module) with the leader's
    metric and whole, each of its own member: a name owns its share where the leader has an owner or none (the
    companies of a market), any other word is a member of the leader's breakdown."""
    read = list(claims)
    for index, claim in enumerate(read):
        if claim.kind != "share":
            continue
        were = _OF_WERE.match(text, claim.end) if not claim.segment else None
        if were is not None and _member_word(were.group("member")):
            read[index] = claim = claim.replaced(segment=were.group("member"))
        if not index or spans[index - 1] != spans[index] or read[index - 1].kind != "share":
            continue
        leader = read[index - 1]
        found = _FOLLOWED.search(text, max(spans[index][0], claim.start - 80, leader.end), claim.start)
        if found is None and "followed by" in text[max(spans[index][0], leader.start - _LEAD_REACH):leader.start]:
            found = _NEXT.fullmatch(text, leader.end, claim.start)
        name = found.group("name") if found is not None else None
        if name is None or name.lower() in _NOT_MEMBER or not (leader.metric or leader.whole):
            continue
        if is_name(name) and not leader.segment:
            read[index] = claim.replaced(subject=name, segment=None, metric=leader.metric, whole=leader.whole)
        else:
            read[index] = claim.replaced(subject=leader.subject, segment=name, metric=leader.metric,
                                         whole=leader.whole)
    return read


def _member_word(word: str) -> bool:
    """Whether the words after "were" name a member (apartments, women), not a state (satisfied, expected)."""
    last = word.split()[-1].lower()
    return last in MEMBERS or (last.endswith("s") and not last.endswith(("ss", "ous", "us", "is")))
