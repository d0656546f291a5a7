"""A fall of more than 100% is impossible for what cannot go below zero, possible for a profit (sentences written
for this test), judged by the shipped claims suite through GX."""

from __future__ import annotations

import json
import shutil

from checks.claims import claims_table
from checks.documents import Document


def test_a_profit_may_fall_by_more_than_all_of_it() -> None:
    text = "公司前三季度净利润同比下降128%，营业收入同比下降6%。Earnings per share fell 240% to a loss of 12 cents."
    table = claims_table([Document("t.txt", text, "t.txt")]).set_index("text")
    assert table.loc["128%", "signed_quantity"] and table.loc["240%", "signed_quantity"]
    assert not table.loc["6%", "signed_quantity"]  # revenue cannot be negative


def test_net_alone_is_no_sign_but_ebitda_and_operating_result_are() -> None:
    text = "Net sales fell 150% in the quarter. EBITDA fell 130%. The operating result fell 120%. 息税前利润下降140%。"
    table = claims_table([Document("t.txt", text, "t.txt")]).set_index("text")
    assert not table.loc["150%", "signed_quantity"]
    assert table.loc["130%", "signed_quantity"] and table.loc["120%", "signed_quantity"]
    assert table.loc["140%", "signed_quantity"]


def test_the_claims_suite_calls_only_the_unsigned_fall_impossible(tmp_path) -> None:
    from checks.gate.run import run

    from .conftest import ROOT

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "results.txt").write_text(
        "公司前三季度净利润同比下降128%，营业收入同比下降150%，营业成本同比-128.6%。This is a 311.11% decrease over "
        "earnings of 18 cents per share from the same period last year.\n", encoding="utf-8")
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    result = run([tmp_path / "docs"], expectations=tmp_path / "expectations", reports=tmp_path / "reports")
    assert result.exit_status == 1
    findings = [json.loads(line) for line in (tmp_path / "reports/findings.jsonl").read_text("utf-8").splitlines()]
    critical = [f["text"] for f in findings if f["severity"] == "critical"]
    assert critical == ["150%", "-128.6%"]  # a fall written with its sign is as impossible
