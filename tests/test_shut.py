"""Shut branches: a scanner's costly branches are shut only in a text that cannot match them (the same matches)."""

from __future__ import annotations

import re

import pytest

from checks.extract.shut import Shutter, characters
from checks.extract.zh.needs import NEEDS
from checks.extract.zh.quantities import _SCANNERS, SCANNER, scan


def test_characters_of_a_pattern() -> None:
    assert characters(r"(?:\d+|[一二]十?)(?=%)") == r"[\d一二十]"
    with pytest.raises(ValueError):
        characters(r"a.b")  # any character: no class stands in for it
    with pytest.raises(ValueError):
        characters(r"[^，]+")


def test_shut_only_where_the_need_is_missing() -> None:
    shutter = Shutter(r"(?P<pair>\d+:\d+)|(?P<number>\d+)", 0, {"pair": re.compile(r"\d:")})
    assert shutter.scanner("比分3:1") is shutter.whole()
    shut = shutter.scanner("共有31人")
    assert shut is not shutter.whole()
    assert [m.group(0) for m in shut.finditer("共有31人")] == ["31"] and shut.groupindex == shutter.whole().groupindex
    with pytest.raises(ValueError):
        Shutter(r"(?P<number>\d+)", 0, {"pair": re.compile(":")})


@pytest.mark.parametrize("text", ["受访的8家银行中有6家上调了利率", "两家机构处在第二至第四位",
                                  "十个城市中，七个城市房价上涨", "约三分之一的受访者", "不良率为千分之五"])
def test_zh_needs_hold_where_the_branches_match(text: str) -> None:
    found = {name for m in SCANNER.finditer(text) for name in NEEDS if m.group(name) is not None}
    assert found  # the sentence has one of the forms
    assert all(NEEDS[name].search(text) for name in found)
    assert _SCANNERS.scanner(text) is SCANNER


def test_zh_same_figures_with_branches_shut() -> None:
    text = "营收增长12.5%至31亿元，净利润2.3亿元，排名第二。"
    assert _SCANNERS.scanner(text) is not SCANNER
    shut = [(m.span(), m.groupdict()) for m in _SCANNERS.scanner(text).finditer(text)]
    assert shut == [(m.span(), m.groupdict()) for m in SCANNER.finditer(text)]
    assert [(m.unit, m.family) for m in scan(text)] == [("percent", "percent"), ("CNY", "money"), ("CNY", "money"),
                                                        ("count", "rank")]


def test_zh_per_hundred_alone_leaves_fraction_shut() -> None:
    # 百分之 is read by per_hundred, tried before fraction: a text with no other 分之 keeps fraction shut
    text = "占比为百分之四十五，同比增长百分之五至百分之八"
    assert _SCANNERS.scanner(text) is not SCANNER
    shut = [(m.span(), m.groupdict()) for m in _SCANNERS.scanner(text).finditer(text)]
    assert shut == [(m.span(), m.groupdict()) for m in SCANNER.finditer(text)]
    assert [(m.value, m.upper_value) for m in scan(text)] == [(45, None), (5, 8)]


def test_zh_needs_mirror_their_branches() -> None:
    """Each need copies its branch's tail (what follows 中, or the range's second half): a change to the branch must
    change its need, or texts the branch could match would have it shut."""
    from checks.extract.zh.quantities import GAP, NUM, SEP, UNFILTERED

    source = "".join(UNFILTERED.split())  # the scanner is VERBOSE: its spacing is no part of it
    tails = ("中[，,]?(?:有)?(?P<sample_k>{NUM})(?:个|家|人|名|位|款|辆|台|所|户|项|只))",
             "(?:至|到|-|—)第?(?P<rank_to>{NUM})(?:位|名))",
             # fraction's numeral before 分之, and per_hundred before it reading 百分之 with the same numeral after
             "(?P<per_hundred>[百佰]{GAP}分{GAP}之{GAP}(?P<ph_n1>{NUM})(?:{SEP}(?:百分之)?(?P<ph_n2>{NUM}))?)"
             "|(?P<fraction>(?P<fr_den>{NUM})分之(?P<fr_num>{NUM}))")
    for tail in tails:
        assert "".join(tail.replace("{NUM}", NUM).replace("{GAP}", GAP).replace("{SEP}", SEP).split()) in source


def test_zh_narrowing_inside_a_number_finds_what_the_shut_branches_alone_find() -> None:
    """No branch but the shut ones starts at a digit or a decimal point inside a number: the shut scanner with the
    narrowing finds what it finds without it."""
    from pathlib import Path

    texts = [p.read_text("utf-8") for folder in ("tests/corpus/zh", "tests/corpus/real/zh", "seeds")
             for p in sorted((Path(__file__).parent.parent / folder).glob("*.txt"))]
    texts += ["京东11.11全球热卖，2021年10月20日，1.5万元，12.34%，第1.5名，比例为1.2:3.4，3.5.6亿元",
              "结构为7.7:57.5:34.8, 双11, 双11.11, 初1, 第12名, 5.5家, US$1.5, ￥12.5, 1,234.5亿元, 10.0.1版"]
    unnarrowed = re.compile(_SCANNERS.source.replace(Shutter.NARROWING, ""), _SCANNERS.flags)
    narrowed = re.compile(_SCANNERS._shut_source, _SCANNERS.flags)
    plain = re.compile(unnarrowed.pattern, unnarrowed.flags)
    for name in NEEDS:  # the shut scanner without its narrowing
        plain = re.compile(plain.pattern.replace(f"(?P<{name}>", f"(?P<{name}>(?!)", 1), plain.flags)
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in narrowed.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)]
