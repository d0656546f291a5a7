"""Figures of a ranking's paragraph that are no rivals of its leader: the other members of a group said to lead
together (The biggest falls were in the south-west (0.9%), east midlands (1%) …; 北京(13437元/月)、…、杭州(11602元/月)
四市的平均招聘薪酬仍最高), and a part of one member singled out after it (第三产业同比增长17.2%，特别是…住宿和餐饮业
…同比增幅达到40%以上: a part of the third member, not a fourth)."""

from __future__ import annotations

import re

from checks.relations.base import Doc

# An English superlative of a plural (the biggest falls were in …): said of the members listed after it, together.
_PLURAL_TOP = re.compile(r"\b(?:biggest|largest|highest|lowest|smallest|strongest|weakest|fastest|sharpest|steepest|"
                         r"greatest)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:were|are|came|have\s+been)\b", re.IGNORECASE)
# A Chinese count of the members listed just before, then the superlative (…四市的平均招聘薪酬仍最高; 三家均居前).
_GROUP_TOP = re.compile(r"[^，,。；;\d]{0,6}?[两二三四五六七八九十]\s*[个家座]?[市省区国城县家个]"
                        r"[^，,。；;\d]{0,14}?(?:最|居前|领先)")
# Between two members of one list: no end of a clause, no turn to another subject.
_ONE_LIST = re.compile(r"[;；。]|\b(?:while|whereas|but|compared)\b|而|但", re.IGNORECASE)
_LIST_SPAN = 400  # characters a list of members said to lead together spans at most
_SINGLED_OUT = re.compile(r"特别是|尤其是|\b(?:particularly|in\s+particular|especially|notably)\b", re.IGNORECASE)


def a_leading_group(doc: Doc, value: dict, rival: dict) -> bool:
    """Whether a figure said to lead and a rival are two members of one list said to lead together."""
    if not doc.same_sentence(value, rival):
        return False
    first, last = sorted((value, rival), key=lambda c: int(c["start"]))
    if int(last["start"]) - int(first["end"]) > _LIST_SPAN or _ONE_LIST.search(doc.between(first, last)):
        return False
    if _PLURAL_TOP.search(doc.text, max(doc.sentence(first)[0], int(first["start"]) - _LIST_SPAN), int(first["start"])):
        return True
    return _GROUP_TOP.match(doc.text, int(last["end"]), doc.sentence(last)[1]) is not None


def singled_out(doc: Doc, rival: dict) -> bool:
    """Whether a rival is a part singled out of the member told just before it (特别是…, in particular …)."""
    before = [c for c in doc.near(rival, 1) if int(c["end"]) <= int(rival["start"]) and doc.same_sentence(c, rival)]
    start = int(before[-1]["end"]) if before else max(doc.sentence(rival)[0], int(rival["start"]) - _LIST_SPAN)
    return _SINGLED_OUT.search(doc.text, start, int(rival["start"])) is not None
