"""rank_vs_values: an order stated in words agrees with the values given.

A value takes a place from the words around it in its clause: a rank (位居第一, 排名第三的, 第四名, was second), a
superlative (居首, 首位, 领跑, 最高, 最大, the highest, the largest; 最低, the lowest) or a follower (次之, 紧随其后:
second). Within a paragraph, values of one kind, unit and quantity must be in the stated order: the first (or the
highest) no smaller than any other, the lowest no larger, rank k no smaller than rank k+1, allowing for rounding.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import pairwise

from checks.extract.prefilter import gated
from checks.relations.base import Doc, Relation, bounds, by_sentence, excess, metric_key, owner_key, plain, shown
from checks.relations.leading_group import a_leading_group, singled_out
from checks.relations.lines import line_end, line_start
from checks.relations.periods import periods_conflict
from checks.relations.placed import CLAUSE, VALUES, value_of_rank
from checks.relations.rank_rivals import BREAKS_DOWN, a_rival_member, co_leaders, largest_falls, the_whole_group, within

# (The biggest contributors to the increase were China (+33.2 per cent), …: members ranked by what they added, not
# by the rates shown; the highest contribution came from services (+0.56 pp) ranks the contributions shown)
TOP = re.compile(r"居首|首位|榜首|领跑|领先|最高|最大|最多|最快|位居第一|排名第一|第一名|冠军|"
                 r"(?:highest|largest|biggest)(?!\s+(?:(?:positive|negative|single)\s+)?(?:contributors?|drags?|"
                 r"drivers?|sources?)\b)|"  # the largest negative contributor is said of the contribution
                 # Davis 6 atop Brownback: ahead by six; to complete the top-three: a group, no place
                 r"(?<![a-z])top\b(?![\s-](?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)|"
                 r"(?<![a-z])(?:leads\b|leading|most\b|"
                 r"(?<!for )(?<!of )(?<!and )(?<!, )lead\b(?!\s+(?:and|prices?)\b))",
                 re.IGNORECASE)  # (not alMOST, misLEADING; not the metal: 0.1% for lead, copper, lead and zinc)
BOTTOM = re.compile(r"最低|最小|最少|最慢|末位|垫底|lowest|smallest|(?<![a-z])(?<!at )least\b|bottom\b(?!\s+line)",
                    re.IGNORECASE)  # (at least 15 million: a bound, no place)
SECOND = re.compile(r"次之|紧随其后|其次[是为]|位居第二|排名第二|第二名|second\b|(?:保持|稳居|蝉联)第二", re.IGNORECASE)
# A place kept or taken in words, not as a rank the scanner reads (保持第二, 继续保持第三; third-placed, the
# second-biggest): the place is the ordinal.
NTH = re.compile(r"(?:保持|稳居|蝉联)第(?P<zh>[二三四五六七八九])(?:名|位)?|"
                 r"\b(?P<en>third|fourth|fifth|sixth|seventh|eighth|ninth)[- ](?:placed|biggest|largest)\b",
                 re.IGNORECASE)
ORDINALS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "third": 3, "fourth": 4,
            "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
# gated: a lookahead of the characters a cue starts with, read from the pattern (3.5 times faster over a sentence)
PLACE = gated(re.compile(rf"(?P<nth>{NTH.pattern})|(?P<second>{SECOND.pattern})|(?P<top>{TOP.pattern})|"
                         rf"(?P<bottom>{BOTTOM.pattern})", re.IGNORECASE))
# A superlative over the figure's own past (rose to the highest in three years, the lowest since 2013, the highest on
# record, the highest January-June total since 2008) compares it with earlier times, not with the other members of its
# sentence.
OVER_TIME = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in\s+(?:\w+\s+){0,2}(?:years?|months?|decades?|weeks?|"
                       r"quarters?)\b|since\b|on\s+record\b|ever\b)", re.IGNORECASE)
# The words between the end of a clause and a figure that opens the next one: ，达 / ，为 / , at.
OPENS_WITH = re.compile(r"[，,：:]\s*(?:[^，,。；;\d]{0,8}?(?:达到|达|为|是|at|of|with))?\s*", re.IGNORECASE)
RATE_RANKED = re.compile(r"增速|增幅|增长|涨幅|growth|rate", re.IGNORECASE)
# A figure compared with (compared with 2.1% in August; 比上月的…) is another period's, not a rival.
COMPARED = re.compile(r"compared\s+(?:with|to)\s*$|from\s*$|than\s*$|versus\s*$|比上|较上|上年|去年|同期",
                      re.IGNORECASE)
# A clause that says what the figure before it made its owner: ，成为…最快的省份.
BECOMES = re.compile(r"\s*(?:成为|是|为|居|位居)")
# A count that sets the group a superlative ranks within (20个省区市中), not a rival figure.
SCOPE = re.compile(r"[\u4e00-\u9fff]{1,8}中")
# A line of a table: cells between | (四川 | 530.42 | 10% |, or a cell a line: 530.42 |).
TABLE_ROW = re.compile(r"\|")


def rank_vs_values(doc: Doc) -> Iterable[Relation]:
    placed = _placed(doc)
    opens = [(m.start(), m.end()) for m in MEMBERS_OPEN.finditer(doc.text)] if placed else []
    groups: dict[tuple, list[tuple[str, int, dict, dict | None]]] = {}
    for place, order, value, rank in placed:
        key = (doc.paragraph(value), value["unit"], value["kind"])
        groups.setdefault(key, []).append((place, order, value, rank))
    for (_paragraph, unit, kind), items in groups.items():
        for metric in {_quantity(value) for _, _, value, _ in items}:
            members = [i for i in items if comparable(_quantity(i[2]), metric)]
            values = [c for c in doc.paragraph_near(items[0][2]) if c["unit"] == unit and c["kind"] == kind
                      and comparable(_quantity(c), metric)]
            inside = [m for m in members if BREAKS_DOWN.match(doc.text, doc.sentence(m[2])[0])]
            outside = [m for m in members if m not in inside]  # ranked among the whole's members, not its parts'
            yield from _check(doc, outside, [c for c in values if not within(doc, c, outside)], opens)
            yield from _check(doc, inside, values, opens)
            yield from _against_table(doc, members, [c for c in _table_cells(doc) if c["unit"] == unit
                                                     and c["kind"] == kind and comparable(_quantity(c), metric)])


def _table_cells(doc: Doc) -> list[dict]:
    """The figures of the document's tables (a line of cells between |): the members a superlative speaks of."""
    cached = getattr(doc, "_table_cells", None)
    if cached is None:
        rows: dict[tuple[int, int], bool] = {}  # each line searched once, however many figures it holds
        cached = []
        for claim in doc.claims:
            end = line_end(doc, int(claim["end"]))
            line = (line_start(doc, int(claim["start"])), end if end >= 0 else len(doc.text))  # (the last line)
            if line not in rows:
                rows[line] = TABLE_ROW.search(doc.text, *line) is not None
            if rows[line]:
                cached.append(claim)
        doc._table_cells = cached  # type: ignore[attr-defined]
    return cached


def _against_table(doc: Doc, items: list[tuple[str, int, dict, dict | None]], cells: list[dict]) -> Iterable[Relation]:
    """A figure of the prose said to be the highest (or lowest) of a set (20个省区市中增长最快) against the table
    that lists the set's members, elsewhere in the document: of another owner, of no other time."""
    for place, _order, value, rank in items:
        if place not in ("top", "bottom") or value in cells or not owner_key(value):
            continue
        for other in cells:
            if owner_key(other) in ("", owner_key(value)) or other.get("qualifier") != "exact" or \
                    periods_conflict(doc.period(value), doc.period(other)):
                continue
            low, high = just_over(value)
            gap = max(0.0, low - bounds(other)[1]) if place == "bottom" else max(0.0, bounds(other)[0] - high)
            if gap:
                words = ("the lowest", "lower") if place == "bottom" else ("the highest", "higher")
                claims = [c for c in (rank, value, other) if c is not None]
                yield _relation(doc, claims, f"{shown(value)} is said to be {words[0]}, but {shown(other)} "
                                             f"({other.get('subject')}, in the table) is {words[1]}", gap,
                                bounds(value), bounds(other))


# A "metric" that ends with an organisation's kind names who (平安银行), not what is measured.
_ORGANISATION = re.compile(r"(?:银行|公司|集团|股份)$")


def _quantity(claim: dict) -> str:
    key = metric_key(claim)
    return "" if _ORGANISATION.search(key) else key or plain(claim.get("_named"))


def comparable(a: str, b: str) -> bool:
    """Rivals in a ranking state one quantity, often with their names in it (广东GDP, GDP): equal, or one the end
    of the other. A figure whose quantity is unknown is no rival."""
    if not a or not b:
        return False
    a, b = _SIZE_WORD.sub("", a) or a, _SIZE_WORD.sub("", b) or b  # 资产规模 and 资产总计 are the assets
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    # 不满意度 ends with 满意度 but is its opposite: a negation before the shared end names another quantity
    return len(shorter) >= 2 and longer.endswith(shorter) and not longer[:-len(shorter)].endswith(_NEGATIONS)


_NEGATIONS = ("不", "非", "未", "无", "un", "non", "dis")
_OWN_CLAUSE = re.compile(r"[，,;；。]|\s[-–]\s")  # (- 农业银行资产规模: a list's item opens its own clause)
_SIZE_WORD = re.compile(r"(?:规模|总计|总额|总量)$")


def _placed(doc: Doc) -> list[tuple[str, int, dict, dict | None]]:
    """(place, order, value, rank claim) for every value the text gives a place."""
    placed = []
    used: set[int] = set()
    for claim in doc.claims:
        if claim["kind"] == "rank" and claim.get("qualifier") == "exact":
            value = value_of_rank(doc, claim)
            if value is not None and value["kind"] in ("growth", "change") and not RATE_RANKED.search(
                    doc.before(claim, 12)) and not (int(value["start"]) > int(claim["end"]) and RATE_RANKED.search(
                    doc.between(claim, value))):  # (排名第二和第三，GDP增速分别为…: the rate named after the place)
                continue  # 第一大贸易伙伴，贸易额增长32.9%: a rank by size says nothing of the growth
            if value is not None and int(value["_index"]) not in used:
                used.add(int(value["_index"]))
                placed.append(("rank", int(float(claim["value"])), value, claim))
    for sentence in by_sentence(doc):
        values = [c for c in sentence if c["kind"] in VALUES
                  and not (c["unit"] == "count" and SCOPE.match(doc.text, int(c["end"])))]
        if not values:
            continue
        start, end = doc.sentence(values[0])
        starts = [int(c["start"]) for c in values]
        for cue in PLACE.finditer(doc.text, start, end):
            over_time = (cue.group("top") or cue.group("bottom")) and OVER_TIME.match(doc.text, cue.end(),
                                                                                      min(end, cue.end() + 40))
            if _in_name(doc.text, cue.start(), start) or over_time:
                continue
            target = _cued(doc, values, starts, cue.start(), start, end)
            if target is None or int(target["_index"]) in used:
                continue
            if not metric_key(target) and int(target["start"]) > cue.start():
                # 瑞丰银行营业收入规模最低，为35.25亿元: the clause of the word names the quantity
                clause = CLAUSE.split(doc.text[max(start, cue.start() - 16):cue.start()])[-1]
                target["_named"] = clause[-8:]
            used.add(int(target["_index"]))
            if cue.group("nth"):
                placed.append(("rank", ORDINALS[(cue.group("zh") or cue.group("en")).lower()], target, None))
            elif cue.group("second"):  # (最少，为2万人，其次是宁夏: second from the bottom, no second place)
                if not BOTTOM.search(doc.text, max(start, cue.start() - 60), cue.start()):
                    placed.append(("rank", 2, target, None))
            elif cue.group("top"):
                placed.append(("top", 1, target, None))
            else:
                placed.append(("bottom", 0, target, None))
    return placed


def _in_name(text: str, at: int, sentence_start: int) -> bool:
    """An English cue capitalised after a capitalised word is part of a name (the Nissan Lead), not a place."""
    if not text[at].isupper() or at <= sentence_start:
        return False
    previous = text[sentence_start:at].split()
    return bool(previous) and previous[-1][:1].isupper() and previous[-1].isalpha()


_CUE_REACH = 400  # characters either side of a word of place where its clause's marks are read


def _cued(doc: Doc, values: list[dict], starts: list[int], at: int, start: int, end: int) -> dict | None:
    """The figure a word of place is said of: the nearest in its clause; else the figure that opens the next
    clause (增速最高，达69.6%); else the first figure of the sentence (广东GDP达9.73万亿元，…，居首位). The clause is
    read within _CUE_REACH of the word (a run-on text is one sentence, and has a word of place every few figures)."""
    low, high = max(start, at - _CUE_REACH), min(end, at + _CUE_REACH)
    marks = [m.start() for m in CLAUSE.finditer(doc.text, low, high)]
    clause_start = max((m + 1 for m in marks if m < at), default=low)
    clause_end = min((m for m in marks if m >= at), default=high)
    inside = values[bisect.bisect_left(starts, clause_start):bisect.bisect_left(starts, clause_end)]
    if inside:
        nearest = min(inside, key=lambda v: abs(int(v["start"]) - at))
        levels = [v for v in inside if v["kind"] == "level" and int(v["end"]) <= at]
        if nearest["kind"] in ("growth", "change") and levels and int(nearest["end"]) <= at \
                and not RATE_RANKED.search(doc.text, int(nearest["end"]), at + 6):
            return levels[-1]  # 资产总计52.32万亿元 较上年末增长7.2% 稳居行业首位: a place by size, not by growth
        return nearest
    following = values[bisect.bisect_left(starts, clause_end):bisect.bisect_left(starts, clause_end) + 1]
    if following and OPENS_WITH.fullmatch(doc.text, clause_end, int(following[0]["start"])):
        return following[0]
    before = bisect.bisect_left(starts, clause_start)
    earlier = [v for v in (values[:1] + values[max(1, before - 1):before]) if int(v["end"]) <= clause_start]
    if earlier and len(doc.text[clause_start:clause_end].strip()) <= 6:  # ，居首位: said of the sentence's subject
        if RATE_RANKED.search(doc.text, clause_start, at):  # ，增速最快: said of the rate, not of the amount
            return next((v for v in reversed(earlier) if v["kind"] == "growth"), None)
        return earlier[0]
    if earlier and BECOMES.match(doc.text, clause_start, clause_end):
        if RATE_RANKED.search(doc.text, clause_start, at) and earlier[-1]["kind"] != "growth":
            return None  # 出口1.4亿美元，增长1.1倍，是…增速最快的商品: said of a rate, not of the amount before
        return earlier[-1]  # 增长32.8%，成为20个省区市中增长最快的省份: said of the figure just before
    return None


def _check(doc: Doc, items: list[tuple[str, int, dict, dict | None]], values: list[dict],
           opens: list[tuple[int, int]]) -> Iterable[Relation]:
    ranked = sorted((i for i in items if i[0] == "rank"), key=lambda i: i[1])
    for (_, first_rank, higher, higher_rank), (_, second_rank, lower, lower_rank) in pairwise(ranked):
        if first_rank == second_rank:
            continue
        gap = excess(lower, higher)
        yield _relation(doc, [c for c in (higher_rank, higher, lower_rank, lower) if c is not None],
                        f"{shown(higher)} (place {first_rank}) {'<' if gap else '≥'} {shown(lower)} "
                        f"(place {second_rank})", gap, bounds(higher), bounds(lower))
    ranked_values = {id(i[2]) for i in ranked}  # a place's figure is judged against the next place's above
    # two figures each said to be first lead two lists (湖南以75.15%位居榜首…其中长沙以83.28%在全国重点中位居第一)
    leaders = {id(i[2]) for i in items if i[0] == "top" or (i[0] == "rank" and i[1] == 1)}
    for place, _order, value, rank in items:
        if place not in ("top", "bottom") and not (place == "rank" and _order == 1):
            continue
        # a rival said to be over a figure (超17.11亿) is at least that: it can be known to beat the first
        floors = ("exact", "over", "at_least") if place != "bottom" else ("exact",)
        others = [c for c in values if c is not value and c is not rank and doc.paragraph(c) == doc.paragraph(value)
                  and (c.get("period") or None) == (value.get("period") or None) and c.get("qualifier") in floors
                  and not COMPARED.search(_OWN_CLAUSE.split(doc.before(c, 30))[-1]) and _same_way(c, value)
                  and not (place == "rank" and id(c) in ranked_values) and not _whole_of(doc, c, value, opens)
                  and not the_whole_group(c, value)
                  and not (place != "bottom" and id(c) in leaders)
                  and a_rival_member(doc, c, value)
                  and not co_leaders(doc, c, value) and not a_leading_group(doc, value, c)
                  and not singled_out(doc, c)]
        for other in others:
            if place == "bottom":
                gap = excess(value, other)
                words = "the lowest"
            elif largest_falls(doc, value, other):  # the largest decreases were (-4.7 per cent), (-2.9 per cent)
                gap = max(0.0, min(abs(b) for b in bounds(other)) - max(abs(b) for b in bounds(value)))
                words = "the largest fall"
            else:
                gap = max(0.0, bounds(other)[0] - just_over(value)[1])
                words = "the highest" if place == "top" else "first"
            if gap:
                claims = [c for c in (rank, value, other) if c is not None]
                than = "lower" if place == "bottom" else "a larger fall" if words == "the largest fall" else "higher"
                yield _relation(doc, claims, f"{shown(value)} is said to be {words}, but {shown(other)} is {than}",
                                gap, bounds(value), bounds(other))


# What opens the members of a whole stated just before (韩国、德国和美国占据了85%的份额。其中韩国以35%居首): the whole
# is no rival of its members.
MEMBERS_OPEN = re.compile(r"其中|\bof\s+which\b|\bamong\s+them\b", re.IGNORECASE)


def _whole_of(doc: Doc, whole: dict, member: dict, opens: list[tuple[int, int]]) -> bool:
    """Whether ``whole`` comes before ``member`` with 其中 (of which, ``opens``' spans) between, in a sentence or 2."""
    if int(whole["end"]) > int(member["start"]) or doc.paragraph(whole) != doc.paragraph(member):
        return False
    if doc.sentence(member)[0] not in doc.sentence(whole):  # the whole's sentence, or the one it ends before
        return False
    first = bisect.bisect_left(opens, (int(whole["end"]), 0))
    return first < len(opens) and opens[first][1] <= int(member["start"])


def _same_way(a: dict, b: dict) -> bool:
    """Movements ranked together go one way: 降幅最大 orders the falls, and a rise is no rival of the largest fall."""
    if a["kind"] not in ("growth", "change"):
        return True
    return (a.get("direction") or "up") == (b.get("direction") or "up")


# 超15.83亿, 超过5349.76万: a precise figure said to be exceeded is the figure with more digits cut off.
_JUST_OVER = re.compile(r"^(?:超过?|逾)\s*(?P<number>\d+\.(?P<decimals>\d+))")


def just_over(claim: dict) -> tuple[float, float]:
    """The values a figure allows, where 超 before a figure written to three or more digits with decimals (超15.83亿)
    says the digits after the last were cut off: below the next step of its last digit (15.84亿)."""
    low, high = bounds(claim)
    found = _JUST_OVER.match(str(claim["text"]))
    if found is None or claim.get("qualifier") != "over" or len(found.group("number")) < 4:
        return low, high  # 4 characters: three digits and the point
    written = float(found.group("number"))
    step = float(claim["value"]) / written * 10 ** -len(found.group("decimals")) if written else 0.0
    return low, float(claim["value"]) + step


def _relation(doc: Doc, claims: list[dict], arithmetic: str, gap: float, stated: tuple[float, float],
              implied: tuple[float, float]) -> Relation:
    return Relation(doc.name, "rank_vs_values", tuple(claims), claims[-1].get("metric"), stated, implied, gap,
                    arithmetic)
