"""The real-text consistency bench's scorer: a flagged relation is credited to a planted error when it names the
edited figure."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from bench.consistency_real import _involves, changed_span


def _edit(text: str, find: str, replace: str) -> tuple[str, dict]:
    start = text.index(find)
    edited = text[:start] + replace + text[start + len(find):]
    return edited, {"find": find, "replace": replace, "start": start, "end": start + len(replace)}


def _claims(text: str, spans: dict[str, str]) -> pd.DataFrame:
    rows = [{"claim_id": cid, "start": text.index(part), "end": text.index(part) + len(part), "text": part}
            for cid, part in spans.items()]
    return pd.DataFrame(rows)


def test_changed_span_is_what_the_edit_changed() -> None:
    text, entry = _edit("两项分别高于全市7.7和34.7个百分点。", "7.7和34.7", "9.7和34.7")
    start, end = changed_span(entry)
    assert text[start:end] == "9"


def test_a_claim_longer_than_the_edit_is_credited() -> None:
    # the claim is read with its noun, so its text is not inside the replacement, nor its digits inside the edit's
    text, entry = _edit("全市共有21个行业中,21个实现增长,另有2个持平。", "共有21个", "共有27个")
    claims = _claims(text, {"a": "27个行业中,21个", "b": "2个"})
    row = SimpleNamespace(claim_ids="a b", texts="27个行业中,21个 | 2个")
    assert _involves(row, entry, text, claims)


def test_an_unchanged_figure_in_the_replacement_is_not_credited() -> None:
    text, entry = _edit("两项分别高于全市7.7和34.7个百分点。", "7.7和34.7", "9.7和34.7")
    claims = _claims(text, {"a": "34.7个百分点"})
    row = SimpleNamespace(claim_ids="a", texts="34.7个百分点")
    assert not _involves(row, entry, text, claims)
    assert _involves(SimpleNamespace(claim_ids="b", texts="9.7"), entry, text, _claims(text, {"b": "9.7"}))


def test_an_edit_of_words_is_credited_to_a_relation_of_the_figures_around_it() -> None:
    text, entry = _edit("所占份额为8.9%，高于去年同期的8.6%。其余为9.1%。", "高于去年", "低于去年")
    claims = _claims(text, {"a": "8.9%", "b": "8.6%", "c": "9.1%"})
    assert _involves(SimpleNamespace(claim_ids="a b", texts="8.9% | 8.6%"), entry, text, claims)
    # figures on one side of the changed words do not read them
    assert not _involves(SimpleNamespace(claim_ids="b c", texts="8.6% | 9.1%"), entry, text, claims)
