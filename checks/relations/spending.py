"""parts_vs_total for the eight kinds of household spending of a Chinese statistics release: 食品烟酒, 衣着, 居住,
生活用品及服务, 交通通信, 教育文化娱乐, 医疗保健 and 其他用品及服务 make 人均消费支出, whole (the national
classification has no other kind), so the eight figures of one sentence add up to the total of the same residents
(全市居民, 城镇居民, 农村居民) stated before them, less the rounding of each.
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
