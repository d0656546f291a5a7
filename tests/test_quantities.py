"""The scanner's fast path finds exactly what the full pattern finds."""

from __future__ import annotations

import re

from checks.extract.text import fold_width
from checks.extract.zh.quantities import SCANNER, UNFILTERED

from .conftest import CORPUS, SEEDS


def test_trigger_lookahead_loses_nothing() -> None:
    unfiltered = re.compile(UNFILTERED, re.VERBOSE)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))]
    texts.append("约合5000万美元左右，不足三成，最多节省75%，差不多两倍，起码百余项，逾半数，翻两番，排名第三")
    assert texts
    for text in map(fold_width, texts):
        full = [m.group(0).strip() for m in unfiltered.finditer(text)]
        fast = [m.group(0).strip() for m in SCANNER.finditer(text)]
        assert fast == full


def test_bare_magnitude_is_money_after_money_or_before_a_money_word() -> None:
    from checks.extract import extract

    units = lambda text: [(c.text, c.unit) for c in extract(text, "d")]  # noqa: E731
    assert units("全省GDP达到3.02万亿元，首次突破3万亿。") == [("3.02万亿元", "CNY"), ("3万亿", "CNY")]
    assert units("《远山》以超8.26亿的票房领跑。") == [("超8.26亿", "CNY")]
    # a bare magnitude that counts something named after it, or in another sentence, stays a count
    assert units("营收12亿港元，回购1,200万股。")[-1] == ("1,200万", "count")
    assert units("营收12亿元。用户超3亿。")[-1] == ("超3亿", "count")


def test_sampling_share_across_a_comma_and_ranks_kept() -> None:
    from checks.extract import extract

    shares = [(c.text, round(c.value, 1), c.kind) for c in extract("12个行业门类中，9个营业收入保持增长。", "d")]
    assert shares == [("12个行业门类中，9个", 75.0, "share")]
    ranks = [(c.text, c.value, c.kind) for c in extract("乙车销量为2.1万辆，保持第二；丙车蝉联第三。", "d")][1:]
    assert ranks == [("第二", 2.0, "rank"), ("第三", 3.0, "rank")]


def test_provinces_and_places_counted_in_digits_only() -> None:
    from checks.extract import extract

    found = [(c.text, c.unit) for c in extract("全国12省旅游收入超百亿。", "d")]
    assert found == [("12省", "count"), ("超百亿", "CNY")]
    assert [(c.text, c.unit) for c in extract("其中9地增速跑赢全国。", "d")] == [("9地", "count")]
    assert extract("成都、杭州两地订单量居前。", "d") == []  # the scope of the names before it
    assert [c.text for c in extract("共有31个省份。", "d")] == ["31个"]  # 省份 is no 省


def test_the_range_lookahead_mirrors_the_joint() -> None:
    """The scanner looks for a range's joint before trying the units: its marks must be those SEP joins with."""
    import re as regex

    from checks.extract.zh.quantities import RANGE_AHEAD, SEP

    marks = regex.search(r"\[([^\]]*)\]\)$", RANGE_AHEAD)
    assert marks is not None
    assert set(marks.group(1)) == {chr(code) for code in range(0x10000) if regex.fullmatch(SEP, chr(code))}
