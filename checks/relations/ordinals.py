"""rank_vs_values across paragraphs: a ranking told one place a paragraph (Alto kept the top spot with 23,618
units. / Swift was second with 16,532 units. / Wagon R came third, selling 15,471 units.).

Ranks of one quantity's name in one paragraph are read by :mod:`checks.relations.ranks`; here each rank is held
against the next place (k and k + 1) stated in the next paragraph, or in its own or the one after next when the
names share a word of the quantity, when both places are said of values of one unit and kind
and of one time: the value at place k is no smaller than the value at place k + 1, allowing for rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, bounds, excess, in_order, metric_key, shown
from checks.relations.periods import periods_conflict
from checks.relations.placed import value_of_rank
from checks.relations.ranks import comparable
from checks.relations.reach import around
from checks.relations.stems import document_holds

# A ranking from the bottom (the second-lowest, the third smallest) orders the values the other way.
FROM_BOTTOM = re.compile(r"lowest|smallest|least|fewest|weakest|slowest|cheapest|最低|最小|最少|最慢|倒数",
                         re.IGNORECASE)


def ranked_across_paragraphs(doc: Doc) -> Iterable[Relation]:
    ranks = [c for c in doc.claims if c["kind"] == "rank" and c.get("qualifier") == "exact"]
    placed = []
    for rank in ranks:
        value = value_of_rank(doc, rank)
        start, end = around(doc, rank, 150)
        if value is None or FROM_BOTTOM.search(doc.text, start, end):
            continue
        if value["kind"] not in ("level", "share"):
            value = _level_ranked(doc, rank, value)
        if value is None:
            continue  # a rank by size says nothing of the growth beside it (同比增长17.3%，排名第二)
        placed.append((int(float(rank["value"])), rank, value))
    places_in: dict[int, list[int]] = {}  # each paragraph's places, for two paragraphs that tell one place twice
    for place, rank, _value in placed:
        places_in.setdefault(doc.paragraph(rank), []).append(place)
    for index, (place, rank, value) in enumerate(placed):
        following = next((p for p in placed[index + 1:] if p[0] == place + 1), None)
        if following is None:
            continue
        _, next_rank, next_value = following
        first, second = doc.paragraph(rank), doc.paragraph(next_rank)
        places = places_in[first] + (places_in[second] if second != first else [])
        crowded = len(places) != len(set(places))  # (a place told twice: rankings of several quantities)
        if next_value is value or not _told_apart(value, next_value, second - first, crowded):
            continue  # further apart may be another ranking
        if (value["unit"], value["kind"]) != (next_value["unit"], next_value["kind"]) or any(
                periods_conflict(a.get("period"), b.get("period")) for a, b in ((rank, next_rank),
                                                                               (value, next_value))):
            continue
        yield in_order(doc.name, (rank, value, next_rank, next_value), next_value.get("metric"), value, next_value,
                       *(f"{shown(value)} (place {place}) {sign} {shown(next_value)} (place {place + 1})"
                         for sign in "≥<"))


# Words every ranked quantity may share (the growth of GDP and of industry), which name no quantity alone.
_GENERIC = {"增速", "增长", "增幅", "占比", "比重", "份额", "规模", "总量", "同比", "数量", "金额", "总额", "收入"}


def _told_apart(value: dict, next_value: dict, apart: int, crowded: bool = False) -> bool:
    """Whether places k and k + 1, told ``apart`` paragraphs from each other, rank one quantity: in the next paragraph,
    any (a ranking told one place a paragraph), unless the two paragraphs tell one place twice (``crowded``:
    羊肉产量…排位第二, then 禽蛋产量…排位第三, each quantity ranked on its own), then one name only; in one paragraph,
    names not read as one (rank_vs_values judges those) that share a word of the quantity (vivo出货量占比 and
    华为出货量: 出货); two paragraphs apart, one name or a shared word."""
    first, second = metric_key(value), metric_key(next_value)
    one_name = comparable(first, second)
    if apart == 1:
        return one_name or not crowded
    if apart == 0 and one_name:
        return False
    return apart in (0, 2) and (one_name or bool(_words(first) & _words(second)))


def _words(name: str) -> set[str]:
    pairs = {name[i:i + 2] for i in range(len(name) - 1) if _HAN_PAIR.fullmatch(name, i, i + 2)}
    return (pairs | set(re.findall(r"[a-z]{3,}", name))) - _GENERIC


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _level_ranked(doc: Doc, rank: dict, rate: dict) -> dict | None:
    """出货量1460万台，市场份额10.9%，同比增长17.0%，排名第四: the place is by the amount of the quantity the rank is
    read of, stated first in the sentence, when no word of a rate (增速, 增幅) stands between the rate and the rank."""
    if RATE_WORDS.search(doc.between(rate, rank)) or not metric_key(rank):
        return None
    amounts = [c for c in doc.near(rank, 8) if c["kind"] == "level" and int(c["end"]) <= int(rank["start"])
               and doc.same_sentence(c, rank)]
    return amounts[0] if amounts and metric_key(amounts[0]) == metric_key(rank) else None


RATE_WORDS = re.compile(r"增速|增幅|增长率|涨幅|降幅|growth|rate", re.IGNORECASE)
# A, at V1, followed by B at V2: B comes next in the order, so V2 is no larger (no smaller at the bottom of it).
# (third place with 495,470, followed by Australia (476,480): the one after named with its figure in brackets)
# (the leader's figure may be followed by its noun or "respectively": a 23.3% increase, followed by Atlantic routes
# on 13.6% growth; decreases of 21.4% and 12.4% respectively, followed by Brazil (-7.4%); the follower's figure may
# come right after its possessive name: 22.7 million, followed by Mexico's 14.5 million)
_AFTER_LEADER = r"(?:\s+(?:respectively|increases?|rises?|gains?|growth|jumps?|declines?|drops?|falls?|decreases?)|" \
                r"\s+(?:market\s+)?share)?"
FOLLOWED_BY = re.compile(rf"[^.;\d]{{0,6}}?{_AFTER_LEADER},?\s*followed\s+(?:closely\s+)?by\s+[A-Z][^.;\d]{{0,40}}?"
                         r"(?:\b(?:at|with|on)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?|['’]s\s+)$|"
                         # (the leader's figure out of brackets: in brackets, it is BRACKET_FOLLOWED_BY's)
                         rf"[^.;\d()]{{0,6}}?{_AFTER_LEADER},?\s*followed\s+(?:closely\s+)?by\s+(?:the\s+)?"
                         r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\(\s*$")
# B followed A with V: A's value is the one written just after A's name earlier in the text (A, with 93.9 per cent).
FOLLOWED = re.compile(r"\b(?P<follower>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:closely\s+)?followed\s+"
                      r"(?P<leader>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:with|at)\s+(?:(?:a|an|the)\s+)?"
                      r"(?:[\w-]+\s+){0,3}?(?:of\s+)?$")
# New Zealand (1,075,800 visitor arrivals), followed by the United Kingdom (734,200), Japan (651,000) and the USA
# (456,100): names in order, each figure in brackets after its name; each item after "followed by" continues it.
# (a name may end with its state: Ocean City, N.J. (+8.6 percent))
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.'’-]*){0,4}(?:,\s+[A-Z][\w.'’-]*)?\s*\(\s*"
BRACKET_FOLLOWED_BY = re.compile(
    rf"\)?\s*,?\s*followed\s+(?:closely\s+)?by\s+(?:{_NAME}[^()]{{1,40}}\)\s*(?:,\s*(?:and\s+)?|\s+and\s+))*{_NAME}$")
_BOUNDS = ("under", "at_most")  # a group below a bound, then the ones above it
# (not "last month", "last year": a time, as in "had the biggest gain in jobs last month with 44,600")
AT_THE_BOTTOM = re.compile(r"\bbottom\b|\blowest\b|\blast\b(?!\s+(?:month|year|week|quarter|season|time|day|night|"
                           r"decade|summer|winter|spring|autumn|fall)\b)|\bsmallest\b", re.IGNORECASE)


def followed(doc: Doc) -> Iterable[Relation]:
    """The one after in an order stated with "followed": its value lies on the far side of the one before it."""
    if "followed" not in doc.text:
        return  # FOLLOWED_BY and FOLLOWED need the word: a text without it is not searched at each figure
    for index, claim in enumerate(doc.claims):
        leader = None
        if index and doc.same_sentence(doc.claims[index - 1], claim) and FOLLOWED_BY.fullmatch(
                doc.between(doc.claims[index - 1], claim)):
            leader = doc.claims[index - 1]
            clause = doc.text[around(doc, leader)[0]:int(leader["start"])].split(",")[-1]
            # (falling 2.7% to 61.3%, followed by …: the leader is the rate said the largest, not the level it reached)
            if (leader["unit"], leader["kind"]) != (claim["unit"], claim["kind"]):
                leader = _superlative_leader(doc, index)
        elif index and (leader := _superlative_leader(doc, index)) is not None:
            clause = ""
        elif (chain := BRACKET_FOLLOWED_BY.search(doc.text, max(0, int(claim["start"]) - 240),
                                                   int(claim["start"]))) is not None:
            leader, clause = _bracket_before(doc, claim), ""
            if leader is not None and not chain.group().startswith(")") and (
                    int(leader["start"]) < chain.start() or _bound_before(doc, claim, chain.start())):
                # (a chain after a leader out of brackets: its first follower is FOLLOWED_BY's; after a group below
                # a bound, the only two with a rate below 3 percent, followed by Finland (3.2) and Austria (3.8),
                # the order may run from the bottom)
                leader = None
        else:
            named = FOLLOWED.search(doc.text, max(doc.sentence(claim)[0], int(claim["start"]) - 80),
                                    int(claim["start"]))
            if named is not None:
                leader = _value_after_name(doc, named.group("leader"), named.start())
                clause = ""
        if leader is None or (leader["unit"], leader["kind"]) != (claim["unit"], claim["kind"]) or \
                periods_conflict(leader.get("period"), claim.get("period")) or leader.get("qualifier") in _BOUNDS:
            continue  # (the only two with a rate below 3 percent, followed by Finland (3.2 percent): a group's bound)
        bottom = bool(AT_THE_BOTTOM.search(clause + doc.before(leader, 40).split(".")[-1]))
        high, low = (claim, leader) if bottom else (leader, claim)
        stated = f"{shown(claim)} follows {shown(leader)}{' from the bottom' if bottom else ''}"
        if _fall(leader) and _fall(claim):  # falls by size: Spain slumped 13.3%, followed by Italy (-6.8%)
            gap = max(0.0, _size(low)[0] - _size(high)[1])
            yield Relation(doc.name, "rank_vs_values", (leader, claim), claim.get("metric"), _size(high),
                           _size(low), gap, f"{stated}, but it is a {'smaller' if bottom else 'larger'} fall"
                           if gap else f"{stated}, a fall no {'smaller' if bottom else 'larger'}")
            continue
        yield in_order(doc.name, (leader, claim), claim.get("metric"), high, low, stated,
                       f"{stated}, but it is {'lower' if bottom else 'higher'}")


# rose 9.6 percent to 77.9 percent, reporting the largest increase in that metric, followed by Orlando, Florida, with
# an 8.6-percent increase; posted the largest occupancy decrease, falling 2.7 percent to 61.3 percent, followed by New
# Orleans, with a 2.3-percent decrease: the leader's rate, its level and a superlative, then the one after it
_THEN_FOLLOWED = re.compile(r"[^;]{0,100}?,\s*followed\s+(?:closely\s+)?by\s+[A-Z][^.;\d]{0,40}?"
                            r"(?:\b(?:at|with)\s+(?:(?:a|an|the)\s+)?|\(\s*(?:up|down)\s+)$")  # (Atlanta (up 13.4%)
# (the superlative of the change: the largest increase, the largest occupancy decrease; not the highest occupancy level,
# the largest market)
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|highest|strongest|steepest|sharpest)\s+(?:[a-z-]+\s+)?"
                          r"(?:increase|decrease|rise|gain|decline|drop|fall|growth|jump)s?\b")


def _superlative_leader(doc: Doc, index: int) -> dict | None:
    """The figure of the same unit and kind before ``doc.claims[index]`` in its sentence, when a superlative said of
    it is followed by the one after it (see _THEN_FOLLOWED)."""
    claim = doc.claims[index]
    leader = next((c for c in reversed(doc.claims[max(0, index - 3):index]) if c["unit"] == claim["unit"]
                   and c["kind"] == claim["kind"] and doc.same_sentence(c, claim)), None)
    if leader is None or leader is doc.claims[index - 1]:
        return None  # (the one right before: FOLLOWED_BY's)
    between = doc.between(leader, claim)
    if not _THEN_FOLLOWED.fullmatch(between):
        return None
    said = between[:between.rfind("followed")] + " " + doc.before(leader, 60).split(".")[-1]
    return leader if _SUPERLATIVE.search(said) else None


def _bound_before(doc: Doc, claim: dict, at: int) -> bool:
    """Whether the last figure before ``at`` (near ``claim``) is a bound (below 3 percent)."""
    head = [c for c in doc.near(claim, 8) if int(c["end"]) <= at]
    return bool(head) and max(head, key=lambda c: int(c["end"])).get("qualifier") in _BOUNDS


def _fall(claim: dict) -> bool:
    return claim["kind"] in ("growth", "change") and (claim.get("direction") == "down" or float(claim["value"]) < 0)


def _size(claim: dict) -> tuple[float, float]:
    """A fall's interval as a size: -6.8% and a fall of 6.8% alike [6.75, 6.85]."""
    low, high = bounds(claim)
    return (low, high) if low >= 0 else (-high, -low)


def _bracket_before(doc: Doc, claim: dict) -> dict | None:
    """The first figure in the brackets before the one that opens at ``claim`` (New Zealand (1,075,800 visitor
    arrivals), followed by the United Kingdom (734,200): 1,075,800)."""
    closing = doc.text.rfind(")", 0, int(claim["start"]))
    opening = doc.text.rfind("(", 0, closing)
    if opening < 0 or closing - opening > 60:
        return None
    return next((c for c in doc.near(claim, 6) if opening < int(c["start"]) < closing), None)


def _value_after_name(doc: Doc, name: str, before: int) -> dict | None:
    """The figure written right after the last mention of ``name`` before ``before`` (Kerala, with 93.91 per cent)."""
    at = doc.text.rfind(name, 0, before)
    if at < 0:
        return None
    end = at + len(name)
    return next((c for c in doc.claims if end <= int(c["start"]) <= end + 24
                 and re.fullmatch(r"\s*(?:[,(]\s*)?(?:(?:with|at|on)\s+)?", doc.text[end:int(c["start"])])), None)


# A list said to be in order: its items' figures rise or fall one after another.
IN_ORDER = re.compile(r"\bin\s+(?P<way>descending|ascending|decreasing|increasing)\s+order\b\s*[:：,]?", re.IGNORECASE)
_ITEM = re.compile(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])\s+[^\n]*")


def in_stated_order(doc: Doc) -> Iterable[Relation]:
    """Markets with the largest rises, in descending order: - A (7.8%); - B (6.4%); - C (5.9%): the first figure of
    each item, of one unit and kind, in the stated direction."""
    if not document_holds(doc.text, ("order",)):  # the word IN_ORDER needs: a text without it is not scanned
        return
    for cue in IN_ORDER.finditer(doc.text):
        end = _list_end(doc.text, cue.end())
        items = [c for c in doc.claims if cue.end() <= int(c["start"]) < end]
        firsts: list[dict] = []
        for claim in items:  # one figure an item: the first on its line or after its separator
            if not firsts or re.search(r"\n|;|,|\band\b", doc.between(firsts[-1], claim)):
                firsts.append(claim)
        descending = cue.group("way").lower() in ("descending", "decreasing")
        for first, second in pairwise(firsts):
            if (first["unit"], first["kind"]) != (second["unit"], second["kind"]):
                break
            higher, lower = (first, second) if descending else (second, first)
            stated = f"{shown(first)} then {shown(second)} in a list {cue.group('way').lower()} by its figures"
            yield in_order(doc.name, (first, second), second.get("metric"), higher, lower, stated,
                           f"{stated}, out of order")


def _list_end(text: str, start: int) -> int:
    """Where a list after ``start`` ends: after its bulleted lines, else at its sentence's full stop."""
    if text[start:start + 3].lstrip(" \t").startswith("\n"):
        at = text.index("\n", start) + 1
        while (found := _ITEM.match(text, at)) is not None:
            at = found.end() + 1
        return at
    stop = re.compile(r"[.;](?:\s|$)").search(text, start)
    return stop.start() if stop else len(text)


# A superlative said of one figure, set against another of the same clause by "while" (the lowest rate at 54%
# while 55% of the other group …): the other is of the same quantity for another group.
SUPERLATIVE = re.compile(r"\b(?P<top>highest|largest|biggest|greatest|most)\b|"
                         r"\b(?P<bottom>lowest|smallest|fewest|least)\b", re.IGNORECASE)
WHILE = re.compile(r"\s*,?\s*(?:while|whereas|against|compared\s+with|compared\s+to)\s+(?:(?:only|just)\s+)?",
                   re.IGNORECASE)


# December recorded the highest number of arrivals (11.6% of the total) in 2006, while May recorded the lowest (6.2%):
# the opposite superlative said of the second, after "while", in the same sentence.
OPPOSITE_WHILE = re.compile(r"[^.;]{0,60}?,?\s*(?:while|whereas)\s+[^.;\d]{0,30}?\b(?:(?P<top>highest|largest|"
                            r"biggest|greatest|most)|(?P<bottom>lowest|smallest|fewest|least))\b"
                            r"(?:\s+[a-z]+(?:\s+about\s+[a-z]+)?)?\s*\(?\s*",  # (least concerned (33 percent))
                            re.IGNORECASE)


def superlative_while(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("while", "whereas", "against", "compared")):
        return  # WHILE's words: a text without them is not read pair by pair
    for first, second in pairwise(doc.claims):
        if not doc.same_sentence(first, second) or (first["unit"], first["kind"]) != (second["unit"],
                                                                                     second["kind"]):
            continue
        if first["kind"] not in ("share", "level", "growth", "ratio"):
            continue
        between = doc.between(first, second)
        opposite = None if WHILE.fullmatch(between) else OPPOSITE_WHILE.fullmatch(between)
        if opposite is None and (not WHILE.fullmatch(between)
                                 or periods_conflict(first.get("period"), second.get("period"))):
            continue  # (the highest … while … the lowest may set two times apart: December's and May's)
        said = SUPERLATIVE.search(doc.text, max(doc.sentence(first)[0], int(first["start"]) - (60 if opposite else 40)),
                                  int(first["start"]))
        if said is None or re.search(r"[,;]", doc.text[said.end():int(first["start"])]):
            continue
        bottom = said.group("bottom") is not None
        if opposite is not None and (opposite.group("bottom") is not None) == bottom:
            continue  # the highest (11.6%) while … the lowest (6.2%): the words must be opposites
        high, low = (second, first) if bottom else (first, second)
        stated = f"{shown(first)} is said to be the {said.group(0).lower()}"
        yield in_order(doc.name, (first, second), first.get("metric"), high, low, stated,
                       f"{stated}, but {shown(second)} is {'lower' if bottom else 'higher'}")


# A figure said to be a smaller (larger) movement than the one stated before it: a substantially smaller increase
# of 1.5 per cent.
COMPARATIVE = re.compile(r"\b(?P<less>smaller|lower|slower|weaker|softer|narrower|modest)|"
                         r"\b(?P<more>larger|bigger|higher|faster|stronger|steeper|sharper|wider|greater)\b",
                         re.IGNORECASE)
_MOVE_OF = re.compile(rf"(?P<word>{COMPARATIVE.pattern})\s+(?:[\w-]+\s+){{0,2}}?(?:increase|rise|gain|growth|"
                      r"decline|drop|fall|decrease|jump)\s+of\s+$", re.IGNORECASE)
# Overtook coal: the figure of the sentence is above the named rival's latest figure.
OVERTOOK = re.compile(r"\b(?:overtook|overtaken|overtaking|surpassed|outstripped|outpaced)\s+(?:the\s+)?"
                      r"(?P<rival>[A-Za-z]{3,})", re.IGNORECASE)


def compared_with_before(doc: Doc) -> Iterable[Relation]:
    """A movement said to be smaller (larger) than the last one of its kind told before it; a figure said to have
    overtaken a rival named in the sentences before, against the rival's last figure there."""
    for index, claim in enumerate(doc.claims):
        if claim["kind"] not in ("growth", "change"):
            continue
        before = doc.before(claim, 60)
        word = _MOVE_OF.search(before) if before.rstrip()[-2:].lower() == "of" else None  # …increase of $5
        if word is None:
            continue
        earlier = next((c for c in reversed(doc.claims[max(0, index - 12):index]) if c["kind"] == claim["kind"]
                        and c["unit"] == claim["unit"]), None)
        if earlier is None or int(claim["start"]) - int(earlier["end"]) > 600:
            continue  # the movement compared with is the last one told, a few lines before at most
        less = word.group("less") is not None
        high, low = (earlier, claim) if less else (claim, earlier)
        stated = f"{shown(claim)} is said to be a {word.group('word').lower()} movement than {shown(earlier)}"
        yield in_order(doc.name, (earlier, claim), claim.get("metric"), high, low, stated, f"{stated}, but it is not")
    if not document_holds(doc.text, ("overt", "surpass", "outstrip", "outpac")):
        return  # no verb of overtaking: no figure's sentence needs searching for one
    for claim in doc.claims:
        said = OVERTOOK.search(doc.text, int(claim["end"]), around(doc, claim, 200)[1])
        # the sentence's first figure of its kind is the one said to overtake
        if said is None or next(c for c in doc.in_sentence(claim) if c["kind"] == claim["kind"]) is not claim:
            continue
        rival = _named_before(doc, claim, said.group("rival"))
        if rival is None:
            continue
        stated = f"{shown(claim)} is said to have overtaken {said.group('rival')} at {shown(rival)}"
        yield in_order(doc.name, (rival, claim), claim.get("metric"), claim, rival, stated,
                       f"{stated}, but it is lower")


def _named_before(doc: Doc, claim: dict, name: str) -> dict | None:
    """The last figure of the same kind and unit in the latest of the three sentences before ``claim`` that names
    ``name`` (coal … down to 11.3%)."""
    index = int(claim["_index"])
    earlier = [c for c in doc.claims[max(0, index - 12):index] if not doc.same_sentence(c, claim)]
    sentences: list[tuple[int, int]] = []
    for candidate in reversed(earlier):
        span = around(doc, candidate)
        if span not in sentences:
            sentences.append(span)
        if len(sentences) > 3:
            return None
        if (candidate["kind"], candidate["unit"]) == (claim["kind"], claim["unit"]) and re.search(
                rf"\b{re.escape(name)}", doc.text[span[0]:span[1]], re.IGNORECASE):
            return candidate
    return None


# A figure that missed its target: below the target's figure right after (11.1 million visitors, missing its
# target of 12 million).
MISSED = re.compile(r"[^,.;\d]{0,40}?,?\s*(?:missing|missed|falling\s+short\s+of|fell\s+short\s+of|short\s+of)\s+"
                    r"(?:its|the|a|their)"
                    r"\s+(?:[\w-]+\s+)?(?:target|goal|aim|forecast|estimate|guidance)\s+(?:of\s+)?", re.IGNORECASE)


def missed_target(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("missing", "missed", "short")):
        return  # every form of MISSED holds one of the words: a text without them is not read pair by pair
    for first, second in pairwise(doc.claims):
        if not doc.same_sentence(first, second) or (first["unit"], first["kind"]) != (second["unit"],
                                                                                     second["kind"]):
            continue
        if MISSED.fullmatch(doc.between(first, second)):
            gap = excess(first, second)
            arithmetic = f"{shown(first)} is said to miss the target of {shown(second)}" + (
                ", but it is above it" if gap else "")
            yield Relation(doc.name, "rank_vs_values", (first, second), first.get("metric"), bounds(second),
                           bounds(first), gap, arithmetic)
