"""Members listed after 其中 that the reading took for quantities or owners of their own: 普通高校招生人数28529人，
其中本科5422人，专科23107人 (本科 and 专科 are members of 普通高校招生人数); 新能源汽车产销分别完成45.7万辆和45万辆。
其中纯电动汽车产销分别完成37.2万辆和36.1万辆 (纯电动汽车 is a member of 新能源汽车's 产量 and 销量). 其中 says that what
follows is part of what came before it: a figure after it of the total's unit, read with a bare name for its quantity
(or with the total's own quantity under another owner), is the total's quantity for that member."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.zh.measure import is_quantity
from checks.extract.zh.members import QUANTITY_WORD_END

# What ends the sentence a 其中 list runs in (its ；-separated items stay in it)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_REACH = 400  # characters a 其中's total and members are looked for in, either side of it
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
# Words that name no member (a verb, a time or a quantity's word read as the name): 完成, 同比, 上一年, 票房
_NO_MEMBER = re.compile(r"完成|实现|同比|环比|全年|累计|合计|共计|分别|其中|增长|下降|比重|占比|比例|上一?年|去年|"
                        r"同期|今年|本年|当年|收益|利润|收入|票房|吞吐量|人次|人数|总额|总值|金额|规模|面积|产量|"
                        r"销量|营收|顺差|逆差|差额|余额")


def among_total(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims with the members after 其中 read as members of the total before it (see the module)."""
    read = list(claims)
    if "其中" not in text:
        return read
    starts = [claim.start for claim in read]  # (in text order: the claims near a 其中 are found by bisection)
    for opening in re.finditer("其中", text):
        at = opening.start()
        # bounded both ways, so a run-on text with no full stop costs the same per 其中 (the sentence, at most _REACH)
        end = _SENTENCE_END.search(text, opening.end(), opening.end() + _REACH)
        stop = end.start() if end is not None else min(len(text), opening.end() + _REACH)
        start = _sentence_start(text, at)
        if not text[start:at].strip():  # (…45万辆。其中纯电动汽车…: a sentence that opens on 其中 breaks down the last)
            start = _sentence_start(text, start - 1)
        start = max(start, at - _REACH)
        totals = [i for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, at)) if read[i].metric]
        if not totals:
            continue
        for index in range(bisect.bisect_right(starts, at), bisect.bisect_left(starts, stop)):
            claim = read[index]
            if claim.segment:
                continue
            total = next((read[i] for i in reversed(totals) if read[i].unit == claim.unit and read[i].kind == claim.kind
                          and (claim.metric == read[i].metric or _bare_member(claim.metric, read[i].metric))), None)
            if total is None or total.metric is None or not is_quantity(total.metric):
                continue  # (辖区, 目前, 红餐网统计: a total read with no quantity's name gives its members none)
            if claim.metric == total.metric and claim.subject and claim.subject != total.subject \
                    and total.subject and claim.kind in ("level", "growth", "multiple", "change"):
                # (其中纯电动汽车产销分别完成…: the member read as the owner of the total's own quantity)
                read[index] = claim.replaced(segment=claim.subject, subject=total.subject)
            elif claim.metric != total.metric and claim.kind == "level":
                read[index] = claim.replaced(segment=claim.metric, metric=total.metric, subject=total.subject)
    return read


def _bare_member(name: str | None, total: str | None) -> bool:
    """Whether a quantity's name is only a member's (本科, 专科), no quantity of its own nor a verb."""
    return bool(name) and bool(total) and name != total and _BARE_NAME.fullmatch(name) is not None \
        and not is_quantity(name) and _NO_MEMBER.search(name) is None and QUANTITY_WORD_END.search(name) is None
    # (出口 of 进出口总值 names a quantity of its own: exports, not a kind of the total)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looked for at most _REACH back (then that far back)."""
    floor = max(0, at - _REACH)
    found = max(text.rfind("。", floor, at), text.rfind("\n", floor, at))
    return found + 1 if found >= 0 else floor
