"""Reading documents: decoding bytes, files, folders, JSONL corpora and standard input."""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest

from checks.documents import Document, DocumentError, UndecodableError, decode, read_paths

SENTENCE = "今年营收同比增长12%，门店超过300家。"
OTHER = "去年公司员工约500人，利润下降4.2%。"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _jsonl(path: Path, records: list[object]) -> Path:
    lines = [record if isinstance(record, str) else json.dumps(record, ensure_ascii=False) for record in records]
    return _write(path, "".join(line + "\n" for line in lines))


# --- decode ---------------------------------------------------------------------------------------------------


def test_decode_utf8() -> None:
    assert decode(SENTENCE.encode("utf-8")) == (SENTENCE, "utf-8")


def test_decode_utf8_with_bom_strips_the_mark() -> None:
    text, encoding = decode(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"))
    assert text == SENTENCE
    assert not text.startswith("\ufeff")
    assert encoding == "utf-8"


@pytest.mark.parametrize(("bom", "codec"), [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_decode_byte_order_marks(bom: bytes, codec: str) -> None:
    text, encoding = decode(bom + SENTENCE.encode(codec))
    assert text == SENTENCE
    assert encoding == codec


def test_decode_gbk_chinese_falls_back_to_gb18030() -> None:
    data = SENTENCE.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the premise: these bytes are not UTF-8
    text, encoding = decode(data)
    assert text == SENTENCE
    assert encoding == "gb18030"


def test_decode_gb18030_only_characters() -> None:
    text = "𠮷野家门店超过300家。"  # 𠮷 is outside GBK, inside GB18030
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_decode_keeps_crlf_and_full_width_characters() -> None:
    text = "第一行\r\n营收增长１２％。\r\n"
    assert decode(text.encode("utf-8"))[0] == text


def test_decode_empty_bytes_is_empty_text() -> None:
    assert decode(b"") == ("", "utf-8")


def test_decode_png_header_is_binary() -> None:
    with pytest.raises(UndecodableError, match="binary"):
        decode(PNG_HEADER)


def test_decode_random_bytes_with_nuls_is_binary() -> None:
    rng = random.Random(20240601)
    data = bytes(rng.randrange(256) for _ in range(2048)) + b"\x00\x00"
    with pytest.raises(UndecodableError):
        decode(data)


def test_decode_utf16_without_bom_is_not_text() -> None:
    with pytest.raises(UndecodableError):
        decode(SENTENCE.encode("utf-16-le"))


def test_decode_text_full_of_control_characters_is_binary() -> None:
    data = ("\x01\x02\x03\x04\x05\x06" * 20 + SENTENCE).encode("utf-8")
    with pytest.raises(UndecodableError, match="control"):
        decode(data)


def test_decode_counts_control_characters_up_to_its_threshold() -> None:
    # two in a short text are tolerated (a stray form of a copy-paste), a third is binary; tab, newline, carriage
    # return and form feed are text
    assert decode(("\x01\x1b" + SENTENCE + "\t\n\r\f").encode("utf-8"))[0].startswith("\x01")
    with pytest.raises(UndecodableError, match="control"):
        decode(("\x01\x1b\x7f" + SENTENCE).encode("utf-8"))


def test_strict_json_refuses_nesting_beyond_its_limit_only() -> None:
    from checks.documents.jsontext import MAX_JSON_DEPTH, strict_json

    deep = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert strict_json(deep) is not None
    with pytest.raises(ValueError, match="nested deeper"):
        strict_json("[" + deep + "]")
    # brackets inside strings are text, however many
    assert strict_json(json.dumps({"text": "[" * 100})) == {"text": "[" * 100}


def test_decode_invalid_after_bom() -> None:
    with pytest.raises(UndecodableError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc")


# --- files ----------------------------------------------------------------------------------------------------


def test_read_text_file_is_named_by_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "sub" / "news.txt", SENTENCE)
    documents, errors = read_paths([path])
    assert errors == []
    assert documents == [Document("news.txt", SENTENCE, str(path), "utf-8")]


@pytest.mark.parametrize(("data", "encoding"), [
    (SENTENCE.encode("gbk"), "gb18030"),
    (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8"),
])
def test_read_encoded_files(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = _write(tmp_path / "a.txt", data)
    documents, errors = read_paths([str(path)])
    assert errors == []
    assert len(documents) == 1
    assert documents[0].text == SENTENCE
    assert documents[0].encoding == encoding


def test_empty_file_is_a_document_with_empty_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.txt", b"")
    documents, errors = read_paths([path])
    assert errors == []
    assert [(d.doc, d.text) for d in documents] == [("empty.txt", "")]


def test_binary_file_is_an_error_and_others_still_read(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", SENTENCE)
    image = _write(tmp_path / "image.txt", PNG_HEADER)
    other = _write(tmp_path / "other.md", OTHER)
    documents, errors = read_paths([good, image, other])
    assert [d.doc for d in documents] == ["good.txt", "other.md"]
    assert len(errors) == 1
    assert isinstance(errors[0], DocumentError)
    assert errors[0].source == str(image)
    assert errors[0].line is None
    assert str(errors[0]).startswith(f"{image}: ")


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    documents, errors = read_paths([missing])
    assert documents == []
    assert len(errors) == 1
    assert errors[0].source == str(missing)
    assert "no such" in errors[0].reason


def test_file_argument_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = _write(tmp_path / "article.html", SENTENCE)
    documents, errors = read_paths([path])
    assert errors == []
    assert [d.doc for d in documents] == ["article.html"]


# --- folders --------------------------------------------------------------------------------------------------


def test_folder_reads_txt_and_md_recursively_with_relative_posix_names(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    _write(root / "a.txt", SENTENCE)
    _write(root / "sub" / "b.md", OTHER)
    _write(root / "sub" / "deeper" / "c.txt", "门店超过300家。")
    _write(root / "notes.csv", "1,2,3")
    _write(root / "page.html", SENTENCE)
    _write(root / "corpus.jsonl", json.dumps({"id": "x", "text": SENTENCE}) + "\n")
    _write(root / "image.png", PNG_HEADER)
    _write(root / ".hidden" / "secret.txt", SENTENCE)
    _write(root / "sub" / ".cache" / "d.txt", SENTENCE)
    documents, errors = read_paths([root])
    assert errors == []
    assert sorted(d.doc for d in documents) == ["a.txt", "sub/b.md", "sub/deeper/c.txt"]
    by_doc = {d.doc: d for d in documents}
    assert by_doc["sub/b.md"].text == OTHER
    assert Path(by_doc["sub/deeper/c.txt"].source) == root / "sub" / "deeper" / "c.txt"


def test_folder_given_with_trailing_slash(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    _write(root / "x" / "a.txt", SENTENCE)
    documents, errors = read_paths([f"{root}/"])
    assert errors == []
    assert [d.doc for d in documents] == ["x/a.txt"]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    documents, errors = read_paths([root])
    assert documents == []
    assert len(errors) == 1
    assert errors[0].source == str(root)


def test_folder_without_text_files_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _write(root / "table.csv", "a,b\n1,2\n")
    _write(root / ".hidden" / "a.txt", SENTENCE)
    documents, errors = read_paths([root])
    assert documents == []
    assert len(errors) == 1


def test_binary_file_in_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    _write(root / "a.txt", SENTENCE)
    _write(root / "broken.txt", PNG_HEADER)
    documents, errors = read_paths([root])
    assert [d.doc for d in documents] == ["a.txt"]
    assert len(errors) == 1
    assert errors[0].source == str(root / "broken.txt")


# --- JSONL corpora --------------------------------------------------------------------------------------------


def test_corpus_lines_become_documents(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [{"id": "n1", "text": SENTENCE}, {"id": 2, "text": OTHER}])
    documents, errors = read_paths([path])
    assert errors == []
    assert [(d.doc, d.text) for d in documents] == [("n1", SENTENCE), ("2", OTHER)]
    assert [d.source for d in documents] == [f"{path}:1", f"{path}:2"]


def test_corpus_custom_field_names(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [
        {"url": "https://example.cn/1", "body": SENTENCE, "text": "ignored"},
        {"url": "https://example.cn/2", "body": OTHER},
    ])
    documents, errors = read_paths([path], id_field="url", text_field="body")
    assert errors == []
    assert [(d.doc, d.text) for d in documents] == [("https://example.cn/1", SENTENCE),
                                                     ("https://example.cn/2", OTHER)]


def test_corpus_default_fields_missing_when_renamed(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [{"url": "u1", "body": SENTENCE}])
    documents, errors = read_paths([path])
    assert documents == []
    assert len(errors) == 1
    assert errors[0].line == 1
    assert "'text'" in errors[0].reason


def test_corpus_invalid_line_is_an_error_naming_the_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [
        {"id": "a", "text": SENTENCE},
        '{"id": "b", "text": "门店超过',
        {"id": "c", "text": OTHER},
    ])
    documents, errors = read_paths([path])
    assert [d.doc for d in documents] == ["a", "c"]
    assert [d.source for d in documents] == [f"{path}:1", f"{path}:3"]
    assert len(errors) == 1
    assert errors[0].source == str(path)
    assert errors[0].line == 2
    assert str(errors[0]).startswith(f"{path}:2: ")
    assert "JSON" in errors[0].reason


def test_corpus_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = _write(tmp_path / "news.jsonl",
                  json.dumps({"id": "a", "text": SENTENCE}) + "\n\n   \n" + "not json\n")
    documents, errors = read_paths([path])
    assert [d.doc for d in documents] == ["a"]
    assert [e.line for e in errors] == [4]


def test_corpus_duplicate_id_is_an_error_keeping_the_first(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [
        {"id": "a", "text": SENTENCE},
        {"id": "b", "text": OTHER},
        {"id": "a", "text": "另一篇文章。"},
    ])
    documents, errors = read_paths([path])
    assert [(d.doc, d.text) for d in documents] == [("a", SENTENCE), ("b", OTHER)]
    assert len(errors) == 1
    assert errors[0].line == 3
    assert "duplicate" in errors[0].reason
    assert "'a'" in errors[0].reason


@pytest.mark.parametrize("record", [
    {"id": "a"},
    {"id": "a", "text": None},
    {"id": "a", "text": 12},
    {"id": "a", "body": SENTENCE},
])
def test_corpus_missing_or_non_string_text_is_an_error(tmp_path: Path, record: dict[str, object]) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [{"id": "ok", "text": OTHER}, record])
    documents, errors = read_paths([path])
    assert [d.doc for d in documents] == ["ok"]
    assert [(e.source, e.line) for e in errors] == [(str(path), 2)]
    assert "text" in errors[0].reason


@pytest.mark.parametrize("record", [{"text": SENTENCE}, {"id": None, "text": SENTENCE}, {"id": [1], "text": SENTENCE}])
def test_corpus_missing_id_is_an_error(tmp_path: Path, record: dict[str, object]) -> None:
    path = _jsonl(tmp_path / "news.jsonl", [record])
    documents, errors = read_paths([path])
    assert documents == []
    assert [e.line for e in errors] == [1]
    assert "id" in errors[0].reason


def test_corpus_line_that_is_not_an_object_is_an_error(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "news.jsonl", ['["a", "b"]', {"id": "x", "text": SENTENCE}])
    documents, errors = read_paths([path])
    assert [d.doc for d in documents] == ["x"]
    assert [e.line for e in errors] == [1]


def test_corpus_gbk_encoded_with_crlf(tmp_path: Path) -> None:
    content = "\r\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                          for i, t in (("a", SENTENCE), ("b", OTHER))) + "\r\n"
    path = _write(tmp_path / "news.jsonl", content.encode("gbk"))
    documents, errors = read_paths([path])
    assert errors == []
    assert [(d.doc, d.text) for d in documents] == [("a", SENTENCE), ("b", OTHER)]


def test_corpus_that_is_binary_is_one_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "news.jsonl", PNG_HEADER)
    documents, errors = read_paths([path])
    assert documents == []
    assert len(errors) == 1
    assert errors[0].line is None


def test_corpus_text_with_unicode_line_separator(tmp_path: Path) -> None:
    text = "第一段\u2028今年营收同比增长12%。"
    path = _jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": text}, {"id": "b", "text": OTHER}])
    documents, errors = read_paths([path])
    assert errors == []
    assert [(d.doc, d.text, d.source) for d in documents] == [("a", text, f"{path}:1"), ("b", OTHER, f"{path}:2")]


# --- standard input and mixtures ------------------------------------------------------------------------------


def test_stdin_dash() -> None:
    documents, errors = read_paths(["-"], stdin=[SENTENCE.encode("utf-8")[:10], SENTENCE.encode("utf-8")[10:]])
    assert errors == []
    assert [(d.doc, d.text, d.source) for d in documents] == [("-", SENTENCE, "<stdin>")]


def test_stdin_gbk() -> None:
    documents, errors = read_paths(["-"], stdin=[SENTENCE.encode("gbk")])
    assert errors == []
    assert documents[0].text == SENTENCE
    assert documents[0].encoding == "gb18030"


def test_stdin_binary_is_an_error() -> None:
    documents, errors = read_paths(["-"], stdin=[PNG_HEADER])
    assert documents == []
    assert [e.source for e in errors] == ["<stdin>"]


def test_mixture_keeps_argument_order(tmp_path: Path) -> None:
    text_file = _write(tmp_path / "one.txt", SENTENCE)
    corpus = _jsonl(tmp_path / "c.jsonl", [{"id": "c1", "text": OTHER}])
    folder = tmp_path / "f"
    _write(folder / "z.md", "门店超过300家。")
    documents, errors = read_paths([corpus, "-", text_file, folder, tmp_path / "missing"],
                                   stdin=[b"\xe8\x90\xa5\xe6\x94\xb6"])
    assert [d.doc for d in documents] == ["c1", "-", "one.txt", "z.md"]
    assert documents[1].text == "营收"
    assert [e.source for e in errors] == [str(tmp_path / "missing")]
