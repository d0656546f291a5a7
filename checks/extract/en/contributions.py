"""Contributions to a rate: "services contributed the most to the annual inflation rate, adding 1.82 percentage
points"; "food, which contributed 0.45 percentage points, goods at 0.19 percentage points, and energy at 0.12";
"the biggest contribution to inflation came from services (+1.49 pp), followed by energy (+0.20 pp)". The figure
is the member's contribution to the rate, not a change of the member: the member is its segment, "contribution to
the rate" its quantity, and the items listed after it are contributions of their own members to the same rate."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.claim import Claim
from checks.extract.en.measure import phrase_before
from checks.extract.text import clause_start

# The rate contributed to, after "to": to the euro area's annual inflation rate; to total retail turnover.
_TO = r"to\s+(?:the\s+)?(?P<to>[A-Za-z][\w’'&-]*(?:\s+[A-Za-z][\w’'&-]*){0,5}?)"
# The verb before the figure: "X contributed", "X, which contributed", "X contributed the most to Y, adding".
_VERB = re.compile(rf"\b(?:which\s+|that\s+)?contribut(?:ed|es|ing)\s+(?:the\s+(?:most|least|largest|biggest)\s+)?"
                   rf"(?:{_TO}\s*,\s*(?:adding|subtracting|accounting\s+for)\s+)?(?:an?\s+|about\s+|some\s+)?$",
                   re.IGNORECASE)
# The noun before a bracketed figure: "the largest contribution to inflation came from services (".
_NOUN = re.compile(rf"\bcontributions?\s+{_TO}\s+(?:came|comes|was|were)\s+from\s+"
                   r"(?P<member>[^()\d;]{2,60}?)\s*\(\s*[+-]?$", re.IGNORECASE)
# The rate after the figure: contributed 3.3 per cent to total retail turnover.
_TO_AFTER = re.compile(rf"\s*{_TO}(?=\s*(?:[,.;]|in\b|$))", re.IGNORECASE)
# The member before ", which contributed": followed by food, alcohol and tobacco.
_FOLLOWED = re.compile(r"\b(?:followed\s+by|from)\s+(?P<member>[^()\d;]{2,60}?)\s*,?\s*$", re.IGNORECASE)
# The gap from one contribution to the next item of its list: ", energy at ", "), followed by goods (".
_NEXT = re.compile(r"(?:\s*or\s+pp)?\s*\)?\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:followed\s+by\s+|then\s+)?"
                   r"(?P<member>(?!(?:while|whereas|but|as|with|which|who|although|though|compared|its?|the)\b)"
                   r"[A-Za-z][^()\d;.]{1,60}?)\s*(?:\(\s*|\s+at\s+)[+-]?", re.IGNORECASE)
_UNITS = ("pp", "percent")
# A figure whose own contribution follows it is the member's rate, not a contribution: (61.5% and contributing 4.7
# percentage points)
_OWN_AFTER = re.compile(r"\s*,?\s*and\s+contribut", re.IGNORECASE)


def _rate(found: re.Match[str] | None) -> tuple[str | None, str | None]:
    """(the rate's name, its owner) from a "to" match: the euro area's annual inflation rate → (annual inflation
    rate, euro area)."""
    if found is None or not found.group("to"):
        return None, None
    rate = found.group("to").strip()
    owner, mark, rest = rate.replace("’", "'").partition("'s ")
    return (rest, owner) if mark and rest else (rate, None)


def _member(text: str, start: int, end: int) -> str | None:
    """The member named before "contributed" between ``start`` and ``end``."""
    before = text[start:end]
    followed = _FOLLOWED.search(before)
    return followed.group("member").strip(" ,") if followed else phrase_before(before.rstrip(" ,"))


def contributions(claims: list[Claim], text: str, sentence_of: list[tuple[int, int]]) -> list[Claim]:
    """The claims that state a member's contribution to a rate (see the module's forms), read as such."""
    read = list(claims)
    last: Claim | None = None  # the contribution before, whose list the next figures may go on
    for at, claim in enumerate(read):
        if claim.unit not in _UNITS:
            continue
        sentence_start = sentence_of[at][0]
        window = max(sentence_start, claim.start - 160)
        if last is not None and read[at - 1] is last and not _OWN_AFTER.match(text, claim.end) \
                and (item := _NEXT.fullmatch(text, last.end, claim.start)) is not None:
            # goods at 0.19 percentage points, and energy at 0.12: the next member's contribution to the same rate
            # (the gap holds no full stop; a semicolon may have split the list into sentences)
            last = read[at] = replace(claim, metric=last.metric, segment=item.group("member").strip(),
                                      subject=claim.subject or last.subject)
            continue
        if text.find("contribut", window, claim.start) < 0:
            continue  # most figures have no contribution before them: a plain test before the patterns
        verb, noun = _VERB.search(text, window, claim.start), _NOUN.search(text, window, claim.start)
        if verb is not None:
            relative = verb.group(0)[:1].lower() in "wt"  # food, which contributed: the name before its comma
            start = sentence_start if relative else clause_start(text, sentence_start, verb.start())
            member = _member(text, start, verb.start())
            if not member and at and sentence_of[at - 1] == sentence_of[at] and read[at - 1].end <= verb.start():
                # gold decreased by 29.8%, contributing -1.4 percentage points: the member whose rate came before
                member = read[at - 1].segment or read[at - 1].metric or read[at - 1].subject
            rate, owner = _rate(verb if verb.group("to") else _TO_AFTER.match(text, claim.end))
        elif noun is not None and claim.unit == "pp":  # (+0.8%) after "came from": the member's own growth
            member, (rate, owner) = noun.group("member").strip(" ,“”\""), _rate(noun)
        else:
            continue
        if not member:
            continue
        if rate is None and last is not None and claim.start - last.end < 400:
            metric = last.metric  # which contributed 0.45 points: to the rate the contribution before was to
        else:
            metric = f"contribution to {rate}" if rate else "contribution"
        last = read[at] = replace(claim, metric=metric, segment=member, subject=claim.subject or owner)
    return read
