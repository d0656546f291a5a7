"""What the costly branches of the Chinese scanner need in a text (see :mod:`checks.extract.shut`): each need
matches wherever its branch could, reading a numeral as any run of the characters a numeral is written with.

- sample_of (5家企业中有3家): 中, then (after a comma and 有, if any) a numeral and its counter.
- rank_span (分列第二至第四位): 至, 到 or a dash, then (after 第, if any) a numeral and 位 or 名.
- fraction (三分之一, 千分之五): a numeral, then 分之. A numeral of the one character 百 (or 佰) needs no look: where
  fraction could read 百分之五 so, per_hundred, tried before it, reads it first (the same numeral after 分之), so
  百分之 alone, common in Chinese text, leaves the branch shut. Every numeral that reads at the number's place
  tries fraction before the plain figure, which made it a fifth of the scanner's time.
"""

from __future__ import annotations

import re

from checks.extract.shut import characters
from checks.extract.zh.numerals import NUMERALS

NUMERAL_CHARACTER = characters(NUMERALS.pattern)
NUMERAL_RUN = NUMERAL_CHARACTER + "+"
_NOT_HUNDRED = NUMERAL_CHARACTER.replace("百", "").replace("佰", "")  # a one-character numeral other than 百
NEEDS = {
    "sample_of": re.compile(rf"中[，,]?有?{NUMERAL_RUN}(?:个|家|人|名|位|款|辆|台|所|户|项|只)"),
    "rank_span": re.compile(rf"(?:至|到|-|—)第?{NUMERAL_RUN}[位名]"),
    # a run of two numeral characters or more, or one other than 百, right before 分之: written 分之 first, so that the
    # search looks for 分之 alone and reads the characters before it only there (not after every digit of the text)
    "fraction": re.compile(rf"分之(?:(?<={NUMERAL_CHARACTER}{NUMERAL_CHARACTER}分之)|(?<={_NOT_HUNDRED}分之))"),
}
# Once those branches are shut, a digit or a decimal point right after a digit or a decimal point opens no match: the
# plain figure opens outside a number (NOT_INSIDE), the structure after its words, every other branch on a word; only
# sample_of and rank_span read a numeral from any digit. The shut scanner tries no branch there (a tenth of its time).
INSIDE_A_NUMBER = r"(?!(?<=[0-9.])[0-9.])"
