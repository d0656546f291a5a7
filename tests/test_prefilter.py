"""The word gate in front of a scanner: computed from the pattern, it never shuts out a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.extract.en import quantities
from checks.extract.prefilter import word_gate

ROOT = Path(__file__).resolve().parents[1]


def test_gate_lets_through_the_words_a_pattern_can_start_with() -> None:
    gate = re.compile(word_gate(r"(?:more than|about)\s\d+|one in \d+|\$\d+|\d+%", re.IGNORECASE), re.IGNORECASE)
    # More (7: "more"), $3 (29: "$3"), 7% (33: "7%") and about (37) may start a match; Sales, than, "5,", onerous
    # ("one" is not "one "), "3," and commas cannot; no space and no letter inside a word passes
    assert [m.start() for m in gate.finditer("Sales: More than 5, onerous, $3, 7%, about")] == [7, 29, 33, 37]


def test_gate_lets_words_start_only_where_the_pattern_can() -> None:
    gate = re.compile(word_gate(r"(?:more than|about)\s\d+", re.IGNORECASE), re.IGNORECASE)
    starts = {m.start() for m in gate.finditer("Morning, about more")}
    assert starts == {9, 15}  # "abou", "more": words that may begin a match
    assert 0 not in starts  # "Morn" begins no match
    # not inside a word (1, 10), not a space (8), not the comma (7), which no branch starts with


def test_gate_lets_either_case_through_the_pattern_decides() -> None:
    # (?i:data) inside a case-sensitive pattern: the gate must not shut out "Data"
    pattern = re.compile(r"No\.\s\d|(?i:data) shows")
    gate = re.compile(word_gate(pattern.pattern, pattern.flags))
    assert gate.match("No. 1") and gate.match("no. 1") and gate.match("DATA shows") and gate.match("Data")
    assert gate.match("Nose") is None
    assert pattern.match("no. 1") is None  # the pattern itself still tells the cases apart


def test_gate_falls_back_to_every_word_on_what_it_cannot_read() -> None:
    # a back reference cannot be followed: every word start is let through, as without the gate
    assert word_gate(r"(?P<w>)(?P=w)ab") == r"(?=[^\sA-Za-z]|(?<!\w)[A-Za-z])"
    assert word_gate(r"\w+ \d") == r"(?=[^\sA-Za-z]|(?<!\w)[A-Za-z])"  # a word of any letter


def test_gated_english_scanner_finds_what_the_ungated_one_finds() -> None:
    ungated = re.compile(quantities._FIGURE, re.IGNORECASE)
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests/corpus/real/en").glob("*.txt"))]
    texts.append("More than one in five adults, all but 3 of the 20 firms, the second-largest lender, No. 1, "
                 "US$5 million, C$3, HK$ 2 billion, Rs. 40, minus 3%, nearly half, a third of sales, between 5 and "
                 "7 percent, twice as many, a dozen stores, dozens of shops, seventeen per cent, the 7,300 mark.")
    for text in texts:
        gated_spans = [m.span() for m in quantities.SCANNER_EN.finditer(text)]
        assert gated_spans == [m.span() for m in ungated.finditer(text) if m.group(0)]


def test_gate_reads_what_a_lookahead_says_follows() -> None:
    gate = re.compile(word_gate(r"\b(?:a(?=\s+hundred)|two)\b", re.IGNORECASE), re.IGNORECASE)
    assert gate.match("A hundred") is not None and gate.match("two") is not None
    assert gate.match("and") is None and gate.match("a dog") is None
    gate = re.compile(word_gate(r"(?=[st])(?:second|third)\b"))
    assert gate.match("second") is not None and gate.match("third") is not None and gate.match("sun") is None


def test_a_pattern_with_too_many_openings_is_let_through_whole_after_bounded_work() -> None:
    import sre_parse

    from checks.extract import prefilter
    from checks.extract.en import times

    # the English time words read before a figure: a lookahead, then optional openings that multiply
    pattern, flags = times.TIME_BEFORE.pattern, times.TIME_BEFORE.flags
    assert prefilter.word_gate(pattern, flags) == prefilter.EVERY_WORD
    work = [0]
    with pytest.raises(prefilter._Unknown):
        prefilter._sequence(prefilter._items(sre_parse.parse(pattern, flags)), 4, work)
    assert work[0] <= prefilter._WORK + prefilter._BUDGET  # given up once the whole pattern's work ran out


def test_widest_is_the_longest_span_a_match_can_have() -> None:
    from checks.extract.prefilter import widest

    assert widest(re.compile(r"据[^，]{2,30}(?:数据)?显示")) == 35
    assert widest(re.compile(r"a+b")) is None  # no bound


def test_a_source_is_found_from_its_width_before_the_first_keyword() -> None:
    from checks.extract.zh.assemble import ATTRIBUTION_CUE, ATTRIBUTION_KEYWORD, ATTRIBUTION_WIDTH

    assert ATTRIBUTION_WIDTH is not None
    sentence = "今年以来全市经济运行总体平稳、稳中有进，" * 3 + "市统计局最新发布的调查数据显示，社零总额增长5%，他说。"
    keywords = [found.start() for found in ATTRIBUTION_KEYWORD.finditer(sentence)]
    whole = ATTRIBUTION_CUE.search(sentence)
    assert whole is not None and keywords
    first, last = keywords[0], keywords[-1]
    near = ATTRIBUTION_CUE.search(sentence, max(0, first - ATTRIBUTION_WIDTH), last + ATTRIBUTION_WIDTH + 1)
    assert near is not None and near.span() == whole.span()
    # 称 before 为 is no saying: the character after the window's last source is read, not cut off
    named = "该产品被称为"
    assert ATTRIBUTION_CUE.search(named) is None
    assert ATTRIBUTION_CUE.search(named, 0, named.index("称") + ATTRIBUTION_WIDTH + 1) is None


def test_pair_gate_lets_through_the_first_two_characters_a_match_can_have() -> None:
    from checks.extract.prefilter import pair_gate

    gate = re.compile(pair_gate(r"上[十百]|\d+%|排.{0,3}第"))
    # 上 before 十 (0), a digit before % (4) and 排, after which anything may stand (6); not 上 before 升 (2)
    assert [m.start() for m in gate.finditer("上十上升5%排名第")] == [0, 4, 6]
    assert pair_gate(r".a") == ""  # a match may start anywhere: no gate


def test_pair_gated_finds_what_the_pattern_finds() -> None:
    from checks.extract.prefilter import gated, pair_gated
    from checks.extract.zh.context import PERIOD

    plain = re.compile(PERIOD.pattern)
    both = pair_gated(plain)
    assert both.pattern.startswith(gated(plain).pattern[:gated(plain).pattern.index("])") + 2] + "(?=")
    text = "2024年前三季度营收12.5亿元，同比增长5%，一季度增长3.2%，1-9月份利润30%，25Q3和2025E，上半年，首日9.6万人次"
    assert [m.span() for m in both.finditer(text)] == [m.span() for m in plain.finditer(text)]
    opening = re.compile(r"上[升涨]")  # opens plainly: given as it is
    assert pair_gated(opening) is opening
