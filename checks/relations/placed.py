"""The value a place is said of: 名列第二 after its figure, 排名第二，为… before it, 第一和第五 listed in order.

A rank (a claim of kind rank) is about the nearest figure of its sentence, after it, else before it; a place listed
with others is about the figure listed at its position.
"""

from __future__ import annotations

import re

from checks.relations.base import LIST_GAP, Doc

CLAUSE = re.compile(r"[，,。；;：:]")
VALUES = ("level", "share", "growth", "ratio", "change")


# Places listed together (第一和第五, 第三、第四和第五位, first and fifth): each of the figures listed before, in order.
_ORDINAL = r"(?:第\s*[一二三四五六七八九十\d]{1,3}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
PLACES_LISTED = re.compile(rf"{_ORDINAL}(?:名|位)?(?:\s*(?:和|、|及|与|以及|,|，|and|,\s*and)\s*{_ORDINAL}(?:名|位)?)+",
                           re.IGNORECASE)


def _listed_after(doc: Doc, after: list[dict], index: int, count: int) -> dict | bool:
    """The figure at ``index`` of those listed after 分别 just after the places; False when they are not so listed."""
    if not after or "分别" not in doc.before(after[0], 12):
        return False
    listed = [after[0]]
    for claim in after[1:]:
        if not LIST_GAP.fullmatch(doc.between(listed[-1], claim)):
            break
        listed.append(claim)
    return listed[index] if len(listed) == count else False


def _listed_places(doc: Doc, rank: dict, same: list[dict]) -> dict | bool | None:
    """A rank listed with other places (ATL和比亚迪分别以超35%和7%的市占率成为全球第一和第五): the figure listed at
    its position before the list, the places given in order; None when the figures listed are not as many as the
    places; False when the rank is listed with no other place, or with no figure before the places."""
    sentence_start, sentence_end = doc.sentence(rank)
    at = int(rank["start"])
    for found in PLACES_LISTED.finditer(doc.text, max(sentence_start, at - 40), min(sentence_end, at + 40)):
        if not found.start() <= at < found.end():
            continue
        places = [m.start() for m in re.finditer(_ORDINAL, found.group(), re.IGNORECASE)]
        if found.start() + places[0] > at or at - found.start() not in places:
            return False
        before = [c for c in same if int(c["end"]) <= found.start()]
        if not before:  # 位列第三和第四，接待游客分别为…: the figures follow the places, in their order
            return _listed_after(doc, [c for c in same if int(c["start"]) >= found.end()], places.index(
                at - found.start()), len(places))
        listed = [before[-1]]
        for claim in reversed(before[:-1]):  # the figures listed together just before the places
            if not LIST_GAP.fullmatch(doc.between(claim, listed[0])):
                break
            listed.insert(0, claim)
        return listed[places.index(at - found.start())] if len(listed) == len(places) else None
    return False


def value_of_rank(doc: Doc, rank: dict) -> dict | None:
    """The value a rank is about: the nearest figure of its sentence, after it, else before it; for a place listed
    with others (第一和第五), the figure listed at its position."""
    sentence = doc.sentence(rank)  # (its neighbours only: a run-on text is one sentence of thousands of figures)
    same = [c for c in doc.near(rank, 40) if c["kind"] in VALUES and doc.sentence(c) == sentence]
    respective = _listed_places(doc, rank, same)
    if respective is not False:
        return respective  # type: ignore[return-value]
    after = [c for c in same if int(c["start"]) > int(rank["start"])]
    before = [c for c in same if int(c["end"]) <= int(rank["start"])]
    if (after and not CLAUSE.search(doc.between(rank, after[0])[:-1] or "")) or (after and len(
            CLAUSE.findall(doc.between(rank, after[0]))) <= 1 and not _own_clause(doc, rank, after[0], before)):
        return after[0]
    if before and before[-1]["kind"] == "share" and "大" in str(rank["text"]) and before[-1].get("segment"):
        # 与东盟贸易总值9913.4亿元，…占15.1%，东盟成为第一大贸易伙伴: a place by size is its member's amount's
        amount = next((c for c in reversed(before) if c["kind"] == "level"
                       and c.get("segment") == before[-1]["segment"]), None)
        if amount is not None:
            return amount
    return before[-1] if before else None


def _own_clause(doc: Doc, rank: dict, after: dict, before: list[dict]) -> bool:
    """上海以58亿元位列第二，广东…: the place follows its figure in one clause; 小米出货占比10.3%，排在第四，苹果出货
    占比10.1%: the figure after the place opens a clause of its own, named anew, the one before is one clause back."""
    if not before:
        return False
    marks = len(CLAUSE.findall(doc.between(before[-1], rank)))
    opening = CLAUSE.split(doc.between(rank, after))[-1]
    return marks == 0 or (marks == 1 and len(re.sub(r"\s|为|达|是|的|约|近|超", "", opening)) >= 4)
