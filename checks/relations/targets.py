"""rank_vs_values for a figure said to be below (or above) a target given right after it: 年末城镇登记失业率1.89%，
低于2.5%的控制目标; 增长7.8%，高于7%的预期目标. Extraction reads the target with its word (低于2.5%, a bound);
the word is said of the figure before, which must lie on that side of the target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation, in_order, same_unit, shown

# The words of a figure held against a target, the target's time and its noun (高于年初85%的目标任务), as the
# relations that leave a target out of a statement read them too (statements.other_side)
TARGET_WORDS = "低于|高于|超过|超出|不到|不足"
TARGET_TIME = "(?:全年|年度|年初)"
TARGET_NOUN = "(?:控制|预期|调控)?(?:目标|计划|指标)"
_SAID = re.compile(rf"^(?P<word>{TARGET_WORDS})")
_SAID_BEFORE = re.compile(rf"\s*[，,]\s*(?P<word>{TARGET_WORDS}){TARGET_TIME}\s*")
_TARGET_AFTER = re.compile(rf"\s*的?\s*{TARGET_TIME}?{TARGET_NOUN}")


def against_a_target(doc: Doc) -> Iterable[Relation]:
    if "目标" not in doc.text and "计划" not in doc.text and "指标" not in doc.text:
        return
    for figure, target in pairwise(doc.claims):
        said = _SAID.match(str(target["text"]))
        # (覆盖率达92.8%，高于年初85%的目标任务: the word and the target's time before the figure, not in its span)
        before = _SAID_BEFORE.fullmatch(doc.between(figure, target)) if said is None else None
        joined = said is not None and figure["kind"] == target["kind"] and re.fullmatch(
            r"\s*[，,]?\s*", doc.between(figure, target)) is not None
        if not (joined or before is not None) or not doc.same_sentence(figure, target) \
                or not same_unit(figure, target) or not _TARGET_AFTER.match(doc.text, int(target["end"])):
            continue
        said = said or before
        exact = dict(target, text=str(target["text"])[said.end():] if before is None else str(target["text"]),
                     qualifier="exact", lower=target["value"], upper=target["value"], _bounds=None)
        below = said.group("word") in ("低于", "不到", "不足")
        higher, lower = (exact, figure) if below else (figure, exact)
        where = "below" if below else "above"
        yield in_order(doc.name, (figure, target), figure.get("metric"), higher, lower,
                       f"{shown(figure)} is said to be {where} the target of {shown(exact)}, as it is",
                       f"{shown(figure)} is said to be {where} the target of {shown(exact)}, but it is not")
