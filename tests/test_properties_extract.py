"""Properties of extraction (Hypothesis, fixed seed and bounded examples: see tests/conftest.py).

Generated news sentences in Chinese and English, with noise and arbitrary unicode mixed in: no input breaks
extraction, every span is the text it claims to be, every interval holds its value and says what its qualifier
means, the output is the same every time and does not depend on the other documents or on figure-free sentences
added around it.
"""

from __future__ import annotations

import math
import re
import unicodedata

import pandas as pd
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from checks.claims import claims_table
from checks.documents import Document
from checks.extract import extract, language, numbers
from checks.extract.claim import DIRECTIONS, KINDS, QUALIFIERS, UNITS
from checks.extract.en.assemble import document_source as en_source
from checks.extract.text import fold_width
from checks.extract.zh.assemble import document_source as zh_source

from .strategies import EN_PLAIN, ZH_PLAIN, any_text, chinese_numeral, examples, news

# --- (1), (2): well-formed claims on any text ------------------------------------------------------------------


_DIGIT = re.compile(r"\d")


def assert_well_formed(text: str, doc: str) -> None:
    claims = extract(text, doc)
    folded = fold_width(text)  # full-width digits are digits
    starts = [c.start for c in claims]
    assert starts == sorted(starts), "claims in order of appearance"
    ids = [c.claim_id for c in claims]
    assert len(set(ids)) == len(ids), "claim ids unique within a document"
    for c in claims:
        # The span lies in the document and is the claim's text; it starts and ends on a character of the figure
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.text, c
        assert c.text == c.text.strip(), c
        assert unicodedata.combining(c.text[0]) == 0, c  # never starts on a mark that belongs to the character before
        # nor inside a number: 12345 is never read as 345, nor 1.5 as 5, nor 123 as 12
        if _DIGIT.match(folded[c.start]):
            assert not re.search(r"\d\.?$", folded[max(0, c.start - 2):c.start]), c
        if _DIGIT.match(folded[c.end - 1]):
            assert not _DIGIT.match(folded[c.end:c.end + 1]), c
        assert c.text in c.sentence, c
        assert c.doc == doc
        # The record's vocabulary
        assert c.unit in UNITS and c.kind in KINDS and c.qualifier in QUALIFIERS, c
        assert c.direction is None or c.direction in DIRECTIONS, c
        # Values finite, and the interval holds the value and says what the qualifier means (README "The claim row")
        assert math.isfinite(c.value), c
        assert all(b is None or math.isfinite(b) for b in (c.lower, c.upper)), c
        assert c.lower is None or c.lower <= c.value, c
        assert c.upper is None or c.value <= c.upper, c
        expected = {"exact": (c.value, c.value), "over": (c.value, None), "at_least": (c.value, None),
                    "under": (None, c.value), "at_most": (None, c.value), "approx": (None, None)}
        if c.qualifier == "range":
            assert c.lower == c.value and (c.upper is None or c.upper >= c.value), c
        else:
            assert (c.lower, c.upper) == expected[c.qualifier], c
    for number in numbers(text):
        assert text[number.start:number.end] == number.text


@settings(max_examples=examples(3))
@given(any_text)
@example("6.23x10^-4")
@example("1e999 9" + "9" * 400)
@example("\U0001f600超\u030170%\u200b，近3.5万人")
def test_any_text_gives_well_formed_claims(text: str) -> None:
    assert_well_formed(text, "doc")


@given(news)
def test_the_same_text_gives_the_same_claims(text: str) -> None:
    assert extract(text, "doc") == extract(text, "doc")


_FULL_WIDTH = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(ord("0"), ord("9") + 1)}, "%": "％"})


@given(news)
def test_full_width_digits_read_as_ascii(text: str) -> None:
    """Full-width digits and ％ are read as ASCII without moving offsets (README "Inputs")."""
    def reading(claims):
        return [(c.start, c.end, c.value, c.unit, c.qualifier, c.lower, c.upper, c.kind, c.direction) for c in claims]

    assert reading(extract(text.translate(_FULL_WIDTH), "doc")) == reading(extract(text, "doc"))


# --- (3) independence from the rest of the corpus and from the rest of the document -----------------------------


def _rows(frame: pd.DataFrame) -> list[dict]:
    """A table's rows with every missing value as None (a column's NaN or None depends on the pandas dtype the whole
    column gets, not on the row)."""
    return [{key: None if not isinstance(value, (list, tuple)) and pd.isna(value) else value
             for key, value in row.items()} for row in frame.to_dict(orient="records")]


@settings(max_examples=examples(0.5))
@given(news, st.lists(news, max_size=3), st.integers(0, 3))
def test_a_documents_claims_do_not_depend_on_the_corpus(text: str, others: list[str], at: int) -> None:
    alone = claims_table([Document("a.txt", text, "corpus")])
    documents = [Document(f"other{i}.txt", other, "corpus") for i, other in enumerate(others)]
    documents.insert(min(at, len(documents)), Document("a.txt", text, "corpus"))
    together = claims_table(documents)
    assert _rows(alone) == _rows(together[together["doc"] == "a.txt"])


def _same_language_plain(text: str, data: st.DataObject) -> str:
    """A sentence without figures in the language of ``text`` (another language could change how the document is
    read: language() decides the document's language, and a stretch of the other one is read in its own)."""
    return data.draw(st.sampled_from(ZH_PLAIN if language(text) == "zh" else EN_PLAIN))


@given(news, st.data())
def test_a_sentence_without_figures_added_at_the_end_changes_nothing(text: str, data: st.DataObject) -> None:
    """Every claim is kept whole, id included. Only where no closing source line stands: 数据来源：X on the last line
    sources the whole document by design, and a sentence after it makes it no longer the closing line."""
    assume(zh_source(text) is None and en_source(text) is None)
    added = text + "\n" + _same_language_plain(text, data)
    assert extract(added, "doc") == extract(text, "doc")


@given(news, st.data())
def test_a_sentence_without_figures_added_at_the_start_keeps_ids_and_readings(text: str, data: st.DataObject) -> None:
    """Claim ids never depend on offsets (README "The claim row"). Subjects are not compared: a report's first owner
    is carried back to the figures before it only within its first 400 characters (links.carry_subjects), and the
    headline or lead a figure stands in changes when a sentence comes first."""
    plain = _same_language_plain(text, data) + "\n"
    before, after = extract(text, "doc"), extract(plain + text, "doc")

    def reading(c, shift=0):
        return (c.claim_id, c.start + shift, c.text, c.value, c.unit, c.qualifier, c.lower, c.upper, c.kind,
                c.direction, c.basis, c.period)

    assert [reading(c, len(plain)) for c in before] == [reading(c) for c in after]


# --- (6) qualifiers and values ----------------------------------------------------------------------------------

# Qualifier words inside the span and the interval they give (README "The claim row": qualifier, lower, upper)
ZH_QUALIFIER = {"超": "over", "超过": "over", "逾": "over", "近": "under", "将近": "under", "不足": "under",
                "约": "approx", "至少": "at_least", "不少于": "at_least", "最多": "at_most", "不超过": "at_most",
                "": "exact"}
ZH_TAIL = {"以上": "over", "左右": "approx", "多": "over", "余": "over"}
ZH_UNIT = {"%": (1, "percent"), "亿元": (1e8, "CNY"), "万元": (1e4, "CNY"), "万人": (1e4, "count"),
           "个百分点": (1, "pp"), "件": (1, "count"), "亿美元": (1e8, "USD"), "万辆": (1e4, "count"),
           "家": (1, "count")}
EN_QUALIFIER = {"more than": "over", "over": "over", "nearly": "under", "almost": "under", "less than": "under",
                "about": "approx", "around": "approx", "roughly": "approx", "at least": "at_least",
                "up to": "at_most", "no more than": "at_most", "": "exact"}
# unit word → (factor, unit); None: money with a currency symbol, else a count; counted nouns stay outside the span
EN_UNIT = {"%": (1, "percent"), " percent": (1, "percent"), " per cent": (1, "percent"),
           " percentage points": (1, "pp"), " billion": (1e9, None), " million": (1e6, None), " stores": (1, "count"),
           " jobs": (1, "count")}


@st.composite
def written_numbers(draw, chinese: bool = True) -> tuple[str, float]:
    """A number as news writes it, and its value: 1234, 1,234,567, 12.5, 一百二十三."""
    form = draw(st.sampled_from(["int", "grouped", "decimal", "chinese"] if chinese else ["int", "grouped", "decimal"]))
    if form == "int":
        n = draw(st.integers(1, 10**7))
        return str(n), float(n)
    if form == "grouped":
        n = draw(st.integers(1000, 10**9))
        return f"{n:,}", float(n)
    if form == "decimal":
        written = f"{draw(st.integers(0, 9999))}.{draw(st.text('0123456789', min_size=1, max_size=2))}"
        return written, float(written)
    n = draw(st.integers(1, 99999))
    return chinese_numeral(n), float(n)


def _the_claim(text: str, figure: str) -> object:
    at = text.index(figure)
    found = [c for c in extract(text, "doc") if c.start <= at + len(figure) - 1 and at < c.end]
    assert len(found) == 1, (text, found)
    return found[0]


@given(st.sampled_from(["公司", "全国", "本市", ""]), st.sampled_from(["上半年", "2023年", ""]),
       st.sampled_from(["营业收入", "销量", "出口", "用户数"]),
       st.sampled_from(["同比增长", "下降", "达到", "为", "实现", "同比减少", "增加"]),
       st.sampled_from(sorted(ZH_QUALIFIER)), written_numbers(), st.sampled_from(sorted(ZH_UNIT)),
       st.sampled_from(["", *sorted(ZH_TAIL)]))
def test_a_chinese_qualifier_gives_its_interval(subject, period, metric, verb, qualifier, number, unit, tail) -> None:
    """超X is over X (lower = X), 近X and 不足X under X (upper = X), 约X approximate, 至少X at least, 最多X at most,
    X以上 over, X左右 approximate; the value is the number times its unit's scale."""
    written, value = number
    tail = "" if qualifier else tail  # one qualifier a figure
    figure = qualifier + written + unit + tail
    claim = _the_claim(f"{subject}{period}{metric}{verb}{figure}。", figure)
    scale, unit_code = ZH_UNIT[unit]
    assert claim.text == figure
    assert claim.unit == unit_code
    assert math.isclose(claim.value, value * scale, rel_tol=1e-9)
    assert claim.qualifier == (ZH_TAIL[tail] if tail else ZH_QUALIFIER[qualifier])
    _interval_matches(claim)


@given(st.sampled_from(["Revenue", "The company's sales", "Exports"]),
       st.sampled_from(["rose", "fell", "reached", "was", "increased by", "grew"]),
       st.sampled_from(sorted(EN_QUALIFIER)), written_numbers(chinese=False), st.sampled_from(sorted(EN_UNIT)),
       st.sampled_from(["$", ""]), st.sampled_from(["year on year", "in 2023", "from a year earlier", ""]))
def test_an_english_qualifier_gives_its_interval(subject, verb, qualifier, number, unit, currency, after) -> None:
    """more than X is over X, nearly/less than X under X, about X approximate, at least X, up to X at most."""
    written, value = number
    scale, unit_code = EN_UNIT[unit]
    currency = "" if unit_code else currency
    # A counted noun counts whole things, and a bare 1900–2100 is a year: no claim by design
    assume(unit_code != "count" or value.is_integer())
    assume(not (written.isdigit() and 1900 <= int(written) <= 2100))
    figure = (qualifier + " " if qualifier else "") + currency + written + unit
    claim = _the_claim(f"{subject} {verb} {figure} {after}".rstrip() + ". Analysts were surprised.", figure)
    assert claim.text == (figure.removesuffix(unit) if unit_code == "count" else figure)
    assert claim.unit == (unit_code or ("USD" if currency else "count"))
    assert math.isclose(claim.value, value * scale, rel_tol=1e-9)
    assert claim.qualifier == EN_QUALIFIER[qualifier]
    _interval_matches(claim)


def _interval_matches(claim) -> None:
    if claim.qualifier in ("over", "at_least"):
        assert claim.lower == claim.value and claim.upper is None
    elif claim.qualifier in ("under", "at_most"):
        assert claim.upper == claim.value and claim.lower is None
    elif claim.qualifier == "approx":
        assert claim.lower is None and claim.upper is None
    else:
        assert claim.lower == claim.upper == claim.value
