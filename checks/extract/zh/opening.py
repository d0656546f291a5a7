"""The owner a Chinese sentence opens with: the name its first clause gives (江苏紧随其后，…), the market it is
about (全球市场方面，…) or the one a ranking places (第二名为vivo，…), read by each figure of a sentence naming none."""

from __future__ import annotations

import re

from checks.extract.prefilter import gated
from checks.extract.zh.measure import _REPORTING, _SUBJECT, LEADING_NOISE, PERIOD_CUE, lined_member, not_an_owner
from checks.extract.zh.vocabulary import CITIES, PROVINCES

# A clause that names who holds a place: 第二名为vivo, 排名第一的是比亚迪, 位居榜首的是华为.
_RANKED_NAME = gated(re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}(?:名|位)?|榜首|冠军|首位)(?:的)?(?:是|为)\s*"
                                r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 ]{0,11})$"))
# A first clause that names the topic of its sentence: 全球市场方面, 海外市场方面.
_TOPIC = re.compile(r"(?:在)?(?P<name>(?:全球|国际|海外|国内|境外|境内)市场|全球|海外)(?:方面|上)")
OWNER_REACH = 40  # characters of a sentence's opening read for its owner
# The leading noise without its first alternative (a stretch up to a colon, 】 or ——), for an opening that holds none
# of those marks: tried first at each step, that alternative reads to the opening's end and back for nothing
_UNMARKED_NOISE = re.compile(LEADING_NOISE.pattern.replace(r".*(?:[】：:]|——)|", "", 1))
CLAUSE_MARK = re.compile(r"[，,：:；;]")
# A first clause that says what the figures leave out (不含当日上市新股，…), not whose they are
_LEFT_OUT = re.compile(r"(?:不含|不包括|不计|剔除|扣除|除去)")
# A verb of leading inside what reads as a name: a clause said of a group (民营企业领涨全市外贸), no one's name
_LEADING_VERB = re.compile(r"领涨|领跌|领跑|领衔|拉动|带动|支撑")
# A place named alone as a sentence's first clause: a province or city by its name, or a name ending 省, 市, 县, 州.
_PLACE_ALONE = re.compile("(?:" + "|".join(PROVINCES + CITIES) + r")(?:省|市)?|"
                          r"(?![全本我该各])[\u4e00-\u9fff]{2,3}[省市县州]")


def sentence_owner(text: str, sentence_start: int, before: int) -> str | None:
    """The owner a sentence opens with, when its first clause names one (江苏紧随其后，2018年GDP达到…: 江苏)."""
    # The first clause only, and only its first characters: the cost must not grow with the sentence
    clauses = CLAUSE_MARK.split(text[sentence_start:min(before, sentence_start + OWNER_REACH)], maxsplit=1)
    first = clauses[0].strip()
    if len(clauses) > 1 and _PLACE_ALONE.fullmatch(first) and text[sentence_start + len(clauses[0])] in "，,":
        return first  # 贵州，3月产量247.17万吨…: a list's item (a label before a colon may head one line only)
    if _REPORTING.search(first) or _LEFT_OUT.match(first):
        return None  # 记者从市商务局获悉: who reports, not whose figures; 不含当日上市新股: what is left out
    # the place named is read past the figure (第二名为vivo: the rank comes before the name)
    topic = _TOPIC.fullmatch(first)
    if topic is not None:
        return topic.group("name")  # 全球市场方面，…: the sentence is about the market it names
    # the sentence's first clause is the one read before the figure when a mark or the reach ended that one
    whole_first = first if len(clauses) > 1 or before >= sentence_start + OWNER_REACH else \
        CLAUSE_MARK.split(text[sentence_start:sentence_start + OWNER_REACH], maxsplit=1)[0].strip()
    ranked = _RANKED_NAME.search(whole_first)
    if ranked is not None:
        return ranked.group("name")  # 第二名为vivo，出货量…: the one ranked owns the figures that follow
    unperiodic = PERIOD_CUE.sub("", first)
    # the marks of the first alternative, tested one by one (a generator over them cost more than the tests)
    marked = "：" in unperiodic or ":" in unperiodic or "】" in unperiodic or "——" in unperiodic
    noise = LEADING_NOISE if marked else _UNMARKED_NOISE
    found = _SUBJECT.match(noise.sub("", unperiodic))
    owner = found.group("subject").removesuffix("的") if found is not None and not lined_member(found) else None
    return None if owner is None or not_an_owner(owner) or _LEADING_VERB.search(owner) else owner
