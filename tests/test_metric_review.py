"""bench.metric_review reread: one sample's claims read again by the code that runs it, found by claim id."""

from __future__ import annotations

import json
from pathlib import Path

from bench.metric_review import reread
from checks.extract import extract

DOC = "zh_stats_401.txt"


def test_reread_gives_each_sampled_claim_the_reading_of_this_code(tmp_path: Path) -> None:
    path = next((Path(__file__).parent / "corpus" / "real").glob(f"*/{DOC}"))
    claim = extract(path.read_text("utf-8"), DOC)[0]
    rows = [{"lang": "zh", "doc": DOC, "claim_id": claim.claim_id, "sentence": claim.sentence, "figure": claim.text,
             "metric": "an older reading"},
            {"lang": "zh", "doc": DOC, "claim_id": "c-gone", "sentence": "……", "figure": "5%", "metric": "x"}]
    (tmp_path / "sample-old.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = [json.loads(line) for line in reread("old", "new", tmp_path).read_text("utf-8").splitlines()]
    assert [row["claim_id"] for row in out] == [claim.claim_id, "c-gone"]
    assert (out[0]["metric"], out[0]["subject"], out[0]["figure"]) == (claim.metric, claim.subject, claim.text)
    assert "missing" not in out[0]
    assert (out[1]["missing"], out[1]["metric"], out[1]["figure"]) == (True, None, "5%")
