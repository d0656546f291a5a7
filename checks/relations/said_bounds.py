"""How far a figure said with "nearly" or "odd" reaches: 近137万 is no 110万, and 125万多 no 127万. The words bound
a figure more tightly than "under" or "over" alone, the more digits are written the tighter."""

from __future__ import annotations

import math
import re

from checks.relations.apart import significant_digits

NEARLY_SHARE = 0.8  # "nearly" a figure of one digit: no less than four fifths of it (nearly half is not 23.5%)


def nearly_share(text: str) -> float:
    """How close below its figure "nearly" stays: four fifths for a figure of one digit (近半数, 近4成, nearly 40%),
    closer as more digits are written (近137万 is no 110万: 0.95 of it at three digits)."""
    written = re.search(r"\d+(?:\.\d+)?", text)
    digits = len(significant_digits(written.group(0)).rstrip("0")) if written else 0
    return 1.0 - (1.0 - NEARLY_SHARE) / 2 ** max(0, digits - 1)


# 125万多, 300多万, 7000余: a figure and "odd" after its last written digit (its magnitude either side of 多/余).
_ODD = re.compile(r"(?P<digits>\d+(?:\.\d+)?)(?P<magnitude>[十百千万亿]*)[多余][十百千万亿]*(?:[^\d.]|$)")


def odd_top(text: str, value: float) -> float:
    """The top of a figure that says "odd": below the next step of its last written digit (125万多 and 80万多 are less
    than 126万 and 81万; 300多万 less than 400万; 1.2万余 less than 1.3万), else unbounded (超过125万 and 125万以上
    name no top)."""
    odd = _ODD.search(text)
    if odd is None or not float(odd.group("digits")):
        return math.inf
    digits = odd.group("digits")
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    elif odd.group("magnitude"):  # the odd is below the magnitude's unit: 80万多 is 80万 and some thousands
        step = 1.0
    else:  # 300多万, 7000余: below the next step of the last digit written other than 0
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return value * (float(digits) + step) / float(digits)
