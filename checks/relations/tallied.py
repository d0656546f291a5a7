"""The kinds of a tally after 其中: 共计受理消费者诉求9326件，其中，受理政策咨询5423件、商品和服务投诉4008件，投诉办结率
100%；受理举报895件. A count of cases (件, 宗, 起) broken down right after it into counts of the same thing, whatever
each kind is called and whatever rates stand between them: the kinds do not overlap, so their sum is no more than
the tally. What was done with a kind (办结, 解决, 挽回) is an outcome of it, not another kind, and ends nothing.
"""

from __future__ import annotations

import re

from checks.relations.base import Doc

# 其中 right after the tally: 诉求9326件，其中，; 诉求21.35万件，其中：
_RIGHT_AFTER = re.compile(r"\s*[，,]?\s*其中\s*[，,：:]?\s*")
# Outcomes of a kind, not kinds: closed, solved, recovered, mediated, satisfied
_OUTCOME = re.compile(r"办结|解决|挽回|调解|满意|办理|完成|回访|处理完毕|退赔|结案|答复|反馈|回复")
# Not a kind: a bare stage (受理1498件), one waiting or done (已…, 待…), a cut that may overlap another (涉及网购…)
_NOT_A_KIND = re.compile(r"^(?:受理|已|待)$|^[已待]|涉及|中涉")
# Another time's count (去年同期580件, 上年为…)
_EARLIER = re.compile(r"(?:去年|上年|同期)[^，,；;。]{0,4}$")
# Counters of cases and items, which one case is one of (counts of people or places are cut many ways at once:
# 职工200人，其中女性120人，35岁以下90人)
_COUNTERS = "件宗起例项"
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_NESTED = re.compile(r"中有|之中")


def counter(claim: dict) -> str:
    """The counter a count is written with (件 of 9326件), or ""."""
    written = str(claim["text"]).rstrip()
    return written[-1:] if written[-1:] in _COUNTERS else ""


def tallied_kinds(doc: Doc, levels: list[dict], first: int, marker_at: int) -> list[dict] | None:
    """The counts of one sentence after a 其中 that follows a tally of the same counter: each a kind of it (two or
    more, named differently, up to the sentence's end); none is an outcome of another (办结), and a second 其中 ends
    them."""
    part = levels[first]
    kind = counter(part)
    if tally_before(doc, levels, first, marker_at) is None:
        return None
    listed, names = [], set()
    for claim in levels[first:first + 12]:
        between = doc.between(part, claim)
        if _SENTENCE_END.search(between) or "其中" in between or _NESTED.search(between) \
                or _RIGHT_AFTER.match(doc.text, int(claim["end"])):
            break  # (its clauses may end with ；) a kind of a kind (在医院中有), a tally of its own (…万个，其中)
        if claim["unit"] != "count" or counter(claim) != kind:
            continue
        name = _name(doc, claim)
        if _OUTCOME.search(name) or name in names or _NOT_A_KIND.search(name) \
                or _EARLIER.search(doc.text, max(0, int(claim["start"]) - 8), int(claim["start"])) \
                or _in_brackets(doc.between(part, claim)):
            continue
        names.add(name)
        listed.append(claim)
    if len(listed) < 2 or _ways_of_counting(list(names)):
        return None
    return listed


def _ways_of_counting(names: list[str]) -> bool:
    """Whether two names share a qualifier of three characters or more (定期航班通航机场, 定期航班通航城市): counts of
    different things about one set (airports, the cities they serve), not kinds of the tally."""
    return any(_shared_start(a, b) >= 3 for index, a in enumerate(names) for b in names[index + 1:])


def _in_brackets(between: str) -> bool:
    """Whether a figure stands inside brackets opened after the list's first (质量投诉620件（去年同期580件）)."""
    return between.count("（") + between.count("(") > between.count("）") + between.count(")")


def _shared_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _name(doc: Doc, claim: dict) -> str:
    """The words that name a count, back to the mark or figure before them (受理咨询 of …件、受理咨询3100件)."""
    start = int(claim["start"])
    return _NAME_BREAK.split(doc.text[max(0, start - 20):start])[-1].strip().removeprefix("其中")


_NAME_BREAK = re.compile(r"[、，,；;：:。！？\d%）)]")


def tally_before(doc: Doc, levels: list[dict], first: int, marker_at: int) -> dict | None:
    """The tally right before the 其中 at ``marker_at``, a count of the same counter as the figure after it, or None."""
    part = levels[first]
    kind = counter(part)
    if part["unit"] != "count" or not kind:
        return None
    # (the nearest figure before 其中, looked for among the few before the part: no copy of the list)
    tally = next((levels[i] for i in range(first - 1, max(-1, first - 4), -1) if int(levels[i]["end"]) <= marker_at),
                 None)
    if tally is None or counter(tally) != kind or tally["unit"] != "count" \
            or not _RIGHT_AFTER.fullmatch(doc.text, int(tally["end"]), _after_marker(doc, marker_at)):
        return None
    return tally


def _after_marker(doc: Doc, marker_at: int) -> int:
    """Where the words of the list start after 其中 (its comma or colon passed)."""
    found = _MARKER.match(doc.text, marker_at)
    return found.end() if found else marker_at


_MARKER = re.compile(r"其中\s*[，,：:]?\s*")


# A figure said of each member of a group (都超过了500亿元, 均在1000亿元以上): a bound each passes, no sum of them.
_EACH = re.compile(r"(?:都|均|各)(?:超过|高于|低于|不足|在|达到?|为)了?\s*$")


def said_of_each(text: str, claim: dict) -> bool:
    return _EACH.search(text, max(0, int(claim["start"]) - 8), int(claim["start"])) is not None
