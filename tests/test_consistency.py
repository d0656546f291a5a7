"""Checks across claims, on texts written for these tests: each kind of inconsistency, and clean controls."""

from __future__ import annotations

import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


def relations(text: str):
    table = claims_table([Document("t.txt", text, "t.txt")])
    return relations_table(table, {"t.txt": text})


@pytest.mark.parametrize(
    ("text", "relation", "texts"),
    [
        ("今年双11期间，一线、二线、三线城市的订单分别占38%、45%和22%。", "shares_of_whole", "38% | 45% | 22%"),
        ("报告显示，线上渠道销售额占比为62%，线下渠道占比为43%。", "shares_of_whole", "62% | 43%"),
        ("国庆假期全市共接待游客320万人次，其中外地游客350万人次。", "parts_vs_total", "320万人次 | 350万人次"),
        ("公司一季度营收20亿元，二季度营收25亿元，三季度营收30亿元，四季度营收28亿元，全年合计营收100亿元。",
         "parts_vs_total", "100亿元 | 20亿元 | 25亿元 | 30亿元 | 28亿元"),
        ("公司营收同比增长12%。\n\n据财报，三季度公司营收同比增长18.5%，创历史新高。", "restated", "12% | 18.5%"),
        ("该市跨境电商交易额从8000万元增长到1.2亿元，增长30%。", "growth_vs_levels", "8000万元 | 1.2亿元 | 30%"),
        ("全市森林覆盖率从35%提高到38%，提高了5个百分点。", "growth_vs_levels", "35% | 38% | 5个百分点"),
        ("全市森林覆盖率从35%提高到38%，提高了3%。", "percent_vs_pp", "35% | 38% | 3%"),
        ("本次调查共访问了15名受访者，其中37%的受访者表示满意。", "grim", "15名 | 37%"),
        ("今年出口额实现翻番，同比增长60%。", "growth_vs_levels", "翻番 | 60%"),
    ],
)
def test_each_inconsistency_is_found_with_its_arithmetic(text: str, relation: str, texts: str) -> None:
    assert (relation, texts) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "报告显示，线上渠道销售额占比为62%，线下渠道占比为38%。",
        "三个城市的订单分别占33.4%、33.3%和33.3%。",
        "北京和上海的线上渗透率分别为60%和55%。",
        "调查显示，62%的受访者选择价格，58%的受访者选择品质。",
        "全市共有职工200人，其中女性120人，35岁以下90人。",
        "该市跨境电商交易额从8000万元增长到1.2亿元，增长50%。",
        "全市森林覆盖率从35%提高到38%，提高了3个百分点。",
        "公司营收超30亿元。\n\n财报显示，公司营收为30.6亿元。",
        "本次调查共访问了15名受访者，其中40%的受访者表示满意。",
        "甲公司营收增长12%。乙公司营收增长20%。",
        "2022年公司营收增长12%。2023年公司营收增长20%。",
    ],
)
def test_clean_controls_raise_nothing(text: str) -> None:
    assert flagged(text) == []


def test_arithmetic_is_shown() -> None:
    row = relations("今年双11期间，一线、二线、三线城市的订单分别占38%、45%和22%。").iloc[0]
    assert row["arithmetic"].startswith("38% + 45% + 22% = 105% > 100%")
    assert row["gap"] == pytest.approx(3.5)  # 37.5 + 44.5 + 21.5 = 103.5
    assert len(row["claim_ids"].split()) == 3


def test_relation_ids_are_stable() -> None:
    text = "今年双11期间，一线、二线、三线城市的订单分别占38%、45%和22%。"
    assert relations(text)["relation_id"].tolist() == relations("新增一句。" + text)["relation_id"].tolist()


def test_no_false_alarm_on_the_seed_or_the_labelled_corpus() -> None:
    from checks.documents import read_paths

    from .conftest import CORPUS, SEEDS

    documents, errors = read_paths([CORPUS, SEEDS])
    assert not errors and len(documents) > 40
    frame = relations_table(claims_table(documents), {d.doc: d.text for d in documents})
    assert len(frame) > 10  # relations were linked and judged, not skipped
    bad = frame[(frame["gap"] > 0) | frame["mixed"] | ~frame["possible"]]
    assert bad["arithmetic"].tolist() == []


def test_findings_name_every_claim_and_show_the_arithmetic(tmp_path) -> None:
    import json
    import shutil

    from checks.gate.run import run

    from .conftest import ROOT

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "orders.txt").write_text("今年双11期间，一线、二线、三线城市的订单分别占38%、45%和22%。\n",
                                                  encoding="utf-8")
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    result = run([tmp_path / "docs"], expectations=tmp_path / "expectations", reports=tmp_path / "reports")
    assert result.exit_status == 1
    findings = [json.loads(line) for line in (tmp_path / "reports/findings.jsonl").read_text("utf-8").splitlines()]
    consistency = [f for f in findings if f["suite"] == "consistency"]
    assert sorted(f["text"] for f in consistency) == ["22%", "38%", "45%"]
    assert len({f["finding_id"] for f in consistency}) == 1
    assert all(f["message"].startswith("38% + 45% + 22% = 105% > 100%") for f in consistency)
    assert (tmp_path / "reports/relations.csv").is_file()
    assert "38% + 45% + 22% = 105%" in (tmp_path / "reports/index.html").read_text("utf-8")


@pytest.mark.parametrize("corpus", ["consistency", "consistency_holdout"])
def test_planted_errors_and_clean_controls(corpus: str) -> None:
    """Precision matters more than recall: a false alarm costs the user's trust (figures in README)."""
    from bench.consistency import measure

    from .conftest import ROOT

    score = measure(ROOT / "tests" / "corpus" / corpus)
    assert sum(score.planted.values()) >= 24 and score.clean_texts >= 12
    assert score.clean_with_critical == 0
    assert score.precision >= 0.95
    assert score.recall >= 0.6


# The four texts of the issue "Inconsistent figures on real text", each wrong, and each after its one-figure fix.
ISSUE_TEXTS = [
    ("全市实现地区生产总值1.2万亿元，增长5.2%，其中第一产业增加值300亿元，第二产业增加值4000亿元，第三产业增加值8700亿元。",
     "第三产业增加值8700亿元", "第三产业增加值7700亿元", "parts_vs_total", ("1.2万亿元", "8700亿元"), "1.3万亿元"),
    ("公司第三季度营收7.42亿元，较去年同期的8.65亿元下滑24.2%。",
     "下滑24.2%", "下滑14.2%", "growth_vs_levels", ("8.65亿元", "7.42亿元", "24.2%"), "-14.2"),
    ("2023年公司净利润为1.5亿元，上年同期为1.2亿元，同比增长35%。",
     "同比增长35%", "同比增长25%", "growth_vs_levels", ("1.2亿元", "1.5亿元", "35%"), "imply 25%"),
    ("线上、门店、批发渠道分别实现销售额12.1亿元、8.4亿元和3.3亿元，全年销售额合计21.8亿元。",
     "合计21.8亿元", "合计23.8亿元", "parts_vs_total", ("21.8亿元", "12.1亿元", "3.3亿元"), "= 23.8亿元"),
]


@pytest.mark.parametrize(("text", "wrong", "fixed", "relation", "figures", "arithmetic"), ISSUE_TEXTS)
def test_the_issue_texts_fail_the_gate_and_pass_when_fixed(tmp_path, text, wrong, fixed, relation, figures,
                                                           arithmetic) -> None:
    import json
    import shutil

    from checks.gate.run import run

    from .conftest import ROOT

    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    for name, body in (("wrong", text), ("fixed", text.replace(wrong, fixed))):
        docs = tmp_path / name
        docs.mkdir()
        (docs / "release.txt").write_text(body + "\n", encoding="utf-8")
        result = run([docs], expectations=tmp_path / "expectations", reports=tmp_path / f"reports-{name}")
        findings = [json.loads(line) for line in
                    (tmp_path / f"reports-{name}/findings.jsonl").read_text("utf-8").splitlines()]
        consistency = [f for f in findings if f["suite"] == "consistency"]
        if name == "wrong":
            assert result.exit_status == 1
            assert len({f["finding_id"] for f in consistency}) == 1, consistency  # one finding
            import pandas as pd

            table = pd.read_csv(tmp_path / f"reports-{name}/relations.csv")
            assert set(table.loc[table["gap"] > 0, "relation"]) == {relation}
            message = consistency[0]["message"]
            assert all(figure in message for figure in figures), message
            assert arithmetic in message, message
        else:
            assert consistency == [], consistency
            assert result.exit_status == 0, findings
