"""Figures listed against the members named before their verb, in order: "Germany, France and Italy accounted for
20%, 15% and 10% of sales" (Germany's share is 20%, France's 15%, Italy's 10%); "food, energy and services rose 1%,
2% and 3% respectively". Each figure's member is the item of the same place in the list of names."""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.cues import BASIS_AFTER
from checks.extract.en.measure import phrase_before
from checks.extract.en.members import MEMBERS, whole_after
from checks.extract.en.movement import LIST_MOVEMENT_EN
from checks.extract.en.owners import INDEX_LEVEL
from checks.extract.text import SENTENCE_REACH, clause_start

# The gap between two figures of one list: a comma, "and", or both.
_LIST_GAP = re.compile(r"(?:\s+(?:units|vehicles|tonnes|tons|barrels|people|persons))?\s*(?:,\s*(?:and\s+)?|and\s+)",
                       re.IGNORECASE)  # (1,042,800 units and 369,300 units: the unit said with each)
# The quantity the last item of a list names for all of them: "passenger car and commercial vehicle sales".
_SHARED_HEAD = re.compile(r"^(?P<member>.+?)\s+(?P<quantity>sales|exports|imports|output|production|revenues?|"
                          r"shipments|deliveries|registrations|starts|permits|arrivals|spending|volumes?)$",
                          re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_OPENING_PHRASE = re.compile(r"(?:among|in|for|by|of|at|on|after|during|across|within|overall)\b", re.IGNORECASE)
_OPENING_WORD = re.compile(r"^(?:while|whereas|but|and|as)\s+", re.IGNORECASE)
# An item of a list of names: one to four words, no figures, no clause marks.
_ITEM = r"[A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,3}"
# The list and the verb after it, up to the first figure: "Germany, France and Italy accounted for".
_VERB = (r"(?:[a-z]+ed|rose|fell|grew|were|was|are|is|had|have|has|made|make|makes|took|take|takes|won|saw|"
         r"account|accounts|represent|represents|rise|fall|grow)(?:\s+(?:for|up|by|to|of|at))?")
_NAMES_BEFORE = re.compile(rf"(?:^\s*|[,;:]\s+|\b(?:while|whereas|but)\s+)(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*,?"
                           rf"\s+and\s+[A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){{0,3}}?)\s+(?:by\s+)?{_VERB}\s*$")
# A quantity and its preposition before the first member: exports to China, Japan and Korea (exports of each).
_OF_MEMBERS = re.compile(r"^(?P<quantity>.+?)\s+(?:to|from|in|at|of|for|with)\s+(?P<member>.+)$")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Quantities a market reports of a named owner: the members listed before them are their owners.
_OWNED = {"share price", INDEX_LEVEL}
_LEADING = re.compile(r"^(?:the|its|their)\s+", re.IGNORECASE)


def respectively(claims: list[Claim], text: str, sentence_of: list[tuple[int, int]]) -> list[Claim]:
    """The claims with the members of a list of names before their verb given, in order, to a run of as many
    figures after it (see the module's forms); a share "of" a whole after the run reads the member as its part."""
    read = list(claims)
    index = 0
    given: tuple[tuple[int, int], list[str | None], str | None] | None = None  # a run's members, its quantity
    while index < len(read):
        end = index
        while end + 1 < len(read) and sentence_of[end + 1] == sentence_of[index] \
                and _LIST_GAP.fullmatch(text, read[end].end, read[end + 1].start):
            end += 1
        if end > index:
            _give(read, index, end, text, sentence_of[index][0])
            members = [claim.segment for claim in read[index:end + 1]]
            if all(members):
                given = (sentence_of[index], members, read[index].metric)
            elif given is not None and given[0] == sentence_of[index] and len(given[1]) == end - index + 1 \
                    and not any(members) and _RESPECTIVELY.search(text, *sentence_of[index]):
                # …sales are 1,042,800 units and 369,300 units, decrease 0.04% and 6.55% … respectively: the
                # same members, in order, for each run of the sentence
                for at, member in zip(range(index, end + 1), given[1], strict=True):
                    read[at] = read[at].replaced(segment=member, metric=given[2])
            if all(claim.segment for claim in read[index:end + 1]):
                _share_basis(read, index, end, text)
        index = end + 1
    return read


def _share_basis(read: list[Claim], first: int, last: int, text: str) -> None:
    """The basis said after a run's last change (decrease 0.04% and 6.55% compared with last month respectively)
    given to the changes of the run that name none."""
    found = BASIS_AFTER.match(text[read[last].end:read[last].end + 80])  # (its ^ holds at a slice's start only)
    if found is None:
        return
    basis = _RESPECTIVELY.sub("", found.group("basis")).strip()
    for at in range(first, last + 1):
        if read[at].kind in ("growth", "change") and not read[at].basis:
            read[at] = read[at].replaced(basis=basis)


def _give(read: list[Claim], first: int, last: int, text: str, sentence_start: int) -> None:
    """Give the members named before ``read[first]`` to the run ``read[first:last + 1]`` when they are as many."""
    before = text[max(sentence_start, read[first].start - 200):read[first].start]
    found = _NAMES_BEFORE.search(before)
    items: list[str] = []
    while found is not None:  # (Among main brands, passenger car and …: the list after the opening's comma)
        items = [_LEADING.sub("", item.strip()) for item in _SPLIT.split(found.group("items").strip())]
        items[0] = _OPENING_WORD.sub("", items[0])  # (While silver and platinum grew by: silver's, platinum's)
        if len(items) == last - first + 1:
            break
        # (Among main brands, passenger car and …: past an opening phrase; Exports, Imports, and Balance April
        # exports were: a heading's words, no list of the figures' members)
        found = _NAMES_BEFORE.search(before, found.start() + 1) if _OPENING_PHRASE.match(items[0]) else None
    if found is None or any(not item for item in items):
        return
    if _paired_quantities(read, first, items):
        return
    quantity = _OF_MEMBERS.match(items[0])
    if quantity is not None:
        items[0] = quantity.group("member")
    head = _SHARED_HEAD.match(items[-1]) if quantity is None else None
    if head is not None:  # passenger car and commercial vehicle sales: each member's sales
        items[-1] = head.group("member")
        quantity = head
    whole = whole_after(text[read[last].end:read[last].end + 60])
    for at, item in zip(range(first, last + 1), items, strict=True):
        claim = read[at]
        if claim.segment:
            continue
        if (claim.subject and all(name in claim.subject for name in items)) or claim.metric in _OWNED:
            read[at] = claim.replaced(subject=item)  # BP and Shell rose 17p and 24p: each its own share price
            continue
        subject = None if claim.subject in items else claim.subject  # the last name read as the owner
        if claim.kind == "share" and whole and not claim.metric:
            # Italy accounted for 10% of sales: the member is the part of the whole
            read[at] = claim.replaced(segment=item, metric=item, whole=whole, subject=subject)
        else:  # (the shared head's quantity over the last item's words read as the metric)
            named = quantity.group("quantity") if quantity else None
            own = None if str(claim.metric or "").lower() in {i.lower() for i in items} else claim.metric
            read[at] = claim.replaced(segment=item, subject=subject, metric=named if head is not None else own or named)


_QUANTITY_WORDS = {"production", "sales", "output", "exports", "imports", "revenue", "revenues", "shipments",
                   "deliveries", "orders", "purchases"}


def _paired_quantities(read: list[Claim], first: int, items: list[str]) -> bool:
    """Production and sales volumes of vehicles were 10,213,100 units and 10,260,200 units: the items are quantities
    sharing the last one's words (production volumes of vehicles, sales volumes of vehicles), not members; each
    figure is given its quantity, and True when so."""
    words = [item.split(maxsplit=1) for item in items]
    if not all(w and w[0].lower() in _QUANTITY_WORDS for w in words) or len(words[-1]) < 2:
        return False
    rest = words[-1][1]
    for at, item in enumerate(items):
        named = item if len(words[at]) > 1 else f"{item} {rest}"
        read[first + at] = read[first + at].replaced(metric=named)
    return True


# A name with its figure in brackets, an item of a list: "from China (6.1 percent), Canada (5.8 percent)".
_NAME_OPENS = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*\(\s*$")
_CLOSES = re.compile(r"\s*\)")
# A group of people in such a list, lower case: adult men (, whites (, and teenagers (.
_GROUP_OPENS = re.compile(r"(?:[,;]\s*(?:and\s+)?|\b(?:and|for|among)\s+)"
                          r"(?P<name>(?!(?:and|or|the|a|an|its|their)\b)[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s*\(\s*$")
# The rate a group list's lead names (unemployment rates declined in September for adult men (5.3 percent), …).
_RATE_NAMED = re.compile(r"\b((?:[a-z-]+\s+)?(?:rates?|ratios?|shares?))\b(?!\s+of\b)", re.IGNORECASE)
# From one bracketed figure to the next: "), whites (", "), and Hispanics (".
_ITEM_GAP = re.compile(r"\s*\)[^()\d]{1,40}\(\s*")
# Nouns of movement that name no quantity: rises, falls, increases, declines, growth.
_MOVES = re.compile(r"(?:rises|falls|increases|decreases|gains|declines|drops|growth|changes|jumps)", re.IGNORECASE)
# The movement a list of named members follows right after (There were rises in Victoria (): their figures are growth.
_LIST_MOVED = re.compile(rf"(?<![\w-])(?P<move>{LIST_MOVEMENT_EN.pattern})\s*$", re.IGNORECASE)
# Between two items of such a list: "), " "); " ") and ", never across a sentence's end.
_BETWEEN_ITEMS = re.compile(r"\s*\)[^().!?\d]{0,30}$")
# How far back a list opened by a bare movement (There were rises in Victoria (0.7 per cent)) looks for the quantity
# stated plainly before it: the paragraph or two that give the total before its breakdown.
_LEAD_REACH = 1200
# A reading that is no quantity: a verb form or a verb of being in it (followed a fall, rise was).
_NOT_NOUNS = re.compile(r"\b(?:\w+ed|was|were|is|are|has|have|had)\b")


def bracketed_members(claims: list[Claim], text: str, sentence_of: list[tuple[int, int]]) -> list[Claim]:
    """The claims with a name that stands before its figure in brackets (Imports jumped from China (6.1 percent);
    Canada (5.8 percent); Japan (11.5 percent)) read as the member that owns it (passing it on to no other figure,
    see links.carry_subjects): the quantity is the one the list opens with (imports), the figure before's when it
    is an item of the same list."""
    read = list(claims)
    for at, claim in enumerate(read):
        if "(" not in text[max(0, claim.start - 3):claim.start]:
            continue  # most figures stand in no brackets: a plain test before the pattern
        if claim.segment or not _CLOSES.match(text, claim.end):
            continue
        opened = _NAME_OPENS.search(text, max(0, claim.start - 48), claim.start)
        named = opened is not None
        if opened is None and claim.text[:1].isdigit() and _listed(read, at, text):
            # a group in a list of them: adult men (5.3 percent), whites (5.1 percent): a member, not an owner
            opened = _GROUP_OPENS.search(text, max(0, claim.start - 48), claim.start)
        if opened is None:
            continue
        name = opened.group("name")
        own = claim.metric if claim.metric and claim.metric.lower() != name.lower() else None  # not the name itself
        # carried on from the figure before (as first read), not read in this figure's own words
        carried_on = bool(own) and at > 0 and own == claims[at - 1].metric
        mate = _list_mate(read, at, text)
        moved = None  # the direction of a movement the list follows (There were rises in Victoria (0.7 per cent))
        if mate is not None:
            metric = mate.metric  # Canada (5.8 percent) after China (6.1 percent): the list's quantity
            own = None if carried_on else own
            moved = mate.direction if mate.kind == "growth" and named else None
        else:
            start = max(clause_start(text, sentence_of[at][0], opened.start()), opened.start() - 120)
            start = max(start, text.rfind(")", start, opened.start()) + 1)  # not into the item before
            rate = _RATE_NAMED.findall(text, start, opened.start()) if not named else []
            if named and (movement := _LIST_MOVED.search(text, max(start, opened.start() - 30), opened.start())):
                moved = LIST_MOVEMENT_EN.resolve(" ".join(movement.group("move").lower().split()))
            lead = rate[-1] if rate else phrase_before(text[start:opened.start()])
            metric = lead.lower() if lead and " " not in lead and lead[:1].isupper() else lead
            if metric is not None and _MOVES.fullmatch(metric):
                metric = None  # There were rises in Victoria (0.7 per cent): a movement, not what moved
            if metric is None and lead is not None and _MOVES.fullmatch(lead):
                # Retail turnover rose 0.4%. … There were rises in Victoria (0.7 per cent): the quantity stated
                # plainly before the list, past the breakdowns between
                metric = _plain_quantity(read, at, text)
                own = None if carried_on else own
        owner = (claim.subject or name) if named else (None if claim.subject == name else claim.subject)
        read[at] = claim.replaced(segment=name, subject=owner, metric=own or metric)
        if moved and claim.kind == "share" and claim.unit == "percent":
            # a member's figure in a list of rises (or falls) is its growth, not a share of anything
            read[at] = read[at].replaced(kind="growth", direction="down" if claim.value < 0 else moved, whole=None)
    return read


# A line that opens with its label (a bulleted item: "- Domestic: 23.3 million, +13.1%").
_LABEL_LINE = re.compile(r"[ \t]*[-•*]?[ \t]*(?P<label>[A-Za-z][\w &'’-]{1,40}?)[ \t]*:")
_MEMBER_WORDS = frozenset(MEMBERS)
_HEADING_REACH = 12  # figures back at most where a member's line looks for the heading item it breaks down


def labelled_members(claims: list[Claim], text: str) -> list[Claim]:
    """The claims of an item labelled with a member (- Passengers: 28.8 million; - Domestic: 23.3 million, +13.1%)
    read as that member of the quantity the last item before it labels (domestic passengers), not as a quantity
    named "domestic"."""
    read = list(claims)
    for at, claim in enumerate(read):
        if (claim.metric or "").lower() not in _MEMBER_WORDS or claim.segment:
            continue
        label = _line_label(text, claim.start)
        if label is None or label.lower() != (claim.metric or "").lower():
            continue
        for earlier in reversed(read[max(0, at - _HEADING_REACH):at]):
            heading = _line_label(text, earlier.start)
            if heading is not None and heading.lower() not in _MEMBER_WORDS and earlier.metric:
                read[at] = claim.replaced(metric=earlier.metric, segment=label.lower())
                break
    return read


def _line_label(text: str, offset: int) -> str | None:
    """The label the line holding ``offset`` opens with, before its first figure, else None."""
    start = text.rfind("\n", 0, offset) + 1
    found = _LABEL_LINE.match(text, start, offset)
    return found.group("label").strip() if found else None


# A sentence that opens with the member it is about: "In manufacturing, the workweek increased by 0.1 hour";
# "For adults (25-74 years), the unemployment rate was 4.3 percent";
# "For construction, output grew 1.0%". Not a way of speaking (In total, In contrast, In real terms) nor a time.
_OPENING_MEMBER = re.compile(r"\s*(?:In|For)\s+(?P<member>(?!(?:the|a|an|this|that|its|their|our|all|"
                             r"total|contrast|addition|particular|general|short|fact|comparison|turn|response|"
                             r"summary|brief|sum|practice|theory|other|each|both|recent|early|late)\b)"
                             r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})(?:\s*\([^()\n]{1,30}\))?,")
# (In euros, exports rose …: the currency the figures are told in, not a member)
_NOT_A_MEMBER = re.compile(r"\b(?:terms|words|months?|quarters?|years?|weeks?|days?|periods?|cases?|times?|trade|"
                           r"trading|dealings?|sessions?|euros?|dollars?|pounds?|yen|yuan|renminbi|rupees?|francs?|"
                           r"currency|currencies)$")


# A clause that opens with a place or a side, in a comparison of several (In Norway, electric cars took 61% of sales,
# and in Sweden, the figure was 29%; Domestically, airlines carried 159.9 million passengers): the figures after it
# are that member's. Not a time (In May, In 2023).
_PLACE = (r"(?P<place>(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Q[1-4]|H[12]|Quarter|Year|Total|Addition|Contrast|Fact|Particular|General|Summary|Short|Turn|Comparison|"
          r"Terms)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),")
_PLACE_FIRST = re.compile(rf"\s*(?:In|At)\s+(?:the\s+)?{_PLACE}")  # (At Kellogg International, …: a unit)
# A business unit's quantities: "At <a name>," opens a unit's figures only before one (not At Christmas, At Midday)
_BUSINESS = re.compile(r"\b(?:sales|revenues?|profits?|income|earnings|margins?|orders|shipments)\b", re.IGNORECASE)
_PLACE_OPENS = re.compile(rf",\s*(?:and\s+|but\s+|while\s+|whereas\s+)?in\s+(?:the\s+)?{_PLACE}")
_SIDES = {"domestically": "domestic", "internationally": "international", "overseas": "overseas",
          "abroad": "overseas", "globally": "global", "nationally": "national", "regionally": "regional",
          "locally": "local", "online": "online", "offline": "offline"}
_SIDE_OPENS = re.compile(r"\s*(?P<side>[A-Z][a-z]+),")


def opening_members(claims: list[Claim], text: str, sentence_of: list[tuple[int, int]]) -> list[Claim]:
    """The claims of a sentence that opens with a member (In manufacturing, …; In Norway, …; Domestically, …) or of
    a clause opened by a place (…, and in Sweden, the figure was 29%) read as that member's, where they name none of
    their own."""
    read = list(claims)
    for at, claim in enumerate(read):
        start = sentence_of[at][0]
        if claim.segment:
            continue
        if text[start:start + 40].lstrip()[:1] in "IF":  # a plain test of the sentence's first letter first
            found = _OPENING_MEMBER.match(text, start, claim.start)
            if found is not None and not _NOT_A_MEMBER.search(found.group("member")):
                read[at] = claim.replaced(segment=found.group("member"))
                continue
        near = max(start, claim.start - SENTENCE_REACH)  # a run-on sentence is not read again for every figure
        unit = text[start:start + 8].lstrip().startswith("At ") and _BUSINESS.search(text, start, claim.start)
        if (text.find("n ", near, claim.start) >= 0 or unit) and text.find(",", near, claim.start) >= 0:
            places = list(_PLACE_OPENS.finditer(text, near, claim.start)) or \
                [found for found in [_PLACE_FIRST.match(text, start, claim.start)] if found is not None]
            if places and not _NOT_A_MEMBER.search(places[-1].group("place")):
                read[at] = claim.replaced(segment=places[-1].group("place"))
                continue
        side = _SIDE_OPENS.match(text, start, claim.start)
        if side is not None and side.group("side").lower() in _SIDES:
            read[at] = claim.replaced(segment=_SIDES[side.group("side").lower()])
    return read


def _list_mate(read: list[Claim], at: int, text: str) -> Claim | None:
    """The item before a bracketed figure's in the same list (China (20 percent) after Mexico (10.1 percent) to the
    highest in three years;), passing over figures inside the items (three years), else None. A list runs on past a
    semicolon, never past a full stop."""
    opened = text.rfind("(", 0, read[at].start)
    for earlier in reversed(read[max(0, at - 3):at]):
        if opened - earlier.end > 80:
            return None
        bracketed = "(" in text[max(0, earlier.start - 3):earlier.start]
        if earlier.segment and bracketed and _CLOSES.match(text, earlier.end):
            gap = text[earlier.end:opened]  # not across a sentence's end nor a line (items of a bulleted list)
            return earlier if not any(mark in gap for mark in ".!?(\n") else None
    return None


def _plain_quantity(read: list[Claim], at: int, text: str) -> str | None:
    """The quantity of the nearest figure before ``read[at]`` (up to _LEAD_REACH back) stated plainly: no member of a
    breakdown, not in brackets, and named as a noun phrase (not "followed a fall"), else None."""
    for earlier in reversed(read[:at]):
        if read[at].start - earlier.end > _LEAD_REACH:
            return None
        if earlier.segment or "(" in text[max(0, earlier.start - 3):earlier.start] or not earlier.metric:
            continue
        if not _NOT_NOUNS.search(earlier.metric):
            return earlier.metric
    return None


def _listed(read: list[Claim], at: int, text: str) -> bool:
    """Whether a bracketed figure is one item of a list of them: the figure before or after it stands in brackets
    too, a few words away (adult men (5.3 percent), whites (5.1 percent))."""
    before = read[at - 1] if at else None
    after = read[at + 1] if at + 1 < len(read) else None
    near_before = before is not None and _ITEM_GAP.fullmatch(text, before.end, read[at].start) is not None
    near_after = after is not None and _CLOSES.match(text, after.end) is not None \
        and _ITEM_GAP.fullmatch(text, read[at].end, after.start) is not None
    return near_before or near_after
