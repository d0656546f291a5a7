"""Breakdowns after 其中: the members of one breakdown listed clause by clause, each named by its own label (其中，中央
一般公共预算收入69934亿元，增长…；地方一般公共预算本级收入83217亿元，…), the figures of other units between them (their
rates) passed over; whether such parts are every member of a whole breakdown (then they make the whole, not only no
more than it); and the member of a national accounts' breakdown that holds another (第二产业 holds 工业)."""

from __future__ import annotations

import re

from checks.relations.base import Doc, label_before, same_unit
from checks.relations.breakdowns import COMPLETE, partition_of

_END = re.compile(r"[。！？!?\n]|其中")


def partition_listed(doc: Doc, levels: list[dict], first: int) -> list[dict] | None:
    """The figures from ``levels[first]`` on, in its sentence and of its unit, whose labels name different members
    of one breakdown; None unless two or more do."""
    listed = [levels[first]]
    for claim in levels[first + 1:first + 8]:
        if _END.search(doc.between(listed[-1], claim)):
            break
        if same_unit(claim, listed[-1]):
            listed.append(claim)
    labels = [label_before(doc.text, claim) for claim in listed]
    while len(listed) >= 2 and partition_of(labels) is None:
        listed, labels = listed[:-1], labels[:-1]  # the members, then perhaps a figure of something else
    return listed if len(listed) >= 2 else None


def every_member(doc: Doc, parts: list[dict]) -> bool:
    """Whether the parts are every member of a whole breakdown (其中，出口…，进口…), and no other figure of their
    unit follows in their paragraph (三次产业's electricity, then 城乡居民生活用电量: a fourth part): then they make
    the whole."""
    partition = partition_of([label_before(doc.text, part) for part in parts])
    if partition not in COMPLETE or len(parts) != len(partition):
        return False
    last = parts[-1]
    return not any(c["kind"] == "level" and same_unit(c, last) and doc.paragraph(c) == doc.paragraph(last)
                   for c in doc.claims[int(last["_index"]) + 1:int(last["_index"]) + 8])


# Members of a national accounts' breakdown that belong to one other member: industry and construction to the
# secondary sector (第二产业增加值…，其中工业增加值…), industry above a size to all industry
_PARENTS = {"工业": "第二产业", "建筑业": "第二产业", "规模以上工业": "工业"}


def parent_of(part: dict, whole: dict) -> bool:
    """Whether ``whole`` is the member that holds ``part`` by _PARENTS (both read as segments or metrics)."""
    member = str(part.get("segment") or part.get("metric") or "")
    parent = _PARENTS.get(member.removesuffix("增加值"))
    return (parent is not None and parent in str(whole.get("segment") or whole.get("metric") or "")) \
        or _of_its_class(member, str(whole.get("metric") or ""))


# A class named with 类 and its quantity (肉类总产量, 粮食类商品零售额): a member of the class is named with the
# class's stem and the same quantity (猪肉产量 of 肉类总产量).
_CLASS = re.compile(r"(?P<stem>[\u4e00-\u9fff]{1,3})类(?:总|合计)?(?P<quantity>[\u4e00-\u9fff]{2,6})")


def _of_its_class(member: str, whole: str) -> bool:
    """Whether ``member`` names one kind of the class ``whole`` names (猪肉产量 of 肉类总产量)."""
    named = _CLASS.fullmatch(whole)
    if named is None or not member.endswith(named.group("quantity")):
        return False
    kind = member[:-len(named.group("quantity"))]
    return 1 <= len(kind) <= 6 and named.group("stem") in kind and kind != named.group("stem")


# 其中景区共接待8.97万人 after 白帝城景区游客达4.75万人: the group's total (共), of which that figure is one member's
# (not 一般公共预算: 共 of 公共)
_GROUP_TOTAL = re.compile(r"其中[，,]?\s*(?P<noun>[\u4e00-\u9fff]{2,4}?)"
                          r"(?:(?<![公总一])共(?![同享])|合计|累计|总共|一共)")


def a_member_of(text: str, marker_at: int, candidate: dict) -> bool:
    """Whether ``candidate`` is a member's figure of the group whose total follows 其中 (see _GROUP_TOTAL)."""
    group = _GROUP_TOTAL.match(text, marker_at)
    named = f"{label_before(text, candidate)}|{candidate.get('subject') or ''}"  # (白帝城景区游客达; its owner)
    return group is not None and re.search(rf"[\u4e00-\u9fff]{group.group('noun')}", named) is not None


_GROUP_REACH = 400


def members_of_a_group_total(doc: Doc, levels: list[dict]) -> list[tuple[dict, list[dict]]]:
    """(the group's total, its members' figures) of each 其中…共 total (see _GROUP_TOTAL) with two or more members'
    figures of its unit before it in its sentence (to the full stop): 白帝城景区游客达4.75万人…；天坑地缝共接待
    1.94万人…；其中景区共接待8.97万人 (the two scenic areas' visitors, no more than all the areas')."""
    found = []
    for index, total in enumerate(levels):
        marker = doc.text.rfind("其中", max(doc.sentence(total)[0], int(total["start"]) - 30), int(total["start"]))
        if marker < 0 or _GROUP_TOTAL.match(doc.text, marker) is None:
            continue
        # (its clauses end with ；; read back at most _GROUP_REACH characters: a run-on text is not read whole)
        floor = max(0, marker - _GROUP_REACH)
        opening = max(floor, *(doc.text.rfind(mark, floor, marker) + 1 for mark in "。！？!?\n"))
        members = []
        for claim in (levels[at] for at in range(index - 1, -1, -1)):
            if int(claim["start"]) < opening:
                break
            if int(claim["end"]) <= marker and same_unit(claim, total) and a_member_of(doc.text, marker, claim):
                members.insert(0, claim)
        if len(members) >= 2:
            found.append((total, members))
    return found
