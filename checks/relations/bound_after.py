"""rank_vs_values for a figure told, right after it, to lie above or below a mark: 回落到39.2分，
再次低于40分; 占比达到31.4%，比重超过3成; 占比分别为35.1%、31.9%以及30.8%，比重均超过30%; 净利润
492.69亿元，首次超过400亿元; the rate was 6.2%, still below 7%.

The mark is a claim of its own whose words bound it (超过, 低于, 不足, 逾, above, below), and it stands in
the figure's clause chain with nothing between them but a comma and the words that restate the quantity or
say when (比重, 占比, 规模, 再次, 首次, 仍, again, still): it bounds the figure before it, and with 均, 都 or
双双 (all, both) every figure listed with it. Marks with a basis (高于去年的8.9%: a comparison), a mark that
names what it is (低于2.5%的控制目标: a target), hopes (有望超过) and figures of another unit are not read.
The mark is taken as its value, not widened by its own rounding: 超过30% is more than 30."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import LIST_GAP, Doc, Relation, bounds, same_unit, shown

# The mark's own words, at the start of its span: 超过30%, 低于40分, 逾400亿元, below 7%, more than 100.
_MARK = re.compile(r"(?P<over>超过|超出|超|逾|高于|多于|above|over|more\s+than|exceeding)|"
                   r"(?P<under>低于|不足|少于|不到|below|under|less\s+than|short\s+of)", re.IGNORECASE)
# Between the figure and its mark: a comma, then at most the quantity's name again and words of time or of all.
_AGAIN = r"(?:再次|再度|首次|第一次|已经?|仍然?|依然|继续|也|均|都|双双|全部|皆|同样|一举|again|still|already|now|" \
         r"once\s+more|both|all|each|well|just|firmly|comfortably)"
_BETWEEN = re.compile(rf"\s*[，,]\s*(?:(?:比重|占比|规模|增速|增幅|涨幅|降幅|数量|人数|金额|水平|the\s+\w+)\s*)?"
                      rf"(?:{_AGAIN}\s*)*(?:[是为]\s*)?", re.IGNORECASE)
_ALL = re.compile(r"均|都|双双|全部|皆|\bboth\b|\ball\b|\beach\b", re.IGNORECASE)
_HOPED = re.compile(r"有望|将|预计|可望|或将|力争|目标|expected|could|would|might|target", re.IGNORECASE)


def bound_after(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index in range(1, len(claims)):
        mark = claims[index]
        told = _MARK.match(str(mark["text"]))
        if told is None or mark.get("qualifier") not in ("over", "under", "at_least", "at_most") \
                or mark.get("basis") or mark["kind"] not in ("level", "share", "ratio", "growth"):
            continue
        if doc.after(mark, 1) == "的":
            continue  # 高于7%的预期目标: a target's figure (see targets.py), not a mark of the figure's own
        figure = claims[index - 1]
        between = doc.between(figure, mark)
        if figure.get("qualifier") != "exact" or not same_unit(figure, mark) or figure["kind"] != mark["kind"] \
                or not _BETWEEN.fullmatch(between) or _HOPED.search(between) or not doc.same_sentence(figure, mark):
            continue
        figures = _listed(doc, index - 1) if _ALL.search(between) else [figure]
        above = told.group("over") is not None
        for bounded in figures:
            said = f"{shown(bounded)} is said to be {'above' if above else 'below'} {shown(mark)}"
            yield against_mark(doc, bounded, mark, above, said, bounded.get("metric"))


def against_mark(doc: Doc, figure: dict, mark: dict, above: bool, said: str, metric: object) -> Relation:
    """The rank_vs_values row of a figure said (``said``) to lie above or below a mark taken as its value."""
    low, high = bounds(figure)
    line = float(mark["value"])
    gap = max(0.0, line - high) if above else max(0.0, low - line)
    return Relation(doc.name, "rank_vs_values", (figure, mark), metric, (low, high),
                    (line, float("inf")) if above else (float("-inf"), line), gap,
                    f"{said}, but it is not" if gap else f"{said}, as it is")


def _listed(doc: Doc, last: int) -> list[dict]:
    """The figures listed together up to ``claims[last]``: same unit and kind, only list words between them."""
    listed = [doc.claims[last]]
    for index in range(last - 1, max(-1, last - 12), -1):
        claim = doc.claims[index]
        if claim["unit"] != listed[0]["unit"] or claim["kind"] != listed[0]["kind"] \
                or not LIST_GAP.fullmatch(doc.between(claim, listed[0])):
            break
        listed.insert(0, claim)
    return listed
