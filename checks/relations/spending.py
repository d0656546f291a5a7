"""parts_vs_total for the eight kinds of household spending of a Chinese statistics release: 食品烟酒, 衣着, 居住,
生活用品及服务, 交通通信, 教育文化娱乐, 医疗保健 and 其他用品及服务 make 人均消费支出, whole (the national
classification has no other kind), so the eight figures of one sentence add up to the total of the same residents
(全市居民, 城镇居民, 农村居民) stated before them, less the rounding of each.

And an average budget a survey says a shopper will spend (The average consumer plans to spend an estimated $671.89
this holiday season), then the amounts spent on each item (will spend $393.69 on gifts for family members, $73.27 on
friends …; will put $51.99 into decorations): the items are parts of the budget, and may not add up to more than it
(they need not be all of it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.parts import _relation

# Each kind by the words that name it (教育、文化和娱乐 is cut at its 、 by a clause's reading: 文化 names it too).
KINDS = (("食品烟酒",), ("衣着",), ("居住",), ("生活用品",), ("交通",), ("教育", "文化", "娱乐"), ("医疗保健",),
         ("其他用品",))
_KIND_BEFORE = re.compile(r"(?:(?P<residents>[\u4e00-\u9fff]{0,6}?)人均)?(?P<kind>[\u4e00-\u9fff、和及]{2,10}?)"
                          r"(?:消费)?支出(?:为|达|达到)?\s*$")
_TOTAL_BEFORE = re.compile(r"(?:(?P<residents>[\u4e00-\u9fff]{0,6}?)人均)?(?:生活)?消费支出(?:为|达|达到)?\s*$")


def eight_kinds_of_spending(doc: Doc) -> Iterable[Relation]:
    groups: list[tuple[int, str, dict[int, dict]]] = []  # (paragraph, residents, kind → its figure) in order
    for claim in doc.claims:
        if claim["unit"] != "CNY" or claim["kind"] != "level":  # per head, and still adding up
            continue
        found = _KIND_BEFORE.search(doc.before(claim, 24))
        if found is None:
            continue
        kind = next((i for i, words in enumerate(KINDS) if any(w in found.group("kind") for w in words)), None)
        if kind is None:
            continue
        paragraph = doc.paragraph(claim)
        if not groups or groups[-1][0] != paragraph or kind in groups[-1][2]:
            groups.append((paragraph, found.group("residents") or "", {}))  # a kind again: the next residents'
        groups[-1][2][kind] = claim
    for _paragraph, residents, kinds in groups:
        if len(kinds) != len(KINDS):
            continue  # all eight or nothing: fewer may be a selection
        parts = [kinds[i] for i in range(len(KINDS))]
        total = _total_before(doc, parts, residents)
        if total is not None:
            yield _relation(doc, total, parts, complete=True)


def _total_before(doc: Doc, parts: list[dict], residents: str) -> dict | None:
    """The nearest 人均消费支出 before the first kind, of the same residents (全市居民, 城镇居民) when named."""
    first = min(parts, key=lambda c: int(c["start"]))
    for claim in reversed([c for c in doc.near(first, 40) if int(c["end"]) <= int(first["start"])]):
        found = _TOTAL_BEFORE.search(doc.before(claim, 16))
        if found is None or not same_unit(claim, first) or claim["kind"] != "level":
            continue
        named = found.group("residents") or ""
        if not residents or (named and residents.endswith(named[-4:])):
            return claim
    return None


# The budget: an amount per shopper a survey says will be spent (will spend an estimated $671.89; plans to spend
# $749.51 on gifts, décor, greeting cards and more), its sentence saying it is an average.
_SPEND_BEFORE = re.compile(r"\bspend(?:ing)?\s+(?:an?\s+)?(?:estimated\s+|average\s+(?:of\s+)?|on\s+average\s+)*$",
                           re.IGNORECASE)
_AVERAGE = re.compile(r"\baverage\b", re.IGNORECASE)
# An item: the amount, then what it goes to ($73.27 on friends; $51.99 into decorations; $421.82 going towards gifts).
_ITEM_AFTER = re.compile(r"\s+(?:on|into|going\s+towards?|towards?)\s+(?!average\b|the\s+(?:whole|total)\b)[a-z]",
                         re.IGNORECASE)
# An item's sentence tells what will be spent (will spend, plan to, expect to), of no other time (last year, spent so
# far, in 2019, compared with): Teachers spend $500 on supplies; Last year, shoppers spent $620 on gifts: no items.
_PLANNED = re.compile(r"\b(?:will|plans?|planning|expects?|expected|intends?|going\s+to)\b", re.IGNORECASE)
_ANOTHER_TIME = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|spent|so\s+far|compared|(?:19|20)\d\d)\b",
                           re.IGNORECASE)
_ITEMS_REACH = 6  # paragraphs after the budget in which its items are told
_FEWEST_ITEMS = 3


def _a_budget(doc: Doc, claim: dict) -> bool:
    """Whether an amount is what a survey's average shopper will spend (see _SPEND_BEFORE)."""
    return _SPEND_BEFORE.search(doc.before(claim, 40)) is not None \
        and _AVERAGE.search(doc.text, *doc.sentence(claim)) is not None


def items_of_a_budget(doc: Doc) -> Iterable[Relation]:
    if "spend" not in doc.text:
        return
    money = [c for c in doc.claims if c["kind"] == "level" and c["unit"] not in ("percent", "count", "pp")]
    for index, budget in enumerate(money):
        if not _a_budget(doc, budget):
            continue
        items = []
        for claim in money[index + 1:]:
            if doc.paragraph(claim) - doc.paragraph(budget) > _ITEMS_REACH or not same_unit(claim, budget):
                break
            said = doc.text[slice(*doc.sentence(claim))]
            if float(claim["value"]) < float(budget["value"]) and _ITEM_AFTER.match(doc.text, int(claim["end"])) \
                    and _PLANNED.search(said) and not _ANOTHER_TIME.search(said):
                items.append(claim)
            elif _a_budget(doc, claim):
                break  # another budget
        if len(items) >= _FEWEST_ITEMS:
            if budget.get("qualifier") == "approx" and "." in str(budget["text"]):
                # an estimated $671.89: the survey's estimate, written to the cent, is the budget itself
                value = float(budget["value"])
                budget = {**budget, "qualifier": "exact", "lower": value, "upper": value, "_bounds": None}
            yield _relation(doc, budget, items, complete=False)
        return  # one budget a text
