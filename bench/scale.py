"""`check run` and `check extract` at scale, as a user runs them (make bench): wall time and peak memory.

- Start-up: `check --help` (target < 0.3 s) and `check run seeds/` against the time of importing Great Expectations
  alone (target: within the import + 1.5 s); best of five.
- A megabyte of figures with no sentence break (the pathological input of a red-team pass): under 10 s and 1 GB;
  and a megabyte of shares the same way (the relations that sum a sentence's shares must stay linear), of figures
  compared with earlier times and rates a year (a figure's period and levels are looked for nearby), and of totals
  with their parts (the relations that look for a part's whole must read a bounded stretch of its paragraph).
- A corpus of the project's texts (the labelled corpora and the real passages, not the held-out ones) repeated
  under new ids to 2M characters: `check run` with one process and with all cores, and the size of index.html.
- `check extract` over 5M characters with --jobs 1 and --jobs 2: the speed-up, and whether the bytes are the same.

`python -m bench.scale --large` adds a 20M-character `check run`. Peak memory is the largest resident set of one
process (workers are measured separately from the main process, not summed).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK = str(Path(sys.executable).with_name("check"))
FOLDERS = ("tests/corpus/zh", "tests/corpus/en", "tests/corpus/real/zh", "tests/corpus/real/en")


def corpus(characters: int, path: Path) -> tuple[int, int]:
    """A JSONL corpus of the project's texts repeated under new ids; (documents, characters)."""
    texts = [p.read_text("utf-8") for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.txt"))]
    count = size = 0
    with path.open("w", encoding="utf-8") as stream:
        while size < characters:
            for text in texts:
                stream.write(json.dumps({"id": f"d{count:07d}", "text": text}, ensure_ascii=False) + "\n")
                count, size = count + 1, size + len(text)
                if size >= characters:
                    break
    return count, size


def timed(arguments: list[str], cwd: Path) -> tuple[float, float, bytes]:
    """Wall seconds, peak resident MB and standard output of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(arguments, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read() if process.stdout else b""
    _pid, _status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, output


def best_of(arguments: list[str], cwd: Path, rounds: int = 5) -> float:
    return min(timed(arguments, cwd)[0] for _ in range(rounds))


def startup(work: Path) -> None:
    """`check --help`, importing GX alone, and `check run seeds/`."""
    importer = work / "import_gx.py"  # a script with a file name: pyspark exits silently under `python -c`
    importer.write_text("import great_expectations\n", encoding="utf-8")
    helping = best_of([CHECK, "--help"], work)
    importing = best_of([sys.executable, str(importer)], work)
    running = best_of([CHECK, "run", str(ROOT / "seeds"), "--reports", "r-seeds"], work)
    print(f"{'(none)':<44}{'check --help':<22}{helping:>9.2f}{'':>9}  target < 0.3 s")
    print(f"{'(none)':<44}{'import great_expectations':<22}{importing:>9.2f}")
    print(f"{'seeds/':<44}{'run':<22}{running:>9.2f}{'':>9}  {running - importing:+.2f} s over the import, "
          f"target < +1.5 s")


def _run_on(work: Path, name: str, unit: str, label: str) -> None:
    """`check run` (all cores) over a megabyte of ``unit`` repeated with no sentence break: time and peak memory."""
    folder = work / name
    folder.mkdir()
    (folder / "run-on.txt").write_text(unit * (1_000_000 // len(unit.encode("utf-8"))), encoding="utf-8")
    seconds, peak, _ = timed([CHECK, "run", name, "--reports", f"r-{name}"], work)
    print(f"{label:<44}{'run (all cores)':<22}{seconds:>9.1f}{peak:>9.0f}")


def main() -> None:
    large = "--large" in sys.argv
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "expectations").symlink_to(ROOT / "expectations")
        print(f"`check run` and `check extract` at scale ({os.cpu_count()} cores)")
        print(f"{'input':<44}{'command':<22}{'seconds':>9}{'peak MB':>9}  notes")
        startup(work)

        dense = work / "dense"
        dense.mkdir()
        (dense / "run-on.txt").write_text("营收增长5%，" * (1_000_000 // 19), encoding="utf-8")  # ≈1 MB of UTF-8
        for flag in (["--jobs", "1"], []):
            seconds, peak, _ = timed([CHECK, "run", "dense", "--reports", "r-dense", *flag], work)
            print(f"{'1 MB of figures, no sentence break':<44}{'run ' + (' '.join(flag) or '(all cores)'):<22}"
                  f"{seconds:>9.1f}{peak:>9.0f}  target < 10 s, < 1,000 MB")
        # shares run on too: the relations that sum the shares of a sentence must stay linear in it; and a breakdown,
        # a total, its part and the part's share over and over in one paragraph (the relations that look for a
        # part's whole and siblings must read a bounded stretch of it, not the whole paragraph)
        _run_on(work, "shares", "对公共交通的满意度为36%，评价一般的占35%，", "1 MB of shares, no sentence break")
        _run_on(work, "parts", "全国社会消费品零售总额5000亿元，其中，除汽车以外的消费品零售额3000亿元，占35%，",
                "1 MB of totals and parts, no sentence break")
        # every figure compared with an earlier time, and compound rates: a figure's period and its two levels are
        # looked for among a bounded number of those before it, not through the whole sentence
        _run_on(work, "bases", "比上年同期的3.1亿元下降2%，从2003年的212万人增长到2021年的909万人，年均增长8.4%，",
                "1 MB of bases and rates a year, no sentence break")
        _run_on(work, "english", "Revenue rose 5% to $3.1 billion from $2.9 billion in 2019, up from 4% a year "
                                 "earlier, ", "1 MB of English changes, no sentence break")
        # a month's step looks for the month before among the figures near it, not through the whole sentence
        _run_on(work, "months", "imports rose 1.6 percent to $253.9 billion in January, ",
                "1 MB of monthly levels, no sentence break")
        # a market's day over and over: the words of place (最高, 最低) read their clause near them, not the sentence
        _run_on(work, "indexes", "沪指开盘3102.45点，最高3128.77点，最低3096.50点，收于3115.62点，成交4183.5亿元，",
                "1 MB of index days, no sentence break")

        for characters, jobs in ((2_000_000, (1, 0)), *(((20_000_000, (0,)),) if large else ())):
            path = work / f"c{characters}.jsonl"
            documents, size = corpus(characters, path)
            for job in jobs:
                flag = ["--jobs", str(job)] if job else []
                seconds, peak, _ = timed([CHECK, "run", path.name, "--reports", "r", *flag], work)
                html = (work / "r" / "index.html").stat().st_size / 1e6
                name = f"{size / 1e6:.0f}M chars, {documents:,} documents"
                print(f"{name:<44}{'run ' + (' '.join(flag) or '(all cores)'):<22}{seconds:>9.1f}{peak:>9.0f}  "
                      f"index.html {html:.1f} MB")

        path = work / "c5m.jsonl"
        documents, size = corpus(5_000_000, path)
        digests, times = [], []
        for job in (1, 2):
            seconds, peak, output = timed([CHECK, "extract", path.name, "--format", "jsonl", "--jobs", str(job)],
                                          work)
            digests.append(hashlib.sha256(output).hexdigest())
            times.append(seconds)
            print(f"{f'{size / 1e6:.0f}M chars, {documents:,} documents':<44}{f'extract --jobs {job}':<22}"
                  f"{seconds:>9.1f}{peak:>9.0f}  {len(output) / 1e6:.0f} MB of JSONL")
        print(f"--jobs 2 is {times[0] / times[1]:.2f}x --jobs 1; same bytes: {digests[0] == digests[1]}")


if __name__ == "__main__":
    main()
