"""rank_vs_values for a level said to be a fall or a rise against earlier levels given in brackets (and, past its
rate, against another time's level: moves_past_a_rate): "the number of unemployed … was 465,000 persons, a drop
compared with the previous month (478,000 persons), as well as compared with the same month of 2016 (510,000
persons)"; "… 2.3 million, an increase on the same period last year (2.1 million)".

The noun of the movement follows the level right after a comma; each earlier level stands alone in a bracket after
the words that name its time (compared with, on, from, over), with no other figure between; a second time may follow
with "as well as" or "and". Each bracket is judged as moves.direction_vs_levels judges "down from": the level must lie
below (a drop) or above (a rise) it. English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.moves import judge_move

# ", a drop compared with the previous month (" ; ", an increase on the same period last year ("
_MOVE = re.compile(r"^(?:\s+[A-Za-z]+){0,2}\s*,\s*(?:which\s+is\s+|that\s+is\s+)?an?\s+"
                   r"(?:(?:slight|small|sharp|marginal|significant)\s+)?"
                   r"(?:(?P<up>increase|rise|gain|jump|growth|improvement)|decrease|drop|fall|decline|reduction|dip)"
                   r"\s+(?:compared\s+(?:with|to)|on|from|over|against|versus)\s+"
                   r"[A-Za-z' ,-]{2,50}?(?:(?:19|20)\d\d)?\s*\(\s*$", re.IGNORECASE)
# ", as well as compared with the same month of 2016 (" ; " and on the same month of 2016 ("
_FURTHER = re.compile(r"^[^()\d]{0,30}\)\s*,?\s*(?:as\s+well\s+as|and|but\s+also)\s+"
                      r"(?:(?:compared\s+(?:with|to)|on|from|over|against|versus)\s+)?"
                      r"[A-Za-z' ,-]{2,50}?(?:(?:19|20)\d\d)?\s*\(\s*$", re.IGNORECASE)
_CLOSES = re.compile(r"[^()\d]*\)")  # (matched within a bracket's reach after the figure: see _closed)


def moves_against_brackets(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, level in enumerate(claims[:-1]):
        if level["kind"] != "level" or not str(level["text"]).isascii():
            continue
        earlier = claims[index + 1]
        said = _MOVE.match(doc.text[int(level["end"]):int(earlier["start"])])
        if said is None or not _closed(doc, earlier) or not same_unit(level, earlier):
            continue
        up = said.group("up") is not None
        yield judge_move(doc, earlier, level, up)
        if index + 2 < len(claims):
            further = claims[index + 2]
            between = doc.text[int(earlier["end"]):int(further["start"])]
            if _FURTHER.match(between) and _closed(doc, further) and same_unit(level, further):
                yield judge_move(doc, further, level, up)


def _closed(doc: Doc, earlier: dict, reach: int = 30) -> bool:
    """The bracket closes after the earlier level, within ``reach`` characters and with no other figure in it
    (478,000 persons)."""
    return _CLOSES.match(doc.text, int(earlier["end"]), int(earlier["end"]) + reach + 1) is not None


# 49.4 percent, down 18.9 percent from 2019 but up compared to the previous week's 48.2 percent: the level's other move
_BUT_MOVED = re.compile(r"(?:[^.;\d]|(?:19|20)\d\d){0,60}?\bbut\s+(?:(?P<up>up|higher)|down|lower)\s+"
                        r"(?:compared\s+(?:with|to)|from|on)\s+[^.;\d]{0,40}", re.IGNORECASE)


def moves_past_a_rate(doc: Doc) -> Iterable[Relation]:
    """A level, its rate against one time, then "but up (down) compared to" another time's level: the level lies
    above (below) that one."""
    claims = doc.claims
    for index in range(len(claims) - 2):
        level, rate, earlier = claims[index:index + 3]
        if level["kind"] not in ("level", "share", "ratio") or rate["kind"] != "growth" \
                or not same_unit(level, earlier) or not doc.same_sentence(level, earlier):
            continue
        said = _BUT_MOVED.fullmatch(doc.between(rate, earlier))
        if said is not None:
            yield judge_move(doc, earlier, level, said.group("up") is not None)


# "27% of staff say they work from home most days (down from 33% in May)": the earlier level in a bracket that ends
# the clause, the move said inside it (no figure between, as the claims are neighbours; the level may be bracketed
# itself: One-in-five students (19%) say …)
_BRACKET_MOVE = re.compile(r"^\)?[^.;:()]{0,160}?\(\s*(?:(?P<up>up|higher|rising|increasing)|down|lower|falling|"
                           r"decreasing)\s+(?:from|on|compared\s+(?:with|to))\s+$", re.IGNORECASE)


def moves_in_a_closing_bracket(doc: Doc) -> Iterable[Relation]:
    """A level, then the rest of its clause, then "(down from B …)" or "(up from B …)": the level must lie below (or
    above) B. English only."""
    claims = doc.claims
    for index, level in enumerate(claims[:-1]):
        earlier = claims[index + 1]
        if level["kind"] not in ("level", "share", "ratio") or not str(level["text"]).isascii() \
                or not doc.same_sentence(level, earlier) or not same_unit(level, earlier):
            continue
        said = _BRACKET_MOVE.match(doc.text[int(level["end"]):int(earlier["start"])])
        if said is not None and _closed(doc, earlier, 40):  # (past its time: in March)
            yield judge_move(doc, earlier, level, said.group("up") is not None)
