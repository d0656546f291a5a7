"""parts_vs_total for a balance sheet, assets are liabilities plus owners' equity (资产总计 = 负债合计 + 所有者权益合计;
total assets = total liabilities + total equity).

The three are taken when one paragraph states them in turn, assets first, each the nearest of its name after the one
before (within a few figures), of one unit and owner, no member's (no segment), of no two times. Equity attributable
to the parent (归属于母公司, 归母, attributable to shareholders) leaves out minority interests and is not taken.

And for money counted in every currency: the part in one currency is no larger (人民币贷款余额 ≤ 本外币贷款余额).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, owner_key
from checks.relations.parts import _relation as parts_relation
from checks.relations.periods import periods_conflict

_ASSETS = re.compile(r"(?:^|[^净流动固定无形])(?:资产总计|资产总额|总资产|资产)$|^total assets$", re.IGNORECASE)
_LIABILITIES = re.compile(r"(?:^|[^流动])(?:负债合计|负债总额|总负债|负债)$|^total liabilities$", re.IGNORECASE)
_EQUITY = re.compile(r"(?:所有者权益合计|所有者权益|股东权益合计|股东权益)$|^total (?:shareholders'? )?equity$",
                     re.IGNORECASE)
_PARENT = re.compile(r"归属|归母|母公司|attributable", re.IGNORECASE)
_WITHIN = 6  # figures from one of the three to the next


def balance_sheets(doc: Doc) -> Iterable[Relation]:
    for index, assets in enumerate(doc.claims):
        if assets["kind"] != "level" or not _ASSETS.search(_name(assets)) or assets.get("segment"):
            continue
        liabilities = _next(doc, index, _LIABILITIES, assets)
        equity = _next(doc, int(liabilities["_index"]), _EQUITY, assets) if liabilities is not None else None
        if equity is not None and not _PARENT.search(str(equity.get("metric") or "") + doc.before(equity, 12)):
            yield parts_relation(doc, assets, [liabilities, equity], True)


def _name(claim: dict) -> str:
    return str(claim.get("metric") or "").strip().lower()


def _next(doc: Doc, index: int, name: re.Pattern[str], assets: dict) -> dict | None:
    for claim in doc.claims[index + 1:index + 1 + _WITHIN]:
        if doc.paragraph(claim) != doc.paragraph(assets):
            return None
        if claim["kind"] == "level" and name.search(_name(claim)):
            if claim["unit"] != assets["unit"] or claim.get("segment") or owner_key(claim) != owner_key(assets) \
                    or periods_conflict(doc.period(claim), doc.period(assets)):
                return None
            return claim
    return None


# The whole in every currency and its part in one: 本外币贷款余额 and 人民币贷款余额; 本外币存款 and 人民币存款.
_ALL_CURRENCIES = "本外币"
_ONE_CURRENCY = ("人民币", "外币")
_REACH = 12  # figures after the whole where its part in one currency may stand


def currency_parts(doc: Doc) -> Iterable[Relation]:
    """A quantity in one currency (人民币贷款余额) is part of the same quantity in all (本外币贷款余额): no larger. The
    whole may be named without its currencies (各项贷款余额…) where the text names them for that quantity elsewhere
    (本外币各项贷款余额同比增长16.53%); its part stands in its paragraph or the next."""
    named_in_all = {_name(c)[len(_ALL_CURRENCIES):] for c in doc.claims if _name(c).startswith(_ALL_CURRENCIES)}
    for index, whole in enumerate(doc.claims):
        name = _name(whole)
        rest = name[len(_ALL_CURRENCIES):] if name.startswith(_ALL_CURRENCIES) else name if name in named_in_all \
            else ""
        if whole["kind"] != "level" or len(rest) < 2:
            continue
        for part in doc.claims[index + 1:index + 1 + _REACH]:
            if part["kind"] == "level" and part["unit"] == whole["unit"] and 0 <= doc.paragraph(part) - doc.paragraph(
                    whole) <= 1 and _name(part) in (one + rest for one in _ONE_CURRENCY) and owner_key(part) == \
                    owner_key(whole) and not periods_conflict(doc.period(part), doc.period(whole)):
                yield parts_relation(doc, whole, [part], False)
                break
