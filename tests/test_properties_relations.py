"""Properties of the relations table (Hypothesis, fixed seed and bounded examples: see tests/conftest.py).

The relations of any claims table built from generated documents are well formed and the same every time and
whatever the other documents; every claim's interval holds its value; and the relations that are symmetric by
nature do not depend on the order of their statements: one quantity stated twice (restated) is found whichever
statement comes first, and the shares of one breakdown (shares_of_whole) add up the same in any order.
"""

from __future__ import annotations

import math
from itertools import permutations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import COLUMNS, RELATIONS, relations_table
from checks.relations.base import bounds, precision

from .strategies import any_text, examples, news


def _tables(texts: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    documents = [Document(f"d{i}.txt", text, "corpus") for i, text in enumerate(texts)]
    claims = claims_table(documents)
    return claims, relations_table(claims, {d.doc: d.text for d in documents})


def _rows(frame: pd.DataFrame) -> list[dict]:
    """A table's rows with every missing value as None (NaN or None depends on the column's dtype, which depends on
    the other rows)."""
    return [{key: None if pd.isna(value) else value for key, value in row.items()}
            for row in frame.to_dict(orient="records")]


@settings(max_examples=examples(0.5))
@given(st.lists(st.one_of(news, any_text), min_size=1, max_size=4))
def test_the_relations_of_any_corpus_are_well_formed_and_the_same_every_time(texts: list[str]) -> None:
    claims, relations = _tables(texts)
    assert list(relations.columns) == list(COLUMNS)
    assert set(relations["relation"]) <= set(RELATIONS)
    assert relations["relation_id"].is_unique
    ids_of = claims.groupby("doc")["claim_id"].apply(set).to_dict() if len(claims) else {}
    for row in relations.itertuples():
        ids = row.claim_ids.split()
        assert ids and set(ids) <= ids_of[row.doc], row
        assert math.isfinite(row.gap) and row.gap >= 0, row
        assert row.arithmetic, row
        for low, high in ((row.stated_low, row.stated_high), (row.implied_low, row.implied_high)):
            assert pd.isna(low) or pd.isna(high) or low <= high, row
    again = relations_table(claims, {f"d{i}.txt": text for i, text in enumerate(texts)})
    pd.testing.assert_frame_equal(relations, again)


@settings(max_examples=examples(0.5))
@given(news, st.lists(news, min_size=1, max_size=3))
def test_a_documents_relations_do_not_depend_on_the_corpus(text: str, others: list[str]) -> None:
    _, alone = _tables([text])
    _, together = _tables([text, *others])
    assert _rows(alone) == _rows(together[together["doc"] == "d0.txt"])


@settings(max_examples=examples(0.5))
@given(news)
def test_every_claims_interval_holds_its_value(text: str) -> None:
    """The interval the relations compare (the stated interval widened by the precision of the last digit written,
    open ends infinite) holds the value; "nearly" keeps at least four fifths of it."""
    claims, _ = _tables([text])
    for claim in _rows(claims):
        low, high = bounds(dict(claim))
        assert precision(claim) >= 0
        assert low <= claim["value"] <= high, claim
        if claim["qualifier"] in ("over", "at_least"):
            assert low >= claim["value"] - 1e-9 * abs(claim["value"]) and high == math.inf, claim
        if claim["qualifier"] in ("under", "at_most"):
            assert high <= claim["value"] + 1e-9 * abs(claim["value"]), claim


# --- relations symmetric by nature -----------------------------------------------------------------------------


def _found(text: str, relation: str) -> frozenset[tuple[tuple[str, ...], float]]:
    """The figures each relation of a kind joins (as written: claim ids depend on the words around a figure, which
    change when statements change places), with its gap."""
    _, relations = _tables([text])
    return frozenset((tuple(sorted(row.texts.split(" | "))), round(row.gap, 6))
                     for row in relations[relations["relation"] == relation].itertuples())


_NUMBERS = st.one_of(st.integers(1, 5000).map(str),
                     st.builds("{}.{}".format, st.integers(0, 999), st.integers(0, 99)))


@st.composite
def _zh_statement(draw, metric: str, period: str, subject: str) -> str:
    """2023年公司营业收入同比增长超12.5%。"""
    opening = draw(st.sampled_from(["", "数据显示，", "此外，"]))
    verb = draw(st.sampled_from(["同比增长", "增长", "达到", "为", "实现"]))
    qualifier = draw(st.sampled_from(["", "超", "近", "约", "逾"]))
    unit = draw(st.sampled_from(["%", "亿元"]))
    return f"{opening}{period}{subject}{metric}{verb}{qualifier}{draw(_NUMBERS)}{unit}。"


@st.composite
def _en_statement(draw, metric: str, period: str) -> str:
    """In 2023, revenue rose more than 12.5%."""
    verb = draw(st.sampled_from(["rose", "reached", "was", "grew"]))
    qualifier = draw(st.sampled_from(["", "more than ", "nearly ", "about "]))
    figure = draw(st.sampled_from(["{}%", "${} billion"])).format(draw(_NUMBERS))
    return f"{period}{metric} {verb} {qualifier}{figure}. "


@settings(max_examples=examples(1))
@given(st.data())
def test_a_restatement_is_found_whichever_statement_comes_first(data: st.DataObject) -> None:
    """Two statements of one quantity (same metric, subject and period): the restated relation, and its gap, do not
    depend on which comes first. Restricted where the code reads by position on purpose: a period stated in one of
    them only is carried forward through its paragraph (1-2月…。其中，出口…: of 1-2月), so both name their period or
    neither does."""
    metric = data.draw(st.sampled_from(["营业收入", "净利润", "社会消费品零售总额", "新能源汽车销量", "出口总额"]))
    other_metric = data.draw(st.sampled_from([metric, metric, "营业收入", "进出口总额"]))
    period = data.draw(st.sampled_from(["2023年", "上半年", "一季度", ""]))
    other_period = data.draw(st.sampled_from([period, period, "2022年"])) if period else ""
    subject = data.draw(st.sampled_from(["", "公司", "全国", "本市"]))
    other_subject = data.draw(st.sampled_from([subject, subject, "腾讯"]))
    first = data.draw(_zh_statement(metric, period, subject))
    second = data.draw(_zh_statement(other_metric, other_period, other_subject))
    head = data.draw(st.sampled_from(["有关情况通报如下。\n", "", "经济运行情况\n"]))
    between = data.draw(st.sampled_from(["", "\n", "\n\n", "其他情况平稳。"]))
    assert _found(head + first + between + second, "restated") == _found(head + second + between + first, "restated")


@settings(max_examples=examples(0.5))
@given(st.sampled_from(["Revenue", "Net income", "Exports"]), st.sampled_from(["In 2023, ", "In the first quarter, ",
                                                                              ""]), st.data())
def test_an_english_restatement_is_found_whichever_statement_comes_first(metric: str, period: str,
                                                                         data: st.DataObject) -> None:
    first, second = data.draw(_en_statement(metric, period)), data.draw(_en_statement(metric, period))
    head = data.draw(st.sampled_from(["Results\n", "", "The company reported its results.\n"]))
    assert _found(head + first + second, "restated") == _found(head + second + first, "restated")


_BREAKDOWNS = [("线上", "线下"), ("城镇", "农村"), ("男性", "女性"), ("第一产业", "第二产业", "第三产业"),
               ("出口", "进口")]


@settings(max_examples=examples(0.5))
@given(st.sampled_from(_BREAKDOWNS), st.data())
def test_the_shares_of_a_breakdown_add_up_the_same_in_any_order(members: tuple[str, ...],
                                                                 data: st.DataObject) -> None:
    """线上占比60%，线下占比45%: whether the shares of one whole exceed 100% (or miss it, when the breakdown is
    complete) does not depend on the order they are listed in."""
    shares = {m: data.draw(st.one_of(st.integers(0, 100).map(str), _NUMBERS)) for m in members}
    word = data.draw(st.sampled_from(["占比", "占比为", "所占比重为"]))
    found = {_found("销售额构成情况。" + "，".join(f"{m}{word}{shares[m]}%" for m in order) + "。", "shares_of_whole")
             for order in permutations(members)}
    assert len(found) == 1, found


def test_the_symmetric_relations_above_are_found_at_all() -> None:
    """The properties above compare findings: these statements of the generators' shapes do give some."""
    restated = _found("有关情况通报如下。\n2023年营业收入同比增长超12%。此外，2023年营业收入同比增长5.5%。", "restated")
    assert [gap for _, gap in restated] == [6.45]  # 12 against 5.5 + 0.05
    english = _found("Results\nIn 2023, Revenue rose 12%. In 2023, Revenue rose about 30%. ", "restated")
    assert len(english) == 1
    shares = _found("销售额构成情况。线上占比60%，线下占比45%。", "shares_of_whole")
    assert [gap for _, gap in shares] == [4.0]  # 59.5 + 44.5 allowing for rounding
