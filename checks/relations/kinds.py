"""parts_vs_total for a group and its members counted by kinds: 实验组80人，平均年龄41岁；轻度32人，中度30人，重度18人.

A sentence that opens with a group's size describes the group; a later clause of it (after ；) that counts members
by three or more kinds of one thing (names ending alike) counts parts that do not overlap: no more than the group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.parts import _a_level, _relation

# Between two kinds of one list: a comma, then the next kind's name (，中型 / 、重型); the first kind's name follows the
# clause break (；轻型).
_KIND_GAP = re.compile(r"\s*[，,、]\s*(?P<label>[\u4e00-\u9fff]{1,8}?)\s*(?:为|有|共|计)?\s*")
_FIRST_KIND = re.compile(r"[；;]\s*(?P<label>[\u4e00-\u9fff]{1,8}?)\s*(?:为|有|共|计)?\s*$")
_TIME_LABEL = re.compile(r"季度|月|年|期|日|周|天")
_SENTENCE_OPENS = re.compile(r"[。！？!?\n]")
_KINDS_REACH = 40  # figures after a group's size where its kinds may be counted


def kinds_of_a_group(doc: Doc) -> Iterable[Relation]:
    """实验组80人，年龄20~40岁；初级32人，中级30人，高级18人: a sentence that opens with a group's size and, in a
    later clause (after ；), counts its members by kinds of one thing: three or more names that end alike (初级,
    中级, 高级), each with a figure of the same counter. Kinds of one thing do not overlap: their sum is no more
    than the group. Names of periods (一季度, 二季度) are times, not kinds of the group's members. A figure that
    opens a clause after ；is a member, not the group: only the opening of a whole sentence (after 。) is."""
    if "；" not in doc.text and ";" not in doc.text:
        return  # the kinds are counted after a ；: a text without one is not read for its levels
    levels = [c for c in doc.claims if _a_level(doc, c)]
    level_ids = {id(c) for c in levels}
    text = doc.text
    for whole in levels:
        at = int(whole["start"])
        opening = text[max(0, at - 60):at]
        if not _SENTENCE_OPENS.search(opening) and at > 60:
            continue
        if re.search(r"[，,；;：:]", _SENTENCE_OPENS.split(opening)[-1]):
            continue  # the group's size opens its sentence: 对照组60人，…
        following = doc.claims[int(whole["_index"]) + 1:int(whole["_index"]) + _KINDS_REACH]
        index = 0
        while index < len(following):
            first = following[index]
            if re.search(r"[。！？!?\n]|其中", doc.between(whole, first)):
                break  # the group's own sentence; a part of a part (其中) is another relation's
            opened = _FIRST_KIND.search(text, max(int(whole["end"]), int(first["start"]) - 12), int(first["start"]))
            if id(first) not in level_ids or opened is None or not same_unit(first, whole):
                index += 1
                continue
            kinds, labels = [first], [opened.group("label")]
            for claim in following[index + 1:]:
                gap = _KIND_GAP.fullmatch(doc.between(kinds[-1], claim))
                if gap is None or id(claim) not in level_ids or not same_unit(claim, whole):
                    break
                kinds.append(claim)
                labels.append(gap.group("label"))
            index += len(kinds)
            if len(kinds) >= 3 and len({label[-1] for label in labels}) == 1 and len(set(labels)) == len(labels) \
                    and not any(_TIME_LABEL.search(label) for label in labels):
                yield _relation(doc, whole, kinds, complete=False)
