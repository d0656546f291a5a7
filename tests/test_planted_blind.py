"""The planted sets made blind (tests/corpus/real/planted3.py on clean4/, planted4.py on clean5/, planted5.py on
clean6/, planted6.py on clean7/, planted7.py on clean8/, planted8.py on clean9/) rebuild from their passages and
their edits hold."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent / "corpus" / "real"


@pytest.mark.parametrize(("script", "folder"), [("planted3.py", "clean4"), ("planted4.py", "clean5"),
                                               ("planted5.py", "clean6"), ("planted6.py", "clean7"),
                                               ("planted7.py", "clean8"), ("planted8.py", "clean9")])
def test_a_blind_planted_set_rebuilds(script: str, folder: str, tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(REAL / script), str(tmp_path)], check=True, capture_output=True)
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text("utf-8").splitlines()]
    relations = Counter(entry["relation"] for entry in manifest if not entry["control"])
    assert sum(relations.values()) >= 70 and sum(entry["control"] for entry in manifest) >= 25
    # at least six of each relation the brief names (percent_vs_pp and grim as the passages allow)
    for relation in ("growth_vs_levels", "parts_vs_total", "shares_of_whole", "restated", "share_vs_counts",
                     "rank_vs_values"):
        assert relations[relation] >= 6, relation
    for entry in manifest:
        original = (REAL / folder / entry["doc"]).read_text("utf-8")
        edited = (tmp_path / f"{entry['id']}.txt").read_text("utf-8")
        assert edited[entry["start"]:entry["end"]] == entry["replace"]
        assert edited[:entry["start"]] == original[:entry["start"]]
        assert len(edited) - len(original) == len(entry["replace"]) - len(entry["find"])
