"""The relation record and what every relation shares: the interval a claim allows, the document's sentences and
paragraphs, and what makes two figures measure the same quantity."""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from dataclasses import dataclass, field

from checks.claims.intervals import claim_interval, stated_precision
from checks.claims.measures import canonical, owner, plain
from checks.extract.text import Sentences, fold_width, paragraph_breaks
from checks.relations.apart import FAR_APART, mistyped, significant_digits, slipped, times_apart
from checks.relations.labels import label_before, trade_partner
from checks.relations.said_bounds import nearly_share, odd_top
from checks.relations.units import counters_agree, unit_key

COLUMNS = ("relation_id", "doc", "relation", "claim_ids", "texts", "start", "metric", "stated_low", "stated_high",
           "implied_low", "implied_high", "gap", "apart", "far", "typed", "mixed", "possible", "arithmetic")

# How many claims either side a relation looks at for the other figures of a claim (Doc.near).
NEAR = 200
# Words of a figure just below its value, and how far below it may be for the relations.
NEARLY = re.compile(r"近|将近|接近|nearly|almost|close to|just (?:under|below|shy of)", re.IGNORECASE)
LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及|,|，|and|or|,\s*and)\s*", re.IGNORECASE)
# Too vague to identify a quantity on their own.
GENERIC_METRICS = {"比例", "占比", "比重", "增速", "增幅", "规模", "数量", "总额", "总量", "同比", "收入", "销量",
                   "金额", "价格", "涨幅", "影响", "增加值", "rate", "share", "total", "growth", "number", "amount",
                   "level", "figure", "value", "price", "prices", "jobs", "revenue", "sales", "teus", "units", "change",
                   "changes", "pace", "annualrate", "seasonallyadjustedannualrate", "increase", "decrease",
                   "annualincrease", "annualdecrease", "rise", "fall", "annualgrowth",  # (how counted, not what)
                   "unitrate", "annualizedrate", "unitannualizedrate",
                   "states", "countries", "cities", "provinces", "regions", "counties",  # (43 states: of what?)
                   "完成率", "目标任务完成率", "年度目标任务完成率", "目标完成率", "年计划完成率"}  # (of which target?)

# Names of places and groups, and endings of fragments: what a metric is when the reading went wrong.
_NOT_QUANTITIES = {"城镇", "乡村", "农村", "城市", "全国", "全省", "全市", "全县", "全区", "我国", "中国", "国内",
                   "海外", "公司", "集团", "企业", "居民", "男性", "女性", "线上", "线下"}
_FRAGMENT_ENDS = ("至年", "的", "了", "和", "与", "及", "或", "为", "达", "约", "在", "by", "to", "of", "and", "at")
_FRAGMENT_ENDS_ZH = tuple(end for end in _FRAGMENT_ENDS if not end.isascii())
# The ends of names of places and organisations (沿海港口, 青岛港, 一线城市): a metric so read names who or where.
_ENTITY_ENDS = ("港口", "港", "公司", "集团", "企业", "银行", "城市", "地区", "省", "市", "县", "机场", "口岸")
_SHORT_METRICS = {"营收", "利润", "净利", "出口", "进口", "销量", "票房", "产量", "存款", "贷款", "投资", "消费",
                  "客流", "运量", "人次", "毛利", "市值", "股价", "成本", "支出", "税收", "工资", "房价", "物价"}


@dataclass(frozen=True)
class Relation:
    doc: str
    relation: str
    claims: tuple[dict, ...]
    metric: str | None
    stated: tuple[float, float]
    implied: tuple[float, float]
    gap: float
    arithmetic: str
    mixed: bool = False
    possible: bool = True

    def _mistyped(self) -> bool:
        """A figure stated twice, one written with a digit dropped, added, changed or swapped."""
        return self.relation == "restated" and len(self.claims) == 2 and \
            mistyped(str(self.claims[0]["text"]), str(self.claims[1]["text"]))

    def _typed(self) -> bool:
        """A figure stated twice as a typing error would: a decimal point slipped, or a digit dropped, added, changed
        or swapped in figures of three digits or more (0.5 and 0.8 differ by a digit as any two short figures do)."""
        if self.relation != "restated" or len(self.claims) != 2:
            return False
        texts = [str(c["text"]) for c in self.claims]
        digits = [len(significant_digits(text)) for text in texts]
        return slipped(self.stated, self.implied) or (min(digits) >= 3 and mistyped(*texts))

    def row(self) -> dict[str, object]:
        ids = [c["claim_id"] for c in self.claims]
        apart = times_apart(self.stated, self.implied)
        digest = hashlib.blake2b("\x1f".join([self.relation, *ids]).encode(), digest_size=5).hexdigest()
        return {
            "relation_id": f"r{digest}", "doc": self.doc, "relation": self.relation, "claim_ids": " ".join(ids),
            "texts": " | ".join(str(c["text"]) for c in self.claims), "start": int(self.claims[0]["start"]),
            "metric": self.metric, "stated_low": finite(self.stated[0]), "stated_high": finite(self.stated[1]),
            "implied_low": finite(self.implied[0]), "implied_high": finite(self.implied[1]),
            "gap": round(self.gap, 9), "apart": finite(round(apart, 2)),
            "far": apart > FAR_APART and not slipped(self.stated, self.implied) and not self._mistyped(),
            "typed": self._typed(),
            "mixed": self.mixed, "possible": self.possible, "arithmetic": self.arithmetic,
        }


@dataclass
class Doc:
    """One document's text and claims (dicts of the claims table, in order), with its sentences and paragraphs."""

    name: str
    text: str
    claims: list[dict]
    sentences: Sentences = field(init=False)
    breaks: list[int] = field(init=False)
    periods: list[str | None] = field(init=False)
    title_end: int = field(init=False)  # where a short first line with text after it (a title) ends, else -1

    def __post_init__(self) -> None:
        self.text = fold_width(self.text)
        self.sentences = Sentences.of(self.text)
        self.breaks = paragraph_breaks(self.text)
        first_line = self.text.find("\n", 0, 121)
        self.title_end = first_line if first_line > 0 and self.text[first_line:].strip() else -1
        self.periods = []
        self._sentences: dict[tuple[int, int], list[dict]] = {}
        self._paragraphs: dict[int, list[dict]] = {}
        self._where: dict[tuple[str, str], list[int]] = {}
        carried: tuple[int, str | None] = (-1, None)
        bases: dict[tuple[int, int], set] = {}  # by sentence, the earlier levels its figures were compared with
        for index, claim in enumerate(self.claims):
            claim["_index"] = index
            paragraph = claim["_paragraph"] = bisect.bisect_right(self.breaks, int(claim["start"]))
            sentence = self.sentence(claim)
            self._sentences.setdefault(sentence, []).append(claim)
            self._paragraphs.setdefault(paragraph, []).append(claim)
            carried = carried if carried[0] == paragraph else (paragraph, None)
            compared = bases.setdefault(sentence, set())  # a set: a run-on text is one sentence of many figures
            if claim.get("period") and claim["value"] not in compared:  # an earlier level's time goes on in no figure
                carried = (paragraph, str(claim["period"]))
            self.periods.append(str(claim["period"]) if claim.get("period") else carried[1])
            compared.add(claim.get("base_value"))

    def in_sentence(self, claim: dict) -> list[dict]:
        """The claims of a claim's sentence, in order (itself included)."""
        return self._sentences[self.sentence(claim)]

    def in_paragraph(self, claim: dict) -> list[dict]:
        """The claims of a claim's paragraph, in order (itself included)."""
        return self._paragraphs[self.paragraph(claim)]

    def paragraph_near(self, claim: dict, reach: int = NEAR) -> list[dict]:
        """The claims of a claim's paragraph at most ``reach`` places from it, in order: a paragraph as far as a
        relation reads it, so that a paragraph of a thousand figures (a run-on text) costs no more per figure."""
        paragraph = self.paragraph(claim)
        return [c for c in self.near(claim, reach) if self.paragraph(c) == paragraph]

    def near_where(self, claim: dict, kind: str, having: str, reach: int = NEAR) -> list[dict]:
        """The claims :meth:`near` gives that are of ``kind`` and have a value in the column ``having`` (a level
        with its earlier level), found by bisection in an index built once, not by walking every neighbour."""
        key = (kind, having)
        positions = self._where.get(key)
        if positions is None:
            positions = self._where[key] = [i for i, c in enumerate(self.claims)
                                            if c["kind"] == kind and c.get(having) is not None]
        index = int(claim["_index"])
        low = bisect.bisect_left(positions, index - reach)
        high = bisect.bisect_right(positions, index + reach)
        return [self.claims[i] for i in positions[low:high]]

    def near(self, claim: dict, reach: int = NEAR) -> list[dict]:
        """The claims at most ``reach`` places before or after ``claim``: where a relation looks for its other
        figures, so that the work per figure does not grow with the length of the document."""
        index = int(claim["_index"])
        return self.claims[max(0, index - reach):index + reach + 1]

    def sentence(self, claim: dict) -> tuple[int, int]:
        try:  # worked out once per claim (every claim of the document when it is made): asked a million times
            return claim["_sentence"]
        except KeyError:
            found = claim["_sentence"] = self.sentences.span(int(claim["start"]))
            return found

    def paragraph(self, claim: dict) -> int:  # (worked out once per claim when the document is made)
        return claim["_paragraph"] if "_paragraph" in claim else bisect.bisect_right(self.breaks, int(claim["start"]))

    def between(self, first: dict, second: dict) -> str:
        return self.text[int(first["end"]):int(second["start"])]

    def before(self, claim: dict, width: int = 20) -> str:
        start = int(claim["start"])
        return self.text[max(0, start - width):start]

    def after(self, claim: dict, width: int = 20) -> str:
        end = int(claim["end"])
        return self.text[end:end + width]

    def period(self, claim: dict) -> str | None:
        """A claim's period, or the one its paragraph last stated before it (1-2月…。其中，出口…: of 1-2月)."""
        return self.periods[int(claim["_index"])]

    def same_sentence(self, a: dict, b: dict) -> bool:
        try:  # the claims' own spans when they have them, as they do after __post_init__: no calls
            return a["_sentence"] == b["_sentence"]
        except KeyError:
            return self.sentence(a) == self.sentence(b)

    def lead(self, claim: dict) -> bool:
        """Whether a claim stands in the headline (a short first line) or the first sentence."""
        return self.sentence(claim)[0] == 0 or int(claim["start"]) < self.title_end  # (the title: -1 for none)


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def num(value: float) -> str:
    return f"{value:,.10g}"


def shown(claim: dict) -> str:
    return str(claim["text"])


def like(claim: dict, value: float) -> str:
    """A value written as the claim writes its own: like(12.1亿元, 2.38e9) → 23.8亿元; like($5.02 billion, 5.8e9)
    → $5.8 billion. Sums and bounds read in the text's units, not as 2,380,000,000."""
    text = str(claim["text"]).strip()
    written = re.search(r"\d(?:[\d,]| (?=\d{3}))*(?:\.\d+)?", text)
    if written is None or not float(written.group(0).replace(",", "").replace(" ", "")):
        return num(round(value, 6))
    scale = float(claim["value"]) / float(written.group(0).replace(",", "").replace(" ", ""))
    prefix = re.sub(r"^(?:约|近|超过?|逾|about|nearly|over|more than|some)\s*", "", text[:written.start()],
                    flags=re.IGNORECASE)
    # 300多亿元 and 5万余人 say "more than"; a sum or a bound written in their units is not.
    suffix = re.sub(r"(?:左右|以上|以下|多|余)$", "", re.sub(r"^([十百千万亿]*)[多余]", r"\1", text[written.end():]))
    return f"{prefix}{num(round(value / scale, 6)) if scale else num(value)}{suffix}"


_DOUBLED = re.compile(r"(?:doubl|tripl|quadrupl)(?:ed|ing|es|e)", re.IGNORECASE)


def precision(claim: dict) -> float:
    if "番" in str(claim["text"]):
        return 0.0  # 翻番 is exactly a doubling, not "about 100"
    if _DOUBLED.fullmatch(str(claim["text"])):
        # doubled, tripled: about twice (1.9 to 2.1 times; a rise of 90 to 110%), not "about 100%" give or take 50
        return 10.0 if claim["unit"] == "percent" else 0.1
    return stated_precision(str(claim["text"]), float(claim["value"]))


def bounds(claim: dict) -> tuple[float, float]:
    """The values a claim allows, widened by half its last digit (rounding), open ends infinite: the same interval
    evidence is compared with. "Nearly" (近, 将近, nearly, almost) is close below: no less than four fifths of the
    figure (nearly half is not 23.5%). Worked out once per claim."""
    cached = claim.get("_bounds")
    if cached is not None:
        return cached
    low, high = claim_interval(claim, precision(claim))
    if claim.get("qualifier") == "under" and NEARLY.search(str(claim["text"])) and float(claim["value"]) > 0:
        low = max(low, nearly_share(str(claim["text"])) * float(claim["value"]))
    if claim.get("qualifier") == "over" and high == math.inf and float(claim["value"]) > 0:
        high = odd_top(str(claim["text"]), float(claim["value"]))
    claim["_bounds"] = (low, high)
    return low, high


def excess(smaller: dict, larger: dict) -> float:
    """How far a figure said to be the smaller (a part, a lower place) exceeds the one said to be the larger, every
    rounding allowed: 0 when the stated order can hold."""
    return max(0.0, bounds(smaller)[0] - bounds(larger)[1])


def in_order(doc_name: str, figures: tuple[dict, ...], metric: object, higher: dict, lower: dict, held: str,
             broken: str) -> Relation:
    """A rank_vs_values row for ``higher`` said to stand above ``lower``: how far the lower exceeds it (see excess),
    and the arithmetic as ``held`` when the order holds, else as ``broken``."""
    gap = excess(lower, higher)
    return Relation(doc_name, "rank_vs_values", figures, metric, bounds(higher), bounds(lower), gap,
                    broken if gap else held)


def signed(claim: dict, interval: tuple[float, float]) -> tuple[float, float]:
    """A change as a signed interval: a fall of 5% is -5% (a negative figure already carries its sign)."""
    if claim.get("direction") == "down" and float(claim["value"]) >= 0:
        return -interval[1], -interval[0]
    return interval


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """0 when two intervals overlap, else the gap between them."""
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0.0


def interval_text(interval: tuple[float, float]) -> str:
    low = "−∞" if not math.isfinite(interval[0]) else short(interval[0])
    high = "∞" if not math.isfinite(interval[1]) else short(interval[1])
    return f"[{low}, {high}]"


def shared_end(names: list[str]) -> str:
    """The longest end all names share (企业增加值 and 规模以上工业增加值: 增加值)."""
    shortest = min(names, key=len)
    for size in range(len(shortest), 0, -1):
        if all(name.endswith(shortest[-size:]) for name in names):
            return shortest[-size:]
    return ""


def short(value: float) -> str:
    """A bound for people to read: 19.72265 → 19.72, 3,115,000,000 stays whole."""
    return num(round(value, 2)) if abs(value) < 1e6 else num(round(value))


# Words left at the edges of a metric that name nothing: 2016年末 → 末, 已经, 所; the text's own place (我省外贸进出口)
# and words of how it is counted (对外贸易累计进出口总值: 进出口总值).
_KEY_NOISE = re.compile(r"^(?:末|年末|底|年底|初|中(?![央国部小东西南北外资型华医高等])|"  # (中央 is a member, 年中 no)
                        r"(?:(?:我|全|本)[国省市区县]|累计|对外贸易(?=累计|进出口))+)|"
                        r"(?:已经|已|所|均|也|都)$")


def metric_key(claim: dict, synonyms: bool = True) -> str:
    """The measured quantity, normalised: spacing, punctuation and case; the owner's name when the metric repeats it
    (腾讯营收 of 腾讯公司 is 营收); words at its edges that name nothing; synonyms made one (营收, 营业收入).
    Worked out once per claim (kept in the claim's dict)."""
    cached = claim.get("_keys")
    if cached is None:
        cached = claim["_keys"] = _metric_keys(claim)
    return cached[0] if synonyms else cached[1]


def _metric_keys(claim: dict) -> tuple[str, str]:
    key = plain(claim.get("metric"))
    owner = plain(claim.get("subject"))
    shared = 0
    while shared < min(len(key), len(owner)) and key[shared] == owner[shared]:
        shared += 1
    if shared >= 2 and len(key) - shared >= 2:
        key = key[shared:]
    key = _KEY_NOISE.sub("", key) if len(key) > 3 else key
    return canonical(key), key


def owner_key(claim: dict) -> str:
    """Who a figure is about, normalised (我国 and 全国 are one owner); a pronoun (公司, the company) names no one."""
    return owner(claim.get("subject"))


def specific(claim: dict) -> bool:
    """Whether the metric can identify a quantity on its own (not 占比, not just "rate", not a place or a group);
    with its segment, a generic name can (第一产业 增加值). Worked out once per claim (kept in the claim's dict)."""
    found = claim.get("_specific")
    if found is None:
        found = claim["_specific"] = _specific(claim)
    return found


def _specific(claim: dict) -> bool:
    key = metric_key(claim)
    if key in GENERIC_METRICS and len(plain(claim.get("segment"))) >= 2:
        return True
    ends = _FRAGMENT_ENDS if key.isascii() else _FRAGMENT_ENDS_ZH  # 微信及wechat does not end with "at"
    if len(key) < 2 or key in GENERIC_METRICS or key in _NOT_QUANTITIES or key.endswith((*ends, *_ENTITY_ENDS)):
        return False
    return not (key.isascii() is False and len(key) < 3 and key not in _SHORT_METRICS)


def same_unit(a: dict, b: dict) -> bool:
    """Same unit, for counts the same counter (家 and 款 count different things), and for physical units the same
    word (吨 and TEU differ; a load factor's seat miles and passenger miles are compared by :mod:`.defined`)."""
    return unit_key(a) == unit_key(b) and (a["unit"] != "count" or counters_agree(a, b))


def stated_twice(doc: Doc, first: dict, second: dict, why: str, a: tuple[float, float] | None = None,
                 b: tuple[float, float] | None = None) -> Relation:
    """One figure stated twice (restated), ``why`` saying where; the intervals are the figures' own unless given."""
    a, b = a or bounds(first), b or bounds(second)
    gap = distance(a, b)
    arithmetic = (f"{shown(first)} and {shown(second)} {why}: {interval_text(a)} and {interval_text(b)} "
                  f"{'do not overlap' if gap else 'overlap'}")
    return Relation(doc.name, "restated", (first, second), second.get("metric") or first.get("metric"), a, b, gap,
                    arithmetic)


def label(doc: Doc, claim: dict) -> str:
    """What names a figure as a member of a breakdown: its segment, else the words before it; for trade with a
    partner, the flow, a member of 进出口."""
    if trade_partner(claim):
        return str(claim["metric"])
    return str(claim.get("segment") or "") or label_before(doc.text, claim)


def enumeration(doc: Doc, claims: list[dict], first: int) -> list[dict]:
    """The claims listed together from ``claims[first]`` on: same unit, only list words between them."""
    listed = [claims[first]]
    for index in range(first + 1, len(claims)):  # not claims[first + 1:]: a copy of the rest for every claim
        claim = claims[index]
        if claim["unit"] != listed[-1]["unit"] or not LIST_GAP.fullmatch(doc.between(listed[-1], claim)):
            break
        listed.append(claim)
    return listed


def by_sentence(doc: Doc) -> list[list[dict]]:
    groups: dict[tuple[int, int], list[dict]] = {}
    for claim in doc.claims:
        groups.setdefault(doc.sentence(claim), []).append(claim)
    return list(groups.values())
