"""rank_vs_values for a diffusion index against its threshold of 50 (a PMI): "大型企业PMI为52.4%，比上月微升0.1个
百分点，继续位于临界点以上"; "小型企业PMI为48.3%，…，继续位于临界点以下". An index said to lie above the 临界点 or
荣枯线 (高于, 位于…以上, 位于扩张区间) is at least 50, one said to lie below it under 50. One said to stay there (继续,
仍, 连续4个月) lay on the same side the month before: its level less the change told in points between them (a
second rank_vs_values row, of the level and its change)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, shown, signed

_THRESHOLD = 50.0
# (simplified and traditional characters alike: releases are reprinted in both)
_LINE = (r"(?:[临臨]界[点點]|[荣榮]枯[线線]|枯[荣榮][线線]|"
         r"(?<![\d.])(?:50%?|五十)(?:的)?(?:[临臨]界[点點]|[荣榮]枯[线線])?)")
_AT = r"(?:位[于於]|[处處][于於]|在)"
_AREA = r"[区區][间間域]?"
# 继续位于临界点以上; 高于临界点; 连续4个月位于临界点以下; 位于扩张区间; 重回荣枯线上方
_RUN = r"[连連][续續]\s*第?\s*[\d两兩二三四五六七八九十]+\s*[个個]月"  # 连续4个月, 连续第3个月
_SIDE = re.compile(rf"(?P<stay>[继繼][续續]|[持][续續]|仍然?|依然|保持|{_RUN})?\s*"
                   rf"(?:(?:高[于於]|超过|站上|重回|回到|升至|降至|{_AT})?\s*{_LINE}\s*"
                   r"(?P<where>以上|之上|上方|以下|之下|下方)|"
                   rf"(?P<above>高[于於]|站上){_LINE}|(?:低[于於]|跌破){_LINE}|"
                   rf"{_AT}\s*(?P<expanding>[扩擴][张張]|景[气氣]){_AREA}|{_AT}\s*(?:收[缩縮]|不景[气氣]){_AREA})")
_NAMED = re.compile(r"[临臨]界[点點]|[荣榮]枯[线線]|[区區]间|[区區]間")
# What may stand between an index and its side: its change on the month, a few adverbs (not another subject:
# 大、中、小型企业PMI分别为…，大型企业继续位于临界点以上 tells 大型企业's side only)
_BETWEEN = re.compile(r"(?:[\s，,]|(?:比|[较較]|[环環]比|[与與]|高[于於]|低[于於])[^，,；;。]{0,16}?"
                      r"(?:[个個]百分[点點]|持平)|但|并|並|且|虽|雖|均|都|已|也|再度|再次)*")
# A change on the month (比上月, 环比), not on the year: the month before is the index less it
_ON_THE_MONTH = re.compile(r"上月|上期|前月|环比|環比|前值")
# 由上月的50.2%降至临界点以下: last month's figure, the side the index moved to
_LAST_MONTHS = re.compile(r"(?:(?:上月|上期|前月|前值)的?|[由从從])\s*$")
_PAST = re.compile(r"[结結]束|此前|之前|以前|走出|摆脱|擺脫|告[别別]|扭[转轉]")
_REACH = 40  # characters after the index where its side may be told (past its change in points)


def index_against_threshold(doc: Doc) -> Iterable[Relation]:
    if not _NAMED.search(doc.text):
        return  # no threshold named: nothing to search at each figure
    for index, level in enumerate(doc.claims):
        if level["unit"] != "percent" or level["kind"] not in ("level", "share", "ratio") \
                or not 20 <= float(level["value"]) <= 80:
            continue  # (a diffusion index lies around 50)
        end = int(level["end"])
        following = doc.claims[index + 1:index + 3]
        # (连续4个月位于临界点以上: a run's length is no figure of its own between the index and its side)
        stop = min([int(c["start"]) for c in following if c["kind"] != "duration"
                    and (c["kind"] != "change" or c["unit"] != "pp")]
                   + [end + _REACH, doc.sentence(level)[1]])
        clause = doc.text[end:stop]  # (its sentence ends at a ； or 。 already)
        side = _SIDE.search(clause)
        if side is None or _PAST.search(clause, 0, side.start()) or \
                not _BETWEEN.fullmatch(clause, 0, side.start()) or _LAST_MONTHS.search(doc.before(level, 6)):
            continue  # (结束了此前连续5个月位于临界点以下的走势: the side it left)
        above = bool(side.group("above") or side.group("expanding")
                     or side.group("where") in ("以上", "之上", "上方"))
        told = f"{shown(level)} is said to lie {'above' if above else 'below'} the threshold of 50"
        yield judged_against_half(doc.name, "rank_vs_values", (level,), level.get("metric"), bounds(level), above, told)
        change = next((c for c in following if c["kind"] == "change" and c["unit"] == "pp"
                       and int(c["end"]) <= end + side.start() and c.get("direction")
                       and _ON_THE_MONTH.search(doc.text, int(c["start"]) - 12, int(c["start"]))), None)
        if side.group("stay") and change is not None:
            moved = signed(change, bounds(change))
            before = (bounds(level)[0] - moved[1], bounds(level)[1] - moved[0])
            way = "above" if above else "below"
            said = f"{shown(level)} after a change of {shown(change)} is said to stay {way} 50"
            yield judged_against_half(doc.name, "rank_vs_values", (level, change), level.get("metric"), before,
                                      above, said)


def judged_against_half(name: str, relation: str, claims: tuple[dict, ...], metric: object,
                        value: tuple[float, float], above: bool, told: str) -> Relation:
    """``value`` against 50 on the side told (an index's threshold; a majority's half): how far it lies on the other
    side."""
    gap = max(0.0, _THRESHOLD - value[1]) if above else max(0.0, value[0] - _THRESHOLD)
    where = f"{value[0]:g}–{value[1]:g}" if value[0] != value[1] else f"{value[0]:g}"
    arithmetic = f"{told}, but it is {where}" if gap else f"{told}, as it is"
    return Relation(name, relation, claims, metric, value, (_THRESHOLD, _THRESHOLD), gap, arithmetic)
