"""Scoring extraction against hand labels (the format of seeds/*.gold.jsonl and *.neutral.jsonl).

A predicted claim matches a label when their spans overlap and value and unit agree. Precision and
recall count matches; field accuracy is measured over the matched pairs. Predictions on numerals
labelled neutral are listed; on a neutral labelled "scope" they are excused (a tool may report them).

Labels of the real corpus (tests/corpus/real/LABELLING.md) also say what a figure measures; those fields are
scored where a label carries them: subject, segment, whole and source as normalised text (one containing the
other counts); ``metric`` exactly (the label's metric or one of its ``metric_aliases``) and ``metric_id``,
whether the metric identifies the same quantity once subject, segment and spacing are set aside (a share's part and
whole, read into two columns, name the share a label writes in one: 非公有制经济增加值 of GDP is
非公有制经济增加值占GDP的比重, and in English coal of power is "coal share of power" or "coal's share of power"; a
label "share of consumer spending", whose part is its subject or segment, is named by a whole of consumer spending
and a metric naming the part, not the whole again); base_value
and level_after as numbers; ``attributed_source`` is source over the figures whose label names one (is the
source found where the text gives one). Fields that are mostly empty (segment, whole, base_value, level_after) are
scored over the matched claims where the label or the prediction states one.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checks.claims.sources import source_of
from checks.extract.claim import Claim

CLAIM_FIELDS = ("qualifier", "lower", "upper", "kind", "direction", "projected", "basis", "span")
MEASURE_FIELDS = ("subject", "metric", "metric_id", "segment", "whole", "base_value", "level_after", "source",
                  "attributed_source")
FIELDS = (*CLAIM_FIELDS, *MEASURE_FIELDS)
SPARSE = ("segment", "whole", "base_value", "level_after")  # scored where the label or the prediction states one
EXCUSED = ("scope",)
_PLAIN = re.compile(r"[\s，,。：:“”\"'、（）()《》<>·.\-]")


class LabelError(ValueError):
    """A label file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Label:
    doc: str
    start: int
    end: int
    text: str
    fields: dict[str, object]


@dataclass
class Score:
    """The outcome of an evaluation; ``misses`` and ``false_hits`` list what went wrong."""

    documents: int = 0
    labels: int = 0
    predictions: int = 0
    matched: int = 0
    excused: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    field_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[dict[str, object]] = field(default_factory=list)
    false_hits: list[dict[str, object]] = field(default_factory=list)
    field_errors: list[dict[str, object]] = field(default_factory=list)
    neutral_hits: list[dict[str, object]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        counted = self.predictions - self.excused
        return self.matched / counted if counted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        total = self.field_total[name]
        return self.field_hits[name] / total if total else None

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents, "labels": self.labels, "predictions": self.predictions,
            "matched": self.matched, "excused": self.excused,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "field_accuracy": {name: round(self.field_hits[name] / self.field_total[name], 4)
                               for name in FIELDS if self.field_total[name]},
            "misses": self.misses, "false_hits": self.false_hits, "neutral_hits": self.neutral_hits,
            "field_errors": self.field_errors,
        }


def read_labels(path: str | Path) -> list[Label]:
    """Labels from a JSONL file: one object a line with at least doc, start, end and text."""
    labels = []
    source = Path(path)
    try:
        lines = [line.removesuffix("\r") for line in source.read_text(encoding="utf-8-sig").split("\n")]
    except (OSError, UnicodeDecodeError) as error:
        raise LabelError(f"{source}: cannot read labels ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            labels.append(Label(str(record["doc"]), int(record["start"]), int(record["end"]), str(record["text"]),
                                record))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise LabelError(f"{source}:{number}: not a label ({error})") from None
    return labels


def _same_number(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)


def _agrees_with_label(label_value: object, predicted: object) -> bool:
    """A predicted value agrees with a label written to k decimals when it rounds to it (33.33 vs 33.3333)."""
    if _same_number(label_value, predicted):
        return True
    if not isinstance(label_value, float) or predicted is None:
        return False
    decimals = len(repr(label_value).partition(".")[2])
    return abs(float(predicted) - label_value) <= 0.5 * 10 ** -decimals + 1e-12  # type: ignore[arg-type]


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _plain(text: object) -> str:
    return _PLAIN.sub("", str(text or "")).lower()


def _same_text(expected: object, actual: object) -> bool:
    """Equal once spacing and punctuation are gone, or one contains the other (公司 in 该公司), or one is the other's
    initials (BLS, the U.S. Bureau of Labor Statistics)."""
    a, b = _plain(expected), _plain(actual)
    if not a or not b:
        return not a and not b
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a)) or _initials(expected, actual)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def _initials(one: object, other: object) -> bool:
    """Whether one name is an acronym (three or more capitals) of the other's capitalised words."""
    for short, long in ((str(one or ""), str(other or "")), (str(other or ""), str(one or ""))):
        if re.fullmatch(r"[A-Z]{3,}", short.strip()) and short.strip() in "".join(
                word[0] for word in _CAPITALISED.findall(long)):
            return True
    return False


def _core(metric: object, noise: Iterable[object]) -> str:
    """A metric with the subject and segment words taken out: what is left names the quantity."""
    text = _plain(metric)
    for word in sorted({_plain(n) for n in noise if _plain(n)}, key=len, reverse=True):
        if word != text:
            text = text.replace(word, "")
    return text


def _identifies(label: Label, claim: Claim) -> bool:
    """Whether the predicted metric names the labelled quantity (subject and segment words aside)."""
    gold = label.fields
    names = [gold.get("metric"), *(gold.get("metric_aliases") or [])]
    if not any(_plain(n) for n in names):
        return not _plain(claim.metric)
    said = _plain(f"{gold.get('subject') or ''}{gold.get('segment') or ''}")
    if said and _plain(f"{claim.subject or ''}{claim.segment or ''}{claim.metric or ''}") in {
            said + _plain(name) for name in names if _plain(name)}:
        return True  # 中国|智能手机市场出货量 and 中国智能手机市场|出货量 name one quantity
    noise = (gold.get("subject"), gold.get("segment"), claim.subject, claim.segment)
    predicted = {_core(claim.metric, noise), _core(f"{claim.segment or ''}{claim.metric or ''}", noise)}
    if any(_core(name, noise) in predicted for name in names if _plain(name)) and bool(predicted - {""}):
        return True
    if claim.kind in ("share", "ratio") and claim.whole and claim.metric:
        # the part and its whole in two columns name the share the label writes in one (X占GDP的比重)
        share = _share_name(_core(f"{claim.metric}占{claim.whole}的比重", noise))
        if any(_share_name(_core(name, noise)) == share for name in names if _plain(name)):
            return True
        return _english_share(names, claim, noise)
    return False


_ENGLISH_SHARE = re.compile(r"^(?P<part>.*?)(?:['’]s)?\s*\bshare\s+of\s+(?:the\s+|all\s+)?(?P<whole>.+)$",
                            re.IGNORECASE)


def _english_share(names: list[object], claim: Claim, noise: Iterable[object]) -> bool:
    """Whether an English share label ("coal share of power", "coal's share of power", "share of consumer
    spending") names the share whose part and whole the prediction reads into metric and whole: the same whole,
    and the same part where the label names one (where it names none, the part is the label's subject or segment,
    and the predicted metric must name a part, not repeat the whole)."""
    whole = _plain(re.sub(r"^(?:the|all)\s+", "", str(claim.whole), flags=re.IGNORECASE))
    for name in names:
        found = _ENGLISH_SHARE.match(str(name or "").strip())
        if found is None or _plain(found.group("whole")) != whole:
            continue
        part = _core(found.group("part"), noise)
        if part and part == _core(claim.metric, noise):
            return True
        if not _plain(found.group("part")) and _plain(claim.metric) != whole:
            return True
    return False


def _share_name(name: str) -> str:
    """A share's name with its particles dropped and its noun made one (占GDP的比重, 占GDP比例: 占GDP比重)."""
    return re.sub(r"(?:比重|比例|占比|份额)$", "比重", re.sub(r"[的所]", "", name))


def _measure_agrees(name: str, label: Label, claim: Claim) -> bool:
    gold = label.fields
    if name == "metric":
        return any(_plain(n) == _plain(claim.metric) for n in [gold.get("metric"), *(gold.get("metric_aliases") or [])])
    if name == "metric_id":
        return _identifies(label, claim)
    if name in ("source", "attributed_source"):
        return _same_text(gold.get("source"), source_of(claim.attribution))
    if name in ("base_value", "level_after"):
        return _agrees_with_label(gold.get(name), getattr(claim, name))
    return _same_text(gold.get(name), getattr(claim, name))


def _scored(name: str, label: Label, claim: Claim) -> bool:
    """Whether a field counts for this pair: measure fields only where the label says what it measures, sparse
    fields only where the label or the prediction states one."""
    if name not in MEASURE_FIELDS:
        return True
    if "metric" not in label.fields:
        return False
    if name in SPARSE:
        return label.fields.get(name) not in (None, "") or getattr(claim, name) not in (None, "")
    if name == "attributed_source":  # the figures the text attributes to someone: is the source found?
        return label.fields.get("source") not in (None, "")
    return True


def _predicted(name: str, claim: Claim) -> object:
    if name == "span":
        return [claim.start, claim.end]
    if name == "metric_id":
        return [claim.subject, claim.segment, claim.metric]
    if name in ("source", "attributed_source"):
        return source_of(claim.attribution)
    return getattr(claim, name)


def _field_agrees(name: str, label: Label, claim: Claim) -> bool:
    if name in MEASURE_FIELDS:
        return _measure_agrees(name, label, claim)
    if name == "span":
        return (label.start, label.end) == (claim.start, claim.end)
    expected = label.fields.get(name)
    actual = getattr(claim, name)
    if name in ("lower", "upper"):
        return _agrees_with_label(expected, actual)
    if name == "projected":
        return bool(expected) == bool(actual)
    return (expected or None) == (actual or None)


def score(gold: Iterable[Label], predicted: Iterable[Claim], neutral: Iterable[Label] = (),
          documents: Iterable[str] = ()) -> Score:
    """Compare predictions with gold labels (and neutral numerals) document by document."""
    result = Score()
    gold_by_doc: dict[str, list[Label]] = defaultdict(list)
    for label in gold:
        gold_by_doc[label.doc].append(label)
    claims_by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in predicted:
        claims_by_doc[claim.doc].append(claim)
    neutral_by_doc: dict[str, list[Label]] = defaultdict(list)
    for label in neutral:
        neutral_by_doc[label.doc].append(label)
    docs = sorted(set(documents) | set(gold_by_doc))
    result.documents = len(docs)
    for doc in docs:
        labels, claims = gold_by_doc.get(doc, []), claims_by_doc.get(doc, [])
        result.labels += len(labels)
        result.predictions += len(claims)
        used: set[int] = set()
        for label in labels:
            match = next((i for i, claim in enumerate(claims) if i not in used
                          and _overlaps(label.start, label.end, claim.start, claim.end)
                          and _agrees_with_label(label.fields.get("value"), claim.value)
                          and label.fields.get("unit") == claim.unit), None)
            if match is None:
                near = [c for c in claims if _overlaps(label.start, label.end, c.start, c.end)]
                result.misses.append({
                    "doc": doc, "start": label.start, "end": label.end, "text": label.text,
                    "value": label.fields.get("value"), "unit": label.fields.get("unit"),
                    "predicted": [{"text": c.text, "value": c.value, "unit": c.unit} for c in near]})
                continue
            used.add(match)
            result.matched += 1
            claim = claims[match]
            for name in FIELDS:
                if not _scored(name, label, claim):
                    continue
                result.field_total[name] += 1
                if _field_agrees(name, label, claim):
                    result.field_hits[name] += 1
                else:
                    expected = [label.start, label.end] if name == "span" else (
                        [label.fields.get("subject"), label.fields.get("segment"), label.fields.get("metric")]
                        if name == "metric_id" else label.fields.get("source") if name == "attributed_source"
                        else label.fields.get(name))
                    result.field_errors.append({"doc": doc, "text": label.text, "field": name,
                                                "expected": expected, "predicted": _predicted(name, claim)})
        for i, claim in enumerate(claims):
            if i in used:
                continue
            hit = next((n for n in neutral_by_doc.get(doc, [])
                        if _overlaps(n.start, n.end, claim.start, claim.end)), None)
            why = None if hit is None else str(hit.fields.get("why"))
            if why in EXCUSED:
                result.excused += 1
                continue
            entry = {"doc": doc, "start": claim.start, "end": claim.end, "text": claim.text, "value": claim.value,
                     "unit": claim.unit, "neutral": why}
            result.false_hits.append(entry)
            if hit is not None:
                result.neutral_hits.append(entry)
    return result
