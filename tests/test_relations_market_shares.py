"""Members told with their level and their share of a total stated before them, as market reports tell vendors:
each share is the level over the total, once another member's share shows the total is their whole. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .flags import flagged

ZH = ("当季，全球手机总出货3.53亿部，同比下滑1.3%。三星出货8040万部，同比增长2.9%，份额22.7%。"
      "华为出货5190万部，份额14.7%。")
EN = ("Global smartphone shipments fell 1.3% to 353 million units in the third quarter. Samsung shipped 80.4 million "
      "units, giving it a 22.7% share of the market. Huawei shipped 51.9 million units for a 14.7% share.")


@pytest.mark.parametrize("text", [ZH, EN])
def test_shares_that_are_their_levels_over_the_total_pass(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(("text", "texts"), [
    (ZH.replace("份额22.7%", "份额32.7%"), "8040万部 | 3.53亿部 | 32.7%"),
    (ZH.replace("5190万部", "6190万部"), "6190万部 | 3.53亿部 | 14.7%"),
    (EN.replace("a 22.7% share", "a 25.7% share"), "80.4 million | 353 million | 25.7%"),
])
def test_a_share_its_level_and_the_total_deny_is_flagged(text: str, texts: str) -> None:
    assert flagged(text) == [("share_vs_counts", texts)]


def test_a_total_no_other_members_share_bears_out_is_not_their_whole() -> None:
    # both shares are of another whole (the Chinese market, say): neither agrees with the total, so none is judged
    assert flagged(ZH.replace("份额22.7%", "份额32.7%").replace("份额14.7%", "份额20.9%")) == []


def test_figures_retold_to_three_digits_are_read_so() -> None:
    # 4650万 of 3.53亿 is 13.17%, the report's 46.5 million of its unrounded total 13.1%
    assert flagged("全球手机总出货3.53亿部。小米出货4650万台，占比13.1%。苹果出货4160万台，份额11.8%。") == []
