"""Scoring extraction against hand labels (the format of seeds/*.gold.jsonl and *.neutral.jsonl).

A predicted claim matches a label when their spans overlap and value and unit agree. Precision and
recall count matches; field accuracy is measured over the matched pairs. Predictions on numerals
labelled neutral are listed; on a neutral labelled "scope" they are excused (a tool may report them).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checks.extract.claim import Claim

FIELDS = ("qualifier", "lower", "upper", "kind", "direction", "projected", "basis", "span")
EXCUSED = ("scope",)


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
            "field_accuracy": {name: None if self.accuracy(name) is None else round(self.accuracy(name), 4)
                               for name in FIELDS},
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


def _field_agrees(name: str, label: Label, claim: Claim) -> bool:
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
                result.field_total[name] += 1
                if _field_agrees(name, label, claim):
                    result.field_hits[name] += 1
                else:
                    expected = [label.start, label.end] if name == "span" else label.fields.get(name)
                    actual = [claim.start, claim.end] if name == "span" else getattr(claim, name)
                    result.field_errors.append({"doc": doc, "text": label.text, "field": name,
                                                "expected": expected, "predicted": actual})
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
