"""The parties a Chinese text names as a list and counts (美的集团、海尔智家、格力电器这三大白电巨头;
美的、海尔、格力三家企业): each later figure whose paragraph names one of them last, before it, is that party's
(…；海尔智家营收规模突破1500亿元…；反观格力电器，…归母净利润增速仅为1.95%), short name or full (格力 for
格力电器). A figure read as another party's or no one's is given it; a figure of an owner the list does not name
keeps its own. A name inside a list (美的、海尔、格力三家企业) names them all and points at none. The count said
after the list must be the number of names, so that a list of products or places counted otherwise is not taken.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NAME = r"[\u4e00-\u9fffA-Za-z]{2,6}"
# names joined by 、 (and 和 before the last), then how many: 这三大…, 三家企业, 等三家
_COUNTED_LIST = re.compile(rf"(?P<names>{_NAME}(?:、{_NAME}){{1,8}}(?:(?:和|与|及){_NAME})?)\s*(?:这|等)?"
                           r"(?P<count>[两二三四五六七八九十])(?:大|家|强)")
_COUNT = re.compile(r"[两二三四五六七八九十](?:大|家|强)")


def listed_parties(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, each of a listed party named last before it in its paragraph given that party (see the module)."""
    if "、" not in text or _COUNT.search(text) is None:
        return list(claims)  # (most texts count no list of parties: one quick look, not the list's pattern)
    parties: dict[str, str] = {}  # a name as written → the party's fullest name
    lists: list[tuple[int, int]] = []
    for found in _COUNTED_LIST.finditer(text):
        names = [re.sub(r"[这等]$", "", name) for name in re.split(r"、|和|与|及", found.group("names"))]
        if len(names) != _NUMBERS[found.group("count")]:
            continue
        lists.append(found.span("names"))
        for name in names:
            full = next((p for p in parties.values() if p.startswith(name[:2])), name)
            full = name if len(name) > len(full) and name.startswith(full[:2]) else full
            for written in [*[w for w, p in parties.items() if p.startswith(name[:2])], name]:
                parties[written] = full
    if len(set(parties.values())) < 2:
        return list(claims)
    longest_first = sorted(parties, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, longest_first)))
    list_starts = [start for start, _ in lists]  # (in order: whether a name stands in a list found by bisection)
    mentions = [(m.start(), parties[m.group(0)]) for m in pattern.finditer(text)
                if (at := bisect.bisect_right(list_starts, m.start()) - 1) < 0 or m.start() >= lists[at][1]]
    starts = [start for start, _ in mentions]
    breaks = [m.start() for m in re.finditer("\n", text)]
    known = set(parties) | set(parties.values())
    read = list(claims)
    for index, claim in enumerate(read):
        at = bisect.bisect_left(starts, claim.start) - 1
        if at < 0 or (claim.subject and claim.subject not in known):
            continue
        start, party = mentions[at]
        # (a paragraph ends what a name owns; its breaks looked up by bisection, so a run-on text stays linear)
        if bisect.bisect_left(breaks, start) != bisect.bisect_left(breaks, claim.start) or party == claim.subject:
            continue
        metric = claim.metric or ""
        named = next((w for w in longest_first if metric.startswith(w)), "")
        # (海尔智家营收规模: the party's name read into its quantity)
        read[index] = claim.replaced(subject=party, metric=metric[len(named):] or None) if named and \
            len(metric) > len(named) else claim.replaced(subject=party)
    return read
