"""shares_of_whole for the answers of one question told with "the rest": 66.3%受访者表示反对，29.5%表示支持，另有
4.2%回答不知道. When the last share of a sentence is introduced as the others (另有, 其余, 剩下, 还有) and every
share of it is said of an answer (表示, 回答, 认为, 选择), the answers share out one group of respondents: together
no more than 100%. A sentence that breaks one of its shares down (其中 after it) is not read: its parts would count
twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_ANSWERED = re.compile(r"\s*(?:的)?(?:受访者|被访者|受访人|网友|学生|大学生|居民|市民|民众|人)?\s*"
                       r"(?:表示|回答|认为|选择|称)")
_STOP = re.compile(r"[。！？!?\n]")
# Answers one respondent gives one of: a stance and its negation, not knowing, the one thing that matters most (65%关注
# 就业，61%关注教育，还有45%关注医疗 is a question of several choices, whose shares may add up to more than 100%).
_ONE_CHOICE = re.compile(r"不|没有|未|无所谓|否|最")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_THE_REST = re.compile(r"(?:另有|其余|其他|剩下的?|还有)\s*(?:的)?$")


def the_rest_answered(doc: Doc) -> Iterable[Relation]:
    sentences: dict[int, list[dict]] = {}  # by where the full sentence starts (its clauses after ；too)
    for claim in doc.claims:
        if claim["kind"] == "share" and claim["unit"] == "percent":
            start = int(claim["start"])
            opening = max((m.end() for m in _STOP.finditer(doc.text, max(0, start - 300), start)), default=0)
            sentences.setdefault(opening, []).append(claim)
    for shares in sentences.values():
        if len(shares) < 2 or "其中" in doc.text[int(shares[0]["start"]):int(shares[-1]["start"])]:
            continue  # a share broken down after it (60%表示满意，其中20%非常满意): its parts would count twice
        if not _THE_REST.search(doc.before(shares[-1], 6)):
            continue
        if all(_ANSWERED.match(doc.text, int(share["end"])) for share in shares) and not _a_total_first(shares) \
                and any(_ONE_CHOICE.search(_answer(doc, share)) for share in shares):
            yield _relation(doc, shares, False, "answers of one question, the last the rest")


def _a_total_first(shares: list[dict]) -> bool:
    """80%表示满意，30%表示非常满意，50%表示比较满意，另有20%…: a share that the ones after it (the rest aside) make up
    is their total, and the sentence no set of answers to one question."""
    values = [float(share["value"]) for share in shares[:-1]]
    return any(abs(value - sum(values[i + 1:])) <= 0.1 * (len(values) - i) for i, value in enumerate(values[:-1]))


def _answer(doc: Doc, share: dict) -> str:
    """The words after a share up to its clause's end: the answer it counts."""
    after = doc.text[int(share["end"]):int(share["end"]) + 40]
    stop = _CLAUSE_END.search(after)
    return after[:stop.start()] if stop else after
