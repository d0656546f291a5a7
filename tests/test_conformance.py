"""The published cases of other projects, read from ../shared/peer-specs (skipped where it is absent)."""

from __future__ import annotations

import pytest

from .conftest import PEER_SPECS

pytestmark = pytest.mark.skipif(not PEER_SPECS.is_dir(), reason="no ../shared/peer-specs beside the project")


def test_recognizers_text_number_and_percent_at_least_90_percent() -> None:
    from bench.conformance import rt_number_model, rt_percent_model

    number, percent = rt_number_model(), rt_percent_model()
    assert number.total == 359 and percent.total == 152  # the Python-runnable cases
    assert (number.passed + percent.passed) / (number.total + percent.total) >= 0.90


def test_every_suite_runs_and_categorises_its_disagreements() -> None:
    from bench.conformance import run

    for result in run():
        assert result.total > 0, result.suite
        assert sum(result.categories.values()) == result.total - result.passed


def test_recognizers_text_english_number_percent_and_currency_at_least_90_percent() -> None:
    from bench.conformance_en import rt_en_currency_model, rt_en_number_model, rt_en_percent_model

    results = [rt_en_number_model(), rt_en_percent_model(), rt_en_currency_model()]
    assert [r.total for r in results] == [211, 17, 130]  # the Python-runnable cases
    assert sum(r.passed for r in results) / sum(r.total for r in results) >= 0.90
