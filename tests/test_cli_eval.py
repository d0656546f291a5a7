"""`check eval`: scoring extraction against hand labels written for a small document of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checks.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "seeds" / "000_34c96f8a786bc2fd.gold.jsonl"

DOC = "report.txt"
TEXT = "2023年10月，这家公司营收同比增长12%，门店超过300家，员工约500人。"


def _span(text: str, part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _label(part: str, doc: str = DOC, **fields: object) -> dict[str, object]:
    start, end = _span(TEXT, part)
    return {"doc": doc, "start": start, "end": end, "text": part, **fields}


GROWTH = _label("12%", value=12, unit="percent", lower=12, upper=12, qualifier="exact", kind="growth",
                direction="up", projected=False, basis="同比")
STORES = _label("超过300家", value=300, unit="count", lower=300, upper=None, qualifier="over", kind="level",
                direction=None, projected=False)
STAFF = _label("约500人", value=500, unit="count", lower=None, upper=None, qualifier="approx", kind="level",
               direction=None, projected=False)
DATE = _label("2023年10月", why="date")


def _write_jsonl(path: Path, records: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _setup(folder: Path, gold: list[object], neutral: list[object] | None = None, name: str = "report") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DOC).write_text(TEXT, encoding="utf-8")
    gold_path = _write_jsonl(folder / f"{name}.gold.jsonl", gold)
    if neutral is not None:
        _write_jsonl(folder / f"{name}.neutral.jsonl", neutral)
    return gold_path


def _eval(*args: str) -> Result:
    return CliRunner().invoke(main, ["eval", *args])


def _json(result: Result) -> dict[str, object]:
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return json.loads(result.stdout)


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_labels_match_the_text() -> None:
    for label in (GROWTH, STORES, STAFF, DATE):
        assert TEXT[label["start"]:label["end"]] == label["text"]


def test_perfect_labels_score_one(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, STORES, STAFF], [DATE])
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["documents"] == 1
    assert score["labels"] == 3
    assert score["predictions"] == 3
    assert score["matched"] == 3
    assert score["precision"] == 1.0
    assert score["recall"] == 1.0
    assert score["f1"] == 1.0
    assert score["misses"] == []
    assert score["false_hits"] == []
    assert score["neutral_hits"] == []
    assert score["field_errors"] == []
    assert all(accuracy == 1.0 for accuracy in score["field_accuracy"].values())


def test_text_format(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, STORES, STAFF])
    result = _eval(str(gold))
    assert result.exit_code == 0, result.stderr
    assert "precision 1.000" in result.stdout
    assert "recall 1.000" in result.stdout


def test_unlabelled_prediction_lowers_precision(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, STORES])
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["predictions"] == 3
    assert score["matched"] == 2
    assert score["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert score["recall"] == 1.0
    assert [(hit["text"], hit["neutral"]) for hit in score["false_hits"]] == [("约500人", None)]
    assert score["neutral_hits"] == []


def test_wrong_value_shows_up_in_misses(tmp_path: Path) -> None:
    wrong = {**GROWTH, "value": 13, "lower": 13, "upper": 13}
    gold = _setup(tmp_path, [wrong, STORES, STAFF])
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["matched"] == 2
    assert score["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert score["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert len(score["misses"]) == 1
    miss = score["misses"][0]
    assert (miss["doc"], miss["start"], miss["end"], miss["text"]) == (DOC, GROWTH["start"], GROWTH["end"], "12%")
    assert (miss["value"], miss["unit"]) == (13, "percent")
    assert miss["predicted"] == [{"text": "12%", "value": 12, "unit": "percent"}]
    assert [hit["text"] for hit in score["false_hits"]] == ["12%"]


def test_wrong_unit_shows_up_in_misses(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, {**STORES, "unit": "CNY"}, STAFF])
    score = _json(_eval(str(gold), "--format", "json"))
    assert [(m["text"], m["unit"]) for m in score["misses"]] == [("超过300家", "CNY")]
    assert score["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_wrong_field_is_a_field_error_not_a_miss(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, {**STORES, "qualifier": "at_least"}, STAFF])
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["matched"] == 3
    assert score["misses"] == []
    assert score["field_accuracy"]["qualifier"] == pytest.approx(2 / 3, abs=1e-4)
    assert score["field_errors"] == [{"doc": DOC, "text": "超过300家", "field": "qualifier",
                                      "expected": "at_least", "predicted": "over"}]


def test_prediction_on_neutral_numeral_is_a_false_hit_with_its_reason(tmp_path: Path) -> None:
    neutral = {k: v for k, v in STAFF.items() if k in ("doc", "start", "end", "text")} | {"why": "example"}
    gold = _setup(tmp_path, [GROWTH, STORES], [DATE, neutral])
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["excused"] == 0
    assert score["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert len(score["false_hits"]) == 1
    hit = score["false_hits"][0]
    assert (hit["doc"], hit["start"], hit["end"], hit["text"]) == (DOC, STAFF["start"], STAFF["end"], "约500人")
    assert hit["neutral"] == "example"
    assert score["neutral_hits"] == [hit]


def test_prediction_on_scope_neutral_is_excused(tmp_path: Path) -> None:
    scope = {k: v for k, v in STAFF.items() if k in ("doc", "start", "end", "text")} | {"why": "scope"}
    gold = _setup(tmp_path, [GROWTH, STORES], [scope])
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["predictions"] == 3
    assert score["excused"] == 1
    assert score["precision"] == 1.0
    assert score["recall"] == 1.0
    assert score["false_hits"] == []
    assert score["neutral_hits"] == []


def test_explicit_neutral_option_replaces_the_default(tmp_path: Path) -> None:
    example = {k: v for k, v in STAFF.items() if k in ("doc", "start", "end", "text")}
    gold = _setup(tmp_path, [GROWTH, STORES], [example | {"why": "example"}])
    scope = _write_jsonl(tmp_path / "other.jsonl", [example | {"why": "scope"}])
    score = _json(_eval(str(gold), "--neutral", str(scope), "--format", "json"))
    assert score["excused"] == 1
    assert score["false_hits"] == []


def test_gold_folder_and_explicit_paths(tmp_path: Path) -> None:
    labels = tmp_path / "labels"
    labels.mkdir()
    _write_jsonl(labels / "a.gold.jsonl", [GROWTH, STORES])
    _write_jsonl(labels / "b.gold.jsonl", [STAFF])
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / DOC).write_text(TEXT, encoding="utf-8")
    score = _json(_eval(str(labels), str(texts), "--format", "json"))
    assert (score["labels"], score["matched"], score["precision"], score["recall"]) == (3, 3, 1.0, 1.0)


def test_gbk_document(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, STORES, STAFF])
    (tmp_path / DOC).write_bytes(TEXT.encode("gbk"))
    score = _json(_eval(str(gold), "--format", "json"))
    assert (score["precision"], score["recall"]) == (1.0, 1.0)


def test_gold_folder_without_gold_files(tmp_path: Path) -> None:
    (tmp_path / DOC).write_text(TEXT, encoding="utf-8")
    result = _eval(str(tmp_path))
    assert result.exit_code == 2


def test_missing_labelled_document_is_bad_input(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, {**STORES, "doc": "absent.txt"}])
    result = _eval(str(gold), "--format", "json")
    assert result.exit_code == 2
    assert "absent.txt" in result.stderr
    assert all(line.startswith("check: error: ") for line in _errors(result))


def test_missing_labelled_document_is_one_error_line(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, {**STORES, "doc": "absent.txt"}])
    result = _eval(str(gold), "--format", "json")
    assert result.exit_code == 2
    assert len(_errors(result)) == 1
    assert "absent.txt" in _errors(result)[0]


def test_invalid_gold_line_names_file_and_line(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, '{"doc": "report.txt", "start": ', STAFF])
    result = _eval(str(gold))
    assert result.exit_code == 2
    errors = _errors(result)
    assert len(errors) == 1
    assert f"{gold}:2" in errors[0]
    assert result.stdout == ""


def test_gold_line_without_offsets_names_file_and_line(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, STORES, {"doc": DOC, "text": "约500人", "value": 500, "unit": "count"}])
    result = _eval(str(gold))
    assert result.exit_code == 2
    errors = _errors(result)
    assert len(errors) == 1
    assert f"{gold}:3" in errors[0]


def test_invalid_neutral_line_names_file_and_line(tmp_path: Path) -> None:
    gold = _setup(tmp_path, [GROWTH, STORES, STAFF], [DATE, "[]"])
    result = _eval(str(gold))
    assert result.exit_code == 2
    errors = _errors(result)
    assert len(errors) == 1
    assert f"{tmp_path / 'report.neutral.jsonl'}:2" in errors[0]


def test_documents_with_the_same_file_name_in_different_folders(tmp_path: Path) -> None:
    other_text = "预计明年公司利润同比下降8%。"
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / DOC).write_text(TEXT, encoding="utf-8")
    (tmp_path / "y" / DOC).write_text(other_text, encoding="utf-8")
    start = other_text.index("8%")
    labels = [{**label, "doc": f"x/{DOC}"} for label in (GROWTH, STORES, STAFF)]
    labels.append({"doc": f"y/{DOC}", "start": start, "end": start + 2, "text": "8%", "value": 8, "unit": "percent"})
    gold = _write_jsonl(tmp_path / "all.gold.jsonl", labels)
    score = _json(_eval(str(gold), "--format", "json"))
    assert score["matched"] == 4
    assert (score["precision"], score["recall"]) == (1.0, 1.0)


def test_seed_scores_one() -> None:
    score = _json(_eval(str(SEED_GOLD), "--format", "json"))
    assert score["labels"] == 18
    assert score["matched"] == 18
    assert score["precision"] == 1.0
    assert score["recall"] == 1.0
    assert score["neutral_hits"] == []


def test_a_share_read_into_part_and_whole_identifies_the_share_a_label_names_in_one() -> None:
    from checks.claims.evaluate import Label, score
    from checks.extract import extract

    text = "全省数字经济增加值1.2万亿元，占GDP的比重达55.3%。"
    claim = next(c for c in extract(text, "d.txt") if c.text == "55.3%")
    assert (claim.metric, claim.whole) == ("数字经济增加值", "GDP")

    def identified(metric: str) -> float | None:
        label = Label(doc="d.txt", start=claim.start, end=claim.end, text=claim.text,
                      fields={"value": 55.3, "unit": "percent", "kind": "share", "metric": metric})
        return score([label], [claim]).accuracy("metric_id")

    assert identified("数字经济增加值占GDP比重") == 1.0
    assert identified("数字经济增加值占GDP的比例") == 1.0
    assert identified("数字经济投资占GDP的比重") == 0.0  # another part of the same whole
    assert identified("数字经济增加值占全省出口的比重") == 0.0  # the same part of another whole


def test_an_english_share_read_into_part_and_whole_identifies_a_label_written_share_of() -> None:
    from checks.claims.evaluate import Label, score
    from checks.extract import extract

    text = "Last year oil accounted for 41.5% of the region's freight exports."
    claim = next(c for c in extract(text, "d.txt") if c.text == "41.5%")
    assert (claim.metric, claim.whole) == ("oil", "region's freight exports")

    def identified(metric: str, subject: str | None = None) -> float | None:
        label = Label(doc="d.txt", start=claim.start, end=claim.end, text=claim.text,
                      fields={"value": 41.5, "unit": "percent", "kind": "share", "metric": metric,
                              "subject": subject})
        return score([label], [claim]).accuracy("metric_id")

    assert identified("oil share of region's freight exports") == 1.0
    assert identified("oil's share of the region's freight exports") == 1.0
    assert identified("share of region's freight exports", subject="oil") == 1.0  # the part named as subject
    assert identified("gas share of region's freight exports") == 0.0  # another part of the same whole
    assert identified("oil share of region's freight imports") == 0.0  # the same part of another whole


def test_an_english_share_of_a_whole_repeated_as_its_metric_identifies_no_share() -> None:
    from checks.claims.evaluate import Label, score
    from checks.extract import extract

    claim = next(c for c in extract("About 30% of household spending went on rent.", "d.txt") if c.text == "About 30%")
    label = Label(doc="d.txt", start=claim.start, end=claim.end, text=claim.text,
                  fields={"value": 30, "unit": "percent", "kind": "share", "metric": "share of household spending"})
    repeated = claim.replaced(kind="share", metric="household spending", whole="household spending")
    assert score([label], [repeated]).accuracy("metric_id") == 0.0  # the whole again names no part
    named = claim.replaced(kind="share", metric="rent", whole="household spending")
    assert score([label], [named]).accuracy("metric_id") == 1.0
