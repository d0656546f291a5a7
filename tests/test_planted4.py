"""The fourth planted set (tests/corpus/real/planted4.py) rebuilds from the clean5 passages and its edits hold."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

REAL = Path(__file__).resolve().parent / "corpus" / "real"


def test_planted4_rebuilds_the_set(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(REAL / "planted4.py"), str(tmp_path)], check=True, capture_output=True)
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text("utf-8").splitlines()]
    relations = Counter(entry["relation"] for entry in manifest if not entry["control"])
    assert sum(relations.values()) >= 70 and sum(entry["control"] for entry in manifest) >= 25
    # at least six of each relation the brief names (percent_vs_pp and grim as the passages allow)
    for relation in ("growth_vs_levels", "parts_vs_total", "shares_of_whole", "restated", "share_vs_counts",
                     "rank_vs_values"):
        assert relations[relation] >= 6, relation
    for entry in manifest:
        original = (REAL / "clean5" / entry["doc"]).read_text("utf-8")
        edited = (tmp_path / f"{entry['id']}.txt").read_text("utf-8")
        assert edited[entry["start"]:entry["end"]] == entry["replace"]
        assert edited[:entry["start"]] == original[:entry["start"]]
        assert len(edited) - len(original) == len(entry["replace"]) - len(entry["find"])
