"""rank_vs_values for growth said to run in double digits (两位数增长, double-digit growth): each rate it is said of is
10% or more, up or down as the words say.

Three forms are read, and no other (any doubt, no relation):

- the rates right before the words, in their clause chain: 分别增长12.3%、15.1%，均保持两位数增长; imports and exports
  grew by 10.8%, exports by 11.2% and imports by 10.3%, maintaining double-digit growth;
- names listed before the words, their rates told after them in the sentence: 泰国、韩国等6个国家实现两位数增长，泰国
  增幅达28.8%，韩国增幅达19%;
- quantities named before the words (净利润和营业收入均以两位数的百分比增长), their first rates in the next
  paragraph or two, each found by its name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, canonical, metric_key, plain, shown
from checks.relations.stems import document_holds

_DOUBLE = re.compile(r"两位数(?:的百分比)?(?:的)?(?:增长|增速|增幅|涨幅|下降|下滑|降幅)|"
                     r"double[- ]digit\s+(?:percentage\s+)?(?:growth|gains?|rises?|increases?|declines?|drops?|"
                     r"falls?|decreases?)", re.IGNORECASE)
# Words that make it no fact of these rates: a hope, a plan, a denial, another time (有望, 未能, 此前, 过去).
_NOT_SAID = re.compile(r"有望|将|预计|预期|力争|目标|未|没有|不再|难以|此前|过去|曾|expected|expects|forecast|could|"
                       r"would|may|might|target|aim|not|no\s+longer|failed|short\s+of|once|previous", re.IGNORECASE)
# Between the last rate and the words: 均保持, 继续实现, maintaining, all posting.
_JOINED = re.compile(r"^\s*[，,]?\s*(?:均|都|全部|继续|仍然?|持续|连续\S{0,4}?|已)?\s*"
                     r"(?:保持|实现|录得|达到|呈现|维持)?了?\s*$|"
                     r"^\s*,?\s*(?:all\s+|both\s+)?(?:maintaining|posting|recording|showing|marking|sustaining|"
                     r"keeping)\s*$", re.IGNORECASE)
# Names listed before the words: 泰国、韩国、俄罗斯等6个国家实现; 净利润和营业收入均以.
_NAMES = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,8}?(?:(?:、|和|及|与)[\u4e00-\u9fff]{2,8}?)*)"
                    r"(?:等\S{0,6}?)?(?:在[^，,。；;]{0,10}?)?(?:均|都|也)?(?:以|实现|保持|录得)?$")
_REACH = 400  # characters after the words where a named quantity's rate is looked for
_STREAK = re.compile(r"连续|多年|历年|近[两三四五六七八九十\d]+年")
# The year before's own rate (上年营业收入增长6%), not this year's against it (比上年同期增长32%)
_ANOTHER_YEAR = re.compile(r"(?<![比较于])(?:上年|去年|上一年|前年)(?!同期|同月)|(?:上年|去年)同期[，,]|"
                           r"\blast\s+year['’]s", re.IGNORECASE)


def double_digits(doc: Doc) -> Iterable[Relation]:
    if not document_holds(doc.text, ("两位数", "double-digit", "double digit")):
        return
    starts = [int(c["start"]) for c in doc.claims]  # (the claims near each mention found by bisection: linear)
    for said in _DOUBLE.finditer(doc.text):
        start = said.start()
        clause = re.split(r"[。；;!?！？]", doc.text[max(0, start - 60):start])[-1]
        if _NOT_SAID.search(clause[-24:]) or _NOT_SAID.search(doc.text[said.end():said.end() + 6]):
            continue
        at = bisect.bisect_left(starts, start)
        rates = _rates_before(doc, doc.claims[max(0, at - 8):at], start, said.end()) or _named_rates(
            doc, said, clause, doc.claims[at:bisect.bisect_right(starts, said.end() + _REACH)])
        for rate in rates:
            yield _judged(doc, rate, said.group(0).strip())


def _growth(claim: dict) -> bool:
    return claim["kind"] == "growth" and claim["unit"] == "percent" and "两位数" not in str(claim["text"])


def _rates_before(doc: Doc, near: list[dict], at: int, end: int) -> list[dict]:
    """The rate right before the words, and those listed with it (分别增长12.3%、15.1%; grew by 10.8%, exports by
    11.2% and imports by 10.3%): not a rate of its own clause and verb (进出口增长5.1%，出口增长12.6%，实现两位数增长:
    the exports')."""
    before = [c for c in near if int(c["end"]) <= at and at - int(c["end"]) <= 40 and _growth(c)]
    if not before or not _JOINED.match(doc.text[int(before[-1]["end"]):at]) or doc.text.startswith("的", end):
        return []
    rates = [before[-1]]
    for claim in reversed(doc.claims[max(0, int(before[-1]["_index"]) - 8):int(before[-1]["_index"])]):
        if not _growth(claim) or not doc.same_sentence(claim, rates[0]) \
                or not _LISTED.fullmatch(doc.between(claim, rates[0])):
            break
        rates.insert(0, claim)
    return rates


# Between two rates of one list: 、, 和, "and imports by", ", exports by" (no verb of its own).
_LISTED = re.compile(r"\s*(?:[、，,]|和|及|与)\s*|\s*,?\s*(?:and\s+)?[a-z]+(?:\s+[a-z]+)?\s+by\s+", re.IGNORECASE)


def _named_rates(doc: Doc, said: re.Match[str], clause: str, after: list[dict]) -> list[dict]:
    """The rates of the names listed before the words: in the sentence after them (泰国增幅达28.8%), or the first
    rate of each quantity named in the text after (净利润…增长约32%)."""
    listed = _NAMES.search(clause)
    if listed is None:
        return []
    names = [re.sub(r"^(?:其|该|公司|集团)", "", plain(n)) for n in re.split(r"、|和|及|与", listed.group("names"))]
    names = [n for n in names if len(n) >= 2]  # (其净利润: the company's 净利润)
    if _STREAK.search(clause):
        return []  # 连续三年实现两位数增长: the years before this one, perhaps
    found = []
    for name in names:
        rate = next((c for c in after if _growth(c) and said.end() <= int(c["start"]) and _of_name(doc, c, name)),
                    None)
        if rate is None:
            continue
        opening = max(doc.sentence(rate)[0], int(rate["start"]) - 40)  # (its clause: a run-on text is one sentence)
        if (rate.get("segment") and not _named_with_segment(rate, name)) or \
                _ANOTHER_YEAR.search(doc.text, opening, int(rate["start"])) or (
                rate.get("period") and str(rate["period"]) not in said.string[max(0, said.start() - 80):said.start()]
                and not _SO_FAR.fullmatch(str(rate["period"]))):
            continue  # 国内业务营业收入增长5.2%: a segment's; 上年营业收入增长6%: the year before's; 第三季度单季: a
            # time the words did not name
        found.append(rate)
    return found


# A span of the year so far (1-2月份, 前三季度, 上半年): the release's own period, which words of growth speak of
# unnamed (not a quarter or a month alone: 第三季度单季)
_SO_FAR = re.compile(r"(?:(?:19|20)\d\d ?年)?(?:\d{1,2} ?[-—–~至到] ?\d{1,2} ?月份?|"
                     r"前[一二三四五六七八九十\d]{1,2}个?月|前[一二三]季度|上半年|全年)")


def _of_name(doc: Doc, rate: dict, name: str) -> bool:
    """Whether a rate is the named one's: its clause opens with the name (泰国增幅达28.8%), or its quantity's name
    ends with it (季度营业收入 of 营业收入)."""
    start = max(0, int(rate["start"]) - 16)
    own = re.split(r"[，,。；;]", doc.text[start:int(rate["start"])])[-1]
    key = canonical(metric_key(rate))
    return plain(own).startswith(name) or (len(key) >= 2 and key.endswith(canonical(name))) \
        or _named_with_segment(rate, name)


def _named_with_segment(rate: dict, name: str) -> bool:
    """Whether the name is the rate's segment and quantity together (软件业务收入 of 软件业务 and 收入): the segment
    the words named, not another member's."""
    segment, metric = plain(rate.get("segment")), plain(rate.get("metric"))
    return bool(segment and metric) and len(name) > len(metric) and canonical(segment + metric).endswith(
        canonical(name))


def _judged(doc: Doc, rate: dict, words: str) -> Relation:
    low, high = bounds(rate)
    size = max(abs(low), abs(high))  # (a fall in double digits: 下降12%, or -12%)
    gap = max(0.0, 10 - size)
    said = f"{shown(rate)} is said to be {words}"
    arithmetic = f"{said}, but it is below 10%" if gap else f"{said}, as it is"
    return Relation(doc.name, "rank_vs_values", (rate,), rate.get("metric"), (10.0, float("inf")), (low, high), gap,
                    arithmetic)
