"""rank_vs_values, said of names: one member said to exceed another by name, its figure stated elsewhere in the
paragraph (Chinese texts).

Real writers compare members by name after giving their figures:
东盟、欧盟分别进出口1.35万亿元、1.31万亿元。东盟反超欧盟;
一般贸易进出口7488亿元…加工贸易进出口5645.7亿元…一般贸易总额和增速均超过加工贸易.
A member's figure is found by its name: the name a 分别 list gives it, or the words its quantity's name starts with
where another figure's name ends alike (一般贸易|进出口 and 加工贸易|进出口). A comparison is judged only when the
names find one pair of figures of one kind and unit in the paragraph, and the rival's name ends the clause: any
doubt, no relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, enumeration, in_order, plain, same_unit, shown
from checks.relations.periods import periods_conflict

# A member said to exceed another: 东盟反超欧盟; 一般贸易总额和增速均超过加工贸易. (高于 and 超出 followed by a
# figure are the relations "compared" and the rate gaps.)
_EXCEEDS = re.compile(r"反超|超过|超越|赶超|多于")
_CLAUSE = re.compile(r"[，,。；;：:！？!?\n]")
_NAMES_SPLIT = re.compile(r"、|和|与|及|以及")
_GROWTH_WORD = re.compile(r"增速|增幅|增长率|增长")
_LEVEL_WORD = re.compile(r"总额|总量|规模|金额|总值|额|量")
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")
_REST = 3  # characters that may follow the rival's name in its clause (的水平)
_REACH = 120  # characters of a clause read on either side of a figure or a verb


def named_orders(doc: Doc) -> Iterable[Relation]:
    if not doc.claims or _EXCEEDS.search(doc.text) is None:
        return  # no verb of exceeding: neither the sentences nor the lists' names need reading
    listed = _listed_names(doc)
    for start, end in zip(doc.sentences.starts, doc.sentences.ends, strict=True):
        for verb in _EXCEEDS.finditer(doc.text, start, end):
            left = _CLAUSE.split(doc.text[max(start, verb.start() - _REACH):verb.start()])[-1]
            right = _CLAUSE.split(doc.text[verb.end():min(end, verb.end() + _REACH)])[0]
            yield from _judge(doc, verb.start(), left, right, listed)


def _listed_names(doc: Doc) -> dict[int, str]:
    """The name a 分别 list gives each of its figures (东盟、欧盟分别进出口1.35万亿元、1.31万亿元)."""
    names: dict[int, str] = {}
    index = 0
    while index < len(doc.claims):
        claim = doc.claims[index]
        members = enumeration(doc, doc.claims, index)
        # the clause before the figure, within _REACH characters: a run-on text costs no more per figure
        start = int(claim["start"])
        clause = _CLAUSE.split(doc.text[max(doc.sentence(claim)[0], start - _REACH):start])[-1] \
            if len(members) >= 2 else ""  # a lone figure is no list: its clause is not read
        if "分别" in clause:
            said = [plain(n) for n in _NAMES_SPLIT.split(clause[:clause.index("分别")]) if n.strip()]
            if len(said) >= len(members) and all(_NAME.fullmatch(n) for n in said[-len(members):]):
                for member, name in zip(members, said[-len(members):], strict=True):
                    names[int(member["_index"])] = name
        index += len(members)
    return names


def _judge(doc: Doc, at: int, left: str, right: str, listed: dict[int, str]) -> Iterable[Relation]:
    paragraph = [c for c in doc.claims if doc.paragraph(c) == doc.paragraph({"start": at})
                 and int(c["start"]) < at and c.get("qualifier") == "exact" and c["kind"] in ("level", "growth")]
    kinds = {"growth"} if _GROWTH_WORD.search(left) else set()
    if _LEVEL_WORD.search(left) or not kinds:
        kinds.add("level")
    for kind in sorted(kinds):
        figures = [c for c in paragraph if c["kind"] == kind]
        pairs = [(a, b) for a in figures for b in figures if a is not b and same_unit(a, b)
                 and not periods_conflict(doc.period(a), doc.period(b))
                 and _named(a, b, left, right, listed)]
        if len(pairs) != 1:
            continue  # no pair, or several: the names do not say which figures
        big, small = pairs[0]
        words = f"{doc.text[at - len(left):at].strip()}…{right.strip()}"
        stated = f"{shown(big)} is said to exceed {shown(small)} ({words})"
        yield in_order(doc.name, (big, small), big.get("metric"), big, small, stated, f"{stated}, but it is smaller")


def _named(a: dict, b: dict, left: str, right: str, listed: dict[int, str]) -> bool:
    """Whether ``left`` names figure a and ``right`` opens with figure b's name, by their list names or by the
    heads of their quantities' names that end alike."""
    names = [(listed.get(int(a["_index"])), listed.get(int(b["_index"])))]
    first, second = plain(a.get("metric")), plain(b.get("metric"))
    shared = 0
    while shared < min(len(first), len(second)) and first[-1 - shared] == second[-1 - shared]:
        shared += 1
    if shared >= 2:
        names.append((first[:len(first) - shared], second[:len(second) - shared]))
    plain_left, plain_right = plain(left), plain(right)
    for own, rival in names:
        if not own or not rival or len(own) < 2 or len(rival) < 2 or own in rival or rival in own:
            continue
        if own in plain_left and rival not in plain_left and plain_right.startswith(rival) \
                and len(plain_right) - len(rival) <= _REST:
            return True
    return False
