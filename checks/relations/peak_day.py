"""rank_vs_values for the busiest day of a stretch against the stretch's daily average: 假期共接待游客80万人次，日均
16万人次；单日最高峰出现在5月2日，达21万人次; 日均发送旅客300万人次。5月1日为客流最高峰，发送旅客420万人次. No day's
peak lies below the average of the days it is one of (nor the quietest day above it).

The average is a level told right after 日均 (not last year's: 去年日均, 同期日均); the peak is the first figure after
最高峰, 高峰日, 峰值 or 单日最高 in a later sentence or clause (after 。, ；or ，: 日均204万人次，同比增长11.5%，单日
最高峰出现在10月4日，达235万人次) of the same paragraph that says it is a
day's (单日, 高峰日 or a date: a peak hour is no day), of the average's unit. A peak compared with a past one
(比去年高峰日增加20万) is the figure before the comparison, which is the one read. Peaks listed for several owners
(甲线、乙线最高峰日分别为…) are parts' peaks, not the stretch's: not read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, excess, same_unit, shown

_DAILY = re.compile(r"日均[^\d，,。；;]{0,10}$")
_PAST = re.compile(r"去年|上年|同期|往年|此前")
_PEAK = re.compile(r"(?P<high>最高峰|高峰日|峰值|单日最高)|(?P<low>单日最低|最低谷|低谷日)")
_DAY = re.compile(r"单日|高峰日|低谷日|\d{1,2}月\d{1,2}日|当日|当天")
_HOUR = re.compile(r"小时|时段|分钟")
_SAYS = re.compile(r"^[^。；;]{0,40}$")
_CLAUSE = re.compile(r"[。；;，,]")
_PEAK_REACH = 40  # claims after the average where its stretch's peak may be told (a paragraph as far as read)
# 甲线、乙线最高峰日发送量分别为…: the peaks of parts, each of another owner than the average's
_LISTED = re.compile(r"分别|、")


def _own_clause(told: str, word_at: int) -> str:
    """The clause of the peak word (甲线、乙线最高峰日…, not 国庆、中秋假期… before its comma)."""
    return re.split(r"[，,。]", told[:word_at])[-1] + told[word_at:]


def peak_day(doc: Doc) -> Iterable[Relation]:
    averages = [claim for claim in doc.claims if claim["kind"] == "level" and claim.get("qualifier") == "exact"
                and _DAILY.search(doc.before(claim, 12)) and not _PAST.search(doc.before(claim, 8))]
    for average in averages:
        for peak in doc.paragraph_near(average, _PEAK_REACH):
            if int(peak["start"]) <= int(average["end"]) or not _CLAUSE.search(doc.between(average, peak)) \
                    or peak["kind"] != "level" or not same_unit(peak, average) \
                    or peak.get("qualifier") not in ("exact", None):
                continue
            before = doc.text[max(doc.sentence(peak)[0], int(peak["start"]) - 80):int(peak["start"])]
            told = re.split(r"[；;]", before)[-1]  # the peak's own clause
            found = next(reversed(list(_PEAK.finditer(told))), None)  # the last peak word before the figure
            if found is None or not _SAYS.match(told[found.end():]) or not _DAY.search(told) \
                    or _HOUR.search(told) or _LISTED.search(_own_clause(told, found.start())):
                continue
            word_at = int(peak["start"]) - len(told) + found.end()
            if any(word_at <= int(other["start"]) < int(peak["start"]) for other in doc.near(peak, 8)):
                continue  # the first figure after the peak word is the peak's
            high = found.group("high") is not None
            larger, smaller = (peak, average) if high else (average, peak)
            gap = excess(smaller, larger)
            said = f"the {'busiest' if high else 'quietest'} day's {shown(peak)} against the daily average " \
                   f"{shown(average)}"
            yield Relation(doc.name, "rank_vs_values", (average, peak), average.get("metric"), bounds(larger),
                           bounds(smaller), gap, f"{said}: {'on the wrong side of it' if gap else 'as it can be'}")
            break  # one peak for an average
