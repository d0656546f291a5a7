"""The categories of a consumer price index named alone (价格同比“六涨二降”，其中，衣着上涨1.1%、居住上涨0.1%): a
price release names each category as the figure's quantity, and the category's price is what moved. The categories
are the statistics bureau's eight (食品烟酒, 衣着, 居住, …) and the items a release details (食品, 服务, 猪肉, …); the
comparison the sentence states once (同比, 环比) is each category's basis."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim

CATEGORIES = frozenset({
    "食品烟酒", "衣着", "居住", "生活用品及服务", "交通通信", "交通和通信", "教育文化娱乐", "教育文化和娱乐",
    "医疗保健", "其他用品及服务", "其他用品和服务", "食品", "非食品", "消费品", "工业消费品", "服务", "鲜菜", "鲜果",
    "猪肉", "牛肉", "羊肉", "畜肉", "畜肉类", "禽肉类", "水产品", "蛋类", "粮食", "食用油", "能源", "交通工具用燃料",
    "汽油", "柴油"})
_PRICE_TEXT = re.compile(r"价格|CPI|消费价格")
_BASES = ("同比", "环比")


def category_prices(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims of a price movement whose quantity is a category alone (see the module), read as the category's
    price, with the sentence's one comparison as its basis where it states none."""
    read = list(claims)
    if not _PRICE_TEXT.search(text):
        return read
    for index, claim in enumerate(read):
        if claim.metric not in CATEGORIES or claim.kind not in ("growth", "change") or claim.unit not in ("percent",
                                                                                                        "pp"):
            continue
        said = claim.sentence[:max(0, claim.sentence.find(claim.text))]
        if not _PRICE_TEXT.search(claim.sentence) and not _PRICE_TEXT.search(text, max(0, claim.start - 200),
                                                                               claim.start):
            continue
        bases = [basis for basis in _BASES if basis in said]
        read[index] = claim.replaced(metric=f"{claim.metric}价格",
                                     basis=claim.basis or (bases[0] if len(bases) == 1 else None))
    return read
