"""parts_vs_total for a total with its breakdown right after it: 17,400 students – 8,300 boys and 9,100 girls;
1,200 respondents (700 women and 500 men); 营收12亿元：线上7亿元、线下5亿元.

The figures listed after a dash, a colon or a bracket that follows the total, each naming a different member of one
complete breakdown (their ``segment``), are the whole of it: they add up to the total, less their rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.extract.en.amounts import BY_COUNT, TALLY
from checks.relations.base import (
    Doc,
    Relation,
    bounds,
    distance,
    interval_text,
    metric_key,
    owner_key,
    same_unit,
    shown,
    specific,
)
from checks.relations.breakdowns import COMPLETE, partition_of
from checks.relations.growth import _levels_next
from checks.relations.parts import _a_level, _relation
from checks.relations.periods import periods_conflict
from checks.relations.reach import sentence_text
from checks.relations.segments import NET, of_a_unit

# After the total: the noun it counts (students), then the mark that opens its breakdown.
OPENS = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z]*\s*(?:[–—:(（：]|\s-\s)\s*")
# Between two members: the first's name, then a list word (boys and; boys,).
BETWEEN = re.compile(r"\s*(?:[A-Za-z][\w-]*\s*)?(?:,\s*and|,|and|、|和|及|与|；|;)\s*", re.IGNORECASE)


def breakdown_after_total(doc: Doc) -> Iterable[Relation]:
    for index, total in enumerate(doc.claims):
        if not _a_level(doc, total) or index + 2 >= len(doc.claims):
            continue
        first = doc.claims[index + 1]
        if not OPENS.fullmatch(doc.between(total, first)) or not doc.same_sentence(total, first):
            continue
        parts = [first]
        for claim in doc.claims[index + 2:index + 8]:
            if not BETWEEN.fullmatch(doc.between(parts[-1], claim)) or not doc.same_sentence(claim, first):
                break
            parts.append(claim)
        if len(parts) < 2 or not all(_a_level(doc, p) and same_unit(p, total) for p in parts):
            continue
        partition = partition_of([str(p.get("segment") or "") for p in parts])
        if partition in COMPLETE and len(parts) == len(partition):
            yield _relation(doc, total, parts, complete=True)


def segments_summed(doc: Doc) -> Iterable[Relation]:
    """Parts of one quantity named by different segments (North American sales $836 million, international sales
    $675 million) add up to no more than the whole of that quantity stated without a segment (revenue of $1.33
    billion): the nearest such whole of the same unit and time, not a forecast. English names only: a generic
    Chinese name (增加值) names the whole of many breakdowns."""
    parts = [c for c in doc.claims if _a_level(doc, c) and c.get("segment") and specific(c)
             and not NET.search(str(c.get("metric") or ""))
             and not c.get("projected") and not _an_earlier_level(doc, c) and not _BY_BEFORE.search(doc.before(c, 16))]
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for part in parts:
        groups.setdefault((metric_key(part), part["unit"], str(doc.period(part) or "")), []).append(part)
    for (quantity, _unit, _period), members in groups.items():
        members = _distinct(members)
        if len(members) < 2 or not metric_key(members[0], synonyms=False).isascii():
            continue  # Chinese breakdowns are read by parts_vs_total's own members (三次产业) and 其中
        wholes = [w for w in doc.near(members[0]) if _a_level(doc, w) and not w.get("segment")
                  and not w.get("projected") and metric_key(w) == quantity and same_unit(w, members[0])
                  and not _an_earlier_level(doc, w) and not _NAMED_BEFORE_BRACKET.search(doc.before(w, 40))
                  and not _BY_BEFORE.search(doc.before(w, 16)) and not _OF_WHICH.match(doc.text, int(w["end"]))
                  and not _NAME_ACCOUNTING.search(doc.before(w, 60)) and not _RANKED.search(sentence_text(doc, w))
                  and not _listed_by_name(doc, w) and not _PEER_OPENS.match(sentence_text(doc, w))
                  and not of_a_unit(doc, w) and owner_key(w) in ("", owner_key(members[0]))
                  and not any(periods_conflict(doc.period(w), doc.period(m)) for m in members)]
        if wholes:
            whole = min(wholes, key=lambda w: abs(int(w["start"]) - int(members[0]["start"])))
            yield _relation(doc, whole, members, complete=False)


# A ranking's leader is a rival of the members after it, no whole of them (Indonesia is the largest source with
# 986,900 visitors, … followed by Australia (476,480); Texas leads all states with 37,443 MW; Japan places fourth)
_RANKED = re.compile(r"\b(?:followed\s+by|leads|led|tops|topped|largest|biggest|in\s+(?:first|second|third)\s+place|"
                     r"(?:ranks?|ranked|places?|placed)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth|tenth|\d+(?:st|nd|rd|th)))\b", re.IGNORECASE)
# New Zealand (1,075,800 visitor arrivals), followed by the United Kingdom (734,200): a figure in brackets after a
# proper name is that member's, whatever the reading says, and no whole of the others.
# rose by 25,400, from China by 23,500: a figure after "by" is an amount of change, however it was read.
# Australia (25,800 – 15,600 of which were New Zealand citizens): a part of the figure before it, no whole.
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b", re.IGNORECASE)
# with India accounting for 113,541 arrivals: a figure a proper name accounts for is that member's, no whole
# (the South Asian region as a whole accounted for 22,208 arrivals: a member's, named a few words before)
_NAME_ACCOUNTING = re.compile(r"\b(?!(?:The|This|That|These|Those|It|Its|Total|Overall|All)\b)[A-Z][\w.'’-]*"
                              r"(?:\s+[\w.'’-]+){0,5}?\s+(?:accounting|accounted|accounts)\s+for\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
# were Canada, 24,352; Taiwan, 21,926: a figure after a proper name and a comma, in a list that goes on, is that
# member's, no whole
_NAME_COMMA = re.compile(r"(?:(?P<listed>;\s*(?:and\s+)?)|\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*$")
_LIST_GOES_ON = re.compile(r"\s*[;,]")
# Taiwan also saw … 128,986 arrivals: a party named with "also" is a peer of other members, no whole of them
_PEER_OPENS = re.compile(r"^\W*(?!(?:The|This|That|These|Those|It|Its|Total|Overall|All)\b)[A-Z][\w.'’-]*"
                         r"(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:also|likewise|similarly|too)\b")
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_NAMED_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.'’-]*)*\s*\(\s*$")


def _listed_by_name(doc: Doc, claim: dict) -> bool:
    """Whether a figure follows a proper name and a comma in a list (see _NAME_COMMA)."""
    named = _NAME_COMMA.search(doc.before(claim, 40))
    return named is not None and (bool(named.group("listed")) or bool(_LIST_GOES_ON.match(doc.text, int(claim["end"]))))


def _an_earlier_level(doc: Doc, claim: dict) -> bool:
    """A level a change or another level is measured from (from $1.18 billion): not this period's figure."""
    return any(c.get("base_value") is not None and float(c["base_value"]) == float(claim["value"])
               for c in doc.near(claim, 8) if c is not claim and doc.same_sentence(c, claim))


def _distinct(members: list[dict]) -> list[dict]:
    """One figure a segment, the segments sharing no word (North American and international, not Asia and East
    Asia): parts that cannot overlap."""
    kept: list[dict] = []
    words: set[str] = set()
    for member in members:
        own = set(re.findall(r"[a-z]+", str(member["segment"]).lower()))
        if own & words:
            return []
        words |= own
        kept.append(member)
    return kept


# The group a poll asked: a survey of 80 economists; 1,000 adults polled.
_ASKED_BEFORE = re.compile(r"\b(?:survey|poll|panel|sample)\s+of\s+$|\b(?:polled|surveyed|interviewed)\s+$",
                           re.IGNORECASE)
_ASKED_AFTER = re.compile(r"^\s+(?P<noun>[a-z]{3,})\b(?:\s+[a-z]+){0,4}?\s+(?:were\s+)?(?:polled|surveyed|"
                          r"interviewed|asked)\b", re.IGNORECASE)


def tally_of_the_asked(doc: Doc) -> Iterable[Relation]:
    """The two sides of a tally (outnumbering those betting on a hike by 45 to 35) count members of the group the
    poll asked (the survey of 80 economists), named in the tally's sentence, the last such group before the tally:
    together no more than it."""
    for sides, asked in _tallies(doc):
        yield _relation(doc, asked, sides, complete=False)


def share_of_the_asked(doc: Doc) -> Iterable[Relation]:
    """A share of the asked group said to be a majority (more than half of economists polled) or a minority is the
    larger (smaller) side of the tally over the group."""
    found = list(_tallies(doc))
    if len(found) != 1:
        return
    sides, asked = found[0]
    noun = re.match(r"\s+([a-z]{3,})", doc.after(asked, 20))
    for share in doc.claims:
        if share["kind"] != "share" or share["unit"] != "percent" or noun is None or \
                not str(share.get("whole") or "").lower().startswith(noun.group(1).lower()):
            continue
        low, high = bounds(share)
        if low >= 50:
            part = max(sides, key=lambda c: float(c["value"]))
        elif high <= 50:
            part = min(sides, key=lambda c: float(c["value"]))
        else:
            continue
        (p_low, p_high), (w_low, w_high) = bounds(part), bounds(asked)
        implied = (p_low / w_high * 100, p_high / w_low * 100)
        arithmetic = (f"{shown(part)} of {shown(asked)} (the {'larger' if low >= 50 else 'smaller'} side of the "
                      f"tally) is {interval_text(implied)}%; stated {shown(share)}")
        yield Relation(doc.name, "share_vs_counts", (part, asked, share), share.get("metric"), (low, high), implied,
                       distance((low, high), implied), arithmetic)


def _tallies(doc: Doc) -> Iterable[tuple[list[dict], dict]]:
    """(the two sides, the group asked) of each tally the text reads."""
    if not any(by in doc.text for by in ("by", "By", "BY", "bY")) or BY_COUNT.search(doc.text) is None:
        return  # a tally is "by 45 to 35": a text without "by" and a number (any Chinese one) is not scanned for it
    for found in TALLY.finditer(doc.text):
        sides = [c for c in doc.claims if int(c["start"]) in (found.start("a"), found.start("b"))]
        if len(sides) != 2:
            continue
        sentence = sentence_text(doc, sides[0]).lower()
        asked = []
        for claim in doc.claims:  # the group asked is named before its tally (a later poll is another poll)
            if claim["unit"] != "count" or claim["kind"] != "level" or int(claim["start"]) >= found.start():
                continue
            after = re.match(r"\s+([a-z]{3,})", doc.after(claim, 20))
            if after is None or not re.search(rf"\b{after.group(1).lower()}", sentence):
                continue
            if _ASKED_BEFORE.search(doc.before(claim, 20)) or _ASKED_AFTER.match(doc.after(claim, 60)):
                asked.append(claim)
        if asked:
            yield sides, asked[-1]


def segments_of_a_rates_level(doc: Doc) -> Iterable[Relation]:
    """Parts by segment (Malaysian arrivals 68,000, Indonesian arrivals 183,000) against the level the text gives
    for a rate of the whole (visitor arrivals grew 7.1 percent. / 799,000 people visited, up from 746,000): the
    level is of the rate's quantity, whose name ends with the parts' (visitor arrivals, arrivals). English only."""
    for change in doc.claims:
        if change["kind"] != "growth" or change.get("segment") or change.get("base_value") is not None \
                or change.get("level_after") is not None:
            continue
        name = metric_key(change, synonyms=False)
        if not name.isascii() or len(name) < 4:
            continue
        found = _levels_next(doc, change, False)
        if found is None:
            continue
        whole = found[2][-1]
        parts = _distinct([c for c in doc.near(whole, 20) if _a_level(doc, c) and c.get("segment")
                           and int(c["start"]) > int(whole["end"]) and same_unit(c, whole)
                           and len(metric_key(c, synonyms=False)) >= 4
                           and name.endswith(metric_key(c, synonyms=False))
                           and not _an_earlier_level(doc, c)
                           and not periods_conflict(doc.period(c), doc.period(whole))])
        if parts:
            yield _relation(doc, whole, parts, complete=False)
