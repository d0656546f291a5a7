"""A labour market's arithmetic, as local jobs reports tell it: the labour force is the employed plus the unemployed
(parts_vs_total), and the unemployment rate is the unemployed over the labour force (share_vs_counts). "The number
of people with jobs rose from 69,079 to 69,772 … The number of people without work fell from 3,150 to 3,117 … the
labor force rose from 72,229 in February to 72,889 in March"; "there were 2,400 unemployed locals one year ago,
compared to 2,600 this March … the labor force rose from 73,800 workers to 74,400"; "The unemployment rate … was 3.5
percent in March".

Each count's role is the word of its sentence nearest it (employed, with jobs; unemployed, without work; labor
force), or, in a sentence that points back (That figure was, It was), the role of the sentence before. Its time is
the month and year its period names (March 2021), else its month, else its place in a move (from A: before; to B:
after), months standing for the places where a move of the block names them. Figures are matched within a block of
the text (headings such as "In Hagerstown" start another) by role and time, one figure each; a rate or count of
another place (the state's, the nation's, a county named in a ranking) is left out. Any doubt, no relation. English.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.parts import _relation as parts_relation
from checks.relations.share_math import share_relation
from checks.relations.stems import document_holds

_ROLES = (("unemployed", r"\bunemployed\b|\bwithout\s+(?:work|jobs?|a\s+job)\b|\bjobless\b(?!\s+rate)|"
                         r"\blooking\s+for\s+work\b|\bjob[- ]hunting\b|\bjob\s*seekers\b"),
          ("employed", r"(?<!un)\bemployed\b|\bwith\s+jobs?\b|\bon\s+the\s+job\b|\bworking\b|\bhad\s+jobs\b"),
          ("force", r"\blabou?r\s+force\b|\bwork\s*force\b"),
          ("rate", r"\b(?:unemployment|jobless)\s+rates?\b"))
_ROLE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _ROLES), re.IGNORECASE)
_POINTS_BACK = re.compile(r"^\s*(?:That|This|It|The\s+(?:number|figure|total|count|rate))\b", re.IGNORECASE)
_ELSEWHERE = re.compile(r"\b(?:state(?:wide|'s|’s)?|nation(?:al|'s|’s)?|national|country|U\.S\.|nationwide|"
                        r"highest|lowest|ranked|compared?\s+with|compares\s+with|than)\b", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HEADING = re.compile(r"\n[ \t]*[A-Z][^\n.!?:\d]{2,40}\n")
_FROM = re.compile(r"\bfrom\s+(?:a\s+(?:revised\s+)?)?$", re.IGNORECASE)
_TO = re.compile(r"\bto\s+$", re.IGNORECASE)


def labor_force_sums(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("labor force", "labour force", "unemploy", "jobless")):
        return
    ends = [m.start() for m in _HEADING.finditer(doc.text)] + [len(doc.text)]
    blocks: list[list[dict]] = [[] for _ in ends]
    roles: dict[int, str] = {}
    before: tuple[int, str] | None = None  # (sentence end, role) of the last figure with a role in a sentence before
    current: tuple[int, int, str] | None = None  # (sentence start, end, role) of the same in the sentence being read
    for claim in doc.claims:
        begin, end = doc.sentence(claim)
        if current is not None and current[0] != begin:
            before, current = (current[1], current[2]), None
        role = _role(doc, claim, before)
        if role is not None:
            roles[id(claim)] = role
            current = (begin, end, role)
            blocks[bisect.bisect_right(ends, int(claim["start"]))].append(claim)
    for block in blocks:
        yield from _judged(doc, block, roles)


def _role(doc: Doc, claim: dict, before: tuple[int, str] | None) -> str | None:
    """The role of a figure (see the module); ``before``, the sentence end and role of the last figure with a role
    in an earlier sentence."""
    rate = claim["unit"] == "percent" and claim["kind"] in ("share", "level", "ratio")
    if not rate and (claim["unit"] != "count" or claim["kind"] != "level"):
        return None
    begin, end = doc.sentence(claim)
    sentence = doc.text[begin:end]
    if _ELSEWHERE.search(sentence) or claim.get("qualifier") not in ("exact", None):
        return None
    at = int(claim["start"]) - begin
    found = [(at - m.end(), m.lastgroup) for m in _ROLE.finditer(sentence, 0, at)]
    found += [(m.start() - (at + len(str(claim["text"]))), m.lastgroup)
              for m in _ROLE.finditer(sentence, at, min(len(sentence), at + len(str(claim["text"])) + 25))]
    if found:
        role = min(found)[1]
    elif _POINTS_BACK.match(sentence):
        role = before[1] if before is not None and before[0] >= begin - 3 else None
    else:
        return None
    return role if (role == "rate") == rate else None


def _time(doc: Doc, claim: dict) -> str:
    period = str(doc.period(claim) or "")
    month, year = _MONTH.search(period), _YEAR.search(period)
    if month and year:
        return f"{year.group()}-{month.group().lower()}"
    if re.search(r"\b(?:year[- ]ago|a\s+year\s+(?:earlier|ago|before))\b", period, re.IGNORECASE):
        return "year ago"
    before = doc.before(claim, 16)
    if _FROM.search(before):
        return "before"
    if month:
        return month.group().lower()
    return "after" if _TO.search(before) else ""


def _judged(doc: Doc, block: list[dict], roles: dict[int, str]) -> Iterable[Relation]:
    times = {id(c): _time(doc, c) for c in block}
    # a move of the block that names its months (from 4.4% in February to 4.3% in March): before and after are those
    named = {}
    for claim in block:
        month = _MONTH.search(str(doc.period(claim) or ""))
        if month and not _YEAR.search(str(doc.period(claim))) and _FROM.search(doc.before(claim, 16)):
            named["before"] = month.group().lower()
        elif month and not _YEAR.search(str(doc.period(claim))) and _TO.search(doc.before(claim, 16)):
            named["after"] = month.group().lower()
    slots: dict[str, dict[str, list[dict]]] = {}
    for claim in block:
        time = named.get(times[id(claim)], times[id(claim)])
        if time:
            slots.setdefault(time, {}).setdefault(roles[id(claim)], []).append(claim)
    for time, found in slots.items():
        one = {role: claims[0] for role, claims in found.items() if len(claims) == 1}
        if len(one) != len(found):
            continue  # two figures of one role at one time: another place's, or a revision
        unemployed, employed, force, rate = (one.get(r) for r in ("unemployed", "employed", "force", "rate"))
        if unemployed and employed and force:
            yield parts_relation(doc, force, [employed, unemployed], complete=True)
        if rate and unemployed and (force or employed):
            whole = [force] if force else [employed, unemployed]
            yield share_relation(doc, rate, unemployed, whole, f"the unemployed of the labor force, {time}")
