"""What names a figure as a member of a breakdown, read off the words right before it (the relations' labels)."""

from __future__ import annotations

import re

_CLAUSE_END = re.compile(r"[，,。；;：:\n]|\.\s")  # (a sentence or a line before is no label)


def label_before(text: str, claim: dict) -> str:
    """The characters before a claim in its clause (what it is a share or part of): 14 in Chinese, 40 in English."""
    start = int(claim["start"])
    near = text[max(0, start - 14):start]
    if near.isascii() and start > 14:  # whole words only, as far back as the text's start
        near = text[start - 40:start].split(" ", 1)[-1] if start > 40 else text[:start]
    elif "）" in near or ")" in near:  # 过夜游客(仅限于住在宾馆饭店和旅馆招待所)为: the words before an aside
        aside = _ASIDE_BEFORE.search(text, max(0, start - 60), start)
        near = near if aside is None else text[max(0, aside.start() - 14):aside.start()] + text[aside.end():start]
    return _CLAUSE_END.split(near)[-1]


_ASIDE_BEFORE = re.compile(r"[（(][^（()）\d]{2,40}[)）][^（()）\d]{0,4}$")  # a bracketed aside right before a figure


def trade_partner(claim: dict) -> str:
    """The partner a figure of trade is with, read as its segment (对美国出口, 自美国进口: 美国), else "" (not a trade
    mode, 一般贸易, which is a member of its own breakdown)."""
    segment = str(claim.get("segment") or "")
    return segment if claim.get("metric") in ("出口", "进口") and not segment.endswith("贸易") else ""


def partners_total(parts: list[dict], total: dict) -> bool:
    """Whether the total of trade with a partner (对美国出口, 自美国进口: the partner read as their segment) is that
    partner's (对美国进出口总值; 沙特 for 沙特阿拉伯, 俄罗斯 for 俄, “一带一路”沿线国家 for 沿线国家), not the
    province's; parts of no partner are of any total."""
    partners = {trade_partner(p) for p in parts} - {""}
    if not partners:
        return True
    partner, named = min(partners), str(total.get("segment") or "")
    return len(partners) == 1 and (named.endswith(partner) or named.startswith(partner)
                                   or (len(named) >= 2 and partner.startswith(named))
                                   or partner in str(total.get("metric") or ""))
