"""A market report's stocks: 哔哩哔哩-SW收跌10.92%，收报183.50港元；万国数据-SW收跌9.56%，收报33.10港元. A name that
opens its clause and moves by a rate (收跌, 收涨, 上涨, 下跌) owns that rate, of its share price, and the price it
closed at in the clause after (收报, 报收): no index's, whose figures the report gave before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

# A listed name (a Hong Kong listing's mark after a dash: -SW, -W, -B, -S) and its move, opening a clause.
_MOVED = re.compile(r"(?:^|(?<=[，,；;。：:\n]))\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?(?:-[A-Z]{1,2})?)"
                    r"(?:收跌|收涨|收升|下跌|上涨|大跌|大涨|跌|涨)\s*$")
_CLOSED = re.compile(r"^[，,]\s*(?:收报|报收|收于)\s*$")
_NOT_A_STOCK = re.compile(r"指数?$|板块$|行业$|概念$|市场$")


def stock_moves(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, a stock's move and its close read as the stock's (see the module)."""
    read = list(claims)
    if "收报" not in text and "报收" not in text:
        return read
    for index, claim in enumerate(read):
        if claim.kind != "growth" or claim.unit != "percent":
            continue
        moved = _MOVED.search(text, max(0, claim.start - 16), claim.start)
        if moved is None or _NOT_A_STOCK.search(moved.group("name")):
            continue
        name = moved.group("name")
        read[index] = claim.replaced(subject=name, metric="股价", segment=None)
        following = read[index + 1] if index + 1 < len(read) else None
        if following is not None and following.kind == "level" and following.unit not in ("percent", "pp", "count") \
                and _CLOSED.match(text[claim.end:following.start]):
            read[index + 1] = following.replaced(subject=name, metric="收盘价", segment=None)
    return read
