"""The period a Chinese paragraph states for its figures: a sentence that opens with a time of its own
(1—10月份，…; 前三季度，…) states it for the sentences after it in its paragraph that name none
(10月份，社会消费品零售总额…。其中，乡村消费品零售额4934亿元: of 10月份, not of 1—10月份)."""

from __future__ import annotations

import bisect
import re

from checks.extract.text import Sentences
from checks.extract.zh.context import PERIOD

# lead_period: a time that is the whole first clause of its sentence
#   1—10月份，商品房销售面积… → 1—10月份; 其中，前三季度，… → 前三季度; 2023年，全市… → 2023年
#   按经营单位所在地分，10月份，城镇…；乡村… → 10月份 (a heading of the breakdown, then the time)
#   据财政部网站消息，2月份，全国… → 2月份 (a clause saying where the figures come from, then the time)
#   就分类型彩票销售情况来看，2月份，… → 2月份; 1月至2月累计，全国… → 1月至2月 (累计 says the run is summed)
#   在国内手机市场国内外品牌构成方面，2022年3月，… → 2022年3月
#   然而，当时间轴拉长至上半年，… → 上半年 (a connective, then the span the text widens its view to)
LEAD_PERIOD = re.compile(rf"\s*(?:(?:然而|但是?|不过|而|同时)[，,]\s*)?"
                         rf"(?:(?:当|若|如果|把|将)?[^，,。；;\d]{{0,8}}?(?:拉长|延长|放大|放宽|拉至)(?:至|到))?"
                         rf"(?:其中[，,]\s*)?(?:(?:按[^，,。；;]{{1,10}}分|就?[从分][^，,。；;]{{1,10}}看|"
                         rf"据[^，,。；;\d]{{1,16}}(?:消息|显示|统计|报道|数据)|在[^，,。；;\d]{{1,20}}方面)\s*[，,]\s*)?"
                         rf"(?P<period>(?:{PERIOD.pattern})(?:以来|末|底)?)(?:累计)?\s*[，,]")
LEAD_REACH = 8  # sentences back in which a paragraph's stated period is looked for
# section_heading: a line of its own, no sentence, that names the period of the lines under it
#   2024年第二季度业绩摘要 → 2024年第二季度; 2024年上半年业绩摘要 → 2024年上半年 (the document's first line, its
#   headline, heads no section: it may name several periods at once)
HEADING_LINE = re.compile(r"[ \t\u3000]*(?P<line>[^\n。，,；;！？!?：:]{2,30}?)[ \t\u3000]*$")
PERIOD_CUE = re.compile(PERIOD.pattern)
# A line that opens with 其中 goes on with the line before it (2月份，全国共销售彩票…。⏎其中，福利彩票…: of 2月份).
CONTINUED = re.compile(r"\s*其中")
BULLET = re.compile(r"[ \t\u3000]*[●•▪◆■◇○]")
AMONG_THEM_LINE = re.compile(r"其中\s*[:：]\s*$")
LINE_REACH = 400  # characters a list's line is read over: a longer line is no bullet of one
HEADING_REACH = 3000  # characters back in which the heading of a section is looked for


def _not_a_day(period: str | None) -> str | None:
    """A period that may head the figures after it: a day (10月27日，…) dates an event or a report, not them."""
    return None if period is None or period.endswith(("日", "天", "期间")) else period


class ParagraphPeriods:
    """The period each sentence's paragraph last stated before it, found once per sentence."""

    def __init__(self, text: str, sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        self._stated: dict[int, str | None] = {}
        self._leads: dict[int, str | None] = {}

    def _lead(self, start: int, end: int) -> str | None:
        """The period a sentence opens with, found once per sentence."""
        if start not in self._leads:
            lead = LEAD_PERIOD.match(self.text, start, end)
            self._leads[start] = _not_a_day(lead.group("period") if lead is not None else None)
        return self._leads[start]

    def before(self, sentence_start: int) -> str | None:
        """The period stated by the opening of the nearest sentence before this one in its paragraph."""
        if sentence_start in self._stated:
            return self._stated[sentence_start]
        found = self._bulleted(sentence_start)  # (a bulleted list's line: the time of the sentence that opens it)
        start = sentence_start
        for _ in range(LEAD_REACH if found is None else 0):
            if start == 0:
                break
            continued = CONTINUED.match(self.text, start) is not None  # the sentence after this one opens with 其中
            start, end = self.sentences.span(start - 1)
            if self.text.find("\n", start, end) >= 0 and not continued:
                found = self._section(sentence_start)  # the sentence before ends a paragraph: its section's
                break
            found = self._lead(start, end)
            if found is None and continued:
                # 今年我国夏粮总产量14582万吨…。其中小麦产量13434万吨…；…: the parts are of the whole's time
                # (not a time compared with: 4738.45亿元，相比2020年减少906.88亿元。其中…: 2021年's parts)
                stated = tuple((m.start(), m.group(0)) for m in PERIOD_CUE.finditer(self.text, start, end)
                               if self.text[max(0, m.start() - 1):m.start()] not in ("比", "较"))
                found = _not_a_day(sentence_period(stated, end, None, self.text))
            if found is not None:
                break
        self._stated[sentence_start] = found
        return found

    def _bulleted(self, at: int) -> str | None:
        """The period of the sentence that opens a bulleted list with 其中: (春运40天(1月14日至2月22日)…。
        其中:\n●铁路…), when ``at`` is on one of the list's lines: each bullet is of the whole's time."""
        line = self.text.rfind("\n", max(0, at - LINE_REACH), at) + 1
        for _ in range(LEAD_REACH * 5):  # (a list of at most 40 lines: no walk back through a run-on list)
            if not BULLET.match(self.text, line) or line == 0:
                break
            line = self.text.rfind("\n", max(0, line - 1 - LINE_REACH), line - 1) + 1
            opened = AMONG_THEM_LINE.search(self.text, line, self.text.find("\n", line, line + LINE_REACH + 1))
            if opened is not None:
                start = self.sentences.span(max(line, opened.start() - 1))[0]  # (its sentence, or the one before
                start = self.sentences.span(max(line, start - 1))[0]  # when 其中: stands alone)
                stated = tuple((m.start(), m.group(0)) for m in PERIOD_CUE.finditer(self.text, start, opened.start()))
                period = sentence_period(stated, opened.start(), None, self.text)
                return period if period and "至" in period else _not_a_day(period)  # (a span of days is a time)
        return None

    def _section(self, at: int) -> str | None:
        """The period the heading line of the section ``at`` stands in names, when a heading names one."""
        line_end = self.text.rfind("\n", max(0, at - HEADING_REACH), at)
        while line_end > 0:
            line_start = self.text.rfind("\n", 0, line_end) + 1
            if line_start == 0:
                return None  # the headline
            heading = HEADING_LINE.fullmatch(self.text, line_start, line_end)
            if heading is not None:
                periods = PERIOD_CUE.findall(heading.group("line"))
                return _not_a_day(periods[0]) if len(periods) == 1 and not re.search(
                    r"\d", PERIOD_CUE.sub("", heading.group("line"))) else None  # (河北网 11月15日编译: a dateline)
            line_end = line_start - 1
        return None


# quarters_within: a period of quarters, each figure of a 分别 list under it one quarter in turn
#   今年前三季度，资本充足率分别为14.21%、14.35%、14.50% → 今年一季度, 今年二季度, 今年三季度
QUARTERS_WITHIN = re.compile(r"(?P<year>.*?)前(?:三|3)(?:个)?季度")
QUARTERS = ("一季度", "二季度", "三季度")


def quarter_within(period: str | None, index: int) -> str | None:
    """The quarter the ``index``-th figure of a 分别 list stands for, when its period is a run of quarters."""
    found = QUARTERS_WITHIN.fullmatch(period) if period and "季度" in period else None
    return found.group("year") + QUARTERS[index] if found is not None and index < len(QUARTERS) else None


# A time inside 与…相比 (与2018年国庆假期全国各省份的情况相比): what the figure is compared with.
COMPARED_WITH = re.compile(r"(?:与|和|同)[^。；;！？!?]{0,30}?(?:相比|相较|比较)")
# 较去年同期的3.14亿票, 较二季度的4564亿元和0.94%, 较去年同期36%: the base's own figure, after its period
# 较上年人民币1900百万元: a currency word between the period and its figure.
BASE_FIGURE = re.compile(r"[^，,。；;：:]{0,12}的(?:[^，,。；;：:]{0,12}?[和及、])?\s*(?:人民币|美元|港元)?\s*"
                         r"|\s*(?:人民币|美元|港元|港币|欧元|日元)?\s*")
# 高于去年同期增速2.7个百分点，低于全市平均8.8个百分点: the time after a verb of comparison is the rival's.
OUTPACED = re.compile(r"高于|低于|快于|慢于|好于|优于|超过|超出|不及")

# 完成全年预期目标的47.8%，其中第一产业增加值…: a time that names a plan's, not the time of the figures told
TARGET_AFTER = re.compile(r"(?:预期|计划|奋斗)?(?:目标|任务|计划)")
TARGET_VERBS = ("完成", "实现")
PERIODS_BACK = 64  # times of a sentence looked at before a figure, nearest first (a run-on one has thousands)


def sentence_period(periods: tuple[tuple[int, str], ...], before: int, basis: str | None, text: str) -> str | None:
    """The last time expression in the sentence before the figure, other than one inside its basis or inside a
    comparison (与2018年国庆假期…相比: the time compared with, not the figure's)."""
    at = bisect.bisect_left(periods, (before, ""))  # read back over the nearest: a run-on sentence costs no more
    for start, period in reversed(periods[max(0, at - PERIODS_BACK):at]):
        if (basis and period in basis) or COMPARED_WITH.match(text, max(0, start - 1), before) or ((
                (start > 1 and text[start - 1] in "比较" and text[start - 2] not in "比相")
                or text[max(0, start - 3):start] in ("相比于", "相较于")  # (相比于2020年的6.7亿: compared with)
                or OUTPACED.fullmatch(text, max(0, start - 2), start)
                or (text[start - 1:start] == "自" and text.startswith("的", start + len(period))))
                and not BASE_FIGURE.fullmatch(text, start + len(period), before)) \
                or (TARGET_AFTER.match(text, start + len(period)) and text[max(0, start - 2):start] in TARGET_VERBS):
            # 比去年同期增长16.9%，占全省同期…的49.2%: 去年同期 is a base compared with (so after 高于, 自…的), no later
            # figure's period; the base's own figure (较去年同期的3.14亿票) is of it; 比较2019年…, 相比2017年…: a
            # comparison's own terms; 完成全年预期目标的47.8%: the target's year, not the figures
            continue
        return period
    return None
