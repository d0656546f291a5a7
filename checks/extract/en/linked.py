"""One quantity across its links. A change and the levels it reached and started from (rose 12.5% to $3.1 billion
from $2.8 billion), and a level and the earlier level it is compared with ($7.56 billion, up from $7.19 billion),
measure one thing: a figure of such a group that names no quantity takes the name another gives, with its owner and
member. The earlier level is of an earlier time: when its sentence names none for it, or names the later figure's,
it is read as "a year earlier", "the previous month" or, with no word of which, "the period before", so that the
two figures never read as one figure stated twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_CHANGES = ("growth", "change", "multiple")
_LEVELS = ("level", "share", "ratio")
_NEAR = 6  # claims either side searched for the figure a link names by its value
_YEAR_ON_YEAR = re.compile(r"year[- ](?:on|over)[- ]year|a\s+year\s+(?:earlier|ago)|annual|\by/y\b|\byoy\b",
                           re.IGNORECASE)

# The earlier time said right after the earlier level, before any other figure: $9.7 million, or 31 cents per share,
# in the year-before period; 17.9 percent the previous month; 4.2% a year ago.
_YEAR_EARLIER = (r"(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?year-(?:ago|earlier|before)|"
                 r"(?:the\s+)?(?:prior|previous)[- ]year|last\s+year|(?:the|a)\s+(?:same|similar|comparable|"
                 r"corresponding)\s+(?:period|quarter|month|week|half)\s+(?:(?:of|in)\s+)?(?:last|the\s+previous)\s+year")
_UNIT_EARLIER = (r"(?:the|a)\s+(?P<unit1>month|quarter|week|day|session)\s+(?:before|earlier)|"
                 r"(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<unit2>month|quarter|week|day|session)|"
                 r"(?:a|one)\s+(?P<unit3>month|quarter|week|day)\s+(?:ago|earlier)")
_EARLIER_AFTER = re.compile(rf"(?:,?\s*or\s+[^,;.]{{0,16}}?\s(?:per|a)\s+(?:diluted\s+)?share)?[^\d.;]{{0,50}}?"
                            rf"\b(?:(?P<year>{_YEAR_EARLIER})|{_UNIT_EARLIER})\b", re.IGNORECASE)
# ... or before it, as its quantity's adjective: up from a year-earlier profit of; last month's 6.2%.
_EARLIER_BEFORE = re.compile(r"\b(?:(?P<year>a\s+year-(?:ago|earlier)|(?:the\s+)?(?:prior|previous)-year|"
                             r"last\s+year['’]s)|(?:the\s+)?(?:previous|prior|last)\s+(?P<unit1>month|quarter|week)"
                             r"['’]?s?)\b[^\d.;]{0,30}$", re.IGNORECASE)


# The earlier level's own time, said right after it: $39.95 billion in the like period of 2017; Rs31.18 lakh crore
# in Q1 of 2017-18; 9,476,075,000 in 1H08; 956.55 million Friday; USD 9.98 Billion in March2020; past its
# alternative in brackets (USD 313.36 Billion (Rs.22,19,854.18 Crore) during the period April-March 2019-20).
_TIME_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+[a-zA-Z]+){0,3}?\s+(?:(?:in|for|during|of|on|reported\s+for)\s+"
                         r"(?P<time>[^.;:()]{0,30}?(?:(?:19|20)\d\d(?:[-–/]\d\d)?|[1-4]H\d\d|H[1-4]\s*\d\d))\b|"
                         r"(?P<day>yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# Not an earlier time: what was expected, forecast or first published (vs. 65 cents expected; compared with 6.1%
# predicted previously; revised from +0.5%), or another member (£306,000 amongst women compared to £403,000
# amongst men).
_NOT_EARLIER_AFTER = re.compile(r"(?:[^.;]|\.(?=\d)){0,40}?\b(?:expected|estimated|forecast|predicted|projected|"
                                r"tipped|poll|previously|consensus|estimates?|amongst|among|guidance)\b", re.IGNORECASE)
_NOT_EARLIER_BEFORE = re.compile(r"\b(?:revised|revises|revising|estimates?|expectations?|forecasts?|consensus|"
                                 r"guidance|outlook|projections?)\b(?:[^.;]|\.(?=\d)){0,60}$",
                                 re.IGNORECASE)
# A joint that compares without saying when (versus, compared with, against): the earlier level's time must be said.
_UNTIMED_JOINT = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|against)\s", re.IGNORECASE)
_TIMED_JOINT = re.compile(r"\bfrom\b|\b(?:up|down|higher|lower)\s+(?:from|on|over|than)\b|"
                          r"\b(?:rose|fell|grew|increased|decreased|climbed|jumped|dropped|declined)\b", re.IGNORECASE)


# A change set after a level and the earlier level it was compared with, as their apposition: USD 34.45 Billion, as
# compared to USD 21.49 Billion in March 2020, exhibiting a positive growth of 60.29%.
_APPOSED_CHANGE = re.compile(r"[^.;,]{0,40}?,\s*(?:exhibiting|showing|registering|representing|marking|reflecting|"
                             r"posting|recording|which\s+(?:is|was|represents|marks))\s+(?:an?\s+)?"
                             r"(?:(?:positive|negative)\s+)?(?:growth|increase|decrease|decline|rise|fall|drop|gain)"
                             r"(?:\s+rate)?\s+(?:of\s+)?", re.IGNORECASE)
_BARE_NAMES = {"positive", "negative", "growth", "growths", "growth rate", "increase", "decline", "rise", "fall",
               "decrease", "drop", "gain", "change", "changes"}


def linked_quantities(claims: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """The claims, each group of figures a link joins reading as one quantity, its earlier level as of an earlier
    time (see the module)."""
    read = _this_figure(_apposed_changes(list(claims), text, spans), text, spans)
    claims = list(read)
    for index, claim in enumerate(claims):  # the links the sentence made (an apposed change says its base)
        if claim.kind in _CHANGES and (claim.level_after is not None or claim.base_value is not None):
            level = _named(read, spans, index, claim.level_after, after_only=True)
            base = _named(read, spans, index, claim.base_value, after_only=False)
            if base is None and claim.level_after is None:  # slowed to 13.2 percent from 17.9 percent: a rate's
                base = _named(read, spans, index, claim.base_value, after_only=True, unit=claim.unit,
                              kinds=(claim.kind,))  # earlier value
            group = [at for at in (level, index, base) if at is not None]
            if len(group) > 1:
                _share_quantity(read, group, text)
            if base is not None:
                _period_of_move(read, [at for at in (level, index) if at is not None], base, text, spans[base])
                later = read[level] if level is not None else read[index]
                read[base] = _earlier(read[base], later, text, spans[base], claim.basis)
        elif claim.kind in _LEVELS and claim.base_value is not None:
            base = _named(read, spans, index, claim.base_value, after_only=False, unit=claim.unit)
            if base is not None and read[base].kind in _LEVELS:
                _share_quantity(read, [index, base], text)
                _period_of_move(read, [index], base, text, spans[base])
                read[base] = _earlier(read[base], read[index], text, spans[base], None)
    return read


def _named(read: list[Claim], spans: Sequence[tuple[int, int]], index: int, value: float | None, *,
           after_only: bool, unit: str | None = None, kinds: tuple[str, ...] = _LEVELS) -> int | None:
    """The nearest claim of the sentence of claim ``index`` whose value is ``value`` (after it first), of one of
    ``kinds``."""
    if value is None:
        return None
    sentence = spans[index][0]
    order = list(range(index + 1, min(len(read), index + 1 + _NEAR)))
    if not after_only:
        order += list(range(index - 1, max(-1, index - 1 - _NEAR), -1))
    for at in order:
        other = read[at]
        if spans[at][0] == sentence and other.value == value and other.kind in kinds \
                and (unit is None or other.unit == unit):
            return at
    return None


def _share_quantity(read: list[Claim], group: list[int], text: str = "") -> None:
    """Each claim of ``group`` that names no quantity takes the name (with owner and member) of the first that
    does, levels before changes; a level named only by the noun it counts (rose 5.6 percent to 626,367 visitors)
    takes the name another gives before it (Total arrivals)."""
    named = sorted((at for at in group if read[at].metric and read[at].metric.lower() not in _BARE_NAMES),
                   key=lambda at: read[at].kind in _CHANGES)  # (a rise names no quantity to share)
    counting = {at for at in named if _counts_after(read[at], text)}
    openers = [at for at in named if at not in counting and _opens_sentence(read[at], text)] if counting else []
    named, counting = (openers, counting) if openers else (named, set())  # (named first in the sentence, or none)
    if not named:
        return
    source = read[named[0]]
    for at in group:
        if not read[at].metric or (at in counting and at != named[0]):
            read[at] = read[at].replaced(metric=source.metric, subject=read[at].subject or source.subject,
                                         segment=read[at].segment or source.segment)
    # arrivals from Ukraine dropped 10.7 percent to 1,010 arrivals: the member the change names is its levels' too
    member = next((read[at] for at in group if read[at].segment), None)
    for at in group:
        if member is not None and not read[at].segment and not read[at].subject \
                and (read[at].metric or "").lower() == (member.metric or "").lower():
            read[at] = read[at].replaced(segment=member.segment)


def _counts_after(claim: Claim, text: str) -> bool:
    """Whether the claim's quantity is only the noun right after its figure (626,367 visitors)."""
    metric = claim.metric or ""
    return bool(text) and " " not in metric and text[claim.end:claim.end + len(metric) + 2].lstrip().lower() \
        .startswith(metric.lower())


# A window of time said right after the earlier level, which the move spans: during the six months to June 2012.
_WINDOW_AFTER = re.compile(r"[^\d.;,]{0,12}?\b(?:during|over|in|for|through)\s+(?P<window>(?:the\s+)?(?:[\w-]+\s+){0,3}"
                           r"(?:months?|quarters?|half|weeks?|period)\b(?:\s+(?:to|ended|ending|through)\s+[\w ,]+)?)")


def _opens_sentence(claim: Claim, text: str) -> bool:
    """Whether the claim's quantity is named first in its sentence or its clause after a semicolon (Total arrivals
    in February rose …), not inside another member's clause (…, and China with a 73.6 percent increase in arrivals)."""
    near = max(0, claim.start - 200)  # (a run-on text is read near the figure, not back to its start)
    start = max(text.rfind(". ", near, claim.start) + 2, text.rfind("\n", near, claim.start) + 1,
                text.rfind("; ", near, claim.start) + 2, near)  # (…; and total arrivals rose 6.7 percent: its clause)
    return 0 <= text[start:claim.start].lower().find((claim.metric or "").lower()) <= 16


def _period_of_move(read: list[Claim], later: list[int], base: int, text: str, span: tuple[int, int]) -> None:
    """A period said after the earlier level of a move (grew to 95.2 billion from 84.9 billion during the six months
    to June 2012) is the move's, the later level's and the change's, not the level it started from."""
    period = read[base].period
    if not period or any(read[at].period for at in later) or any(read[at].end > read[base].start for at in later):
        return
    said = _WINDOW_AFTER.match(text, read[base].end, span[1])
    if said is None or period not in said.group("window"):
        return  # (from $2.8 billion in 2022, from $4.1 billion a year ago: the earlier level's own time)
    for at in later:
        read[at] = read[at].replaced(period=period)
    read[base] = read[base].replaced(period=None)


def _earlier(base: Claim, later: Claim, text: str, span: tuple[int, int], basis: str | None) -> Claim:
    """``base`` read as of an earlier time, when its sentence names none for it or names ``later``'s."""
    if base.period and base.period != later.period:
        return base
    sentence_start, sentence_end = span
    if _NOT_EARLIER_AFTER.match(text, base.end, sentence_end) \
            or _NOT_EARLIER_BEFORE.search(text, max(sentence_start, base.start - 90), base.start):
        return base  # an earlier estimate or another member, not an earlier time
    stated = _TIME_AFTER.match(text, base.end, sentence_end)
    told = stated.group("time") or stated.group("day") if stated is not None else None
    if told and not (later.period and later.period in told):  # (the move's own period, said after it: see above)
        return base.replaced(period=told)
    joint = text[later.end:base.start] if later.end <= base.start else ""
    untimed = _UNTIMED_JOINT.search(joint) is not None and _TIMED_JOINT.search(joint) is None
    found = _EARLIER_AFTER.match(text, base.end, sentence_end) or _EARLIER_BEFORE.search(
        text, max(sentence_start, base.start - 60), base.start)
    if found is not None:
        unit = next((found.group(name) for name in ("unit1", "unit2", "unit3") if found.groupdict().get(name)),
                    None)
        label = f"the previous {unit.lower()}" if unit else "a year earlier"
    elif basis and _YEAR_ON_YEAR.search(basis):
        label = "a year earlier"
    elif untimed:
        return base  # $8.72 billion vs. $8.4 billion: not said to be earlier
    else:
        label = "the period before"
    return base.replaced(period=label)


def _apposed_changes(read: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """The claims, a change set after a level and its earlier level as their apposition linked to both (see
    _APPOSED_CHANGE), of their quantity; the levels' alternatives in brackets (Rs.21,50,325.03 Crore) are passed."""
    for index in range(2, len(read)):
        change = read[index]
        if change.kind not in _CHANGES or change.level_after is not None or change.base_value is not None \
                or not _APPOSED_CHANGE.fullmatch(text, read[index - 1].end, change.start):
            continue
        unbracketed = [at for at in range(index - 1, max(-1, index - 5), -1)
                       if spans[at][0] == spans[index][0] and text[read[at].start - 1:read[at].start] != "("]
        if len(unbracketed) < 2:
            continue
        base, level = read[unbracketed[0]], read[unbracketed[1]]
        if level.base_value != base.value or level.kind != "level" or base.kind != "level":
            continue
        named = change.metric if change.metric and change.metric.lower() not in _BARE_NAMES else level.metric
        read[index] = change.replaced(level_after=level.value, base_value=base.value, base_text=base.text,
                                      metric=named, subject=change.subject or level.subject,
                                      segment=change.segment or level.segment)
    return read


# This figure is up 5.4 percent from the $935.58 …: the level of the sentence before, compared with its earlier one.
_THIS_FIGURE = re.compile(r"\s*(?:This|That)\s+(?:figure|number|amount|total|sum|level|estimate)\s+(?:is|was|"
                          r"would\s+be|will\s+be)\s+(?:up|down)\s+$")


def _this_figure(read: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """A change that opens its sentence as "This figure is up r from B": the level it moved to is the last of the
    sentence before, of B's unit."""
    for index, claim in enumerate(read):
        if claim.kind not in _CHANGES or claim.base_value is None or claim.level_after is not None \
                or not _THIS_FIGURE.fullmatch(text, spans[index][0], claim.start):
            continue
        base = _named(read, spans, index, claim.base_value, after_only=True)
        if base is None or not index:
            continue
        at = index - 1  # the last level of B's unit in the sentence before (the figure before opens no other)
        while at >= 0 and spans[at] == spans[index - 1] and not (read[at].kind == "level"
                                                                  and read[at].unit == read[base].unit):
            at -= 1
        if at >= 0 and spans[at] == spans[index - 1]:
            level = read[at]
            read[index] = claim.replaced(level_after=level.value, metric=claim.metric or level.metric,
                                         subject=claim.subject or level.subject)
    return read
