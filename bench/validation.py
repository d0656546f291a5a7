"""The default suites over a million claims on pandas (make bench): seconds and findings, every finding kept.

The claims and relations of the project's texts (labelled corpora and real passages, not the held-out ones) are
extracted once and repeated under new document and claim ids up to the size asked for (``--claims``, default 10^6).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from checks.claims import claims_table
from checks.documents import Document, read_paths
from checks.relations import relations_table
from checks.validate import load_suites, validate

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("tests/corpus/zh", "tests/corpus/en", "tests/corpus/real/zh", "tests/corpus/real/en")


def repeated(table: pd.DataFrame, copies: int, ids: tuple[str, ...]) -> pd.DataFrame:
    """``copies`` of a table with the columns ``ids`` (space-separated claim ids too) made unique per copy."""
    frames = []
    for copy in range(copies):
        frame = table.copy()
        for column in ids:
            frame[column] = frame[column].astype(str).str.replace(r"(\S+)", rf"\g<1>~{copy}", regex=True)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def repeated_corpus(wanted: int) -> tuple[list[Document], int, pd.DataFrame, pd.DataFrame]:
    """The project's documents, how many copies make about ``wanted`` claims, and the claims and relations tables of
    that many copies (ids suffixed ~0, ~1, …)."""
    documents, _ = read_paths([ROOT / folder for folder in FOLDERS])
    claims = claims_table(documents)
    relations = relations_table(claims, {d.doc: d.text for d in documents})
    copies = max(1, round(wanted / len(claims)))
    return (documents, copies, repeated(claims, copies, ("doc", "claim_id")),
            repeated(relations, copies, ("doc", "relation_id", "claim_ids")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    _documents, _copies, claims, relations = repeated_corpus(parser.parse_args().claims)
    suites = load_suites(ROOT / "expectations")
    validate({"claims": claims.head(100), "relations": relations.head(100)}, suites)  # GX imported and warmed
    started = time.perf_counter()
    validation = validate({"claims": claims, "relations": relations}, suites)
    seconds = time.perf_counter() - started
    unexpected = sum(o.unexpected for o in validation.outcomes)
    print(f"default suites on pandas: {len(claims):,} claims, {len(relations):,} relations: {seconds:.1f} s, "
          f"{len(validation.findings):,} findings ({unexpected:,} unexpected rows, every one returned)")


if __name__ == "__main__":
    main()
