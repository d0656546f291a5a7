"""parts_vs_total for a population's natural change in counts: births less deaths ("7,004 children were born and
11,606 people died in March … The natural population loss was 4,602"; 出生人口8.1万人，死亡人口9.6万人，人口自然减少
1.5万人). A natural loss is the deaths less the births, a natural increase the births less the deaths.

The change is a count after words of natural change in its clause (natural population loss, natural decrease,
自然减少, 自然增长); the births and the deaths are the last counts said of being born and of dying before it, within
400 characters and after the natural change told before it, so that each pair is read once. A rate (‰, %) is none of
them: natural.py reads the rates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, interval_text, shown
from checks.relations.clause_words import clause_words

_NATURAL = re.compile(r"\bnatural\s+(?:population\s+)?(?P<loss>loss|decrease|decline)|"
                      r"\bnatural\s+(?:population\s+)?(?:increase|growth|gain)|"
                      r"自然(?P<zh_loss>减少|负增长)|自然(?:增长|增加)", re.IGNORECASE)
_BORN = re.compile(r"\b(?:born|births?)\b|出生", re.IGNORECASE)
_DIED = re.compile(r"\b(?:died|deaths?)\b|死亡", re.IGNORECASE)
_REACH = 400  # characters before the natural change in which its births and deaths are looked for


def natural_counts(doc: Doc) -> Iterable[Relation]:
    read_from = 0  # the births and deaths after the natural change told last
    for claim in doc.claims:
        if claim["unit"] != "count" or claim["kind"] not in ("level", "change"):
            continue
        said = _NATURAL.search(clause_words(doc, claim, 40, 0)[0])
        if said is None:
            continue
        start = int(claim["start"])
        before = [c for c in doc.claims if max(read_from, start - _REACH) <= int(c["start"]) < start
                  and c["unit"] == "count" and c["kind"] == "level"]
        read_from = int(claim["end"])
        births = [c for c in before if _said(doc, c, _BORN) and not _said(doc, c, _DIED)]
        deaths = [c for c in before if _said(doc, c, _DIED) and not _said(doc, c, _BORN)]
        if births and deaths:
            yield _judged(doc, claim, births[-1], deaths[-1], bool(said.group("loss") or said.group("zh_loss")))


def _said(doc: Doc, claim: dict, word: re.Pattern[str]) -> bool:
    """Whether a count's own clause says the word: before it (出生人口8.1万人) or after it (7,004 were born)."""
    return any(word.search(words) for words in clause_words(doc, claim, 20, 30))


def _judged(doc: Doc, change: dict, births: dict, deaths: dict, loss: bool) -> Relation:
    (b0, b1), (d0, d1) = bounds(births), bounds(deaths)
    implied = (d0 - b1, d1 - b0) if loss else (b0 - d1, b1 - d0)
    stated = bounds(change)
    gap = max(0.0, stated[0] - implied[1], implied[0] - stated[1])
    order = f"{shown(deaths)} − {shown(births)}" if loss else f"{shown(births)} − {shown(deaths)}"
    arithmetic = (f"natural {'loss' if loss else 'increase'} {shown(change)} against {order}: "
                  f"{interval_text(stated)} {'outside' if gap else 'within'} {interval_text(implied)}")
    return Relation(doc.name, "parts_vs_total", (births, deaths, change), change.get("metric"), stated, implied, gap,
                    arithmetic)
