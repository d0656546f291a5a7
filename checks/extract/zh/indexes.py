"""A market report's index figures: 沪指开盘1893.62点，最高1887.31点，最低1850.86点，全日收于1863.80点，下跌33.43点，
跌幅1.76%，成交额483.34亿元；深成指开盘….

Each figure after an index's name, up to the next index named or the end of the clause chain (；, 。), is that
index's: its subject is the index, and a figure in points is named by the word before it (开盘: the opening, 最高 and
最低: the day's high and low, 收于/报: the close); a move in points or percent is the close's move; the turnover
(成交额) is the index's market's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

_INDEX = re.compile(r"(?:沪指|上证指数|上证综指|沪综指|深成指|深证成指|深证综指|创业板指|创业板综指|中小板指|"
                    r"中小板综指|中小100|科创50|沪深300|上证50|上证180|中证500|中证1000|北证50|恒生指数|恒指|国企指数|"
                    r"恒生科技指数|道指|道琼斯指数|纳指|纳斯达克指数|标普500|日经225指数|日经指数|B股指数)(?:指数)?")
# A stock index of a known family right before a figure's clause (中证红利指数, 深证100指数, 恒生科技指数): one the list
# above does not know owns its own figures; no other index (居民消费价格指数, 采购经理指数) is a market's
_HOME_FAMILY = "中证|上证|深证|国证|恒生|沪深|创业板|中小板|科创|北证"  # (the gate below looks for these alone)
_ANY_INDEX = re.compile(rf"(?:{_HOME_FAMILY}|标普|富时|MSCI)[\u4e00-\u9fffA-Za-z0-9]{{0,6}}?(?:指数|指)\s*"
                        r"(?:[^，,；;。\d]{0,8})$")
_ANY_INDEX_NAME = re.compile(rf"(?:{_HOME_FAMILY})[\u4e00-\u9fffA-Za-z0-9]{{0,6}}?指")
_ENDS = re.compile(r"[；;。！？!?\n]")
# the word before a figure in points, to the quantity it names
_POINTS = (
    (re.compile(r"(?:高开|低开|开盘|开于|开报)(?:于|报|在)?\s*$"), "开盘点位"),
    (re.compile(r"最高(?:至|报|见|达|触及|冲至)?\s*$"), "最高点位"),
    (re.compile(r"最低(?:至|报|见|探至|下探至)?\s*$"), "最低点位"),
    (re.compile(r"(?:收于|收报|报收|收盘|收在|报|收)\s*$"), "收盘点位"),
)
_TURNOVER = re.compile(r"成交(?:额|金额)?(?:为|达|报)?\s*$")


def index_readings(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, those of an index's clause chain read as the index's (see the module)."""
    read = list(claims)
    if _INDEX.search(text) is None and _ANY_INDEX_NAME.search(text) is None:
        return read
    for index, claim in enumerate(read):
        known = _index_before(text, claim.start)
        owner = _another_index(text, claim.start, known) or known
        if owner is None:
            continue
        before = text[max(0, claim.start - 6):claim.start]
        if claim.unit == "other" and claim.kind == "level":
            named = next((name for pattern, name in _POINTS if pattern.search(before)), None)
            if named is not None or claim.text.startswith(("最高", "最低")):
                named = named or ("最高点位" if claim.text.startswith("最高") else "最低点位")
                read[index] = claim.replaced(subject=owner, metric=named, segment=None)
        elif claim.kind in ("change", "growth") and claim.unit in ("other", "percent") and claim.direction:
            read[index] = claim.replaced(subject=owner, metric="收盘点位", segment=None)
        elif _TURNOVER.search(before):
            read[index] = claim.replaced(subject=owner, metric="成交额", segment=None)
    return read


def _another_index(text: str, at: int, owner: str | None) -> str | None:
    """The index other than ``owner`` the figure's clause names (中证红利指数涨0.4%: an index the list does not know,
    after 中小板指's figures), else None."""
    clause = re.split(r"[，,；;。]", text[max(0, at - 16):at])[-1]
    found = _ANY_INDEX.search(clause)
    if found is None or (owner and owner in found.group(0)):
        return None
    return re.match(r".+?(?:指数|指)", found.group(0)).group(0)  # type: ignore[union-attr]


def _index_before(text: str, at: int) -> str | None:
    """The index named last before ``at`` in its clause chain, else None."""
    start = max(0, at - 120)
    ends = [found.end() for found in _ENDS.finditer(text, start, at)]
    begin = ends[-1] if ends else start
    names = list(_INDEX.finditer(text, begin, at))
    return names[-1].group(0) if names else None
