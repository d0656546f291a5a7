"""What the costly branches of the Chinese scanner need in a text (see :mod:`checks.extract.shut`): each need
matches wherever its branch could, reading a numeral as any run of the characters a numeral is written with.

- sample_of (5家企业中有3家): 中, then (after a comma and 有, if any) a numeral and its counter.
- rank_span (分列第二至第四位): 至, 到 or a dash, then (after 第, if any) a numeral and 位 or 名.
"""

from __future__ import annotations

import re

from checks.extract.shut import characters
from checks.extract.zh.numerals import NUMERALS

NUMERAL_RUN = characters(NUMERALS.pattern) + "+"
NEEDS = {
    "sample_of": re.compile(rf"中[，,]?有?{NUMERAL_RUN}(?:个|家|人|名|位|款|辆|台|所|户|项|只)"),
    "rank_span": re.compile(rf"(?:至|到|-|—)第?{NUMERAL_RUN}[位名]"),
}
