"""English numbers: digits with separators, numbers in words to the billions, scales and currencies.

``forty-eight``, ``one hundred twenty``, ``two million``, ``1,250.5``, ``3.1bn``, ``$3.1 billion``, ``CAD3.60 billion``,
``£653m``, ``24.6p``, ``HK$2.3 billion``. A bare ``$`` or ``¥`` is read in the document's own currency (an Australian
market report's dollars are Australian; a Japanese trade release's yen are yen).
"""

from __future__ import annotations

import re

from checks.extract.grammar import Dimension, Rule

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
MULTIPLIERS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORDS = {**ONES, **TENS, "a hundred": 100, "half": 50}  # kept for the older rules' readers

_WORD = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_MULTIPLIER = "hundred|thousand|million|billion|trillion"
# forty-eight, one hundred and twenty, two million, a million: words joined by spaces, hyphens and (after
# hundred) "and".
WORD_NUMBER = (rf"(?:(?:{_WORD})\b|a(?=\s+(?:{_MULTIPLIER})\b))"
               rf"(?:(?:[\s-]+|(?<=hundred)\s+and\s+)(?:(?:{_WORD})\b|(?:{_MULTIPLIER})\b))*")


def words_value(text: str) -> float | None:
    """The value of a number in words: forty-eight → 48, one hundred and twenty → 120, two million → 2e6."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens or (tokens[0] == "a" and len(tokens) == 1):
        return None
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        if token == "a" and not seen:
            current, seen = 1.0, True
        elif token in ONES or token in TENS:
            current += ONES.get(token, TENS.get(token, 0))
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in MULTIPLIERS:
            total += (current or 1) * MULTIPLIERS[token]
            current = 0.0
        else:
            return None
    return total + current if seen else None


def digits_value(written: str) -> float:
    """The value of figures written in digits: 1,3 and 27,5 with a decimal comma (one or two digits after it), else
    commas and spaces as thousands separators."""
    if re.fullmatch(r"\d+,\d{1,2}", written):
        return float(written.replace(",", "."))
    return float(re.sub(r"[,\s\u202f\u00a0]", "", written))


def _digits(match: re.Match[str]) -> float | None:
    # (a decimal comma: the pattern takes one only before a percent or points)
    try:
        return digits_value(match.group(0))
    except ValueError:
        return None


def _words(match: re.Match[str]) -> float | None:
    return words_value(match.group(0))


def _and_a_half(match: re.Match[str]) -> float | None:
    whole = match.group("whole")
    value = _digits_of(whole) if whole[0].isdigit() else words_value(whole)
    return None if value is None else value + 0.5


def _digits_of(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


NUMBERS: Dimension[float] = Dimension("number_en", [
    # 8,69,000 and 1,02,34,567: the Indian grouping (lakh, crore), two digits a group above the thousands
    # (27,5%, -4,2 percentage points and R98,15-billion: a decimal comma, as Stats SA writes it, only before a percent,
    # points or a magnitude, where a thousands group of one or two digits cannot stand)
    Rule("digits", r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|"
                   r"\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent|percentage\s+points?)(?!\w)|[\s-]?(?:thousand|million|billion|"
                   r"trillion|bn|mn)\b|\Z)|"
                   # 2 537 GW: thousands grouped by a space (or a narrow one), as the SI writes them, before a unit
                   r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,.])(?=\s?[A-Za-z%]|\Z)|"
                   r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+",
         _digits, (("12.5", 12.5), ("10,000", 10000), ("4", 4), ("8,69,000", 869000), ("15,77,000", 1577000),
                   ("27,5", 27.5), ("2 537", 2537))),
    Rule("words", WORD_NUMBER, _words,
         (("twenty-five", 25), ("three", 3), ("twelve", 12), ("forty-eight", 48), ("one hundred and twenty", 120),
          ("two million", 2e6), ("a", None))),
])
# two and a half (million), 3 and a half: a half added to a whole number. The scanner reads the words "and a half"
# after a number and resolves them here; they are kept out of NUMBERS.pattern, which the scanner embeds at every
# place a number may start.
HALVES: Dimension[float] = Dimension("number_and_a_half_en", [
    Rule("and_a_half", rf"(?P<whole>\d+|{WORD_NUMBER})\s+and\s+a\s+half\b", _and_a_half,
         (("two and a half", 2.5), ("11 and a half", 11.5), ("one hundred and a half", 100.5), ("and a half", None))),
])

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
          "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
          "crores": 1e7, "mil": 1e6, "bil": 1e9}
# (m-o-m and y/y are comparisons, not millions)
# (RM508.4mil, RM1.2bil: Malaysian papers' millions and billions)
SCALE = r"(?:thousand|million|billion|trillion|lakhs?|crores?|bln|mln|bn|mn|trn|tn|mil|bil|k|m|b)\b(?![-/][a-z])"

# Symbols and codes written before the figure. A bare $ or ¥ is resolved against the document (see dollar_of).
SYMBOLS = {"US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD",
           "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "NT$": "TWD", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW",
           "RMB": "CNY", "CNY": "CNY", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CAD": "CAD",
           "AUD": "AUD", "HKD": "HKD", "SGD": "SGD", "NZD": "NZD", "CHF": "CHF", "INR": "INR", "KRW": "KRW",
           "DAD": "CAD", "U.S$": "USD", "MEX$": "MXN", "MX$": "MXN", "RS": "INR", "RS.": "INR",
           "$US": "USD", "$A": "AUD", "$NZ": "NZD", "R": "ZAR", "ZAR": "ZAR", "RM": "MYR", "MYR": "MYR",
           "THB": "THB", "VND": "VND", "BRL": "BRL", "MXN": "MXN", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
           "RUB": "RUB", "NGN": "NGN", "₦": "NGN", "N": "NGN",
           # codes of currencies the claims table does not name (QAR 530.71 billion, GH¢7,634.0 million; East Africa's
           # shillings, Sh365.4 billion and KSh 2 million): money still
           **dict.fromkeys(("QAR", "SAR", "AED", "KWD", "BHD", "OMR", "EGP", "GHS", "KES", "PKR", "BDT", "LKR", "IDR",
                            "GH¢", "GH₵", "KSH", "KSHS", "TSH", "USH", "SH", "QR", "PHP", "₱", "P", "TK", "TK.", "TAKA",
                            "¢"),
                          "other_currency")}
# US$, and tokenised text's "US $" and "HK $" (a prefix spaced from its sign; never "A $" or "S $", which are words
# before a dollar amount); Rs 5 crore; $US2.4 billion, as Australian and New Zealand papers write it.
SYMBOL = (r"US\$|U\.S\.?\$|C\$|CA\$|A\$|AU\$|HK\$|S\$|NZ\$|R\$|NT\$|MEX\$|MX\$|\$(?:US|A|NZ)(?=\s?\d)|"
          r"(?:US|U\.S\.?|C|HK|NZ|MEX)\s\$(?=\s?\d)|\$|€|£|¥|₹|₩|"
          r"(?:RMB|CNY|USD|EUR|GBP|JPY|CAD|AUD|HKD|SGD|NZD|CHF|INR|KRW|DAD|ZAR|MYR|RM|Rs\.?|THB|VND|BRL|MXN|SEK|NOK|"
          r"DKK|RUB|NGN|QAR|QR|SAR|AED|KWD|BHD|OMR|EGP|GHS|KES|PKR|BDT|LKR|IDR|GH¢|GH₵|₦|₱|PHP|Kshs?|TSh|USh|Sh|Tk\.?|Taka|¢)"
          r"(?=\s?\d)|"  # (Tk 13.55 billion, Taka 310.5 crore: Bangladesh's taka; ¢1.23 billion: Ghana's cedi)
          # R12-billion, R98,15-billion: the rand, as South Africans write it (with a magnitude: R5 may be a model)
          # (and R6.95 a share: cents given), N12.233 trillion and N2.95 per share: the naira, as Nigerians write it
          r"(?<![\w.])R(?=\d{1,3}(?:[,.]\d+)*[\s-]?(?:thousand|million|billion|trillion|bn|mn|m|b)\b|\d{1,3}\.\d\d\b)|"
          r"(?<![\w.])N(?=\d{1,3}(?:[,.]\d+)*[\s-]?(?:thousand|million|billion|trillion|bn|mn|trn|tn)\b|\d{1,3}\.\d\d\b)|"
          # P3.8 billion, P621.6 million: the Philippine peso, as Manila's papers write it (with a magnitude only: P1
          # and P500 are as often a priority, a model or a grade)
          r"(?<![\w.])P(?=\d{1,3}(?:[,.]\d+)*[\s-]?(?:million|billion|trillion|bn|mn|B|M)\b)")
CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
    "hong kong dollars": "HKD", "hk dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
    "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "pence": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "swiss francs": "CHF", "francs": "CHF", "rupees": "INR", "won": "KRW", "ringgit": "MYR",
    "baht": "THB", "rand": "ZAR", "reais": "BRL", "roubles": "RUB", "rubles": "RUB",
    "us dollar": "USD", "u.s. dollar": "USD", "canadian dollar": "CAD", "australian dollar": "AUD",
    "hong kong dollar": "HKD", "singapore dollar": "SGD", "new zealand dollar": "NZD", "chinese yuan": "CNY",
    "japanese yen": "JPY", "pound": "GBP", "british pounds": "GBP", "swiss franc": "CHF", "indian rupees": "INR",
    "rupee": "INR", "mexican pesos": "MXN", "swedish kronor": "SEK", "swedish crowns": "SEK", "norwegian kroner": "NOK",
    "danish kroner": "DKK", "turkish lira": "TRY", "turkish liras": "TRY", "nigerian naira": "NGN", "naira": "NGN",
    "rmb": "CNY",
}

# A country's names (1 each) and, weighing 3, the market a text quotes: its exchange, index, time zone or central bank.
# A text about that market quotes in its money even when it talks of the US (an Australian market close that
# mentions the US Fed four times), so these count for more than a country's name.
_PLACES = {
    "AUD": (r"\bAustralia|\bA\$|\bSydney\b|\bMelbourne\b",
            r"\bASX|\bAll Ordinaries\b|\bAE[DS]T\b|\bRBA\b|\bReserve Bank of Australia\b"),
    "CAD": (r"\bCanada|\bCanadian\b|\bC\$|\bCAD\b|\bOttawa\b|\bToronto\b",
            r"\bTSX|\bToronto Stock Exchange\b|\bBank of Canada\b"),
    "HKD": (r"\bHK\$|\bHong Kong\b", r"\bHong Kong Monetary Authority\b|\bHang Seng\b|\bHKEX\b"),
    "SGD": (r"\bSingapore\b|\bS\$", r"\bSGX\b|\bStraits Times Index\b|\bMonetary Authority of Singapore\b"),
    "NZD": (r"\bNZ\$|\bNew Zealand\b", r"\bNZX|\bRBNZ\b|\bReserve Bank of New Zealand\b"),
    "USD": (r"\bU\.?S\.?\b|\bUnited States\b|\bAmerican\b|\bWall Street\b|\bUS\$|\bDow\b",
            r"\bNYSE\b|\bNasdaq\b|\bDow Jones\b|\bS&P 500\b"),
}
_MARKET_WEIGHT = 3
# One pass over the text for all of them (markets first: "Reserve Bank of New Zealand" is the market, not the name).
# Every name starts with a capital: the guard turns every other position away before the alternatives are tried.
_PLACE = re.compile(r"\b(?=[A-Z])(?:"
                    + "|".join(f"(?P<{code}_market>{market})" for code, (_, market) in _PLACES.items()) + "|"
                    + "|".join(f"(?P<{code}_name>{name})" for code, (name, _) in _PLACES.items()) + ")")


def dollar_of(text: str) -> str:
    """The currency a bare $ (or "dollars", "cents") means in this document: the country the text is about, told by
    its names and, weighing more, by the market it quotes (ASX, AEDT: Australian dollars)."""
    counts = dict.fromkeys(_PLACES, 0)
    for found in _PLACE.finditer(text, 0, 20000):
        code, _, kind = (found.lastgroup or "").partition("_")
        counts[code] += _MARKET_WEIGHT if kind == "market" else 1
    us = counts.pop("USD")
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= 2 and count > us else "USD"


def yen_of(text: str) -> str:
    """¥ is yen in an English text unless it is about China's money (yuan, renminbi) and never says yen."""
    sample = text[:20000]
    if re.search(r"\byen\b", sample, re.IGNORECASE):
        return "JPY"
    return "CNY" if re.search(r"\byuan\b|\brenminbi\b|\bRMB\b", sample, re.IGNORECASE) else "JPY"
