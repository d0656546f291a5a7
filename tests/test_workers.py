"""Work spread over processes gives what one process gives, in the same order."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table
from checks.workers import MIN_PARALLEL_SIZE, in_background, ordered_map

from .conftest import ROOT, check_executable


def _corpus() -> list[Document]:
    """The real passages, repeated under new names until the corpus is large enough to be shared out."""
    texts = [p.read_text("utf-8") for lang in ("zh", "en")
             for p in sorted((ROOT / "tests/corpus/real" / lang).glob("*.txt"))]
    documents, size, copy = [], 0, 0
    while size < MIN_PARALLEL_SIZE * 1.5:
        for index, text in enumerate(texts):
            documents.append(Document(doc=f"copy{copy}-{index:03d}", text=text, source="test"))
            size += len(text)
        copy += 1
    return documents


def _square(number: int) -> int:
    return number * number


def test_ordered_map_keeps_the_order_across_processes() -> None:
    items = list(range(50))
    found = list(ordered_map(_square, items, jobs=2, size=lambda _item: MIN_PARALLEL_SIZE))
    assert found == [(n, n * n) for n in items]


def test_two_processes_give_the_same_claims_and_relations_as_one() -> None:
    documents = _corpus()
    one = claims_table(documents, jobs=1)
    two = claims_table(documents, jobs=2)
    assert len(one) > 1000 and one.equals(two)
    texts = {d.doc: d.text for d in documents}
    relations_one, relations_two = relations_table(one, texts, jobs=1), relations_table(two, texts, jobs=2)
    assert len(relations_one) > 50 and relations_one.equals(relations_two)


def test_a_document_above_the_size_limit_is_one_line_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("营收增长5%。" * 400, encoding="utf-8")  # about 3.6 KB
    (tmp_path / "small.txt").write_text("净利润增长8%。", encoding="utf-8")
    completed = subprocess.run([check_executable(), "extract", str(tmp_path), "--format", "csv",
                                "--max-document-mb", "0.002"], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1 and "big.txt" in completed.stderr and "larger than" in completed.stderr
    assert "8%" in completed.stdout and "5%" not in completed.stdout


def _pid(_item: object) -> int:
    return os.getpid()


def test_meanwhile_runs_once_while_even_one_small_item_goes_to_a_worker() -> None:
    calls: list[int] = []
    found = list(ordered_map(_pid, [None], jobs=2, meanwhile=lambda: calls.append(os.getpid())))
    assert calls == [os.getpid()]
    assert found[0][1] != os.getpid()  # computed in another process, while this one did the meanwhile work
    assert list(ordered_map(_square, [3], jobs=1, meanwhile=lambda: calls.append(0))) == [(3, 9)]
    assert calls == [os.getpid(), 0]  # with one job, the meanwhile work still runs, once


def _raise() -> None:
    raise ValueError("no such table")


def test_in_background_gives_the_result_of_another_process_and_raises_its_error() -> None:
    assert in_background(os.getpid, jobs=2)() != os.getpid()
    assert in_background(os.getpid, jobs=1)() == os.getpid()
    waiting = in_background(_raise, jobs=2)
    with pytest.raises(ValueError, match="no such table"):
        waiting()


def test_a_worker_that_dies_is_an_error_not_an_empty_result() -> None:
    with pytest.raises(RuntimeError, match="ended without a result"):
        in_background(lambda: os._exit(3), jobs=2)()


def test_the_reports_folder_is_the_same_with_one_process_or_two(tmp_path: Path, monkeypatch) -> None:
    """With two jobs the tables are written by a second process while the page renders: the same bytes."""
    from checks.gate.run import run

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for jobs in (1, 2):
        run([ROOT / "seeds"], expectations=ROOT / "expectations", reports=tmp_path / str(jobs), jobs=jobs)
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert "findings.jsonl" in names and names == sorted(p.name for p in (tmp_path / "2").iterdir())
    assert [n for n in names if (tmp_path / "1" / n).read_bytes() != (tmp_path / "2" / n).read_bytes()] == []


def test_ordered_map_reads_its_input_as_it_goes_not_all_at_once() -> None:
    """Memory holds the batches in flight, not the corpus: the input is read a few batches ahead of the output."""
    from checks.workers import BATCH_SIZE, IN_FLIGHT

    read: list[int] = []

    def numbers():
        for number in range(40):
            read.append(number)
            yield number

    results = ordered_map(_square, numbers(), jobs=2, size=lambda _item: BATCH_SIZE)  # one item a batch
    first = next(results)
    assert first == (0, 0) and len(read) <= IN_FLIGHT * 2 + 3
    assert list(results) == [(n, n * n) for n in range(1, 40)] and len(read) == 40


def test_relations_read_in_slices_are_the_relations_read_at_once(monkeypatch) -> None:
    import checks.relations.table as relations

    documents = _corpus()[:300]
    claims = claims_table(documents, jobs=2)
    texts = {d.doc: d.text for d in documents}
    whole = relations.relations_table(claims, texts, jobs=1)
    monkeypatch.setattr(relations, "SLICE_CLAIMS", 7)  # slices of a few claims, never splitting a document
    assert len(whole) > 20 and relations.relations_table(claims, texts, jobs=2).equals(whole)


def test_relations_read_beside_the_claims_suites_give_the_same_folder(tmp_path: Path, monkeypatch) -> None:
    """One large document: its relations are read by a second process while the claims suites run, and the suites
    of relations after; the folder is the one a single validation of all suites writes."""
    import checks.gate.run as gate

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(gate, "BESIDE_FROM_CLAIMS", 0)
    folder = ROOT / "tests/corpus/real/zh"
    stages: list[str] = []
    for jobs in (1, 2):
        gate.run([folder], expectations=ROOT / "expectations", reports=tmp_path / str(jobs), jobs=jobs,
                 on_stage=lambda name, _total: stages.append(name))
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert [n for n in names if (tmp_path / "1" / n).read_bytes() != (tmp_path / "2" / n).read_bytes()] == []
    assert b"relation" in (tmp_path / "1" / "findings.jsonl").read_bytes() or \
        (tmp_path / "1" / "relations.csv").stat().st_size > 1000
    assert stages.count("validating") == 2


def test_claims_suites_validated_beside_the_relations_workers_give_the_same_folder(tmp_path: Path,
                                                                                    monkeypatch) -> None:
    """Many documents: the relations are read by the workers while a forked process runs the claims suites; the
    folder is the one a single validation of all suites writes."""
    import checks.gate.run as gate
    import checks.workers as workers

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(gate, "BESIDE_FROM_CLAIMS", 0)
    monkeypatch.setattr(workers, "MIN_PARALLEL_SIZE", 1)  # these few documents are shared out as an archive would be
    folder = ROOT / "tests/corpus/real/en"
    for jobs in (1, 2):
        gate.run([folder], expectations=ROOT / "expectations", reports=tmp_path / str(jobs), jobs=jobs)
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert "findings.jsonl" in names
    assert [n for n in names if (tmp_path / "1" / n).read_bytes() != (tmp_path / "2" / n).read_bytes()] == []
