"""growth_vs_levels for a level or rate said to be above or below a rival's, the rival's own figure in brackets after
the gap: 城镇居民人均可支配收入比全市低2568元(全市为21585元); 增幅比全市低1.5个百分点(全市为5.4%). The own figure is
the last one of the rival's unit told before the gap in its paragraph, outside brackets and no gap itself (19017元;
同比增长3.9%): the gap is the own figure less the rival's, below zero where the words say 低, 少 or 慢."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, same_unit
from checks.relations.gaps import amount_gap, judge

# 比全市低, 较全省高出, 比全国平均水平快: the rival named before the verb, at the end of the gap's clause
_COMPARED = re.compile(r"(?:比|较)(?P<rival>[\u4e00-\u9fff]{1,8}?)(?:平均水平|平均)?(?:明显|略|稍|要|还)?"
                       r"(?P<word>高出|高|低|多|少|快|慢)\s*$")
# (全市为21585元): the rival named again, then its own figure
_BRACKET = re.compile(r"\s*[（(]\s*(?P<rival>[\u4e00-\u9fff]{0,8}?)(?:平均水平|平均)?\s*(?:为|是|:|：)?\s*$")
_OPENED = re.compile(r"[（(][^）)]*$")
_BACK = 12  # claims before the gap where its own figure may stand


def bracketed_rival_gaps(doc: Doc) -> Iterable[Relation]:
    if "（" not in doc.text and "(" not in doc.text:
        return  # the rival's figure stands in brackets: a text with none has no such gap
    for index, gap in enumerate(doc.claims[:-1]):
        if gap["kind"] not in ("change", "growth", "level") or gap.get("base_value") is not None:
            continue
        compared = _COMPARED.search(doc.before(gap, 24))
        rival = doc.claims[index + 1]
        if compared is None or not doc.same_sentence(gap, rival):
            continue
        named = _BRACKET.fullmatch(doc.between(gap, rival))
        if named is None or (named.group("rival") and named.group("rival") != compared.group("rival")) \
                or not re.match(r"\s*[）)]", doc.after(rival, 3)):
            continue
        own = next((c for c in reversed(doc.claims[max(0, index - _BACK):index]) if same_unit(c, rival)
                    and c["kind"] in ("level", "growth", "share", "ratio") and doc.paragraph(c) == doc.paragraph(gap)
                    and not _OPENED.search(doc.before(c, 16)) and not _COMPARED.search(doc.before(c, 24))), None)
        if own is None:
            continue
        below = compared.group("word") in ("低", "少", "慢")
        if gap["unit"] == "pp":
            relation = judge(doc, gap, own, rival, below)
            if relation is not None:
                yield relation
        elif same_unit(gap, rival):
            yield amount_gap(doc, gap, own, rival, below)

