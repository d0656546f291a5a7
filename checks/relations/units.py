"""The word a figure's physical unit is written in (吨, TEU, 千瓦时, tonnes): the claims table's unit "other" says
only that it is none of the units it knows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (base reads units: the type only)
    from checks.relations.base import Doc

# What a figure's written unit starts with that scales it rather than names it: 万吨 and 亿千瓦时 are tonnes and
# kilowatt-hours, 2.1 million tonnes are tonnes.
_SCALE_WORDS = re.compile(r"^(?:千?[万亿]+[多余]?|[多余]|\s*(?:thousand|million|billion|trillion|mn|bn|m|k)\b)\s*",
                          re.IGNORECASE)
# The digits of a figure, Arabic or Chinese (三万吨, 两亿千瓦时); not 千, which begins 千瓦时, 千克 and 千米.
_NUMERAL = frozenset("0123456789零一二三四五六七八九十百两〇")
_TRAILING_QUALIFIERS = re.compile(r"(?:左右|以上|以下|多|余|\s)+$")


def unit_word(claim: dict) -> str:
    """The word a figure of a physical unit (the claims table's unit "other") is written in, without its scale:
    吨 in 143449万吨, TEU in 8254.60万TEU, 千瓦时 in 5000亿千瓦时, tonnes in 2.1 million tonnes. Worked out once per
    claim."""
    try:
        return claim["_unit_word"]
    except KeyError:
        pass
    text = _TRAILING_QUALIFIERS.sub("", str(claim["text"]))
    last_digit = max((i for i, ch in enumerate(text) if ch in _NUMERAL), default=-1)
    word = _SCALE_WORDS.sub("", text[last_digit + 1:]).strip().lower()
    word = claim["_unit_word"] = _SAME_WORD.get(word, word)
    return word


# Words of one unit written two ways: 平米 is the everyday 平方米.
_SAME_WORD = {"平米": "平方米"}


def unit_key(claim: dict) -> str:
    """A claim's unit as figures of one quantity must share it: the unit, and for a physical unit its word too
    (万吨 and 万TEU, 千瓦时 and 千瓦, tonnes and barrels are all "other" in the claims table)."""
    return f"other:{unit_word(claim)}" if claim["unit"] == "other" else str(claim["unit"])


# A Chinese amount's name (网上零售额, 营业收入, 生产总值): a bare 10万亿 under it is yuan, as headlines write it.
_MONEY_NAME = re.compile(r"(?:额|收入|营收|总值|利润|净利|产值|增加值|GDP|投资|消费|支出|揽金|吸金|创收|进账)$")


def money_unit(claim: dict) -> str | None:
    """The yuan of a figure with a scale and no unit word whose name is an amount (网上零售额超10万亿 in a headline,
    9.63万亿元 in the text), so that it is bucketed with the amounts it restates; None for any other figure."""
    if claim["unit"] != "count" or unit_word(claim) or not _MONEY_NAME.search(str(claim.get("metric") or "")):
        return None
    return "CNY" if re.search(r"[万亿]", str(claim["text"])) else None


_CURRENCY = re.compile(r"本外币|人民币|外币|外汇")
_EXPRESSED_IN = re.compile(r"\b(?:expressed|measured|denominated)\s+in\s+[a-z]+|(?:按|以)(?:美元|人民币)计", re.I)


def other_currency(doc: Doc, first: dict, second: dict) -> bool:
    """Two currencies' figures: 人民币各项贷款 and 各项贷款 in a text of 本外币 figures (in one currency, and in all);
    a rate "expressed in euros" and the same rate in the text's own currency."""
    expressed = [_EXPRESSED_IN.search(doc.text, doc.sentence(c)[0], int(c["start"])) for c in (first, second)]
    if (expressed[0] and expressed[0].group(0).lower()) != (expressed[1] and expressed[1].group(0).lower()):
        return True  # exports up 42.5% (in dollars); Expressed in euros, exports jumped 32%
    if "本外币" not in doc.text:
        return False
    found = [_CURRENCY.search(str(c.get("metric") or "")) for c in (first, second)]
    return (found[0] and found[0].group(0)) != (found[1] and found[1].group(0))


def counters_agree(a: dict, b: dict) -> bool:
    """Whether two counts count one thing by their counters (家 and 款 differ): the same, or one written without
    any, or both with a scale and one with no counter after it (3.7亿 people and 7.4亿人: the counter written once;
    not 4650万台 and 3.53亿部)."""
    def counter(claim: dict) -> str:
        text = str(claim["text"]).rstrip("以上左右余多 ")
        return text[-1:] if text[-1:] and not text[-1:].isdigit() else ""

    def scaled(claim: dict) -> bool:
        return re.search(r"\d\s*[万亿]", str(claim["text"])) is not None

    one, other = counter(a), counter(b)
    return one == other or not one or not other or (scaled(a) and scaled(b) and (one in "万亿" or other in "万亿"))


def in_money(claim: dict) -> bool:
    """Whether a figure is an amount of money: its unit a currency's code (USD, CNY)."""
    return re.fullmatch(r"[A-Z]{3}", str(claim["unit"])) is not None
