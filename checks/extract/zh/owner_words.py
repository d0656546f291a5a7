"""Owners read with words that are no part of a name: the time of an announcement (苹果于周二公布: 苹果), a
particle left at the end (企业的: 企业), or a shopping festival or holiday, which is when, not whose (“双十一”当天实
现成交额1682亿元: no owner of its own; the one before it is carried)."""

from __future__ import annotations

from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.grammar import Dimension, Rule

OWNER_WORDS = Dimension("owner_words_zh", [
    Rule("announced_on", r"(?P<name>.+?)于(?:周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月\d{1,2}日|今日|昨日|"
                         r"近日|日前|今天|昨天)",
         lambda m: m.group("name"), examples=(("苹果于周二", "苹果"), ("华为于3月31日", "华为"))),
    Rule("particle", r"(?P<name>.{2,}?)的", lambda m: m.group("name"), examples=(("企业的", "企业"),)),
    Rule("festival", r"双十一|双11|双十二|双12|618|春节|国庆|五一|中秋|元旦|清明|端午|黄金周",
         lambda m: "", examples=(("双十一", ""), ("国庆", ""))),
])


def owner_words(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims with owners cut to their name, or to none (see the module)."""
    read = list(claims)
    for index, claim in enumerate(read):
        if not claim.subject:
            continue
        kept = OWNER_WORDS.resolve(claim.subject)
        if kept is not None:
            read[index] = claim.replaced(subject=kept or None)
    return read
