"""The answers of a Chinese survey: a share followed by who gave an answer and the answer (51.2%的农村受访者认为房价
较高，13.5%认为房价很高; 11.8%的居民“看不准”), a quoted answer before the group that gave it (倾向于“更多消费”的居民占
26.4%), and the group a survey's heading names for the shares of its sentence (从农村受访者看，20.4%网购次数减少)."""

from __future__ import annotations

import re
from collections.abc import Callable

_WHO = r"(?:受访者|居民|网民|用户|消费者|市民|家长|学生|员工|人(?!均))"  # (人均: per head, no group)
# answer_after: who gave an answer and the answer, after a share
#   51.2%的农村受访者认为房价较高 → 农村受访者, 认为房价较高; 11.8%的居民“看不准” → 居民, “看不准”
ANSWER_AFTER = re.compile(rf"\s*(?:的?(?P<who>[\u4e00-\u9fff]{{0,4}}?{_WHO}))?"  # 超六成受访者表示满意: 的 or none
                          r"(?P<answer>(?:认为|表示|选择|预期|希望|倾向于?|愿意|打算)[^，,。；;：:\d]{1,16}|“[^”]{1,12}”|"
                          # 24.50%说“占1/5”, 69.68%还算理性“要求合理就买”: what was said, quoted after a few words
                          r"(?<=[\d%])(?:[\u4e00-\u9fff]{0,6}?)“(?P<quoted>[^”]{1,16})”|"
                          # 20.4%网购次数减少: a change the ones counted report, to the clause's end
                          r"[\u4e00-\u9fff]{2,8}(?:减少|增加|没变化|没有变化|不变|持平)(?=[，,。；;]))")
_ANSWER_WORDS = ("认为", "表示", "选择", "预期", "希望", "倾向", "愿意", "打算", "“",
                 "减少", "增加", "变化", "不变", "持平")
_ANSWER_WORD = re.compile("|".join(map(re.escape, _ANSWER_WORDS)))  # one search for them all, not one each
_POLLED = re.compile(r"调查|民调|受访|问卷|投票|网友")  # a poll reported before the share, within POLL_REACH
POLL_REACH = 1500
ANSWER_REACH = 16  # characters after a share in which the words of an answer are looked for
ANSWER_CHAIN = 60  # characters from a share to the next that answers the same question after a ；
# the rest of a sentence's clause, then a ；and the next share first in its clause (no heading of its own group)
_NEXT_CLAUSE = re.compile(r"[^。！？!?\n]*[；;]\s*(?:另有|还有|有)?")

# quoted_answer: a quoted answer, then the group that gave it, then its share (倾向于“更多消费”的居民占)
QUOTED_ANSWER = re.compile(rf"(?P<answer>(?:倾向于?|认为|表示|选择|预期)?“[^”]{{1,12}}”)的(?P<who>{_WHO})"
                           r"(?:占比为?|比例为|占|有|为|达|约)\s*$")
# group_heading: the group a sentence's heading names (从农村受访者看，…; 从城镇居民来看，…)
GROUP_HEADING = re.compile(rf"\s*从(?P<group>[\u4e00-\u9fff]{{0,6}}?{_WHO})(?:来)?看[，,]")


def answer_after(text: str, end: int, earlier: str | None, heading: Callable[[], str | None]) \
        -> tuple[str, str] | None:
    """Who gave the answer a share is of, and the answer, when the words after the share name them; who is the
    group of the share before (``earlier``, its quantity 农村受访者占比) or of the sentence's heading when they
    name only the answer."""
    if _ANSWER_WORD.search(text, end, end + ANSWER_REACH) is None:
        return None  # most shares are followed by no answer: a look for its words is the cheap answer
    found = ANSWER_AFTER.match(text, end)
    if found is None:
        return None
    who = found.group("who") or (earlier.removesuffix("占比") if earlier and earlier.endswith("占比") else heading())
    if not who and found.group("answer").endswith("”") and _POLLED.search(text, max(0, end - POLL_REACH), end):
        who = ""  # a poll's quoted answer, its people named nowhere near (32.71%称…“1/3”): the answer alone
    return (who, found.group("quoted") or found.group("answer")) if who is not None else None


def chained(text: str, end: int, start: int) -> bool:
    """Whether a share at ``start`` opens the clause after the one ending at ``end`` (…；67.7%表示…)."""
    return start - end <= ANSWER_CHAIN and _NEXT_CLAUSE.fullmatch(text, end, start) is not None


def quoted_answer(before: str) -> tuple[str, str] | None:
    """The group and the quoted answer it gave, before its share (倾向于“更多消费”的居民占)."""
    if "”" not in before:
        return None
    found = QUOTED_ANSWER.search(before)
    return (found.group("who"), found.group("answer")) if found is not None else None


def group_heading(text: str, sentence_start: int, before: int) -> str | None:
    """The group the sentence's heading names, when it opens with one (从农村受访者看，…)."""
    if text[sentence_start:sentence_start + 4].find("从") < 0:
        return None  # most sentences open otherwise: a look at their first characters is the cheap answer
    found = GROUP_HEADING.match(text, sentence_start, before)
    return found.group("group") if found is not None else None
