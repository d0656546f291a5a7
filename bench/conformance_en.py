"""The English rows of `make conformance`: Recognizers-Text English Number, Percent, Currency and Dimension models,
and quantulum3's English cases, read from ../shared/peer-specs (nothing is copied here).

Number is numeral mode (``checks.extract.numbers(text, lang="en")``); the others are claim mode (our mentions), put
in the other project's conventions by an adapter: qualifier words are cut from our spans (Recognizers-Text leaves
"more than" out), cents and pence are counted in cents and pence, and the currency's name is read off the span as
Recognizers-Text names it ($ alone is "Dollar", US$ "United States dollar", C$ "Canadian dollar").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

from bench.conformance import PEER_SPECS, RT, Result, _close, _core_span, _load, _rt_compare
from checks.extract import mentions, numbers
from checks.extract.mention import Mention

QUANTULUM = PEER_SPECS / "quantulum3" / "quantulum3" / "_lang" / "en_US" / "tests"

# Our qualifier words, cut from a span's ends before it is compared (Recognizers-Text's spans have none).
_LEAD = tuple(w + " " for w in (
    "more than", "over", "above", "upwards of", "in excess of", "just over", "exceeding", "greater than", "at least",
    "no fewer than", "no less than", "a minimum of", "nearly", "almost", "close to", "less than", "fewer than",
    "under", "below", "just under", "up to", "at most", "no more than", "as many as", "as much as", "about",
    "around", "approximately", "roughly", "some", "an estimated", "circa", "an average of", "between"))
_TAIL = tuple(" " + w for w in ("or more", "and above", "plus", "or higher", "or less", "or fewer", "or so"))

# (a pattern on our span, lower-cased) → Recognizers-Text's currency name, and the factor to its unit
_CURRENCY_NAMES: tuple[tuple[str, str, float], ...] = (
    (r"\bdollars?\b.*\bcents\b", "Dollar", 1.0),  # 3 dollars 50 cents: one amount, in dollars
    (r"\bcents?\b|-cent\b", "Cent", 100.0), (r"\bpence\b|\d\s?p$", "Pence", 100.0), (r"\bpenny\b", "Penny", 100.0),
    (r"\bmex\s?\$", "Mexican peso", 1.0), (r"\bu\.?s\.?\s?\$|\bus dollars?\b|\bu\.s\. dollars?\b",
                                           "United States dollar", 1.0),
    (r"\bc\s?\$|\bca\$|\bcad\b|canadian dollars?", "Canadian dollar", 1.0),
    (r"\ba\s?\$|\bau\$|\baud\b|australian dollars?", "Australian dollar", 1.0),
    (r"\bhk\s?\$|\bhkd\b|hong kong dollars?", "Hong Kong dollar", 1.0),
    (r"\bnz\s?\$|\bnzd\b|new zealand dollars?", "New Zealand dollar", 1.0),
    (r"\bs\s?\$|\bsgd\b|singapore dollars?", "Singapore dollar", 1.0),
    (r"\$|\bdollars?\b", "Dollar", 1.0), (r"£|\bpounds?\b|\bgbp\b|\bsterling\b", "Pound", 1.0),
    (r"€|\beuros?\b|\beur\b", "Euro", 1.0), (r"\byen\b|\bjpy\b", "Japanese yen", 1.0),
    (r"\byuan\b|\brmb\b|\bcny\b|\brenminbi\b|元", "Chinese yuan", 1.0), (r"swiss francs?|\bchf\b", "Swiss franc", 1.0),
    (r"\bfrancs?\b", "Franc", 1.0), (r"\bmarkkas?\b", "Finnish markka", 1.0), (r"\bpesetas\b", "Peseta", 1.0),
    (r"\bguilders\b", "Netherlands guilder", 1.0), (r"\brupees?\b|\binr\b|₹", "Rupee", 1.0),
    (r"\bwon\b|₩", "South Korean won", 1.0),
)
_YEN_OR_YUAN = {"JPY": "Japanese yen", "CNY": "Chinese yuan"}

# Recognizers-Text's dimension names by our measure words (the last word of the span, lower-cased).
_DIMENSIONS = {"tonnes": "Ton", "tons": "Ton", "metric tons": "Metric ton", "miles": "Mile", "barrels": "Barrel",
               "kilometres": "Kilometer", "kilometers": "Kilometer", "litres": "Liter", "liters": "Liter",
               "ounces": "Ounce", "square feet": "Square foot", "square meters": "Square meter",
               "square metres": "Square meter", "square kilometers": "Square kilometer", "gw": "Gigawatt",
               "mw": "Megawatt"}


def _span(text: str, m: Mention) -> tuple[int, int]:
    lowered = text.lower()
    return _core_span(lowered, m.start, m.end, _LEAD + _TAIL)


def _currency(span: str, m: Mention) -> tuple[str | None, float]:
    lowered = span.lower()
    for pattern, name, factor in _CURRENCY_NAMES:
        if re.search(pattern, lowered):
            return name, factor
    return _YEN_OR_YUAN.get(m.unit, m.unit), 1.0


def _money(text: str) -> list[tuple[str, int, int, float, str | None]]:
    out = []
    for m in mentions(text):
        if m.family == "money":
            start, end = _span(text, m)
            name, factor = _currency(text[start:end], m)
            out.append((text[start:end], start, end, m.value * factor, name))
    return out


def _percent(text: str) -> list[tuple[str, int, int, float, str | None]]:
    out = []
    for m in mentions(text):
        written = text[m.start:m.end]
        if (m.unit in ("percent", "pp") and m.family != "share") or re.search(r"%|per\s?cent", written, re.I):
            start, end = _span(text, m)
            out.append((text[start:end], start, end, m.value, None))
    return out


def _dimension(text: str) -> list[tuple[str, int, int, float, str | None]]:
    out = []
    for m in mentions(text):
        if m.family == "measure":
            start, end = _span(text, m)
            words = text[start:end].lower().split()
            name = _DIMENSIONS.get(" ".join(words[-2:])) or _DIMENSIONS.get(words[-1] if words else "")
            out.append((text[start:end], start, end, m.value, name))
    return out


def _category(text: str, reason: str) -> str:
    """A name for why an English case disagrees, from the features of its input."""
    features = [
        ("a date, a phone number or an address written with / or - (numbers by design only in a claim)",
         r"\d[-/]\d+[-/]\d|\+\d-|\d\.\d+\.\d"),
        ("fraction in words with a compound denominator (one hundred thirty fifths)",
         r"\b(?:twenty|thirty|hundred|thousand|one)[\s-]+(?:fifths?|firsts?|fifth)\b|\band\s+(?:three|two)\b.*fifths"),
        ("currency name with no amount (not a figure by design)", r"^(?:dollar|50 dollar (?:dollar|rmb))|"
                                                                   r"\bdollar\s*:|\bmetric ton is\b|\bmcg\b|gramme"),
        ("two amounts in one (3 dollars 50 cents, one kuai and five mao)",
         r"dollars?\s+(?:and\s+)?(?:\d+|[a-z]+(?:[ -][a-z]+)?)\s+cents|dollars? forty|\bkuai\b|dollar and (?:one|two)|"
         r"\$ 100 and fifty"),
        ("tokenised input: a currency prefix spaced from $ (c $ 16.4, hk $ 10, u.s $)",
         r"\b(?:c|hk|us|u\.s|mex)\s\$|mex\$"),
        ("rare currency or unit word (markka, guilders, pesetas, lakh, ₡, ₾, ₭, sen)",
         r"markka|guilders?|pesetas?|lakh|crore|[₡₾₭]|ரூ|\bsen\b|\bkuai\b|\bmao\b"),
        ("a number glued to a unit word (12-cent-a-share, one-yen)", r"\d+-cent-|one-yen|-a-share"),
        ("percent written before its number (percent of 10)", r"^\s*per\s?cents? of|^percents? of"),
        ("'percentage' as a unit (100 percentage)", r"\bpercentage\b(?! point)"),
        ("a sign in words (minus five percent)", r"\bminus\b|\bnegative\b"),
        ("physical units beyond a news measure (inches, gallons, cubic feet, mm, kg, bits)",
         r"inch|gallon|cubic|feet|foot|\bmm\b|\d\s?mm|\bkg\b|\bbits?\b|mph|\bml\b|\d\s?km|km2|kilometer\b|"
         r"meters?\b|metres\b|acre|pound|lbs|ounce|\bm\b|microgram|μg|\bmb\b|picometer|\bdm\b|\bton\b|-ton\b|"
         r"-mile|ten miles|one mile|two feet|kph|kmph|\"|m2\b|\(kg\)|\[kg\]|\{kg\}|<kg>"),
        ("a number in words", r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred)\b"),
    ]
    for name, pattern in features:
        if re.search(pattern, text, re.IGNORECASE):
            return f"{name}: {reason}"
    return reason


def _suite(name: str, path: str, predict: Callable[[str], list]) -> Result:
    result = Result(name)
    for case in _load(RT / path):
        if "python" in case.get("NotSupported", "") + "," + case.get("NotSupportedByDesign", ""):
            continue
        text = case["Input"]
        ok, reason = _rt_compare(case, predict(text))
        result.record(ok, _category(text, reason), text[:50])
    return result


def rt_en_number_model() -> Result:
    return _suite("Recognizers-Text en NumberModel", "Number/English/NumberModel.json",
                  lambda text: [(n.text, n.start, n.end, n.value, None) for n in numbers(text, lang="en")])


def rt_en_percent_model() -> Result:
    return _suite("Recognizers-Text en PercentModel", "Number/English/PercentModel.json", _percent)


def rt_en_currency_model() -> Result:
    return _suite("Recognizers-Text en CurrencyModel", "NumberWithUnit/English/CurrencyModel.json", _money)


def rt_en_dimension_model() -> Result:
    return _suite("Recognizers-Text en DimensionModel", "NumberWithUnit/English/DimensionModel.json", _dimension)


# -- quantulum3 -------------------------------------------------------------------------------------------------

# quantulum3's units that are ours, with the factor from our value to theirs (our weeks are days, our cents dollars)
_QUANTULUM_UNITS = {"percentage": 1.0, "dollar": 1.0, "euro": 1.0, "pound sterling": 1.0, "cent": 100.0,
                    "penny": 100.0, "day": 1.0, "week": 1 / 7, "month": 1.0, "year": 1.0, "hour": 1.0,
                    "minute": 1.0, "dimensionless": 1.0, "tonne": 1.0, "mile": 1.0, "kilometre": 1.0, "dozen": 1 / 12}


def _quantulum_category(case: dict, reason: str) -> str:
    units = {r["unit"] for r in case["res"]}
    if units - set(_QUANTULUM_UNITS):
        return f"physical units beyond a news measure (by design): {reason}"
    if any(r["unit"] == "dimensionless" for r in case["res"]):
        return f"a bare number with nothing it counts or measures (not a claim by design): {reason}"
    return _category(case["req"], reason)


def quantulum3_cases() -> Result:
    result = Result("quantulum3 en quantities")
    for case in json.loads((QUANTULUM / "quantities.json").read_text(encoding="utf-8")):
        text = case["req"]
        found = []
        for m in mentions(text):
            start, end = _span(text, m)
            value = m.value if m.upper_value is None else (m.value + m.upper_value) / 2
            found.append((text[start:end].lower(), value))
        expected = case["res"]
        ok = len(found) == len(expected) and all(
            surface == r["surface"].lower() and _close(value * _QUANTULUM_UNITS.get(r["unit"], math.nan), r["value"])
            for (surface, value), r in zip(found, expected, strict=True))
        reason = ("reported a figure where none is expected" if not expected else "missed" if not found else
                  "different number of quantities" if len(found) != len(expected) else "span or value differs")
        result.record(ok, _quantulum_category(case, reason) if expected else _category(text, reason), text[:50])
    return result


SUITES_EN: tuple[Callable[[], Result], ...] = (
    rt_en_number_model, rt_en_percent_model, rt_en_currency_model, rt_en_dimension_model, quantulum3_cases)
