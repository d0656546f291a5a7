"""The text's own place named by a pronoun (全市, 该市, 本市): one place while the text names no other place of its
level between two of its figures. In a roundup (株洲市…全市…。长沙市…该市…) each pronoun is the place named before it,
and two figures of two places are no statement made twice."""

from __future__ import annotations

import re

from checks.claims.measures import plain
from checks.relations.base import Doc

_PRONOUN = re.compile(r"[该全本我](?P<level>[省市县区镇乡州旗])")
# A place of a level by name: two to four characters and the level (长沙市, 浏阳市), not a word that holds the level's
# character (城市, 超市, 市场, 市民, 全市)
_NOT_BEFORE = "全该本我城超股门都楼车夜各省区县"
_NOT_AFTER = "场民值级区委政长"
_REACH = 2_000


def another_place(doc: Doc, first: dict, second: dict) -> bool:
    """Whether two figures whose owners are pronouns of one level (全市, 该市) are of two places: a place of that level
    named between them other than the one named last before the first (or, none named before, two places)."""
    earlier, later = (first, second) if int(first["start"]) <= int(second["start"]) else (second, first)
    own = [_PRONOUN.fullmatch(plain(claim.get("subject"))) for claim in (earlier, later)]
    if not own[0] or not own[1] or own[0].group("level") != own[1].group("level"):
        return False
    level = own[0].group("level")
    start, end = int(earlier["start"]), int(later["start"])
    if end - start > 20 * _REACH:
        return False  # (too far apart to read every name between: as before, one place)
    between = set(_places(doc.text, level, start, end))
    before = _places(doc.text, level, max(0, start - _REACH), start)
    return bool(between - set(before[-1:])) if before else len(between) >= 2


def _places(text: str, level: str, start: int, end: int) -> list[str]:
    """The places of ``level`` named in text[start:end], in order."""
    found = []
    at = text.find(level, start, end)
    while at != -1:
        name = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(start, at - 4):at])
        if name and text[at - 1] not in _NOT_BEFORE and text[at + 1:at + 2] not in _NOT_AFTER \
                and not _PRONOUN.fullmatch(text[at - 1:at + 1]):
            found.append(name.group(0)[-2:] + level)  # (the last two characters: 湖南长沙市 and 长沙市 alike)
        at = text.find(level, at + 1, end)
    return found
