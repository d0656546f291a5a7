"""Qualifiers: the words that turn a figure into an interval (超 70%, 近 40%, 约 3成, 5万元以上).

Three dimensions: words inside the claim's span before the numeral (``LEADING``) and after its unit
(``TRAILING``), and words that stand before the verb and bound the movement it states (``BOUNDING``,
as in 最多节省75%: the span is 75%, the claim is at most 75%).
"""

from __future__ import annotations

from checks.extract.grammar import Dimension, Rule, constant

LEADING: Dimension[str] = Dimension(
    "leading_qualifier",
    [
        Rule("at_most_words", r"最多|至多|不超过|不高于|最高不超过|最长|最高", constant("at_most"),
             (("最多", "at_most"), ("不超过", "at_most"))),
        Rule("at_least_words", r"不少于|不低于|至少|最少|起码|不止", constant("at_least"),
             (("至少", "at_least"), ("不少于", "at_least"))),
        Rule("over_words", r"超过了|超出了|超过|超出|超|逾|多于|高于|大于|过(?=[百千万萬亿億])", constant("over"),
             (("超过", "over"), ("超过了", "over"), ("超", "over"), ("逾", "over"), ("过", None))),
        Rule("nearly_words", r"将近|接近|近|不到|不足|少于|低于|小于|未满|未达", constant("under"),
             (("近", "under"), ("不足", "under"), ("将近", "under"))),
        Rule("about_words", r"约合|大约|约|大概|差不多", constant("approx"), (("约", "approx"), ("大约", "approx"))),
    ],
)

TRAILING: Dimension[str] = Dimension(
    "trailing_qualifier",
    [
        Rule("and_above", r"及以上|以上|开外", constant("over"), (("以上", "over"),)),
        Rule("and_below", r"及以下|以下", constant("under"), (("以下", "under"),)),
        Rule("within", r"以内|之内", constant("at_most"), (("以内", "at_most"),)),
        Rule("about", r"左右|上下", constant("approx"), (("左右", "approx"),)),
        Rule("and_more", r"多|余", constant("over"), (("多", "over"),)),
    ],
)

# A bound stated before the verb of a movement: 最多节省, 最高可达, 至少增长.
BOUNDING: Dimension[str] = Dimension(
    "bounding_qualifier",
    [
        Rule("peak", r"最高(?:可)?达|最高为|最高至", constant("exact"), (("最高达", "exact"),)),
        Rule("ceiling", r"最多|至多|最高|不超过", constant("at_most"), (("最多", "at_most"),)),
        Rule("not_through", r"(?:未能|没能|尚未|没有|未)(?:突破|超过)", constant("under"),
             (("未能突破", "under"), ("尚未突破", "under"))),  # 营收规模未能突破千亿: below the mark
        Rule("breakthrough", r"首次突破|首破|突破|首超|破", constant("over"), (("突破", "over"), ("首破", "over"))),
        Rule("floor", r"至少|最少|最低|不低于|不少于", constant("at_least"), (("至少", "at_least"),)),
        Rule("about", r"约|大约|大概", constant("approx"), (("约", "approx"),)),
        Rule("nearly", r"将近|接近|近", constant("under"), (("接近", "under"),)),
    ],
)
