"""The word a figure's physical unit is written in (吨, TEU, 千瓦时, tonnes): the claims table's unit "other" says
only that it is none of the units it knows."""

from __future__ import annotations

import re

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
    word = claim["_unit_word"] = _SCALE_WORDS.sub("", text[last_digit + 1:]).strip().lower()
    return word


def unit_key(claim: dict) -> str:
    """A claim's unit as figures of one quantity must share it: the unit, and for a physical unit its word too
    (万吨 and 万TEU, 千瓦时 and 千瓦, tonnes and barrels are all "other" in the claims table)."""
    return f"other:{unit_word(claim)}" if claim["unit"] == "other" else str(claim["unit"])
