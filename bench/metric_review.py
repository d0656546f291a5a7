"""A reviewer's judgement of what each figure measures (issue: "metric identifies the quantity, a reviewer agrees").

`python -m bench.metric_review sample` draws a fixed random sample of the claims extracted from the development
passages of the real corpus (tests/corpus/real/zh and en; never the held-out ones) and writes, per claim, its sentence
and its reading (subject, segment, metric, whole, period, and the basis of a comparison: year on year, than the
pre-downturn peak) to tests/corpus/real/review/sample-<date>.jsonl. A reviewer who did not write the rules judges each
row in judgements-<date>.jsonl: does the reading identify the quantity the
figure is, so that another statement of the same quantity would read alike and a different quantity would not?
`sample TAG SEED` draws another sample (a fresh one, for a version tuned with the first sample's judgements in
view); `sample TAG SEED clean2 …` draws it from other folders of tests/corpus/real, less their aside passages: text
the reading was not tuned on. `reread SAMPLE TAG` writes sample-TAG.jsonl: the same claims as sample-SAMPLE.jsonl
(found again by claim id) with the reading of the code that runs it, so that one sample can be judged as two
versions read it (run it with PYTHONPATH at an older checkout to read as that version did). `python -m
bench.metric_review score` prints the share judged yes, per language, for every judged sample.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from checks.extract import extract

ROOT = Path(__file__).resolve().parents[1]
REVIEW = ROOT / "tests/corpus/real/review"
SIZES = {"zh": 150, "en": 100}
SEED = 20261129


def sample(tag: str, seed: int = SEED, folders: tuple[str, ...] = ()) -> Path:
    """Draw the sample; from ``folders`` of tests/corpus/real (language by the file name, the passages a folder's
    README keeps aside left out) instead of the development passages when given."""
    rows = []
    for lang, size in SIZES.items():
        claims = []
        for path in _passages(lang, folders):
            claims += [(path.name, c) for c in extract(path.read_text("utf-8"), path.name)]
        for name, claim in random.Random(seed).sample(claims, min(size, len(claims))):
            rows.append({"lang": lang, "doc": name, "claim_id": claim.claim_id, "sentence": claim.sentence.strip(),
                         "figure": claim.text, "kind": claim.kind, "subject": claim.subject,
                         "segment": claim.segment, "metric": claim.metric, "whole": claim.whole,
                         "period": claim.period, "basis": claim.basis})
    out = REVIEW / f"sample-{tag}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return out


def reread(sample_tag: str, tag: str, review: Path = REVIEW) -> Path:
    """The claims of sample-``sample_tag`` read by this code; a claim whose span this code widened (85% now read as
    超过了85%, 0.47 percent as 0.47 percent points) is found in its sentence by its old figure and marked
    ``"respanned": true``; a claim this code no longer finds keeps its sentence and figure with an empty reading and
    ``"missing": true``."""
    rows = [json.loads(line) for line in (review / f"sample-{sample_tag}.jsonl").read_text("utf-8").splitlines()]
    folders = [path for path in (ROOT / "tests/corpus/real").iterdir() if path.is_dir()]
    claims: dict[str, dict[str, object]] = {}
    by_sentence: dict[tuple[str, str], list[tuple[str, dict[str, object]]]] = {}
    for doc in sorted({row["doc"] for row in rows}):
        path = next(folder / doc for folder in folders if (folder / doc).exists())
        for c in extract(path.read_text("utf-8"), doc):
            claims[c.claim_id] = {"figure": c.text, "kind": c.kind, "subject": c.subject, "segment": c.segment,
                                  "metric": c.metric, "whole": c.whole, "period": c.period, "basis": c.basis}
            by_sentence.setdefault((doc, c.sentence), []).append((c.text, claims[c.claim_id]))
    reading = ("figure", "kind", "subject", "segment", "metric", "whole", "period", "basis")
    out_rows = []
    for row in rows:
        found = claims.get(row["claim_id"])
        if found is None:
            wider = [read for text, read in by_sentence.get((row["doc"], row["sentence"]), []) if row["figure"] in text]
            found = {**wider[0], "respanned": True} if len(wider) == 1 else None
        base = {key: row[key] for key in ("lang", "doc", "claim_id", "sentence")}
        out_rows.append({**base, **found} if found else
                        {**base, **{key: (row["figure"] if key == "figure" else None) for key in reading},
                         "missing": True})
    out = review / f"sample-{tag}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out_rows), "utf-8")
    return out


def _passages(lang: str, folders: tuple[str, ...]) -> list[Path]:
    if not folders:
        return sorted((ROOT / "tests/corpus/real" / lang).glob("*.txt"))
    found = []
    for folder in folders:
        base = ROOT / "tests/corpus/real" / folder
        readme = base / "README.md"
        notes = readme.read_text("utf-8") if readme.exists() else ""
        aside = set(re.findall(r"\b(?:zh|en)_[a-z]+_\d+\b", notes.split("## Aside", 1)[1].split("\n## ", 1)[0])) \
            if "## Aside" in notes else set()
        found += [path for path in sorted(base.glob(f"{lang}_*.txt")) if path.stem not in aside]
    return found


def score() -> None:
    for judged in sorted(REVIEW.glob("*judgements*.jsonl")):
        counts: Counter[tuple[str, str]] = Counter()
        for line in judged.read_text("utf-8").splitlines():
            row = json.loads(line)
            if "identifies" in row:  # (a third reviewer's file of changed rows judges two readings a row instead)
                counts[(row["lang"], row["identifies"])] += 1
        for lang in sorted({lang for lang, _ in counts}):  # (none for a file of changed rows)
            yes, total = counts[(lang, "yes")], sum(n for (lg, _), n in counts.items() if lg == lang)
            print(f"{judged.name:<32} {lang}  {yes}/{total} = {yes / total:.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["reread"]:
        print(reread(sys.argv[2], sys.argv[3]))
    elif sys.argv[1:2] == ["sample"]:
        print(sample(sys.argv[2] if len(sys.argv) > 2 else "now", int(sys.argv[3]) if len(sys.argv) > 3 else SEED,
                     tuple(sys.argv[4:])))
    else:
        score()
