"""A relation reader that fails on one document: the document's other relations are still read, the failure is
named with the document (the gate reports it as an error line naming the document, and exits 2)."""

from __future__ import annotations

import pandas as pd
import pytest

from checks.claims import claims_table
from checks.claims import failed_documents as failed_claims
from checks.documents import Document
from checks.relations import failed_documents, relations_table
from checks.relations.base import Doc, Relation
from checks.relations.restated import restated
from checks.relations.table import FAILURES, document_relations

TEXT = "公司营收同比增长12%。\n\n据财报，三季度公司营收同比增长18.5%，创历史新高。"


def _broken(doc: Doc) -> list[Relation]:
    raise IndexError("list index out of range")


def _group() -> tuple[str, str, list[dict]]:
    table = claims_table([Document("a.txt", TEXT, "a.txt")])
    return "a.txt", TEXT, [dict(row) for _, row in table.iterrows()]


def test_a_failing_reader_costs_only_its_own_relations() -> None:
    failures: list[tuple[str, str]] = []
    rows = document_relations(_group(), failures, detectors=(_broken, restated))
    assert [row["relation"] for row in rows] == ["restated"]
    assert len(failures) == 1
    doc, reason = failures[0]
    assert doc == "a.txt" and "_broken failed" in reason and "IndexError" in reason


def test_without_a_list_for_failures_the_error_is_raised() -> None:
    with pytest.raises(IndexError):
        document_relations(_group(), detectors=(_broken,))


def test_the_table_lists_no_failures_when_every_reader_succeeds() -> None:
    table = claims_table([Document("a.txt", TEXT, "a.txt")])
    relations = relations_table(table, {"a.txt": TEXT}, jobs=2)
    assert failed_documents(relations) == [] and FAILURES in relations.attrs
    assert failed_documents(pd.DataFrame()) == []



def _reader_failing_on_marked_texts(text: str, doc: str):
    """The real reader, except on a text that holds the marker: a fault of ours on one document."""
    if "FAULT" in text:
        raise ValueError("a reading rule broke")
    from checks.extract import extract

    return extract(text, doc)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_whose_reading_fails_costs_only_its_own_claims(jobs: int) -> None:
    documents = [Document(f"d{i}.txt", TEXT * 40 + ("FAULT" if i == 3 else ""), f"d{i}.txt") for i in range(8)]
    table = claims_table(documents, jobs=jobs, reader=_reader_failing_on_marked_texts)
    assert sorted(set(table["doc"])) == [f"d{i}.txt" for i in range(8) if i != 3]
    assert list(table[table["doc"] == "d0.txt"]["text"]) == list(
        claims_table([documents[0]])["text"])  # the others read as ever
    (failure,) = failed_claims(table)
    assert failure[0] == "d3.txt" and "ValueError: a reading rule broke" in failure[1]


def _jsonl_failing_on_marked_texts(document: Document) -> bytes:
    """check extract's reading of one document, except on a text that holds the marker."""
    if "FAULT" in document.text:
        raise ValueError("a reading rule broke")
    from checks import _claims_jsonl_of

    return _claims_jsonl_of(document)


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_extract_reads_on_past_a_document_whose_reading_fails(jobs: int) -> None:
    from checks import _claims_jsonl_of, _read

    documents = [Document(f"d{i}.txt", TEXT * 40 + ("FAULT" if i == 3 else ""), f"d{i}.txt") for i in range(8)]
    failures: list[tuple[str, str]] = []
    chunks = list(_read(_jsonl_failing_on_marked_texts, documents, jobs, None, failures))
    assert chunks == [_claims_jsonl_of(d) for i, d in enumerate(documents) if i != 3]
    assert [doc for doc, _ in failures] == ["d3.txt"] and "ValueError: a reading rule broke" in failures[0][1]
    with pytest.raises(ValueError):  # without a list for failures, the error is the caller's
        list(_read(_jsonl_failing_on_marked_texts, documents, 1, None))
