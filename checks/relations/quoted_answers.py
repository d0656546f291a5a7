"""shares_of_whole for the answers of one group to one question, each quoted, as survey reports give them (Chinese
texts): 17.1%的居民认为“形势较好，就业容易”，50.8%的居民认为“一般”，32.1%的居民认为“形势严峻，就业难”; 倾向于
“更多消费”的居民占24.8%；倾向于“更多储蓄”的居民占42.5%. People who gave one answer gave no other, so the shares
add up to at most 100%.

Read only in one sentence, the group (居民, 受访者) and the verb of answering the same for every share, and the verb
one of a single answer (认为, 预期, 倾向于): 选择 and 表示 may be of a question where several answers are picked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_VERBS = r"认为|预期|预计|倾向于|倾向"
# 17.1%的居民认为“一般”: the share, its group and verb, then the quoted answer
_AFTER = re.compile(rf"的(?P<group>[\u4e00-\u9fff]{{1,6}}?)(?:(?P<verb>{_VERBS})[^“”，,。；;\d]{{0,10}})?"
                    r"“[^”]{1,24}”")
# 倾向于“更多消费”的居民占24.8%: the verb and quoted answer, then the group and the share
_BEFORE = re.compile(rf"(?P<verb>{_VERBS})[^“”，,。；;\d]{{0,6}}“[^”]{{1,24}}”的(?P<group>[\u4e00-\u9fff]{{1,6}}?)"
                     r"(?:占比?|比例为|为)\s*$")


def quoted_answers(doc: Doc) -> Iterable[Relation]:
    if "“" not in doc.text:
        return
    run: list[dict] = []
    said_by: tuple[str, str] = ("", "")  # the run's group and verb
    for claim in doc.claims:
        if claim["unit"] != "percent" or claim["kind"] != "share":
            continue
        said = _AFTER.match(doc.text, int(claim["end"])) or _BEFORE.search(
            doc.text, max(0, int(claim["start"]) - 40), int(claim["start"]))
        if said is None:
            continue
        group, verb = said.group("group"), said.group("verb") or ""
        joined = run and group == said_by[0] and verb in (said_by[1], "") and not re.search(
            r"[。！？\n]", doc.between(run[-1], claim))
        if not joined:
            yield from _judged(doc, run, said_by)
            run, said_by = [], (group, verb)
        run.append(claim)
        said_by = (group, said_by[1] or verb)
    yield from _judged(doc, run, said_by)


def _judged(doc: Doc, run: list[dict], said_by: tuple[str, str]) -> Iterable[Relation]:
    """The shares of a run (10.6%的居民“看不准”: a quoted answer with no verb of its own joins the run's)."""
    if len(run) >= 2 and said_by[1]:
        yield _relation(doc, run, False, f"each the share of {said_by[0]} who {said_by[1]} one quoted answer")
