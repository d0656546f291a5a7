"""shares_of_whole for the answers of one group to one question, each quoted, as survey reports give them (Chinese
texts): 17.1%的居民认为“形势较好，就业容易”，50.8%的居民认为“一般”，32.1%的居民认为“形势严峻，就业难”; 倾向于
“更多消费”的居民占24.8%；倾向于“更多储蓄”的居民占42.5%. People who gave one answer gave no other, so the shares
add up to at most 100%.

Read only in one sentence, the group (居民, 受访者), the verb of answering and the question (宏观经济,
本季产品销售价格较上季) the same for every share, and the verb one of a single answer (认为, 预期, 倾向于): 选择 and
表示 may be of a question where several answers are picked. A later share may leave out the group and the
question, as the central bank's quarterly surveys print them: 37.4%的企业家认为宏观经济“偏冷”，60.9%认为“正常”，
1.8%认为“偏热”.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_VERBS = r"认为|预期|预计|倾向于|倾向"
# 17.1%的居民认为“一般”: the share, its group and verb (and the question), then the quoted answer;
# 60.9%认为“正常”: the run's group left out
_AFTER = re.compile(rf"(?:的(?P<group>[\u4e00-\u9fff]{{1,6}}?))?"
                    rf"(?:(?P<verb>{_VERBS})(?P<topic>[^“”，,。；;\d]{{0,16}}))?"
                    r"“(?P<answer>[^”]{1,24})”")
# The three answers of a question that has no other (more, the same, less), as the central bank's surveys ask: their
# shares add up to 100%, not merely to at most 100%.
_EVERY_ANSWER = ({"增加", "持平", "减少"}, {"上升", "持平", "下降"}, {"偏冷", "正常", "偏热"}, {"偏松", "适度", "偏紧"})
# 倾向于“更多消费”的居民占24.8%: the verb and quoted answer, then the group and the share
_BEFORE = re.compile(rf"(?P<verb>{_VERBS})[^“”，,。；;\d]{{0,6}}“[^”]{{1,24}}”的(?P<group>[\u4e00-\u9fff]{{1,6}}?)"
                     r"(?:占比?|比例为|为)\s*$")


def quoted_answers(doc: Doc) -> Iterable[Relation]:
    if "“" not in doc.text:
        return
    run: list[dict] = []
    said_by: tuple[str, str] = ("", "")  # the run's group and verb
    asked = ""  # the run's question
    answers: list[str] = []  # the run's quoted answers
    for claim in doc.claims:
        if claim["unit"] != "percent" or claim["kind"] != "share":
            continue
        said = _AFTER.match(doc.text, int(claim["end"])) or _BEFORE.search(
            doc.text, max(0, int(claim["start"]) - 40), int(claim["start"]))
        if said is None or not (said.group("group") or said.group("verb")):
            continue
        group, verb = said.group("group") or "", said.group("verb") or ""
        topic = said.groupdict().get("topic") or ""
        joined = run and group in (said_by[0], "") and verb in (said_by[1], "") and topic in (asked, "") \
            and not re.search(r"[。！？\n]", doc.between(run[-1], claim))
        if not joined:
            yield from _judged(doc, run, said_by, answers)
            answers = []
            if not group:  # (a share that leaves out its group opens no run)
                run, said_by, asked = [], ("", ""), ""
                continue
            run, said_by, asked = [], (group, verb), topic
        run.append(claim)
        answers.append(said.groupdict().get("answer") or "")
        said_by = (said_by[0], said_by[1] or verb)
    yield from _judged(doc, run, said_by, answers)


def _judged(doc: Doc, run: list[dict], said_by: tuple[str, str], answers: list[str]) -> Iterable[Relation]:
    """The shares of a run (10.6%的居民“看不准”: a quoted answer with no verb of its own joins the run's)."""
    if len(run) >= 2 and said_by[1]:
        every = len(run) == 3 and set(answers) in _EVERY_ANSWER
        yield _relation(doc, run, every, f"each the share of {said_by[0]} who {said_by[1]} one quoted answer"
                        + (f", and {'、'.join(answers)} the only answers" if every else ""))
