"""parts_vs_total for the components a text names by their shares (natural increase accounted for 35.8 per cent of
annual population growth, while net overseas migration accounted for the remaining 64.2 per cent): the components'
levels, stated elsewhere, make the whole's level (189,100 + 249,700 against an annual increase of 388,800).

Each name finds the level whose words before it (in its clause) share the most words with the name, two at least,
or one for a name of one word; any tie, no relation. English names only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation
from checks.relations.parts import _a_level, _relation

COMPONENTS = re.compile(r"(?P<a>[A-Za-z][a-z]+(?:\s+[a-z]+){0,3})\s+(?:accounted|accounts|made|makes)\s+(?:for|up)\s+"
                        r"$")
REST = re.compile(r"^\s+of\s+(?P<whole>[a-z]+(?:\s+[a-z]+){0,3}?)\s*,\s*(?:while|and|with)\s+"
                  r"(?P<b>[a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:accounted|accounting|accounts|made|making)\s+(?:for|up)\s+"
                  r"(?:the\s+)?(?:remaining|rest|other)\s*$", re.IGNORECASE)
_SAME = {"growth": "increas", "increase": "increas", "rise": "increas"}
_STOP = {"the", "of", "for", "during", "this", "that", "period", "was", "were", "in", "an", "a", "and", "people"}


def _words(text: str) -> set[str]:
    return {_SAME.get(w, w[:7]) for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP}


def components_by_share(doc: Doc) -> Iterable[Relation]:
    shares = [c for c in doc.claims if c["kind"] == "share" and c["unit"] == "percent"]
    for first, second in pairwise(shares):
        before = doc.before(first, 60)
        # a match ends with "for" or "up" and spaces: words that end otherwise are not searched
        named = COMPONENTS.search(before) if before.rstrip().endswith(("for", "up")) else None
        rest = REST.match(doc.between(first, second))
        if named is None or rest is None or not doc.same_sentence(first, second):
            continue
        # an amount added over the period (an annual increase of 388,800) is a level of the flow the shares split
        levels = [c for c in doc.claims if c["unit"] == "count" and c.get("qualifier") != "range" and (
            _a_level(doc, c) or (c["kind"] == "change" and c.get("direction") != "down"))]
        found = [_level_named(doc, levels, name) for name in (named.group("a"), rest.group("b"),
                                                               rest.group("whole"))]
        if None in found or len({id(c) for c in found}) != 3:
            continue
        a, b, whole = found
        yield _relation(doc, whole, [a, b], complete=True)


def _level_named(doc: Doc, levels: list[dict], name: str) -> dict | None:
    wanted = _words(name)
    scored = []
    for level in levels:
        clause = re.split(r"[,;:.]", doc.before(level, 50))[-1]
        scored.append((len(wanted & _words(clause)), level))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [level for score, level in scored if score == best]
    return top[0] if len(top) == 1 and best >= min(2, len(wanted)) else None
