"""`check extract`: formats, outputs, inputs and bad input, through click's runner and as a real process."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from checks.cli import main

from .conftest import ROOT

SENTENCE = "今年营收同比增长12%，门店超过300家。"
OTHER = "去年公司员工约500人，利润同比下降4.2%。"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
SENTENCE_CLAIMS = [("12%", 12.0, "percent"), ("超过300家", 300.0, "count")]
OTHER_CLAIMS = [("约500人", 500.0, "count"), ("4.2%", 4.2, "percent")]


def _check_executable() -> str:
    found = shutil.which("check", path=str(Path(sys.executable).parent)) or shutil.which("check")
    if found is None:
        candidate = Path(sys.executable).parent / "check"
        if not candidate.exists():
            pytest.skip("the `check` console script is not installed")
        found = str(candidate)
    return found


def _run(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def _jsonl_rows(data: str | bytes) -> list[dict[str, object]]:
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def _claims(rows: list[dict[str, object]] | pd.DataFrame, doc: str | None = None) -> list[tuple[str, float, str]]:
    if isinstance(rows, pd.DataFrame):
        rows = rows.to_dict(orient="records")
    return [(row["text"], float(row["value"]), row["unit"]) for row in rows if doc is None or row["doc"] == doc]


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


# --- formats ---------------------------------------------------------------------------------------------------


def test_default_format_when_piped_is_jsonl(docs: Path) -> None:
    result = _run([str(docs / "a.txt")])
    assert result.exit_code == 0, result.output
    rows = _jsonl_rows(result.stdout)
    assert _claims(rows) == SENTENCE_CLAIMS
    assert {row["doc"] for row in rows} == {"a.txt"}
    assert result.stderr == ""


def test_jsonl_rows_have_every_column(docs: Path) -> None:
    from checks import COLUMNS

    result = _run([str(docs / "a.txt"), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = _jsonl_rows(result.stdout)
    assert all(list(row) == list(COLUMNS) for row in rows)
    percent = next(row for row in rows if row["unit"] == "percent")
    assert percent["kind"] == "growth"
    assert percent["direction"] == "up"
    assert percent["basis"] == "同比"
    assert percent["projected"] is False
    count = next(row for row in rows if row["unit"] == "count")
    assert count["qualifier"] == "over"
    assert count["lower"] == 300
    assert count["upper"] is None


def test_csv_format_reads_back_with_pandas(docs: Path) -> None:
    result = _run([str(docs), "--format", "csv"])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert _claims(frame, "a.txt") == SENTENCE_CLAIMS
    assert _claims(frame, "b.txt") == OTHER_CLAIMS
    assert frame["start"].dtype.kind == "i"


def test_csv_output_file_by_suffix(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "claims.csv"
    result = _run([str(docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    frame = pd.read_csv(out)
    assert _claims(frame, "a.txt") == SENTENCE_CLAIMS


def test_parquet_output(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    result = _run([str(docs), "--format", "parquet", "--output", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    assert _claims(frame, "a.txt") == SENTENCE_CLAIMS
    assert _claims(frame, "b.txt") == OTHER_CLAIMS
    assert frame["value"].dtype == "float64"
    assert frame["projected"].dtype == bool


def test_parquet_chosen_by_output_suffix(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    result = _run([str(docs / "b.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _claims(pd.read_parquet(out)) == OTHER_CLAIMS


def test_parquet_needs_output(docs: Path) -> None:
    result = _run([str(docs), "--format", "parquet"])
    assert result.exit_code == 2
    assert "--output" in result.stderr
    assert result.stdout == ""


def test_output_without_format_writes_jsonl(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.out"
    result = _run([str(docs / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert _claims(_jsonl_rows(out.read_bytes())) == SENTENCE_CLAIMS


def test_table_format_to_file_is_a_usage_error(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.txt"
    result = _run([str(docs), "--format", "table", "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()


# --- inputs ----------------------------------------------------------------------------------------------------


def test_stdin_dash() -> None:
    result = _run(["-"], stdin=SENTENCE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    rows = _jsonl_rows(result.stdout)
    assert _claims(rows) == SENTENCE_CLAIMS
    assert {row["doc"] for row in rows} == {"-"}


def test_stdin_gbk() -> None:
    result = _run(["-", "--format", "jsonl"], stdin=OTHER.encode("gbk"))
    assert result.exit_code == 0, result.output
    assert _claims(_jsonl_rows(result.stdout)) == OTHER_CLAIMS


def test_jsonl_corpus_with_custom_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in [
        {"url": "https://example.cn/a", "body": SENTENCE},
        {"url": "https://example.cn/b", "body": OTHER},
    ]), encoding="utf-8")
    result = _run([str(corpus), "--id-field", "url", "--text-field", "body"])
    assert result.exit_code == 0, result.output
    rows = _jsonl_rows(result.stdout)
    assert _claims(rows, "https://example.cn/a") == SENTENCE_CLAIMS
    assert _claims(rows, "https://example.cn/b") == OTHER_CLAIMS


def test_jsonl_corpus_with_default_fields_but_renamed_records_is_bad_input(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"url": "u", "body": SENTENCE}) + "\n", encoding="utf-8")
    result = _run([str(corpus)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert _error_lines(result.stderr) == [line for line in _error_lines(result.stderr) if f"{corpus}:1" in line]
    assert len(_error_lines(result.stderr)) == 1


def test_text_is_the_document_slice_for_every_row(tmp_path: Path) -> None:
    texts = {
        "plain.txt": SENTENCE + "\n" + OTHER,
        "crlf.txt": "第一行\r\n" + SENTENCE + "\r\n" + OTHER + "\r\n",
        "wide.md": "今年营收同比增长１２％，门店超过３００家，预计明年将增长至约６万台。",
        "gbk.txt": "据统计，去年销量约为4.5万台，较前年下降8%。",
    }
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in texts.items():
        data = text.encode("gbk") if name.startswith("gbk") else text.encode("utf-8")
        (folder / name).write_bytes(data)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "line", "text": "\ufeff" + OTHER}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    texts["line"] = "\ufeff" + OTHER
    result = _run([str(folder), str(corpus)])
    assert result.exit_code == 0, result.output
    rows = _jsonl_rows(result.stdout)
    assert {row["doc"] for row in rows} == set(texts)
    for row in rows:
        assert texts[row["doc"]][row["start"]:row["end"]] == row["text"], row
        assert row["text"] in row["sentence"]


def test_empty_file_exits_zero_without_claims(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _run([str(empty)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""


def test_empty_file_to_csv_is_only_the_header(tmp_path: Path) -> None:
    from checks import COLUMNS

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "claims.csv"
    result = _run([str(empty), "-o", str(out)])
    assert result.exit_code == 0
    frame = pd.read_csv(out)
    assert frame.empty
    assert list(frame.columns) == list(COLUMNS)


# --- bad input -------------------------------------------------------------------------------------------------


def test_binary_file_among_good_files(docs: Path, tmp_path: Path) -> None:
    image = tmp_path / "image.txt"
    image.write_bytes(PNG_HEADER)
    result = _run([str(docs / "a.txt"), str(image), str(docs / "b.txt")])
    assert result.exit_code == 2
    errors = _error_lines(result.stderr)
    assert len(errors) == 1
    assert str(image) in errors[0]
    assert str(docs / "a.txt") not in result.stderr
    rows = _jsonl_rows(result.stdout)
    assert _claims(rows, "a.txt") == SENTENCE_CLAIMS
    assert _claims(rows, "b.txt") == OTHER_CLAIMS


def test_binary_file_in_folder_with_output_still_writes_the_good_claims(docs: Path, tmp_path: Path) -> None:
    (docs / "broken.md").write_bytes(PNG_HEADER)
    out = tmp_path / "claims.csv"
    result = _run([str(docs), "--output", str(out)])
    assert result.exit_code == 2
    errors = _error_lines(result.stderr)
    assert len(errors) == 1
    assert "broken.md" in errors[0]
    frame = pd.read_csv(out)
    assert _claims(frame, "a.txt") == SENTENCE_CLAIMS
    assert _claims(frame, "b.txt") == OTHER_CLAIMS
    assert "broken.md" not in set(frame["doc"])


def test_invalid_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False) + "\n"
                      + '{"id": "b", "text": \n'
                      + json.dumps({"id": "c", "text": OTHER}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "claims.parquet"
    result = _run([str(corpus), "-o", str(out)])
    assert result.exit_code == 2
    errors = _error_lines(result.stderr)
    assert len(errors) == 1
    assert f"{corpus}:2" in errors[0]
    frame = pd.read_parquet(out)
    assert _claims(frame, "a") == SENTENCE_CLAIMS
    assert _claims(frame, "c") == OTHER_CLAIMS
    assert set(frame["doc"]) == {"a", "c"}


def test_missing_path(docs: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = _run([str(missing), str(docs / "a.txt")])
    assert result.exit_code == 2
    errors = _error_lines(result.stderr)
    assert len(errors) == 1
    assert str(missing) in errors[0]
    assert _claims(_jsonl_rows(result.stdout)) == SENTENCE_CLAIMS


def test_empty_folder_is_bad_input(tmp_path: Path) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    result = _run([str(folder)])
    assert result.exit_code == 2
    assert len(_error_lines(result.stderr)) == 1
    assert str(folder) in result.stderr


def test_every_bad_input_is_one_line(docs: Path, tmp_path: Path) -> None:
    image = tmp_path / "image.md"
    image.write_bytes(PNG_HEADER)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("nope\n" + json.dumps({"id": "k", "text": OTHER}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = _run([str(image), str(tmp_path / "gone"), str(corpus), str(docs / "a.txt")])
    assert result.exit_code == 2
    errors = _error_lines(result.stderr)
    assert len(errors) == 3
    assert str(image) in errors[0]
    assert str(tmp_path / "gone") in errors[1]
    assert f"{corpus}:1" in errors[2]
    rows = _jsonl_rows(result.stdout)
    assert _claims(rows, "a.txt") == SENTENCE_CLAIMS
    assert _claims(rows, "k") == OTHER_CLAIMS


# --- writing output files --------------------------------------------------------------------------------------


def test_existing_output_is_replaced_atomically(docs: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "claims.jsonl"
    out.write_text("old content that is longer than nothing\n" * 100, encoding="utf-8")
    before = out.stat().st_ino
    result = _run([str(docs / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _claims(_jsonl_rows(out.read_bytes())) == SENTENCE_CLAIMS
    assert out.stat().st_ino != before  # a new file renamed over the old one, not the old one rewritten
    assert sorted(p.name for p in out_dir.iterdir()) == ["claims.jsonl"]


def test_failed_write_leaves_old_output_and_no_temporary_file(docs: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import checks.report.files

    out = tmp_path / "claims.jsonl"
    out.write_text("old\n", encoding="utf-8")

    def refuse(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(checks.report.files.os, "replace", refuse)
    result = _run([str(docs / "a.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "docs"]


def test_output_file_mode_follows_umask(docs: Path, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        out = tmp_path / "claims.csv"
        result = _run([str(docs / "a.txt"), "-o", str(out)])
        assert result.exit_code == 0
        reference = tmp_path / "reference.csv"
        reference.write_text("x", encoding="utf-8")
        assert reference.stat().st_mode & 0o777 == 0o644
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(previous)


# --- a real process --------------------------------------------------------------------------------------------


def test_process_binary_among_good_files(docs: Path, tmp_path: Path) -> None:
    image = tmp_path / "photo.txt"
    image.write_bytes(PNG_HEADER)
    completed = subprocess.run([_check_executable(), "extract", str(docs / "a.txt"), str(image),
                                str(docs / "b.txt")], capture_output=True, cwd=tmp_path, timeout=120)
    assert completed.returncode == 2
    errors = _error_lines(completed.stderr.decode("utf-8"))
    assert len(errors) == 1
    assert str(image) in errors[0]
    rows = _jsonl_rows(completed.stdout)  # stdout is a pipe: JSONL by default
    assert _claims(rows, "a.txt") == SENTENCE_CLAIMS
    assert _claims(rows, "b.txt") == OTHER_CLAIMS


def test_process_stdin_is_jsonl_when_piped(tmp_path: Path) -> None:
    completed = subprocess.run([_check_executable(), "extract", "-"], input=OTHER.encode("utf-8"),
                               capture_output=True, cwd=tmp_path, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == b""
    rows = _jsonl_rows(completed.stdout)
    assert _claims(rows) == OTHER_CLAIMS
    for row in rows:
        assert OTHER[row["start"]:row["end"]] == row["text"]


def test_process_invalid_corpus_line_with_output(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False) + "\n{broken\n",
                      encoding="utf-8")
    out = tmp_path / "claims.parquet"
    completed = subprocess.run([_check_executable(), "extract", str(corpus), "-o", str(out)],
                               capture_output=True, cwd=tmp_path, timeout=120)
    assert completed.returncode == 2
    errors = _error_lines(completed.stderr.decode("utf-8"))
    assert len(errors) == 1
    assert f"{corpus}:2" in errors[0]
    assert completed.stdout == b""
    assert _claims(pd.read_parquet(out)) == SENTENCE_CLAIMS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.parquet", "news.jsonl"]


def test_the_installed_command_flushes_all_its_output_before_its_quick_exit() -> None:
    """The console script ends without tearing the interpreter down (checks.cli.console); megabytes written to a
    pipe must still all arrive, and the exit status must be the command's."""
    import subprocess

    from checks import extract_paths

    from .conftest import ROOT, check_executable

    folders = [str(ROOT / "tests/corpus/real/zh"), str(ROOT / "tests/corpus/real/en")]
    expected, _ = extract_paths(folders)
    completed = subprocess.run([check_executable(), "extract", *folders, "--format", "jsonl"], capture_output=True,
                               timeout=300)
    assert completed.returncode == 0 and len(completed.stdout) > 1_000_000
    assert completed.stdout.count(b"\n") == len(expected) > 1000
    assert subprocess.run([check_executable(), "run", "no/such/folder"], capture_output=True,
                          timeout=300).returncode == 2


def test_jsonl_serialised_by_the_workers_is_the_tables_jsonl() -> None:
    """check extract --format jsonl writes what each worker serialised; the bytes are those of the whole table."""
    from checks import extract_documents, extract_jsonl
    from checks.documents import read_paths
    from checks.report.tables import serialise

    folders = [ROOT / "tests" / "corpus" / "real" / name for name in ("zh", "en", "clean")] + [ROOT / "seeds"]
    documents, _ = read_paths(folders)
    assert len(documents) > 150
    table_bytes = serialise(extract_documents(documents, jobs=1), "jsonl")
    assert b"".join(extract_jsonl(documents, jobs=2)) == table_bytes
    assert b'"base_value": null' in table_bytes and b'"value": 5,' in table_bytes  # nulls and whole floats


def test_rows_jsonl_writes_each_kind_of_value_as_the_table_does() -> None:
    """Text, whole and fractional floats, NaN, numpy scalars, flags and nulls: one line a row, as json.dumps of the
    plain values writes it (and nothing for no rows)."""
    import json

    import numpy as np

    from checks.report.tables import rows_jsonl

    rows = [{"text": "营收增长5%", "value": 5.0, "lower": 2.5, "upper": float("nan"), "start": np.int64(3),
             "share": np.float64(12.0), "vague": False, "n": 7, "basis": None}]
    assert rows_jsonl(rows) == (json.dumps({"text": "营收增长5%", "value": 5, "lower": 2.5, "upper": None,
                                            "start": 3, "share": 12, "vague": False, "n": 7, "basis": None},
                                           ensure_ascii=False) + "\n").encode("utf-8")
    assert rows_jsonl(rows * 2).count(b"\n") == 2 and rows_jsonl([]) == b""
