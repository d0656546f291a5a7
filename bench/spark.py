"""The pandas engine against the Spark engine, end to end (make bench-spark; needs pip install -e '.[spark]').

The corpus is the project's own texts (seeds/, tests/corpus/real/zh and en, tests/corpus/zh and en) repeated under
new ids until it has the characters asked for, written as one JSONL file. Each engine runs `check run`'s pipeline
(documents → claims → relations → suites; no report folder) in a fresh process, as `check run` runs it (pandas
with --jobs the cores), so that the time includes what a user waits for: importing GX, starting the JVM. The
findings, claims and relations of the two are compared.

    python -m bench.spark                      # 1M, 5M and 20M characters, local[2]
    python -m bench.spark --chars 4200000      # about 100,000 claims
    python -m bench.spark --master 'local[*]' --chars 1000000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("seeds", "tests/corpus/real/zh", "tests/corpus/real/en", "tests/corpus/zh", "tests/corpus/en")


def write_corpus(path: Path, chars: int) -> tuple[int, int]:
    """The project's texts repeated under new ids up to ``chars`` characters: (documents, characters) written."""
    from checks.documents import read_paths

    documents, _errors = read_paths([ROOT / folder for folder in FOLDERS])
    written = count = 0
    with path.open("w", encoding="utf-8") as stream:
        while written < chars:
            for document in documents:
                stream.write(json.dumps({"id": f"{count:07d}/{document.doc}", "text": document.text},
                                        ensure_ascii=False) + "\n")
                written += len(document.text)
                count += 1
                if written >= chars:
                    break
    return count, written


def one_run(engine: str, corpus: str, master: str) -> None:
    """In a fresh process: run the pipeline, print the time and a digest of what it found (JSON, one line)."""
    started = time.perf_counter()
    from checks.gate.run import run
    from checks.workers import cores

    # as `check run` runs them: pandas with --jobs the cores, Spark on the master's cores
    result = run([corpus], reports=None, engine=engine, spark_master=master, jobs=cores() if engine == "pandas" else 1)
    seconds = time.perf_counter() - started
    digest = {f"{name}_sha": hashlib.sha256(text.encode()).hexdigest()[:16] for name, text in (
        ("claims", result.table.to_csv(index=False)), ("relations", result.relations.to_csv(index=False)),
        ("findings", json.dumps([f.to_dict() for f in result.validation.findings], ensure_ascii=False)))}
    print(json.dumps({"engine": engine, "seconds": round(seconds, 1), "claims": len(result.table),
                      "relations": len(result.relations), "findings": len(result.validation.findings),
                      "exit": result.exit_status, **digest}))


def compare(chars: int, master: str) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        documents, written = write_corpus(corpus, chars)
        results = {}
        for engine in ("pandas", "spark"):
            done = subprocess.run([sys.executable, "-m", "bench.spark", "--one", engine, "--corpus", str(corpus),
                                   "--master", master], capture_output=True, text=True, cwd=ROOT)
            if done.returncode:
                raise SystemExit(f"{engine} failed on {written:,} characters:\n{done.stderr[-3000:]}")
            results[engine] = json.loads(done.stdout.strip().splitlines()[-1])
        same = all(results["pandas"][k] == results["spark"][k]
                   for k in ("claims", "relations", "findings", "exit", "claims_sha", "relations_sha", "findings_sha"))
        print(f"{written:>12,} chars {documents:>8,} docs {results['pandas']['claims']:>9,} claims "
              f"{results['pandas']['findings']:>9,} findings  pandas {results['pandas']['seconds']:>7.1f} s  "
              f"spark {results['spark']['seconds']:>7.1f} s ({master})  same: {same}", flush=True)
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, action="append", help="corpus size in characters (repeatable)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--one", choices=("pandas", "spark"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        one_run(arguments.one, arguments.corpus, arguments.master)
        return
    for chars in arguments.chars or (1_000_000, 5_000_000, 20_000_000):
        compare(chars, arguments.master)


if __name__ == "__main__":
    main()
