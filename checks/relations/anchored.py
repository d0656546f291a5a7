"""restated: a heading's rate (or amount) against the one the text gives beside the same level.

A heading states a level and its rate (装机规模达到22亿千瓦，同比增长9.5%); the text below states the same level
again, under a longer name (全口径发电装机容量22亿千瓦，同比增长7.5%). The level, written to the same figure with a
word of its name in common, says both sentences speak of one quantity, so the rates right after the levels state one
rate twice; so do the amounts of another unit right after it (8.26亿人次出游，花了7834.3亿元 … 8.26亿人次出游，旅游收入
7534.3亿元). Only a figure that follows its level in its clause group (no other figure between) is taken, with the same
comparison, and only when one sentence of the text gives the level with a rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, plain, precision, shown
from checks.relations.headlines import headline
from checks.relations.lines import line_end, line_start
from checks.relations.units import money_unit, unit_key


def anchored_rates(doc: Doc) -> Iterable[Relation]:
    levels: dict[tuple[str, float], list[dict]] = {}
    for claim in doc.claims:
        if claim["kind"] == "level" and claim.get("qualifier") == "exact" and claim["unit"] != "percent":
            levels.setdefault((str(claim["unit"]), float(claim["value"])), []).append(claim)
    for same in levels.values():
        if len(same) < 2 or not _heading(doc, same[0]):
            continue
        first = _rate_after(doc, same[0])
        if first is None:
            continue
        body = [(level, rate) for level in same[1:] if not _heading(doc, level) and not doc.same_sentence(
            level, same[0]) and (rate := _rate_after(doc, level)) is not None
            and (rate["kind"], rate["unit"]) == (first["kind"], first["unit"])]
        if len(body) != 1 or not _words_shared(same[0], body[0][0]):
            continue
        rates = [first, body[0][1]]
        if plain(rates[0].get("basis")) != plain(rates[1].get("basis")) \
                or rates[0].get("direction") != rates[1].get("direction"):
            continue
        a, b = bounds(rates[0]), bounds(rates[1])
        gap = distance(a, b)
        arithmetic = (f"{shown(rates[0])} and {shown(rates[1])} are the rates of one level ({shown(same[0])}) in the "
                      f"heading and the text: {interval_text(a)} and {interval_text(b)} "
                      f"{'do not overlap' if gap else 'overlap'}")
        yield Relation(doc.name, "restated", (rates[0], rates[1]), rates[1].get("metric"), a, b, gap, arithmetic)


def _heading(doc: Doc, claim: dict) -> bool:
    """A figure of the headline or lead, or of a heading line: short, with no full stop (2.全国装机规模达到22亿千瓦，
    同比增长9.5%)."""
    if headline(doc, claim):
        return True
    start, end = line_start(doc, int(claim["start"])), line_end(doc, int(claim["end"]))
    line = doc.text[start:end].strip() if end >= 0 else ""
    return 0 < len(line) <= 60 and not re.search(r"[。！？!?；;]|\.\s", line)


def _rate_after(doc: Doc, level: dict) -> dict | None:
    """The growth rate right after a level in its sentence, or the amount right after it (8.26亿人次出游，花了
    7834.3亿元: the other figure of one statement), no other figure between."""
    index = int(level["_index"]) + 1
    if index >= len(doc.claims):
        return None
    rate = doc.claims[index]
    if not ((rate["kind"] == "growth" and rate["unit"] == "percent") or (
            rate["kind"] == "level" and rate["unit"] != level["unit"])) or not doc.same_sentence(level, rate) \
            or re.search(r"[。；;\n]", doc.between(level, rate)):
        return None
    return rate


def _words_shared(first: dict, second: dict, empty: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether two names share a word (two characters in Chinese: 装机), which a mere coincidence of figures does
    not give."""
    names = [plain(c.get("metric")) for c in (first, second)]
    pairs = [{name[i:i + 2] for i in range(len(name) - 1)} - empty for name in names]
    return bool(pairs[0] & pairs[1])


# Words two names share that say nothing of what is measured.
_EMPTY = {"全国", "全省", "全市", "同比", "增长", "达到", "实现", "累计", "今年", "去年"}


def headline_amount(doc: Doc) -> Iterable[Relation]:
    """A headline line's only amount (国庆第二天全国接待1.04亿人) against the one amount of the first paragraph of
    the text in the same unit whose name shares a word with it (全国旅游接待人数1.24亿人次: 接待): the text says at
    length what its headline says in short."""
    first_line = doc.text.find("\n")
    if not doc.claims or first_line <= 0 or first_line > 60 or re.search(r"[。！？!?.]\s*$", doc.text[:first_line]):
        return
    heading = [c for c in doc.claims if int(c["end"]) <= first_line]
    body = [c for c in doc.claims if int(c["start"]) > first_line]
    amounts = [c for c in heading if c["kind"] == "level"]
    if len(amounts) != 1 or not body:
        return
    head = amounts[0]
    # (揽金22亿: a bare amount under a name of money is yuan; 其中，合肥市…7009.87万元: a part, not the whole said)
    unit = money_unit(head) or unit_key(head)
    amounts = [c for c in doc.in_paragraph(body[0]) if c["kind"] == "level" and unit_key(c) == unit]
    if any(not distance(bounds(head), bounds(c)) for c in amounts):
        return  # the headline says one of them (其中11月11日当天…6.39亿件 for 快递业务量达6.39亿件): no other is it
    opening = [c for c in amounts if "其中" not in re.split(r"[。；;]", doc.before(c, 40))[-1]]
    # (智能手机业务收入478亿元 in the headline, 总收入781亿元 in the text: a member's amount and the whole's)
    named = [c for c in opening if _words_shared(head, c, _EMPTY)
             and plain(c.get("segment")) == plain(head.get("segment"))]
    if len(opening) == 1 and len(named) == 1 and head.get("qualifier") == named[0].get("qualifier") == "exact":
        # a headline cuts a figure short as often as it rounds it (揽金22亿 for 22.6亿元): up to one place above
        a, b = bounds(head), bounds(named[0])
        a = (a[0], max(a[1], float(head["value"]) + 2 * precision(head)))
        gap = distance(a, b)
        arithmetic = (f"{shown(head)} in the headline and {shown(named[0])} in the text state one amount: "
                      f"{interval_text(a)} and {interval_text(b)} {'do not overlap' if gap else 'overlap'}")
        yield Relation(doc.name, "restated", (head, named[0]), named[0].get("metric"), a, b, gap, arithmetic)
