"""Extraction throughput in characters per second on one core (make bench).

Five corpora of at least 5 MB each: a generated Chinese corpus at the figure density of a press release, the
labelled corpus of tests/corpus/zh repeated (dense: every sentence carries figures), the seed repeated, generated
English news (about 5 claims per 1,000 characters) and the real English passages of tests/corpus/real/en repeated
(dense: chosen for their figures). Each is measured as a bare regular-expression scan for numbers, the claim
scanner alone, and full extraction with claim assembly. Best of three runs, wall time of one process.

A repeated corpus flatters any cache keyed by a sentence or a gap, since its second copy is read from the cache. The
last row therefore reads every real Chinese passage (about 900 distinct texts, 0.5M characters) once, after the other
corpora have warmed the patterns: the rate an archive of texts never seen before would get.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import generate
from checks.extract import extract, mentions

ROOT = Path(__file__).resolve().parents[1]
MIN_BYTES = 5_000_000
BARE = re.compile(r"\d+(?:\.\d+)?%?|[零〇一二三四五六七八九十百千万亿两]+")


def _repeat(texts: list[str], min_bytes: int) -> list[str]:
    out, size = [], 0
    while size < min_bytes:
        for text in texts:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def _texts(folder: str) -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / folder).glob("*.txt"))]


def _best(run: Callable[[], int], rounds: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(rounds):
        started = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - started)
    return best, found


def measure(name: str, documents: list[str], rounds: int = 3) -> list[tuple[str, str, float, int]]:
    chars = sum(map(len, documents))
    rows = []
    for stage, run in (
        ("bare regex scan", lambda: sum(1 for d in documents for _ in BARE.finditer(d))),
        ("claim scanner", lambda: sum(len(mentions(d)) for d in documents)),
        ("extract (with assembly)", lambda: sum(len(extract(d, "d")) for d in documents)),
    ):
        seconds, found = _best(run, rounds)
        rows.append((name, stage, chars / seconds, found))
    return rows


def main() -> None:
    corpora = {
        "generated news": generate(MIN_BYTES),
        "labelled corpus x N": _repeat([p.read_text("utf-8") for p in sorted((ROOT / "tests/corpus/zh").glob("*.txt"))],
                                       MIN_BYTES),
        "seed x N": _repeat([p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))], MIN_BYTES),
        "generated English news": generate(MIN_BYTES, lang="en"),
        "English real x N": _repeat(_texts("tests/corpus/real/en"), MIN_BYTES),
    }
    distinct = [p.read_text("utf-8") for p in sorted((ROOT / "tests/corpus/real").rglob("zh_*.txt"))]
    print(f"python {sys.version.split()[0]}, one process, best of 3 (the last row: one run)")
    print(f"{'corpus':<22}{'MB':>6}{'chars':>11}{'claims/1k':>10}  {'stage':<26}{'chars/s':>12}{'found':>9}")
    runs = [(name, documents, 3) for name, documents in corpora.items()] + [("Chinese real, once", distinct, 1)]
    for name, documents, rounds in runs:
        megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
        chars = sum(map(len, documents))
        rows = measure(name, documents, rounds)
        density = rows[-1][3] / chars * 1000
        for _, stage, rate, found in rows:
            print(f"{name:<22}{megabytes:>6.1f}{chars:>11,}{density:>10.1f}  {stage:<26}{rate:>12,.0f}{found:>9,}")


if __name__ == "__main__":
    main()
