"""restated where the readings fall short: a heading's figure named again by the same words below it.

A headline or a heading line states in short what the text under it says at length, and names the figure with the
words the text uses: "Retail sales up 0.4% at $66.9 billion" / "retail sales rose 0.4 per cent to $66.9 billion";
"1—8月住宅销售额同比下降10.9%" / "其中住宅销售额下降10.9%". The heading's figure and the first figure below it of the
same kind, unit, direction and name are one figure. The name is the words before the first figure of the clause, less
the verbs, periods and comparisons around it; a name that is only a word of a longer one (销售额, 住宅销售额) is
another quantity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, stated_twice
from checks.relations.lines import line_start
from checks.relations.periods import period_parts
from checks.relations.units import unit_key

HEADLINE_CHARS = 120  # a first line longer than this is a paragraph, not a headline
HEADING_CHARS = 40  # a heading line further down (一、广义货币增长8.7%)
BELOW = 40  # figures below a heading at most this far are what it heads

_CLAUSE = re.compile(r"[，,、。；;：:!?！？()（）\[\]]|\s[-–—|]\s|\.\s|\s{2,}")
_SENTENCE_END = re.compile(r"[。！？!?]|\.\s|\.$")
_LIST_ITEM = re.compile(r"[，,；;]")  # a short line with these further down is an item of a list, not a heading
# zh: what ends a name without being part of it (the verb, a comparison, an adverb), cut from its end
_ZH_TAIL = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|累计|分别|共|约|达到|达|为|是|有|实现|完成|"
                      r"增长|增加|下降|减少|上升|回落|提高|提升|突破|超过|增|降|升|至|到|了|均|已|全年)+$")
# zh: a period or 其中 before a name, cut with everything before it
_ZH_HEAD = re.compile(r"^.*(?:\d+(?:[—\-－~～至]\d+)?(?:月份?|日|年)|[上下]半年|[一二三四]季度|前[三四]季度|"
                      r"其中|当天|当日|期间)")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z’'.-]*[A-Za-z]|[A-Za-z]")
_EN_NOT_NAME = frozenset({
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling", "up", "down", "gain",
    "gains", "gained", "climb", "climbs", "climbed", "jump", "jumps", "jumped", "increase", "increases",
    "increased", "decrease", "decreases", "decreased", "drop", "drops", "dropped", "grow", "grows", "grew", "grown",
    "slip", "slips", "slipped", "edge", "edges", "edged", "sink", "sinks", "sank", "to", "by", "at", "of", "in",
    "on", "for", "from", "was", "is", "were", "are", "has", "have", "had", "hit", "hits", "reach", "reaches",
    "reached", "total", "totals", "totalled", "totaled", "stood", "stands", "changed", "change", "changes",
    "little", "more", "than", "about", "nearly", "over", "almost", "an", "a", "the", "its", "their", "his", "her",
    "our", "estimated", "reported", "says", "said", "say", "shows", "show", "showed", "year", "month", "quarter",
    "annual", "annualised", "annualized", "percent", "per", "cent", "just", "only", "some", "around", "roughly",
    "enough", "and", "or", "but", "while", "with",
})
_OWNER_PREFIX = ("全国", "全市", "全省", "全区", "全县", "我国", "全球")


def heading_figures(doc: Doc) -> Iterable[Relation]:
    """A figure of the headline or of a heading line, and the first figure below it with the same kind, unit,
    direction, outlook and name: one figure stated twice."""
    if not doc.claims:
        return
    starts = [int(c["start"]) for c in doc.claims]
    headings = list(_headings(doc))
    for start, end in headings:
        first, after = bisect_left(starts, start), bisect_right(starts, end)
        named = [(c, _name(doc, c)) for c in doc.claims[first:after] if int(c["end"]) <= end]
        below: list[dict] | None = None
        for figure, name in named:
            key = _key(figure)
            if not name or sum(_key(f) == key and _same(n, name) for f, n in named) != 1:
                continue  # a heading's two figures of one name and kind: which is which is not told
            if below is None:  # what a heading heads is prose: a list of short lines is no text below it
                below = [c for c in doc.claims[after:after + BELOW] if not _in_heading(c, headings)]
            match = next((c for c in below if _key(c) == key and _same(_name(doc, c), name)), None)
            if match is not None and _comparable(figure, match) and _alone(doc, match, name, end):
                yield _relation(doc, figure, match)


def _alone(doc: Doc, claim: dict, name: str, heading_end: int) -> bool:
    """Whether a figure is the only one of its sentence of its kind, unit and direction that its name or no name
    may give (grew 1.0% on the quarter and 5.2% for the year: which the heading gives is not told)."""
    key = _key(claim)
    return not any(c is not claim and int(c["start"]) > heading_end and _key(c) == key
                   and (not _name(doc, c) or _same(_name(doc, c), name)) for c in doc.in_sentence(claim))


def _in_heading(claim: dict, headings: list[tuple[int, int]]) -> bool:
    index = bisect_right(headings, (int(claim["start"]), 1 << 62)) - 1
    return index >= 0 and int(claim["end"]) <= headings[index][1]


def _headings(doc: Doc) -> Iterable[tuple[int, int]]:
    """The span of the headline (a short first line) and of each heading line (short, no sentence punctuation)."""
    start = 0
    for line in doc.text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        limit = HEADLINE_CHARS if start == 0 else HEADING_CHARS
        if stripped and len(stripped) <= limit and not _SENTENCE_END.search(stripped) and end < len(doc.text) and \
                (start == 0 or not _LIST_ITEM.search(stripped)):
            yield start, end
        start = end + 1


def _key(claim: dict) -> tuple:
    return unit_key(claim), claim["kind"], claim.get("direction"), bool(claim.get("projected"))


def _name(doc: Doc, claim: dict) -> str:
    """The words that name a figure: those before the first figure of its clause, less verbs and periods (worked
    out once per claim: the figures below one heading are those below the next)."""
    name = claim.get("_heading_name")
    if name is None:
        name = claim["_heading_name"] = _read_name(doc, claim)
    return name


def _read_name(doc: Doc, claim: dict) -> str:
    start = int(claim["start"])
    window = doc.text[max(line_start(doc, start), start - 60):start]
    clause = _CLAUSE.split(window)[-1]
    first = next((c for c in doc.in_sentence(claim) if int(c["start"]) >= start - len(clause)), claim)
    if first is not claim:  # the level after a rate (up 0.4% at $66.9 billion): named before the rate
        clause = clause[:max(0, int(first["start"]) - (start - len(clause)))]
    if clause.isascii():
        words = [w.lower() for w in _EN_WORD.findall(clause)]
        while words and words[-1] in _EN_NOT_NAME:
            words.pop()
        kept = [w for w in words[-2:] if w not in _EN_NOT_NAME]
        return " ".join(kept)
    name = _ZH_HEAD.sub("", re.sub(r"\s+", "", clause))
    previous = None
    while name != previous:
        previous, name = name, _ZH_TAIL.sub("", name)
    if not name and first is claim and int(claim["_index"]) > 0:
        # a rate after its level (营业额1094亿元，同比增27%) is named by the level before it in its sentence
        before = doc.claims[int(claim["_index"]) - 1]
        if doc.same_sentence(before, claim) and len(_CLAUSE.findall(doc.between(before, claim))) == 1:
            return _name(doc, before)
    # what ends in 的 or opens with 比 is the figure's rival or base (比去年同期的1360万台), not its name
    return "" if name.endswith("的") or name.startswith(("比", "较", "与")) else name


def _same(a: str, b: str) -> bool:
    """One name: the same words (English: the same last word, and the same word before it where both have one);
    Chinese: the same, or one the other with an owner before it (全市生产总值, 生产总值)."""
    if not a or not b:
        return False
    if a.isascii() != b.isascii():
        return False
    if a.isascii():
        first, second = a.split(), b.split()
        return first[-1] == second[-1] and (len(first) == 1 or len(second) == 1 or first[-2] == second[-2])
    if a == b:
        return len(a) >= 2
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.endswith(short) and long[:-len(short)] in _OWNER_PREFIX


def _comparable(a: dict, b: dict) -> bool:
    """Not two periods or two bases: where both are stated they agree."""
    for column in ("period", "basis"):
        first, second = (re.sub(r"[—\-－~～至]", "-", str(c.get(column) or "")) for c in (a, b))
        if first and second and first != second and not (
                column == "period" and any(period_parts(first)) and period_parts(first) == period_parts(second)):
            return False  # (1—8月 and 前8个月 are one period)
    return True


def _relation(doc: Doc, heading: dict, below: dict) -> Relation:
    return stated_twice(doc, heading, below, "state one figure in a heading and the text below it")
