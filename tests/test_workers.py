"""Work spread over processes gives what one process gives, in the same order."""

from __future__ import annotations

import subprocess
from pathlib import Path

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table
from checks.workers import MIN_PARALLEL_SIZE, ordered_map

from .conftest import ROOT, check_executable


def _corpus() -> list[Document]:
    """The real passages, repeated under new names until the corpus is large enough to be shared out."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests/corpus/real").glob("*/*.txt"))
             if "holdout" not in p.parts]
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
