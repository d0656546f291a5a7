"""What values a claim allows: its interval, widened by the precision it is stated with (23% allows 22.5–23.5).

Evidence matching and the relations between claims compare the same intervals, so they share this one rule.
"""

from __future__ import annotations

import math
import re

# An "about" figure (约, 左右) is read as within this share of its value, or its precision if wider.
APPROX_SHARE = 0.05

# 321 146件: thousands set apart by a space; 8,69,000: the Indian grouping
# and 27,5%: a decimal comma (one or two digits after it, no more groups)
_ARABIC = re.compile(r"\d{1,3}(?: \d{3})+(?:\.(\d+))?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.(\d+))?|\d{1,3},(\d{1,2})(?![\d,])|"
                     r"\d+(?:,\d{3})*(?:\.(\d+))?")


_TRILLIONS = re.compile(r"兆\d+(?:\.(\d+))?亿")
_CHINESE_DECIMALS = re.compile(r"[点點]([零〇一二三四五六七八九]+)(万亿|万|亿)?")
_TEN_THOUSANDS = re.compile(r"亿(\d{1,4})万")  # 1054亿7000万: the last digit written is of the 万 after 亿


def stated_precision(text: str, value: float) -> float:
    """Half of one unit of the last digit the claim writes, in the claim's normalised unit.

    23% → 0.5; 3.6天 → 0.05; 5亿件 → 50,000,000; 八成 → 5 (percent); 百分之四十五 → 0.5; 9,000 → 500; 33,400 → 50.
    """
    compound = _TRILLIONS.search(text)
    if compound is not None:  # 23兆1200亿: the last digit written is of the 亿 after 兆
        return 10.0 ** -len(compound.group(1) or "") * 1e8 / 2
    beneath = _TEN_THOUSANDS.search(text)
    if beneath is not None:  # 7000万: to the thousand 万, as its zeros say
        digits = beneath.group(1)
        return 10.0 ** (len(digits) - len(digits.rstrip("0"))) * 1e4 / 2
    match = _ARABIC.search(text)
    decimal = None if match is not None else _CHINESE_DECIMALS.search(text)
    if decimal is not None:  # 六十点三四美元: to the hundredth; 十四点八亿: to the tenth of 亿
        scale = 1e12 if decimal.group(2) == "万亿" else {"万": 1e4, "亿": 1e8}.get(decimal.group(2), 1.0)
        return 10.0 ** -len(decimal.group(1)) * scale / 2
    if match is None:  # Chinese numerals: the place of the last non-zero digit of the value (零: the unit)
        magnitude = abs(value)
        place = 1.0
        while magnitude >= place * 10 and (magnitude / (place * 10)).is_integer():
            place *= 10
        return place / 2
    written = float(match.group(0).replace(",", ".") if match.group(3) else
                    match.group(0).replace(",", "").replace(" ", ""))
    decimals = len(match.group(1) or match.group(2) or match.group(3) or match.group(4) or "")
    step = 10.0 ** -decimals
    if not decimals and match.group(0).endswith(",000"):
        step = 1000.0  # 9,000 and 717,000 in a statistics release are rounded to the thousand
    elif not decimals and match.group(0).endswith("00") and "," in match.group(0) and written >= 10_000:
        step = 100.0  # 33,400 and 11,592,200 in a labour force survey are rounded to the hundred
    scale = abs(value) / written if written else 1.0  # 万, 亿, 成 and the like
    return step * scale / 2


def claim_interval(row: dict[str, object], tolerance: float) -> tuple[float, float]:
    """The values a claim allows: its interval (open ends unbounded), widened by the tolerance."""
    value = float(row["value"])  # type: ignore[arg-type]
    qualifier = row["qualifier"]
    lower, upper = row.get("lower"), row.get("upper")
    if qualifier == "approx":
        spread = max(tolerance, abs(value) * APPROX_SHARE)
        return value - spread, value + spread
    low = -math.inf if lower is None or (isinstance(lower, float) and math.isnan(lower)) else float(lower)  # type: ignore[arg-type]
    high = math.inf if upper is None or (isinstance(upper, float) and math.isnan(upper)) else float(upper)  # type: ignore[arg-type]
    if qualifier in ("over", "at_least", "under", "at_most"):
        return low, high  # 超八成 states a bound, not a rounded value
    return low - tolerance, high + tolerance
