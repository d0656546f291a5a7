"""An owner that opens a clause parallel to the one before it, its quantity left unsaid: 永辉超市净利润同比下降11%，
国光连锁也同比下滑35%; 上海营收增长5%，北京则增长6%. The second clause names a firm or a place where the first named
its owner, so its figure is the same quantity of that owner (国光连锁's 净利润), not a quantity called 国光连锁 of the
first owner. Said with the quantity again (国光连锁净利润同比下滑35%), the name is split off as the owner.

Only a name that looks like an owner is taken (a province, a place by its level, a firm by the word its name ends
with, a name in Latin letters): 进口 in 出口增长5%，进口增长3% is a quantity of the same owner."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.zh.measure import is_quantity
from checks.extract.zh.vocabulary import PROVINCES

_FIRM_ENDS = (r"集团|股份|公司|银行|汽车|科技|控股|超市|连锁|百货|商超|电器|地产|置业|证券|保险|航空|药业|医药|传媒|"
              r"物流|快递|酒业|乳业|食品")
# (not a kind or a group of firms: 上市公司, 商业银行, 其他超市)
_NOT_A_NAME = re.compile(r"^(?:各|多家|其他|其余|部分|主要|上市|商业|城市|农村|外资|民营|国有|大型|中小|"
                         r"全国|全省|全市)")
_OWNER = re.compile(rf"(?:[\u4e00-\u9fff]{{2,8}}(?:{_FIRM_ENDS})"
                    r"|[\u4e00-\u9fff]{2,6}(?<![城超上各地全本该])[省市县州]|[A-Za-z][A-Za-z0-9&.\-]{1,15})")
_PROVINCES = frozenset(PROVINCES)
# What may stand between the owner and its figure: a word of "likewise" or "while", a basis, a verb of movement.
_AFTER_OWNER = re.compile(r"(?:也|则|亦|同样|还|均)?(?:同比|环比|比上年|较上年)?[^，,。；;：:\d()（）]{0,8}$")
_CLAUSE_MARK = re.compile(r"[，,；;]\s*")


def _owner_name(name: str) -> bool:
    return (name in _PROVINCES or _OWNER.fullmatch(name) is not None) and not _NOT_A_NAME.match(name)


def parallel_owners(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a parallel clause's owner read as its owner (see the module)."""
    read = list(claims)
    for index in range(1, len(read)):
        claim, previous = read[index], read[index - 1]
        name, quantity = _split(claim.metric or "")
        if not name or not previous.subject or name == previous.subject or not is_quantity(previous.metric or "") \
                or claim.segment or claim.kind != previous.kind:
            continue
        between = text[previous.end:claim.start]
        mark = _CLAUSE_MARK.search(between)
        if mark is None or re.search(r"[。！？!?\n\d]", between) or mark.start() > 4 \
                or not between.startswith(name + (quantity or ""), mark.end()) \
                or not _AFTER_OWNER.fullmatch(between, mark.end() + len(name) + len(quantity or "")):
            continue
        read[index] = claim.replaced(subject=name, metric=quantity or previous.metric)
    return read


def _split(metric: str) -> tuple[str, str | None]:
    """An owner's name and the quantity named after it (国光连锁净利润 → 国光连锁, 净利润; 北京 → 北京, None)."""
    if _owner_name(metric):
        return metric, None
    for cut in range(2, min(len(metric) - 1, 11)):
        if _owner_name(metric[:cut]) and is_quantity(metric[cut:]):
            return metric[:cut], metric[cut:]
    return "", None
