"""Reference data: evidence tables that confirm or contradict claims.

An evidence table is a CSV or Parquet file with the columns metric, value, unit, period and, optionally,
doc, lower, upper, source, url, retrieved and tolerance. A claim is matched to evidence rows by explicit
keys where a row gives them (doc and metric), otherwise by a transparent phrase match: the row's unit equals
the claim's, its metric phrase appears in the claim's metric or sentence, and its period (if any) appears in
the claim's period or sentence. The claim's interval, widened by the tolerance, is then compared with the
evidence value (or interval). The default tolerance is the claim's stated precision: 23% allows 22.5–23.5.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from checks.claims.intervals import claim_interval, stated_precision

REQUIRED = ("metric", "value", "unit", "period")
OPTIONAL = ("doc", "lower", "upper", "source", "url", "retrieved", "tolerance")
SUFFIXES = (".csv", ".parquet")
STATUSES = ("supported", "contradicted", "unsupported", "unverifiable")


class EvidenceError(ValueError):
    """An evidence file that cannot be used; the message names the file (and row)."""


@dataclass(frozen=True)
class EvidenceRow:
    file: str
    row: int  # 1-based data row (CSV line = row + 1)
    metric: str
    value: float
    unit: str
    period: str
    doc: str | None = None
    lower: float | None = None
    upper: float | None = None
    source: str | None = None
    url: str | None = None
    retrieved: str | None = None
    tolerance: float | None = None

    @property
    def interval(self) -> tuple[float, float]:
        low = self.lower if self.lower is not None else self.value
        high = self.upper if self.upper is not None else self.value
        return low, high


def evidence_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> list[Path]:
    """The evidence tables that live among the documents: *.csv and *.parquet in the folders given, not in the
    folders of ``exclude`` (a reports folder inside the documents holds our own CSV files, not evidence)."""
    skipped = [Path(path).resolve() for path in exclude]
    found: list[Path] = []
    for path in paths:
        location = Path(path)
        if location.is_dir():
            found.extend(sorted(p for p in location.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                                and not any(part.startswith(".") for part in p.relative_to(location).parts)
                                and not any(p.resolve().is_relative_to(folder) for folder in skipped)
                                and not _in_reports_folder(p, location)))
    return found


def _in_reports_folder(path: Path, top: Path) -> bool:
    """Whether a file lies in a reports folder of an earlier run (marked by its .checks-reports file)."""
    from checks.documents.read import REPORTS_MARKER

    return any((folder / REPORTS_MARKER).exists() for folder in path.parents if folder.is_relative_to(top))


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _number(value: object, file: str, row: int, column: str, required: bool = False) -> float | None:
    value = _cell(value)
    if value is None:
        if required:
            raise EvidenceError(f"{file}: row {row}: column {column!r} is empty")
        return None
    try:
        number = float(str(value).replace(",", "")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise EvidenceError(f"{file}: row {row}: {column} {value!r} is not a number") from None
    if math.isnan(number):
        raise EvidenceError(f"{file}: row {row}: {column} is not a number")
    return number


def read_evidence(path: str | Path) -> list[EvidenceRow]:
    """Rows of one evidence file. Raises :class:`EvidenceError` for a missing, unreadable or malformed file."""
    file = Path(path)
    name = str(file)
    if not file.is_file():
        raise EvidenceError(f"{name}: no such evidence file")
    try:
        if file.suffix.lower() == ".parquet":
            frame = pd.read_parquet(file)
        else:
            frame = pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise EvidenceError(f"{name}: cannot read evidence ({str(error).splitlines()[0]})") from None
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise EvidenceError(f"{name}: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                            f"(evidence needs {', '.join(REQUIRED)})")
    rows = []
    for index, record in enumerate(frame.to_dict(orient="records"), start=1):
        metric = _cell(record.get("metric"))
        unit = _cell(record.get("unit"))
        if metric is None or unit is None:
            raise EvidenceError(f"{name}: row {index}: metric and unit are required")
        rows.append(EvidenceRow(
            file=name, row=index, metric=str(metric).strip(), unit=str(unit).strip(),
            value=_number(record.get("value"), name, index, "value", required=True),  # type: ignore[arg-type]
            period=str(_cell(record.get("period")) or "").strip(),
            doc=_text(record.get("doc")), lower=_number(record.get("lower"), name, index, "lower"),
            upper=_number(record.get("upper"), name, index, "upper"), source=_text(record.get("source")),
            url=_text(record.get("url")), retrieved=_text(record.get("retrieved")),
            tolerance=_number(record.get("tolerance"), name, index, "tolerance")))
    return rows


def _text(value: object) -> str | None:
    value = _cell(value)
    return None if value is None else str(value).strip()


def _normalise(text: str | None) -> str:
    return re.sub(r"[\s，,。：:“”\"'、（）()]", "", text or "").lower()


def match(row: dict[str, object], evidence: list[EvidenceRow]) -> EvidenceRow | None:
    """The evidence row for a claim: by doc and metric where the row names a doc, else by phrase, unit, period."""
    metric = _normalise(row.get("metric"))  # type: ignore[arg-type]
    sentence = _normalise(row.get("sentence"))  # type: ignore[arg-type]
    period = _normalise(row.get("period"))  # type: ignore[arg-type]
    best: tuple[int, EvidenceRow] | None = None
    for candidate in evidence:
        if candidate.unit != row.get("unit"):
            continue
        wanted = _normalise(candidate.metric)
        if candidate.doc is not None:  # explicit keys: this document, this metric
            if candidate.doc != row.get("doc") or not wanted or (wanted != metric and wanted not in metric):
                continue
            score = 1000 + len(wanted)
        else:
            if not wanted or (wanted not in metric and wanted not in sentence):
                continue
            when = _normalise(candidate.period)
            if when and when not in period and when not in sentence:
                continue
            score = len(wanted) + (10 if wanted in metric else 0) + (5 if when else 0)
        if best is None or score > best[0]:
            best = (score, candidate)
    return None if best is None else best[1]


def judge(row: dict[str, object], evidence: list[EvidenceRow]) -> dict[str, object]:
    """The support columns of one claim: status, the evidence row used and the difference."""
    blank = {"support_status": "unsupported", "evidence_value": None, "evidence_source": None, "evidence_url": None,
             "evidence_ref": None, "evidence_difference": None}
    if row.get("projected"):
        return {**blank, "support_status": "unverifiable"}
    found = match(row, evidence)
    if found is None:
        return blank
    tolerance = found.tolerance if found.tolerance is not None else stated_precision(
        str(row.get("text", "")), float(row["value"]))  # type: ignore[arg-type]
    low, high = claim_interval(row, tolerance)
    evidence_low, evidence_high = found.interval
    agrees = evidence_low <= high and low <= evidence_high
    difference = float(row["value"]) - found.value  # type: ignore[arg-type]
    return {"support_status": "supported" if agrees else "contradicted", "evidence_value": found.value,
            "evidence_source": found.source, "evidence_url": found.url,
            "evidence_ref": f"{found.file}:{found.row}", "evidence_difference": round(difference, 9)}


SUPPORT_COLUMNS = ("support_status", "evidence_value", "evidence_source", "evidence_url", "evidence_ref",
                   "evidence_difference")
