"""`make mutate`: mutation testing of the gate's core with mutmut, and its score per module.

mutmut (configured in pyproject.toml, ``[tool.mutmut]``) copies ``checks/`` into ``mutants/`` with every mutant of
the files it may mutate; this script asks it to run only the mutants of the functions below (the gate's core), then
reads mutmut's results and prints killed / total per module, and the mutants that survived.

    python tests/mutation/run.py            # a fresh run (mutants/ is made again)
    python tests/mutation/run.py --report   # only the table of the last run
    python tests/mutation/run.py --only checks.relations.among   # one module's mutants alone
    python tests/mutation/run.py --only checks.relations.base:Relation._typed   # or one function's

Each mutant runs only the tests (of ``pytest_add_cli_args_test_selection``) that called its function, two at a time
(one per core). Equivalent mutants are listed, with the reason, in tests/mutation/SCORES.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Module → the functions mutated in it ("*": all of it). mutmut names a function's mutants
# <module>.x_<function>__mutmut_<n>, a method's <module>.xǁ<Class>ǁ<method>__mutmut_<n>.
CORE: dict[str, tuple[str, ...]] = {
    "checks.validate.backends.expectations": ("*",),  # the custom GX expectations' row conditions
    "checks.validate.findings": ("*",),  # findings, their keys, failed expectations by severity
    "checks.validate.suites": ("failing_severities",),  # which severities fail a run
    "checks.gate.verdict": ("*",),  # the exit status
    "checks.gate.baseline": ("*",),  # accepted findings: record, load, compare
    "checks.claims.intervals": ("*",),  # qualifiers and stated precision → intervals
    "checks.relations.base": ("finite", "like", "precision", "bounds", "signed", "distance", "interval_text",
                              "short", "shared_end",
                              "Relation._typed"),  # the relations' shared arithmetic; a typing error
    "checks.relations.apart": ("*",),  # how far apart two figures of one quantity are
    "checks.relations.units": ("*",),  # the word of a physical unit
    "checks.relations.moves": ("*",),  # a movement in words against its two levels
    "checks.relations.among": ("_opens", "_kinds_listed", "_near_before", "_typed_list",
                               "parts_after_among", "_named_whole"),  # parts after 其中 against the whole before it
    "checks.relations.named_kinds": ("kinds_of_a_named_whole", "_kinds_relation"),  # kinds of a whole named with 中
    "checks.relations.growth": ("judge", "_years"),  # implied change vs stated change
    "checks.relations.rounding": ("*",),  # the change two rounded levels allow
    "checks.relations.shares": ("_relation",),  # shares of one whole: their sum against 100%
    "checks.relations.parts": ("_relation",),  # parts against their total
    "checks.relations.grim": ("_grim_possible",),  # GRIM: a percentage some count of the sample can give
    "checks.relations.compound": ("*",),  # an average annual rate against the levels of two years
    "checks.relations.rates_of_parts": ("*",),  # a whole's growth rate between its parts' rates
    "checks.relations.changes_of_parts": ("*",),  # a whole's change as the sum of its parts' changes
    "checks.relations.labelled_shares": ("*",),  # shares each with its group, or each opening a clause
    "checks.relations.viewed_by": ("*",),  # a breakdown a heading announces, under the whole it names
    "checks.relations.forecast_years": ("*",),  # a forecast's years told as two lists, each rate on the year before
    "checks.relations.estimates": ("*",),  # a result said to beat (or miss) the estimate the next sentence gives
    "checks.relations.completion": ("*",),  # a completion against its target amount
    "checks.relations.quantity_names": ("*",),  # whether two names name one quantity
    "checks.relations.closes": ("*",),  # a market's move over a span against the day's close
    "checks.relations.months_to_date": ("*",),  # a month's flow against the months to date that hold it
    "checks.relations.dividends": ("*",),  # the interim and final dividends against the year's
    "checks.relations.amount_or_rate": ("*",),  # a change as an amount or a rate against its levels
    "checks.relations.averages": ("*",),  # an average per head between its members'
    "checks.relations.steps": ("*",),  # a monthly step against the month before
    "checks.relations.aggregates": ("*",),  # M0 within M1 within M2
    "checks.relations.likelier": ("*",),  # a group said more likely has the larger share
    "checks.relations.targets": ("*",),  # a figure said below or above its target
    "checks.relations.top_lists": ("*",),  # leaders listed in order; a figure ahead of rivals in brackets
    "checks.relations.day_range": ("*",),  # a day's high and low against its close
    "checks.relations.converted": ("*",),  # a figure restated in brackets in another unit, by the units' ratio
}


def patterns(only: list[str] | None = None) -> list[str]:
    """mutmut's name patterns of the selected functions; with ``only``, of those modules (or module:function) alone."""
    found = []
    for module, functions in CORE.items():
        for function in functions:
            if only is not None and module not in only and f"{module}:{function}" not in only:
                continue
            if function == "*":
                found.append(f"{module}.*")
            elif "." in function:  # a method: Class.method
                cls, method = function.split(".")
                found.append(f"{module}.x\u01c1{cls}\u01c1{method}__mutmut_*")
            else:
                found.append(f"{module}.x_{function}__mutmut_*")
    return found


def module_of(mutant: str) -> str | None:
    return next((m for m in CORE if mutant.startswith(m + ".")), None)


def results(only: list[str] | None = None) -> dict[str, str]:
    """Each selected mutant's status (killed, survived, timeout, no tests…) from mutmut's meta files."""
    import fnmatch

    from mutmut.stats import status_by_exit_code

    wanted = patterns(only)
    statuses = {}
    for meta in sorted((ROOT / "mutants" / "checks").rglob("*.meta")):
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            if any(fnmatch.fnmatch(name, p) for p in wanted):
                statuses[name] = status_by_exit_code[code]
    return statuses


def report(statuses: dict[str, str]) -> int:
    by_module: dict[str, Counter] = {m: Counter() for m in CORE if any(module_of(n) == m for n in statuses)}
    for name, status in statuses.items():
        by_module[module_of(name)][status] += 1  # type: ignore[index]
    print(f"\n{'module':45} {'killed':>7} {'total':>6} {'score':>7}  other")
    total = Counter()
    for module, counts in by_module.items():
        total.update(counts)
        n = sum(counts.values())
        killed = counts["killed"] + counts["timeout"]
        others = ", ".join(f"{s} {c}" for s, c in sorted(counts.items()) if s not in ("killed", "timeout"))
        print(f"{module:45} {killed:>7} {n:>6} {100 * killed / n if n else 0:>6.1f}%  {others}")
    n = sum(total.values())
    killed = total["killed"] + total["timeout"]
    print(f"{'all':45} {killed:>7} {n:>6} {100 * killed / n if n else 0:>6.1f}%")
    survivors = sorted(name for name, status in statuses.items() if status not in ("killed", "timeout"))
    if survivors:
        print(f"\nNot killed ({len(survivors)}; `.venv/bin/mutmut show <name>` shows one):")
        for name in survivors:
            print(f"  {statuses[name]:10} {name}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="only print the scores of the last run")
    parser.add_argument("--only", nargs="+", metavar="MODULE", help="run (or report) the mutants of these modules "
                        "alone (a module of CORE, or module:function for one of its functions)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants run at once")
    args = parser.parse_args()
    if args.only and not patterns(args.only):
        parser.error(f"nothing of CORE is named {' '.join(args.only)}")
    os.chdir(ROOT)
    if not args.report:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)  # every run from scratch: no stale results
        mutmut = Path(sys.executable).with_name("mutmut")
        started = time.monotonic()
        run = subprocess.run([str(mutmut), "run", "--max-children", str(args.jobs), *patterns(args.only)],
                             check=False)
        print(f"\nmutmut ran in {time.monotonic() - started:.0f} s (exit status {run.returncode})")
        if run.returncode not in (0, 1):
            return run.returncode
    return report(results(args.only))


if __name__ == "__main__":
    sys.exit(main())
