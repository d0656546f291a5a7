"""Whose a total and its parts are: a total of one place is no whole of another place's parts, nor is a member's
figure the whole of parts that are not its own."""

from __future__ import annotations

import re

from checks.relations.base import Doc, owner_key, plain
from checks.relations.breakdowns import membership

_A_PLACE = re.compile(r"^(?![全该本我][省市县区州镇乡旗]$).+[省市县区州镇乡旗]$")  # a named place, not 全区 or a group


def another_owners(total: dict, parts: list[dict], doc: Doc | None = None) -> bool:
    """A total of one place and a part of another (株洲市's 社零, 长沙市's 餐饮收入; not a group's: _A_PLACE), or of
    a member the parts are not of: 其中区本级227.25亿元, then 第一产业… are the whole's parts, not 区本级's (a 其中
    just before it in its sentence names it a member); but 民营企业进出口2.78万亿元。其中，出口… are the member's own (a
    其中 between them)."""
    segment = plain(total.get("segment"))
    if segment and doc is not None and _a_member(doc, total) and not _among_after(doc, total, parts[0]) \
            and not all(segment in plain(p.get("segment")) + plain(p.get("metric")) for p in parts):
        return True
    return bool(_A_PLACE.search(str(total.get("subject") or ""))) and any(
        owner_key(p) and _A_PLACE.search(str(p.get("subject") or "")) and not owners_agree(total, p) for p in parts)


def owners_agree(total: dict, part: dict) -> bool:
    """The same owner, or a part whose owner read is its member (东部地区 of 东部、中部、西部 against 全国)."""
    return owner_key(total) == owner_key(part) or (
        owner_key(total) in ("全国", "全省", "全市") and membership(str(part.get("subject") or "")) is not None)


_NEAR = 60  # characters looked at around a total for its 其中: bounded, so a run-on text costs the same per figure


def _a_member(doc: Doc, total: dict) -> bool:
    start = int(total["start"])
    return "其中" in doc.text[max(doc.sentence(total)[0], start - _NEAR):start]


def _among_after(doc: Doc, total: dict, first: dict) -> bool:
    end = int(total["end"])
    return "其中" in doc.text[end:min(int(first["start"]), end + 4 * _NEAR)]
