"""The first member of a list named inside the quantity's name: 批发业零售额20.42亿元，同比增长3.4%；
零售业49.82亿元…；住宿业2.11亿元: the later members (零售业, 住宿业) carry the name 批发业零售额, which is the first
member's (批发业) and the quantity's (零售额) run together. Once a later member of the same kind of name (both end in
业) shows the first member's label, each figure of the list is of the quantity, and the first's member is its label."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_FULL_STOP = re.compile(r"[。！？!?\n]")
# The ends that make a name a member's label: an industry (批发业), a region (东部地区), a kind (农产品类).
_LABEL_ENDS = "业区县市省类"
_LONGEST_LABEL = 8
_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+大")  # 三大主导产业: a group of members counted, no member


def first_member(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a list's first member's label split off the quantity's name it was read into (see the module)."""
    read = list(claims)
    for index, claim in enumerate(read):
        segment, metric = claim.segment or "", claim.metric or ""
        if len(segment) < 2 or segment[-1] not in _LABEL_ENDS or segment[-1] not in metric[1:_LONGEST_LABEL]:
            continue
        cut = metric.find(segment[-1], 1, _LONGEST_LABEL) + 1
        label, quantity = metric[:cut], metric[cut:]
        if cut <= 1 or len(quantity) < 2 or label == segment or segment in metric:
            continue
        run = [i for i in range(max(0, index - 8), index + 9) if i < len(read) and read[i].metric == metric
               and not _FULL_STOP.search(text, min(read[i].end, claim.end), max(read[i].start, claim.start))]
        if not any(not read[i].segment and read[i].start < claim.start and "其中" not in text[read[i].end:claim.start]
                   for i in run) or _COUNTED.match(label):
            continue  # the first member, unlabelled, before: else the name is the quantity's own (三大主导产业产值
            # 合计增长15.2%，其中电子信息产业…: the whole the members are of, not one of them)
        for i in run:
            read[i] = read[i].replaced(metric=quantity, segment=read[i].segment or label)
    return read
