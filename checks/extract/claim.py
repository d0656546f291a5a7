"""The claim: one figure a text asserts, normalised; the record extraction hands to the claims table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from hashlib import blake2b

from checks.extract.records import quick_init

# Money is in ISO 4217 codes; other_currency when the currency cannot be told.
CURRENCIES = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "MOP", "KRW", "SGD", "AUD", "NZD", "CAD", "CHF", "INR",
              "RUB", "THB", "MYR", "VND", "BRL", "MXN", "ZAR", "TRY", "SEK", "NOK", "DKK", "NGN", "other_currency")
UNITS = ("percent", "pp", "count", *CURRENCIES, "day", "hour", "minute", "month", "year", "times", "other")
# ratio: a ratio to a base that may exceed 100 (coverage, completion, recovery, utilisation, margins, 1:4.8);
# share: a part of a whole, 0–100.
KINDS = ("share", "growth", "change", "level", "duration", "multiple", "rank", "ratio", "other")
QUALIFIERS = ("exact", "over", "at_least", "under", "at_most", "approx", "range")
DIRECTIONS = ("up", "down")


@quick_init
@dataclass(frozen=True)
class Claim:
    """A numeric claim. ``text == document[start:end]``; the interval is [lower, upper], None = open."""

    doc: str
    claim_id: str
    start: int
    end: int
    text: str
    sentence: str
    value: float
    unit: str
    lower: float | None
    upper: float | None
    qualifier: str
    kind: str
    direction: str | None
    projected: bool
    basis: str | None
    metric: str | None
    period: str | None
    attribution: str | None
    vague: bool = False
    # What the figure measures, beyond its metric (README "What a figure measures").
    subject: str | None = None  # who or what it is about: 公司, 全国规模以上工业企业, employers
    segment: str | None = None  # the member of a breakdown it belongs to: 线上, 第一产业, 城镇
    whole: str | None = None  # for a share or ratio: what it is a part of, when stated
    base_value: float | None = None  # for a change: the earlier level it is measured against, when stated
    base_text: str | None = None  # that level as written
    level_after: float | None = None  # for a change: the level it ends at, when stated (增长12.5%至31亿元)

    def replaced(self, **changes: object) -> Claim:
        """A copy with ``changes``: what dataclasses.replace gives, without its field-by-field __init__, which cost
        a tenth of extraction when every figure took its owner from the one before it."""
        if not changes.keys() <= _FIELD_NAMES:
            raise TypeError(f"Claim has no field {sorted(changes.keys() - _FIELD_NAMES)[0]}")
        copy = object.__new__(Claim)
        copy.__dict__.update(self.__dict__)
        copy.__dict__.update(changes)
        return copy

    def to_dict(self) -> dict[str, object]:
        # Every field is a plain value: no deep copy (dataclasses.asdict) is needed, and it costs 0.1 ms a claim. The
        # instance's own dict holds the fields in field order (set so by __init__, kept so by replaced()): a copy of
        # it is the row, five times faster than reading the fields one by one
        return dict(self.__dict__)


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
_FIELD_NAMES = frozenset(COLUMNS)

# How much text on either side of a claim identifies it. Wide enough to tell apart two equal figures in
# one document, narrow enough that an edit elsewhere leaves the id alone.
NEIGHBOURHOOD = 8


def claim_ids(doc: str, text: str, spans: Iterable[tuple[int, int, int, int]]) -> list[str]:
    """Ids for claims of one document, from the document name, the claim's text and its neighbourhood
    within its own sentence (never its offset), so that edits elsewhere in the document keep them stable.
    ``spans`` are (start, end, sentence_start, sentence_end). Claims that share all three are numbered
    in order of appearance."""
    seen: dict[str, int] = {}
    ids = []
    prefix = doc + "\x1f"
    for start, end, sentence_start, sentence_end in spans:
        # the key built in one f-string, the count kept in a plain dict (a Counter and a join cost a seed text 31
        # us of its ids, now 27)
        left = text[max(sentence_start, start - NEIGHBOURHOOD):start].strip()
        right = text[end:min(sentence_end, end + NEIGHBOURHOOD)].strip()
        digest = blake2b(f"{prefix}{left}\x1f{text[start:end]}\x1f{right}".encode(), digest_size=6).hexdigest()
        count = seen[digest] = seen.get(digest, 0) + 1
        ids.append("c" + digest if count == 1 else f"c{digest}-{count}")
    return ids
