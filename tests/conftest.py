from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The property tests (tests/test_properties_*.py) run with a fixed seed and a bounded number of examples, keep no
# database of examples, and have no deadline (the machine is shared): every run of `make test` tries the same inputs.
# Hypothesis's only other file, a cache of the constants in the code under test, goes to the temporary folder, not
# into the repository (Hypothesis reads this setting when it first writes, after this file has run).
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "checks-hypothesis"))
# HYPOTHESIS_PROFILE=explore tries many more, and different ones each run, to look for new failures.
settings.register_profile("checks", derandomize=True, database=None, deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("explore", database=None, deadline=None, max_examples=1000,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "checks"))

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "zh"
SEEDS = ROOT / "seeds"
PEER_SPECS = ROOT.parent / "shared" / "peer-specs"


@pytest.fixture
def root() -> Path:
    return ROOT


def score_corpus(folder: Path):
    """check eval's score of our extraction over a labelled folder (*.txt with *.gold.jsonl and *.neutral.jsonl)."""
    from checks.claims.evaluate import read_labels, score
    from checks.documents import read_paths
    from checks.extract import extract

    documents, errors = read_paths([folder])
    assert not errors
    gold = [label for f in sorted(folder.glob("*.gold.jsonl")) for label in read_labels(f)]
    neutral = [label for f in sorted(folder.glob("*.neutral.jsonl")) for label in read_labels(f)]
    claims = [claim for d in documents for claim in extract(d.text, d.doc)]
    return score(gold, claims, neutral, documents=[d.doc for d in documents])


def only_claim(text: str):
    """The one claim of ``text`` (the test fails if there are none or several)."""
    from checks.extract import extract

    claims = extract(text, doc="t")
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def check_executable() -> str:
    """The installed `check` console script: error paths are tested as a user meets them, in a process of its own."""
    import shutil
    import sys

    import pytest

    found = shutil.which("check", path=str(Path(sys.executable).parent)) or shutil.which("check")
    if found is None:
        pytest.skip("the `check` console script is not installed")
    return found
