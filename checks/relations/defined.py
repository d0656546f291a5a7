"""share_vs_counts for ratios an industry defines by two quantities the text states (an airline's load factor, whose
figures may stand after it, is read by load_factor.py): a gross margin is gross profit over net sales; 资产负债率 is
负债 over 资产; 主营业务收入利润率 is 利润总额 over 主营业务收入; 归母净利率 is 归母净利润 over 营业收入.

A ratio named by its own reading (or in the words just before it) takes the latest figure of each quantity stated
before it (within two paragraphs, the ratio's own sentence included; further back only a figure of the ratio's own
stated period), of one unit and of no member of a breakdown: the ratio is the one over the other, allowing for
rounding. A ratio said of the period compared with (compared to 31.8% in the prior year's quarter) takes the figures
said of that period (compared with $681.6 million, from $6.77 billion), and a ratio of this period never those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, num, plain, shown
from checks.relations.periods import periods_conflict, same_time

# (the ratio's name, what is used, what it is taken over): the definitions read, each quantity by the endings of its
# name.
DEFINED = (
    (re.compile(r"\bgross\s+(?:profit\s+)?margin\b", re.IGNORECASE), ("gross profit",), ("net sales", "revenue")),
    (re.compile(r"\boperating\s+(?:income\s+|profit\s+)?margin\b", re.IGNORECASE),
     ("operating income", "operating profit"), ("net sales", "revenue")),
    (re.compile(r"资产负债率"), ("负债", "负债合计", "负债总额"), ("资产", "资产总计", "资产总额", "总资产")),
    (re.compile(r"(?:主营业务|营业)收入利润率"), ("利润总额",), ("主营业务收入", "营业收入")),
    # 归母净利率 only: a 净利率 is of all the net profit, which a text stating the owners' share seldom gives
    (re.compile(r"(?<!扣非)归母净利率"), ("归母净利润",), ("营业收入", "营收")),
)
# Parts of a quantity (mainline capacity, international capacity; 流动负债, 净资产, 扣非后净利润) are not the
# quantity the ratio is of.
PART_WORDS = re.compile(r"\b(?:mainline|regional|international|domestic|north|south|europe|asia|atlantic|pacific|"
                         r"latin|america|segment|adjusted)|流动|净资产|固定资产|扣非|扣除|短期|长期|剔除",
                         re.IGNORECASE)
# A figure of the period compared with: from $6.77 billion, compared with $681.6 million, 上年同期为.
_EARLIER = re.compile(r"(?:\bfrom|compared\s+(?:with|to)|versus|vs\.?|against)\s*(?:\$|US\$)?$|"
                      r"(?:上年|去年)同期为?$", re.IGNORECASE)
_REACH = 2  # paragraphs back a quantity of no stated period may stand
_FAR = 8  # paragraphs back one of the ratio's stated period may stand
_BACK = 80  # figures back at most (a run-on text is read a bounded stretch)


def defined_ratios(doc: Doc) -> Iterable[Relation]:
    for ratio in doc.claims:
        if ratio["unit"] != "percent" or ratio["kind"] not in ("ratio", "share"):
            continue
        for name, used_words, available_words in DEFINED:
            if not _named(doc, ratio, name):
                continue
            earlier = bool(_EARLIER.search(doc.before(ratio, 16)))
            available = _latest(doc, ratio, available_words, earlier)
            used = _latest(doc, ratio, used_words, earlier, _scope(available, available_words))
            if used is None or available is None or used["unit"] != available["unit"] or used is available:
                continue
            (u_low, u_high), (a_low, a_high) = bounds(used), bounds(available)
            if a_low <= 0:
                continue
            implied = (u_low / a_high * 100, u_high / a_low * 100)
            stated = bounds(ratio)
            central = num(round(float(used["value"]) / float(available["value"]) * 100, 2))
            arithmetic = (f"{used_words[0]} {shown(used)} over {available_words[0]} {shown(available)} is {central}% "
                          f"({interval_text(implied)} allowing for rounding); stated {shown(ratio)}")
            yield Relation(doc.name, "share_vs_counts", (used, available, ratio), ratio.get("metric"), stated,
                           implied, distance(stated, implied), arithmetic)
            break


def _named(doc: Doc, ratio: dict, name: re.Pattern[str]) -> bool:
    """Whether the ratio is the one the name gives: its own reading, or the words just before it."""
    return name.search(str(ratio.get("metric") or "")) is not None or name.search(doc.before(ratio, 16)) is not None


def _scope(claim: dict | None, words: tuple[str, ...]) -> str:
    """Whose quantity a name says before the defined word (规模以上工业企业 in 规模以上工业企业营业收入), else ""."""
    metric = plain(claim.get("metric")) if claim is not None else ""
    word = next((plain(w) for w in words if metric.endswith(plain(w))), "")
    return metric[:len(metric) - len(word)] if word else ""


def _latest(doc: Doc, ratio: dict, words: tuple[str, ...], earlier: bool, scope: str = "") -> dict | None:
    """The last level before ``ratio`` whose name ends with one of ``words``, names no part of it and is of the
    ratio's period (this one, or the one compared with); given the ``scope`` the other quantity's name states, one
    whose name states another (外商投资企业利润总额 against 规模以上工业企业营业收入) is a member's, not the ratio's."""
    period = doc.period(ratio)
    for claim in reversed(doc.claims[max(0, int(ratio["_index"]) - _BACK):int(ratio["_index"])]):
        back = doc.paragraph(ratio) - doc.paragraph(claim)
        if back > _FAR or (back > _REACH and not same_time(period, doc.period(claim))):
            if back > _FAR:
                return None
            continue
        if claim["kind"] != "level" or bool(_EARLIER.search(doc.before(claim, 16))) != earlier \
                or periods_conflict(period, doc.period(claim)):
            continue
        metric, segment = str(claim.get("metric") or ""), plain(claim.get("segment"))
        named = next((w for w in words if metric.lower().endswith(w)), None)
        if named is None and segment:  # 规模以上工业企业主营业务|收入: the name read across the two
            named = next((w for w in words if (segment + metric).lower().endswith(w) and w not in metric), None)
        elif named is not None and segment:
            continue  # 采矿业|利润总额: a member's figure
        own = _scope(claim, words) if named is not None else ""
        if named is not None and scope and own and own != scope:
            continue  # 外商及港澳台投资企业利润总额: one kind of firm's, where the ratio is of all 规模以上工业企业
        if named is not None and not PART_WORDS.search(metric):
            return claim
    return None
