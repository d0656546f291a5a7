"""Reference data: evidence tables that confirm or contradict claims.

An evidence table is a CSV or Parquet file with the columns metric, value, unit, period and, optionally,
doc, lower, upper, source, url, retrieved and tolerance. A claim is matched to evidence rows by explicit
keys where a row gives them (doc and metric), otherwise by a transparent phrase match: the row's unit equals
the claim's, its metric phrase appears in the claim's metric or sentence, and its period (if any) appears in
the claim's period or sentence. The claim's interval, widened by the tolerance, is then compared with the
evidence value (or interval). The default tolerance is the claim's stated precision: 23% allows 22.5–23.5.
"""

from __future__ import annotations

import io
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
# Evidence may come from a pull request: a table larger than this is refused rather than read into memory.
MAX_EVIDENCE_BYTES = 200_000_000
# 1,234,567.8 is a number with thousands separators; 5,2 (a decimal comma?) is ambiguous and refused.
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
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
    where = f"{file}: row {row}: {column} {str(value)[:40]!r}"
    if isinstance(value, str):
        value = value.strip()
        if "," in value:
            if not _GROUPED.fullmatch(value):
                raise EvidenceError(f"{where} is ambiguous: commas are read only as thousands separators "
                                    "(1,234.5); write decimals with a point")
            value = value.replace(",", "")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise EvidenceError(f"{where} is not a number") from None
    if not math.isfinite(number):
        raise EvidenceError(f"{where} is not a finite number")
    return number


def _frame(file: Path) -> pd.DataFrame:
    """The table of an evidence file; CSV bytes are decoded as documents are (BOM, UTF-8, GB18030)."""
    from checks.documents.decode import UndecodableError, decode

    size = file.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise EvidenceError(f"{file}: larger than {MAX_EVIDENCE_BYTES // 1_000_000} MB; not read")
    try:
        if file.suffix.lower() == ".parquet":
            return pd.read_parquet(file)
        text, _encoding = decode(file.read_bytes())
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except UndecodableError as error:
        raise EvidenceError(f"{file}: cannot read evidence ({error})") from None
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise EvidenceError(f"{file}: cannot read evidence ({str(error).splitlines()[0]})") from None


def _columns(frame: pd.DataFrame, name: str) -> list[str]:
    """Column names as the matching reads them (trimmed, lower case); two columns that read alike are refused."""
    columns = [str(c).strip().lower() for c in frame.columns]
    seen: dict[str, str] = {}
    for original, column in zip(frame.columns, columns, strict=True):
        if column in seen:
            raise EvidenceError(f"{name}: columns {seen[column]!r} and {str(original)!r} both read as {column!r}; "
                                "keep one")
        seen[column] = str(original)
    return columns


def _checked_bounds(row: EvidenceRow) -> EvidenceRow:
    where = f"{row.file}: row {row.row}"
    if row.tolerance is not None and row.tolerance < 0:
        raise EvidenceError(f"{where}: tolerance {row.tolerance:g} is negative")
    if row.lower is not None and row.upper is not None and row.lower > row.upper:
        raise EvidenceError(f"{where}: lower {row.lower:g} is above upper {row.upper:g}")
    if (row.lower is not None and row.value < row.lower) or (row.upper is not None and row.value > row.upper):
        raise EvidenceError(f"{where}: value {row.value:g} lies outside its lower..upper bounds")
    return row


def read_evidence(path: str | Path) -> list[EvidenceRow]:
    """Rows of one evidence file. Raises :class:`EvidenceError` for a missing, unreadable or malformed file."""
    file = Path(path)
    name = str(file)
    if not file.is_file():
        raise EvidenceError(f"{name}: no such evidence file")
    frame = _frame(file)
    frame.columns = _columns(frame, name)
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
        rows.append(_checked_bounds(EvidenceRow(
            file=name, row=index, metric=str(metric).strip(), unit=str(unit).strip(),
            value=_number(record.get("value"), name, index, "value", required=True),  # type: ignore[arg-type]
            period=str(_cell(record.get("period")) or "").strip(),
            doc=_text(record.get("doc")), lower=_number(record.get("lower"), name, index, "lower"),
            upper=_number(record.get("upper"), name, index, "upper"), source=_text(record.get("source")),
            url=_text(record.get("url")), retrieved=_text(record.get("retrieved")),
            tolerance=_number(record.get("tolerance"), name, index, "tolerance"))))
    return rows


def _text(value: object) -> str | None:
    value = _cell(value)
    return None if value is None else str(value).strip()


def _normalise(text: str | None) -> str:
    return re.sub(r"[\s，,。：:“”\"'、（）()]", "", text or "").lower()


def match(row: dict[str, object], evidence: list[EvidenceRow]) -> EvidenceRow | None:
    """The evidence row for a claim: by doc and metric where the row names a doc, else by phrase, unit, period."""
    if not evidence:
        return None
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
