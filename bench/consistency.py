"""Precision and recall of the checks across claims on texts with planted errors and clean controls.

tests/corpus/consistency/manifest.jsonl names, for each text, the inconsistency planted in it (or none) and the
figures involved. A planted error is found when a flagged relation of its type involves at least two of its
figures. Every other flagged relation is a false alarm.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checks.claims import claims_table
from checks.documents import read_paths
from checks.relations import RELATIONS, relations_table

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "consistency"
# Written after the rules were tuned on CORPUS, by someone who saw neither: the figures to quote.
HOLDOUT = ROOT / "tests" / "corpus" / "consistency_holdout"
SEVERITY = {"percent_vs_pp": "warning", "grim": "warning"}


@dataclass
class ConsistencyScore:
    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    flagged: int = 0
    true_flags: int = 0
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    clean_texts: int = 0
    clean_with_critical: int = 0

    @property
    def precision(self) -> float:
        return self.true_flags / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        total = sum(self.planted.values())
        return sum(self.found.values()) / total if total else 1.0


def measure(corpus: Path = CORPUS) -> ConsistencyScore:
    """Score the relations found in ``corpus`` against its manifest."""
    manifest = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text("utf-8").splitlines() if line]
    documents, errors = read_paths([corpus])
    if errors:
        raise SystemExit(f"consistency corpus: {errors[0]}")
    frame = relations_table(claims_table(documents), {d.doc: d.text for d in documents})
    flagged = frame[(frame["gap"] > 0) | frame["mixed"] | ~frame["possible"]]
    score = ConsistencyScore()
    for entry in manifest:
        rows = flagged[flagged["doc"] == entry["doc"]]
        planted = entry.get("planted")
        matched = set()
        if planted:
            score.planted[planted] += 1
            figures = set(entry["claims"])
            for index, row in rows.iterrows():
                involved = str(row["texts"]).split(" | ")
                # A figure is involved when our span holds the manifest's (超两成 holds 两成) or the reverse.
                hits = {f for f in figures if any(f in span or span in f for span in involved)}
                if row["relation"] == planted and len(hits) >= min(2, len(figures)):
                    matched.add(index)
            if matched:
                score.found[planted] += 1
            else:
                score.missed.append(f"{entry['doc']} ({planted}: {', '.join(entry['claims'])})")
        else:
            score.clean_texts += 1
            if any(SEVERITY.get(r, "critical") == "critical" for r in rows["relation"]):
                score.clean_with_critical += 1
        score.flagged += len(rows)
        score.true_flags += len(matched)
        for index, row in rows.iterrows():
            if index not in matched:
                score.false_alarms.append(f"{entry['doc']}: {row['relation']}: {row['arithmetic']}")
    return score


def main() -> int:
    for corpus in (CORPUS, HOLDOUT):
        print(f"== {corpus.relative_to(ROOT)}")
        report(measure(corpus))
    return 0


def report(score: ConsistencyScore) -> None:
    print(f"planted errors: {sum(score.planted.values())}, clean controls: {score.clean_texts}")
    for relation in RELATIONS:
        print(f"  {relation:<18} found {score.found[relation]}/{score.planted[relation]}")
    print(f"recall {score.recall:.3f}   precision {score.precision:.3f} ({score.true_flags} of {score.flagged} flags)")
    print(f"clean controls with a critical finding: {score.clean_with_critical}/{score.clean_texts}")
    for line in score.false_alarms:
        print(f"  false alarm: {line}")
    for line in score.missed:
        print(f"  missed: {line}")


if __name__ == "__main__":
    sys.exit(main())
