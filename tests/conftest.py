from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "zh"
SEEDS = ROOT / "seeds"
PEER_SPECS = ROOT.parent / "shared" / "peer-specs"


@pytest.fixture
def root() -> Path:
    return ROOT
