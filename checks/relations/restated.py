"""restated: one quantity stated twice (headline and body, lead and detail, rounded and precise) agrees.

Two figures state one quantity when their readings say so: the same kind, unit, direction and projection; the same
metric, specific enough to identify a quantity (not 占比, not "rate"); the same segment; no two different subjects,
periods or bases; and either one of them stands in the headline or the lead (whose subject and period are often
implied), or both name the same period. Figures in lists (分别, 、) are members of a breakdown, not restatements,
and a figure of a paragraph that breaks a total down (一季度…，二季度…) is a part, not the total restated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from checks.claims.measures import basis as basis_key
from checks.extract.en.answers import is_answer
from checks.relations.base import (
    LIST_GAP,
    Doc,
    Relation,
    bounds,
    distance,
    interval_text,
    metric_key,
    owner_key,
    plain,
    shown,
    specific,
)
from checks.relations.breakdowns import other_members_opened, partition_of
from checks.relations.dispatch_lead import lead_paragraph, title_restated
from checks.relations.headlines import echoed, headline
from checks.relations.markets import told_before
from checks.relations.own_place import another_place
from checks.relations.periods import (
    compared_apart,
    month_a_year_apart,
    of_a_year_before,
    period_parts,
    periods_differ,
    reached_from,
    this_year,
    year_and_its_part,
)
from checks.relations.quantity_names import counted_group, group_bound, one_word, same_quantity, stock
from checks.relations.roundup import roundup_item
from checks.relations.signs import unsigned_bounds
from checks.relations.sources import two_sources
from checks.relations.statements import (
    COMPARED_AFTER,
    adjusted,
    contributor,
    levels_differ,
    opened_basis,
    other_side,
    per_share,
    quoted,
    reference,
    series,
    timed,
    told_earlier,
)
from checks.relations.stems import holds
from checks.relations.units import money_unit, other_currency, unit_key

SERIES, T = 30, TypeVar("T")
RESPECTIVELY = re.compile(r"分别|respectively|各|其次", re.IGNORECASE)  # 其次为韩国209亿美元: a list's next


def _listed(doc: Doc, claim: dict) -> bool:
    """Whether a figure is one of a list (分别为5%、8%; 5% and 8%), or followed by one."""
    index = int(claim["_index"])
    neighbours = [doc.claims[i] for i in (index - 1, index + 1) if 0 <= i < len(doc.claims)]
    if any(doc.same_sentence(n, claim) and LIST_GAP.fullmatch(
            doc.between(n, claim) if int(n["start"]) < int(claim["start"]) else doc.between(claim, n))
            for n in neighbours):
        return True  # (each test is asked only when the ones before it did not answer: they are pure)
    # 2,400 men and 2,810 women: members of one breakdown side by side are parts, each named after its figure
    if claim.get("segment") and any(
            n.get("segment") and doc.same_sentence(n, claim)
            and partition_of([str(n["segment"]), str(claim["segment"])]) is not None for n in neighbours):
        return True
    return bool(RESPECTIVELY.search(doc.before(claim, 12)))


# A level between "from" and "to" and another figure: where a move started (lowers rate from 4.75 percent to 4.0).
_MOVED_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?(?:present\s+|previous\s+|current\s+)?$", re.IGNORECASE)
_TO_FIGURE = re.compile(r"\s+to\s+[-+$€£¥]?\d")


_TOTAL_WORDS = re.compile(r"^(?:the\s+)?(?:total|overall|all)\s+", re.IGNORECASE)


def _the_whole_s_name(claim: dict) -> bool:
    """A share named by its whole (87.69% of the total expenditure, read "total expenditure"): no name of the part."""
    metric, whole = plain(claim.get("metric")), plain(claim.get("whole"))
    return claim["kind"] == "share" and bool(whole) and (
        metric == whole or plain(_TOTAL_WORDS.sub("", str(claim.get("metric") or ""))) == whole)


def _pairs(doc: Doc) -> Iterable[tuple[dict, dict]]:
    """Pairs that could state the same quantity, bucketed by what must be equal anyway (metrics that end alike)."""
    buckets: dict[tuple, list[dict]] = {}
    bases = {(doc.sentence(c), float(c["base_value"])) for c in doc.claims if c.get("base_value") is not None}
    for claim in doc.claims:
        if claim["kind"] in ("rank", "duration") or not specific(claim) or _listed(doc, claim) or (
                one_word(claim) and is_answer(claim.get("metric"))) or _the_whole_s_name(claim):
            continue  # (a poll's one-word answer, 77% disapprove, names no question: of Congress, of the president?)
        index = int(claim["_index"])
        if (doc.sentence(claim), float(claim["value"])) in bases or (index and (doc.sentence(
                doc.claims[index - 1]), float(doc.claims[index - 1]["value"])) in bases and re.fullmatch(
                r"\s*,?\s*or\s+", doc.between(doc.claims[index - 1], claim))) or (
                _MOVED_FROM_TO.search(doc.before(claim, 12)) and _TO_FIGURE.match(doc.after(claim, 12))):
            continue  # rose 4.6% to $18.24 billion from $17.44 billion; lowers rate from 4.75% to 4%: the earlier level
            # (and its figure per share after it: compared with the previous year's $87.49 million, or 70 cents)
        if other_side(doc, claim):
            continue  # compared with growth of 0.4% in the quarter before; 渗透率从0.2%提升至14%: another figure's side
        key = (money_unit(claim) or unit_key(claim), claim["kind"], claim.get("direction"),
               bool(claim.get("projected")), plain(claim.get("segment")))  # 万吨 and 万TEU: both "other"
        buckets.setdefault(key, []).append(claim)
    for bucket in buckets.values():
        if len(bucket) > SERIES:
            continue  # a quantity stated this often in one document is a series (by month, by firm), not restated
        # Each claim's keys worked out once per bucket, not once per pair (a bucket of n claims has n²/2 pairs).
        stocks = [stock(claim) for claim in bucket]
        names = [metric_key(claim, synonyms=False) for claim in bucket]
        english = [str(claim.get("metric") or "").isascii() for claim in bucket]
        short = [one_word(claim) for claim in bucket]
        for index, first in enumerate(bucket):
            loose: bool | None = None  # whether the first is in the lead, asked once and only when needed
            for other in range(index + 1, len(bucket)):
                if stocks[index] == stocks[other]:
                    yield first, bucket[other]
                elif not (english[index] and english[other]) or not (short[index] or short[other]):
                    if loose is None:
                        loose = doc.lead(first)
                    if same_quantity(names[index], names[other], loose=loose):
                        yield first, bucket[other]


_IN_TIME = re.compile(r"同比|环比|上年|去年|上月|上季|同期|前年|\d{4}|年|月|earlier|ago|last|previous|prior|"
                      r"year|quarter|month", re.IGNORECASE)


def _against_another(claim: dict) -> str:
    """What a figure is compared with when that is not an earlier time (高于全国2.8个百分点: 全国)."""
    basis = plain(claim.get("basis"))
    return "" if not basis or _IN_TIME.search(basis) else basis


def differ(first: dict, second: dict, name: str) -> bool:
    a, b = plain(first.get(name)), plain(second.get(name))
    return bool(a) and bool(b) and a != b


def restated(doc: Doc) -> Iterable[Relation]:
    known = _Known(doc)
    kept = [(first, second) for first, second in _pairs(doc) if _may_restate(doc, first, second, known)]
    # A headline or lead figure restated by several of the text's is a breakdown (by company, by region): not judged.
    restatements: dict[int, int] = {}
    for first, second in kept:
        for claim in (first, second):
            restatements[int(claim["_index"])] = restatements.get(int(claim["_index"]), 0) + 1
    for first, second in kept:
        heading = known(headline, first)
        if (restatements[int(first["_index"])] > 1 and not title_restated(doc, first, second)) \
                or (not heading and restatements[int(second["_index"])] > 1) \
                or told_earlier(doc, first, second) or known(counted_group, first) != known(counted_group, second) \
                or (heading and echoed(doc, first, second)):
            continue  # several others of its quantity: a breakdown (unless the text opens with it); an earlier state
        a, b = unsigned_bounds(first), unsigned_bounds(second)
        gap = distance(a, b)
        arithmetic = (f"{shown(first)} and {shown(second)} state the same {first.get('metric')}"
                      f"{' in the headline and the text' if heading else ''}: {interval_text(a)} and "
                      f"{interval_text(b)} {'do not overlap' if gap else 'overlap'}")
        yield Relation(doc.name, "restated", (first, second), first.get("metric"), a, b, gap, arithmetic)


def _whole_before(doc: Doc, claim: dict) -> dict | None:
    """The whole a part after 其中 belongs to: the last level before the 其中, at most 300 characters back (进出口
    12.62万亿元，同比增长6.6%。其中，出口8.04万亿元: 12.62万亿元)."""
    at = doc.text.rfind("其中", max(0, int(claim["start"]) - 300), int(claim["start"]))
    if at < 0:
        return None
    index = int(claim["_index"])
    return next((c for c in reversed(doc.claims[max(0, index - 12):index])
                 if int(c["end"]) <= at and c["kind"] == "level" and at - int(c["end"]) <= 300), None)


def _parts_of_other_wholes(doc: Doc, first: dict, second: dict) -> bool:
    """Two parts after 其中 whose wholes disagree (进出口12.62万亿元，其中出口… and 进出口3.51万亿元，其中出口…):
    the parts of two different wholes (two regions, two years), not one part stated twice."""
    wholes = _whole_before(doc, first), _whole_before(doc, second)
    if None in wholes or wholes[0] is wholes[1] or wholes[0]["unit"] != wholes[1]["unit"]:
        return False
    return distance(bounds(wholes[0]), bounds(wholes[1])) > 0


def _a_part(doc: Doc, claim: dict) -> bool:
    """Whether a figure stands after 其中 in its sentence, or in a clause after it up to the full stop (其中：小春…；
    大春…。: every member of the list is a part of the whole before it)."""
    start = doc.sentence(claim)[0]  # (read no farther back than 400 characters: a run-on text is one sentence)
    if "其中" in doc.text[max(start, int(claim["start"]) - 400):int(claim["start"])]:
        return True
    stop = max(doc.text.rfind("。", (reach := max(0, start - 399)), start), doc.text.rfind("\n", reach, start))
    return (stop >= 0 or reach == 0) and "其中" in doc.text[stop + 1:start]


_WITHIN = re.compile(r"\s*在[^，,。；;]{1,20}中\s*[，,]")
_REAL = re.compile(r"实际(?:增长|下降)|扣除价格因素|in real terms|inflation-adjusted", re.IGNORECASE)


def _within(doc: Doc, claim: dict) -> bool:
    """Whether a figure's sentence or paragraph opens with 在X中 (在商品零售中，限额以上单位…): a part of X."""
    paragraph = doc.paragraph(claim)
    opening = doc.breaks[paragraph - 1] if paragraph else 0
    return any(_WITHIN.match(doc.text, at) is not None for at in (doc.sentence(claim)[0], opening))


def _real(doc: Doc, claim: dict) -> bool:
    """Whether a rate is said after prices (扣除价格因素实际增长5.6%), not the nominal rate of the same quantity."""
    return bool(_REAL.search(doc.before(claim, 14))) or bool(re.match(r"\s*in real terms", doc.after(claim, 16)))


# (个人市场…收入达到2561亿元: a carrier's market of persons, one of its four, as 家庭市场 and 政企市场)
_SEGMENT = re.compile(r"业务方面|板块|事业部|事业群|分部|(?:个人|家庭|政企|新兴|海外|国际)市场|\bsegments?\b|"
                      r"\bdivisions?\b", re.IGNORECASE)
_SEGMENT_WORDS = ("业务方面", "板块", "事业部", "事业群", "分部", "市场", "segment", "division")


def _of_segment(doc: Doc, claim: dict) -> bool:
    """Whether a figure's sentence names a business segment before it (电网板块…实现营业收入6.26亿元)."""
    start = doc.sentence(claim)[0]
    return holds(doc.text[start:int(claim["start"])], _SEGMENT_WORDS) and \
        bool(_SEGMENT.search(doc.text, start, int(claim["start"])))


_DRIVEN = re.compile(r"(?:带动|拉动|撬动|带来)[^，,。；;：:]*$")


def _driven(doc: Doc, claim: dict) -> bool:
    """Whether a figure's clause says something brought it about (…带动销售额约52亿元): a part, caused."""
    return bool(_DRIVEN.search(doc.before(claim, 20)))


def _places(doc: Doc, claim: dict) -> set[float]:
    """The ranks stated in a figure's sentence (…同比增长17.3%，排名第二): the member of a ranking it is about."""
    return {float(c["value"]) for c in doc.in_sentence(claim) if c["kind"] == "rank"}


# A sentence opening with the part of a total it is about (Domestically, airlines carried…; Overseas, sales…).
_OPENING = re.compile(
    r"\s*(?:[\"“(]\s*)?(?P<part>domestically|internationally|overseas|abroad|locally|online|offline)\b", re.IGNORECASE)


def _opening(doc: Doc, claim: dict) -> str:
    """The part of a total a figure's sentence opens with (Domestically, …), lower-cased, or ""."""
    found = _OPENING.match(doc.text, doc.sentence(claim)[0])
    return found.group("part").lower() if found is not None else ""


_NATIONAL = re.compile(r"全国|我国|全球|nationwide|national", re.IGNORECASE)


def _national(claim: dict) -> bool:
    """Whether a figure's metric names the country (or the world) as its owner, whoever the subject carried to it."""
    return bool(_NATIONAL.search(str(claim.get("metric") or ""))) or owner_key(claim) == "全国"


def _owner_in_name(first: dict, second: dict) -> bool:
    """Whether one reading's owner is written into the other's name (云服务's 付费企业数, and the company's
    云服务付费企业数): the same quantity, its owner the text's."""
    for one, other in ((first, second), (second, first)):
        if one.get("subject") and one.get("metric") and plain(str(other.get("metric") or "")) == plain(
                f"{one['subject']}{one['metric']}"):
            return True
    return False


class _Known:
    """What the readings below say of each figure of one document, each worked out once: a figure is one of many
    pairs, and every reading is a pure function of the document and the figure."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._found: dict[tuple[Callable[..., object], int], object] = {}

    def __call__(self, reading: Callable[[Doc, dict], T], claim: dict) -> T:
        key = (reading, int(claim["_index"]))
        try:
            return self._found[key]  # type: ignore[return-value]
        except KeyError:
            found = self._found[key] = reading(self.doc, claim)
            return found


def _of_claim(reading: Callable[[dict], T]) -> Callable[[Doc, dict], T]:
    """A reading of the figure alone, as one of the document and the figure (for :class:`_Known`)."""
    return lambda _doc, claim: reading(claim)


_IS_NATIONAL = _of_claim(_national)
_OWNER_KEY = _of_claim(owner_key)
_COMPARED_AGAINST = _of_claim(_against_another)


def _may_restate(doc: Doc, first: dict, second: dict, known: _Known) -> bool:
    """Whether the readings allow two figures of one quantity to be one statement made twice."""
    if {basis_key(first.get("basis")), basis_key(second.get("basis"))} == {"", "环比"}:
        return False  # revenue rose 73% (on the year, as a lead says it) and grew 12% from the previous quarter
    if doc.same_sentence(first, second) and "\n" not in doc.between(first, second) and \
            not (doc.lead(first) and int(second["start"]) - int(first["end"]) >= 80):
        # one sentence's figures are its parts or comparisons (down 34% on last year, … and 45% on the ten-year
        # average), not restatements; a heading line, or a headline run into the text without a stop, is
        return False
    if known(_opening, first) != known(_opening, second) or known(roundup_item, first) != known(roundup_item, second):
        return False  # Domestically, … 0.3 percent; Internationally, … 1.9 percent: the parts of a total
    local = second if known(_IS_NATIONAL, first) else first
    if known(_IS_NATIONAL, first) != known(_IS_NATIONAL, second) and known(_OWNER_KEY, local):
        return False  # 全国14省旅游收入 and 云南's 旅游收入: the country's figure, not the province's restated
    owner_first, owner_second = known(_OWNER_KEY, first), known(_OWNER_KEY, second)
    if (owner_first and owner_second and owner_first != owner_second and not _owner_in_name(first, second)) or \
            periods_differ(doc, first, second) or differ(first, second, "basis") or \
            two_sources(first, second) or another_place(doc, first, second) or \
            known(_COMPARED_AGAINST, first) != known(_COMPARED_AGAINST, second):
        return False
    if per_share(doc, first) != per_share(doc, second) or known(of_a_year_before, first) != known(of_a_year_before,
                                                                                                 second):
        return False  # 88 cents (a share) and $540 million: a figure per share is no total restated
    if levels_differ(first, second) or year_and_its_part(first, second) or other_currency(doc, first, second) \
            or compared_apart(doc, first, second) or reached_from(doc, first, second):
        return False  # up 9.3% to £13bn and up 11.2% to £2.47bn: two quantities; December 2016's and 2016's
    if known(_a_part, first) != known(_a_part, second) and (doc.paragraph(first) == doc.paragraph(
            second) or (lead_paragraph(doc, first) and known(_a_part, second))):  # (the body breaks the lead down)
        return False  # 进出口总额121.14亿元…；其中，出口总额120.40亿元: a part, not the whole restated
    if _parts_of_other_wholes(doc, first, second) or other_members_opened(doc, first, second):
        return False  # 长三角…，其中出口… and 京津冀…，其中出口…: parts of two wholes; 5G手机… and 国产品牌手机…
    if known(_within, first) != known(_within, second) or known(_real, first) != known(_real, second) \
            or known(opened_basis, first) != known(opened_basis, second):  # (环比看，…: the month's moves)
        return False  # a part of a whole named by 在…中; a rate after prices against the nominal rate
    series_first, series_second = known(series, first), known(series, second)
    if known(adjusted, first) != known(adjusted, second) or (
            series_first and series_second and series_first != series_second):
        return False  # Excluding this adjustment, gross profit…; a month's rise seasonally adjusted against the trend's
    if known(reference, first) != known(reference, second):
        return False  # 5.2% higher than the pre-downturn peak: a gap to another level, not the quarter's rise
    if known(group_bound, first) or known(group_bound, second):
        return False  # 4000元以下期望月薪的占比: a bound that names a group, no level
    if known(_of_segment, first) != known(_of_segment, second):
        return False  # a business segment's revenue is not the company's restated
    if known(_driven, first) != known(_driven, second) or known(contributor, first) != known(contributor, second):
        return False  # 以旧换新带动销售额52亿元 (the sales one programme brought); two members' contributions
    if first["kind"] == "share":
        owners = known(told_before, first), known(told_before, second)
        if all(owners) and owners[0] != owners[1]:
            return False  # EVs were up 16.5%, taking 16.9% of the market; hybrids…, taking 5.5%: two owners' shares
    places_first, places_second = known(_places, first), known(_places, second)
    if places_first and places_second and places_first != places_second:
        return False  # the figures of the one ranked second and of the one ranked third: two members
    if known(headline, first) or known(headline, second):
        return True  # (December 2016 in the headline is the body's December)
    # One must state the period itself, the other at least in its paragraph; September and September 2023 are two
    own = (first.get("period") or second.get("period")) if not month_a_year_apart(
        doc.period(first), doc.period(second)) else None
    parts = period_parts(doc.period(first)), period_parts(doc.period(second))
    same_period = bool(own) and any(period_parts(own)) and (parts[0] == parts[1] or this_year(doc, first, second))
    # Two statements in the body: only of one period both name, and both of a named owner or neither
    if same_period:
        return bool(first.get("subject")) == bool(second.get("subject"))
    # or of one named owner, in the report and in a quote, in a text that names no time for it (Revenue was $24.67bn,
    # up 83% … said: "With quarterly revenue growth of 83%), against nothing named
    return not own and bool(owner_first) and owner_first == owner_second and not first.get("basis") \
        and not second.get("basis") and known(quoted, first) != known(quoted, second) and not known(timed, first) \
        and not any(COMPARED_AFTER.match(doc.after(c, 30)) for c in (first, second))
