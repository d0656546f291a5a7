"""The scanner's fast path finds exactly what the full pattern finds."""

from __future__ import annotations

import re

from checks.extract.text import fold_width
from checks.extract.zh.quantities import SCANNER, UNFILTERED

from .conftest import CORPUS, SEEDS


def test_trigger_lookahead_loses_nothing() -> None:
    unfiltered = re.compile(UNFILTERED, re.VERBOSE)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))]
    texts.append("约合5000万美元左右，不足三成，最多节省75%，差不多两倍，起码百余项，逾半数，翻两番，排名第三")
    assert texts
    for text in map(fold_width, texts):
        full = [m.group(0).strip() for m in unfiltered.finditer(text)]
        fast = [m.group(0).strip() for m in SCANNER.finditer(text)]
        assert fast == full
