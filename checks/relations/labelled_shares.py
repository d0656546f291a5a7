"""shares_of_whole for a list of shares each followed by the group it names: 35 percent of U.S. adults considered
themselves Democrats, 28 percent Republicans and 35 percent independents. The groups answer one question of one
whole, so the shares add up to no more than 100%.

Taken only when every label after the first share is one or two words that are no preposition (28 percent of men,
31 percent in 2008 are shares within a group or of a time), the labels differ, and the first share's clause ends
with its label right before the comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_WORD = r"(?!(?:of|in|for|among|at|on|from|to|by|than|with|who|which|that|and|or)\b)[A-Za-z][\w'’-]*"
# between two shares of the list: the earlier's label, then a comma or "and"
_LABEL_THEN = re.compile(rf"\s+(?P<label>{_WORD}(?:\s+{_WORD})?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# between the first share and the second: its whole and verb, ending with its label before the comma
_FIRST = re.compile(rf"\s+of\s+[^;:,\d]{{3,80}}?\s(?P<label>{_WORD})\s*,\s*")
# after the last share: its label, then the clause ends
_LAST = re.compile(rf"\s+(?P<label>{_WORD}(?:\s+{_WORD})?)\s*(?:[,.;:)]|$)")


def labelled_shares(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    index = 0
    while index < len(claims) - 1:
        run = _run(doc, index)
        if run is None:
            index += 1
            continue
        yield _relation(doc, run, False, "shares of one whole, each followed by its group")
        index = int(run[-1]["_index"]) + 1


def _share(claim: dict) -> bool:
    return claim["kind"] == "share" and claim["unit"] == "percent"


def _run(doc: Doc, index: int) -> list[dict] | None:
    """The list of labelled shares that starts at claim ``index``, if one does (three shares at least, the first
    naming its whole)."""
    claims = doc.claims
    first = claims[index]
    if not _share(first):
        return None
    second = claims[index + 1]
    opening = _FIRST.fullmatch(doc.between(first, second))
    if opening is None or not _share(second) or not doc.same_sentence(first, second):
        return None
    run, labels = [first, second], [opening.group("label").lower()]
    at = index + 1
    while at + 1 < len(claims):
        following = claims[at + 1]
        gap = _LABEL_THEN.fullmatch(doc.between(claims[at], following))
        if gap is None or not _share(following) or not doc.same_sentence(claims[at], following):
            break
        labels.append(gap.group("label").lower())
        run.append(following)
        at += 1
    last = _LAST.match(doc.after(run[-1], 40))
    if last is None:
        return None
    labels.append(last.group("label").lower())
    if len(set(labels)) != len(labels) or len(run) < 3:
        return None
    return run


# …accounted for 38% of short-term visitor nights; 29% were for educational purposes; 17% of nights were to visit
# friends; and 7% were for business: each clause after a semicolon opens with its share of the first's whole.
# (a semicolon ends a sentence for the splitter). Or the clause names its member first: Japan, accounting for 31
# percent of the total; Mexico with 25 percent; and China with 13 percent.
_NEXT_CLAUSE = re.compile(r"[^;.\d\n]{0,120};[ \t]*(?:and\s+)?"
                          r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:with|at)\s+)?")
# , 22.2 percent were on …; and 14.9 percent were on …: a comma or "and", then a share with a verb of its own
_NEXT_COMMA = re.compile(r"[^;.\d\n]{0,120}?(?:,|\band\b)\s*(?:and\s+)?")
_OWN_VERB = re.compile(r"\s+(?:were|was|are|is)\b")
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<whole>[a-z][\w\s'’-]{1,60}?)"
                       r"(?=[;,.]|\s+(?:were|was|are|is|went)\b)", re.IGNORECASE)


def shares_clause_by_clause(doc: Doc) -> Iterable[Relation]:
    """Shares each opening a clause of one sentence after a semicolon (or a comma or "and", each with its own verb:
    22.2 percent were on …), the first naming its whole (of visitor nights): parts of that whole, no more than 100%
    together. A later share of another whole (of men) ends the run."""
    claims = doc.claims
    index = 0
    while index < len(claims) - 1:
        first = claims[index]
        named = _OF_WHOLE.match(doc.text, int(first["end"])) if _share(first) else None
        run = [first]
        while named is not None and index + len(run) < len(claims):
            following = claims[index + len(run)]
            if not _share(following) or not (_NEXT_CLAUSE.fullmatch(doc.between(run[-1], following)) or (
                    _NEXT_COMMA.fullmatch(doc.between(run[-1], following))
                    and _OWN_VERB.match(doc.text, int(following["end"])))):
                break
            own = _OF_WHOLE.match(doc.text, int(following["end"]))
            if own is not None and not set(own.group("whole").lower().split()) <= set(
                    named.group("whole").lower().split()):
                break  # 45% of men: a share within another group
            run.append(following)
        if len(run) >= 3:
            yield _relation(doc, run, False, f"shares of {named.group('whole') if named else 'one whole'}, clause "
                                             "by clause")
        index += len(run)


# 年龄：00后占73.5%，90后占19.6%，…: a line of a sample's make-up, its dimension named before a colon, then each
# member's share in a clause of its own (名称占a%)
_DIMENSION = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[：:]")
_MEMBER_SHARE = re.compile(r"[\u4e00-\u9fff\w/、（）()“”]{1,16}占\s*$")  # 男性占48.5% (not 占比为: its own ratio)
_THE_REST = re.compile(r"其他|其它|其余")


def shares_of_a_dimension(doc: Doc) -> Iterable[Relation]:
    """The shares of a line that names a dimension of one whole before a colon (性别：男性占48.5%，女性占51.5%), each
    in its own clause as 名称占a%: parts of the whole, no more than 100% (100% when the last is the rest, 其他)."""
    if "：" not in doc.text and ":" not in doc.text:
        return
    seen: set[int] = set()
    line = scanned = 0  # the start of the line the figure stands on, found by reading each gap between figures once
    for claim in doc.claims:
        start = doc.sentence(claim)[0]
        line = max(line, doc.text.rfind("\n", scanned, int(claim["start"])) + 1)
        scanned = int(claim["start"])
        opening = max(start, line)
        if opening in seen:
            continue
        seen.add(opening)
        if not _DIMENSION.match(doc.text, opening):
            continue
        shares = [c for c in doc.in_sentence(claim) if int(c["start"]) >= opening]
        if len(shares) < 3 or any(c["unit"] != "percent" or c["kind"] != "share" for c in shares):
            continue
        clauses = _clauses(doc.text, opening, shares)
        if not all(_MEMBER_SHARE.search(clause) for clause in clauses):
            continue
        yield _relation(doc, shares, bool(_THE_REST.search(clauses[-1])), "the members of one line")


_CLAUSE_MARK = re.compile(r"[，,；;：:]")


def _clauses(text: str, opening: int, figures: list[dict]) -> list[str]:
    """The words of each figure's own clause, from the line's opening on: each gap between the figures read once."""
    clauses, mark, scanned = [], opening, opening
    for figure in figures:
        for found in _CLAUSE_MARK.finditer(text, scanned, int(figure["start"])):
            mark = found.end()
        scanned = int(figure["start"])
        clauses.append(text[mark:scanned])
    return clauses


# 45% 'Certain' Yes / 36% 'Certain' No / 18% Not Certain: a poll's answers, a line each, the share first.
_ANSWER_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<share>\d{1,3}(?:\.\d+)?)\s?%[ \t]+[^\d\n%]{1,40}?[ \t]*$")


def shares_line_by_line(doc: Doc) -> Iterable[Relation]:
    """Two lines or more in a row, each a share then a few words and nothing else (45% 'Certain' Yes): the answers
    of one question, no more than 100% together (the text need not list every answer)."""
    if "%" not in doc.text:
        return
    run: list[dict] = []
    line_start, line_end = 0, -1  # the line of the claim being read: each line found once, not once per claim
    for claim in doc.claims:
        at = int(claim["start"])
        if at > line_end:
            line_start = doc.text.rfind("\n", max(0, line_end), at) + 1
            found = doc.text.find("\n", at)
            line_end = found if found >= 0 else len(doc.text)
        line = _ANSWER_LINE.fullmatch(doc.text, line_start, line_end)
        answer = line is not None and line.start("share") == at and claim["kind"] == "share" \
            and claim["unit"] == "percent"
        if answer and run and _next_line(doc, run[-1], line_start):
            run.append(claim)
            continue
        if len(run) >= 2:
            yield _relation(doc, run, False, "the answers of one question, a line each")
        run = [claim] if answer else []
    if len(run) >= 2:
        yield _relation(doc, run, False, "the answers of one question, a line each")


def _next_line(doc: Doc, previous: dict, start: int) -> bool:
    """Whether the line at ``start`` follows the line of ``previous`` right after it (no line between)."""
    return doc.text.find("\n", int(previous["end"])) + 1 == start
