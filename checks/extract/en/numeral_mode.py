"""Numeral mode for English: every number written in a text, with or without a unit.

Claims need units; this finder does not (the English counterpart of :mod:`checks.extract.zh.numbers`, serving
``checks.extract.numbers()`` and the conformance runs). Digits with thousands separators (1,234,567; 1 234 567),
decimals, signs (-4, minus five), scale suffixes (10k, 2.33 k, 10M, 1.2b, 10 bln), powers (1e10, 1.1^23), slash
fractions and mixed numbers (3/4, 2 1/4), numbers in words to the trillions (one hundred and sixty-one, twenty-one
trillion three hundred, 3 hundred and 21, three lakh crore), decimals in words (two hundred point zero three),
fractions in words (two thirds, a fifth, one and a half, three million and a half, one over three, one out of
three), dozens (half a dozen, 3 dozens).

The numbers are read token by token: a number word, a digit group or a sign starts a number, and it grows while
the next token can continue it (a tens word takes a ones word, hundred takes anything smaller, and so on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.extract.en.numbers import ONES, TENS, digits_value
from checks.extract.zh.numbers import Number

_ONES = {**ONES, "nought": 0, "naught": 0}
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
_DOZEN = {"dozen": 12, "dozens": 12, "dzs": 12, "dozs": 12, "doz": 12}
# Written after digits, glued or after one space: 10k, 2.33 k, 10M, 1.2b, 10 bln, 2mil, 1MM, 10G.
_SUFFIX = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mil": 1e6, "mln": 1e6, "G": 1e9, "g": 1e9,
           "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "T": 1e12, "tln": 1e12, "trn": 1e12}
_ORDINAL_ONES = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_ORDINAL_BIG = {"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12}
_UNIT_ORDINAL = {"first": 1, "second": 2, **{k: v for k, v in _ORDINAL_ONES.items() if v < 10}}


def _denominators() -> dict[str, float]:
    single = {"half": 2, "quarter": 4, **_ORDINAL_ONES, **_ORDINAL_TENS, **_ORDINAL_BIG}
    out: dict[str, float] = {**single, "halves": 2, **{k + "s": v for k, v in single.items() if k != "half"}}
    for tens, ten in TENS.items():  # twenty-first, thirty-fifths
        for word, one in _UNIT_ORDINAL.items():
            out[f"{tens}-{word}"] = out[f"{tens}-{word}s"] = ten + one
    return out


_DENOMINATOR = _denominators()
_PLURAL = {word for word in _DENOMINATOR if word.endswith("s") or word == "halves"}

_TENS_WORD = "|".join(TENS)
_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:\.\d+)?(?!\d)"
    r"|(?<!\d,)\d+,\d{1,2}(?![\d,])|(?<!\d\.)\d+\.\d+(?!\d|\.\d)|\d+|(?<![\d.])\.\d+)"
    rf"|(?P<word>(?i:{_TENS_WORD})-(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?\b|[A-Za-z]+)"
    r"|(?P<mark>[-−](?=\s*\d))"
)
# Words before "one" that make it a pronoun (the one you mentioned, which one), not a number.
_PRONOUN_ONE = {"the", "this", "that", "which", "each", "any", "every", "no", "another", "only"}
_NOT_BEFORE_PRONOUN = {"you", "is", "do", "does", "was"}


class _Tokens:
    def __init__(self, text: str) -> None:
        self.text = text
        self.items = [(m.lastgroup or "", m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        return self.text[self.items[i - 1][3]:self.items[i][2]]

    def word(self, i: int) -> str | None:
        if i < len(self.items) and self.items[i][0] == "word":
            return self.items[i][1].lower()
        return None

    def joined(self, i: int, hyphen: bool = True) -> bool:
        """Whether token i follows token i-1 with only spaces (or a hyphen with spaces) between."""
        if i <= 0 or i >= len(self.items):
            return False
        gap = self.gap(i)
        return gap.strip() == "" or (hyphen and gap.strip() in ("-",))


class _Parser:
    """Reads one number from token ``i``: (value, index after its last token) or None."""

    def __init__(self, tokens: _Tokens) -> None:
        self.t = tokens

    def scaled(self, part: float, k: int) -> tuple[float, int] | None:
        """A fraction of a big number: a half million, two thirds of a million."""
        big = self.t.word(k)
        if big in _BIG and self.t.joined(k):
            return part * _BIG[big], k + 1
        if big == "of" and self.t.word(k + 1) == "a" and self.t.word(k + 2) in _BIG:
            return part * _BIG[self.t.word(k + 2) or ""], k + 3
        return None

    def number(self, i: int) -> tuple[float, int] | None:
        whole = self.integer(i)
        if whole is None or (self.t.word(whole[1]) in _DENOMINATOR and not whole[3]):
            fraction = self.fraction(i)
            if fraction is not None:
                return self.scaled(*fraction) or fraction
            return None if whole is None else (whole[0], whole[1])
        value, j, last_big, words = whole
        # a fraction in words after the integer: twenty-three fifths (the integer is its numerator)
        den = self.t.word(j)
        if words and den in _DENOMINATOR and self.t.joined(j) and (den in _PLURAL or value == 1):
            part = value / _DENOMINATOR[den]
            return self.scaled(part, j + 1) or (part, j + 1)
        if self.t.word(j) == "point" and self.t.joined(j):
            decimals = self.decimals(j + 1)
            if decimals is not None:
                value, j = value + decimals[0], decimals[1]
        if self.t.word(j) == "and" and self.t.joined(j):  # one and a half, five billion and three quarters
            fraction = self.fraction(j + 1)
            if fraction is not None:
                part, k = fraction
                scaled = self.scaled(part, k)
                if scaled is not None:  # one billion and a half million
                    return value + scaled[0], scaled[1]
                return value + part * (last_big if last_big > 1e2 else 1), k
        if self.t.word(j) == "over" and self.t.joined(j):  # one over three
            below = self.integer(j + 1)
            if below is not None and below[0] and self._ends(below[1]):
                return value / below[0], below[1]
        if self.t.word(j) == "out" and self.t.word(j + 1) == "of":
            below = self.integer(j + 2)
            if below is not None and below[0]:
                return value / below[0], below[1]
        return value, j

    def _ends(self, j: int) -> bool:
        """Nothing word-like follows (2000 over 3 is a fraction; $2000 over 3 years is not)."""
        return self.t.word(j) is None or not self.t.joined(j, hyphen=False)

    def decimals(self, i: int) -> tuple[float, int] | None:
        digits, j = "", i
        while (word := self.t.word(j)) is not None and self.t.joined(j):
            if word in _ONES and _ONES[word] < 10:
                digits += str(_ONES[word])
            elif word in _ONES or word in TENS:
                if digits:
                    break
                below = self.integer(j)
                if below is None:
                    break
                digits, j = str(int(below[0])), below[1]
                break
            else:
                break
            j += 1
        return (float("0." + digits), j) if digits else None

    def fraction(self, i: int) -> tuple[float, int] | None:
        """a half, a fifth, two thirds, half a dozen, half million, a hundred trillionths, one-eighth."""
        word = self.t.word(i)
        if word in ("a", "an", "one", "half", "quarter"):
            if word == "half" and self.t.word(i + 1) == "a" and self.t.word(i + 2) in _DOZEN:
                return 6.0, i + 3
            if word in ("half", "quarter"):
                big = self.t.word(i + 1)
                if big in _BIG and self.t.joined(i + 1):
                    return _BIG[big] * (0.5 if word == "half" else 0.25), i + 2
                return (0.5, i + 1) if word == "half" else None
            nxt = self.t.word(i + 1)
            if nxt in _DENOMINATOR and nxt not in _PLURAL and self.t.joined(i + 1):
                return 1 / _DENOMINATOR[nxt], i + 2
            if nxt == "hundred" and self.t.word(i + 2) in _DENOMINATOR and self.t.joined(i + 2):
                return 100 / _DENOMINATOR[self.t.word(i + 2) or ""], i + 3
            if nxt in _DOZEN and word != "one":
                return 12.0, i + 2
            return None
        whole = self.integer(i)
        if whole is None:
            return None
        value, j, _, words = whole
        den = self.t.word(j)
        if words and den in _DENOMINATOR and self.t.joined(j) and (den in _PLURAL or value == 1):
            return value / _DENOMINATOR[den], j + 1
        return None

    def integer(self, i: int, inner: bool = False) -> tuple[float, int, float, bool] | None:
        """(value, next index, the last big multiplier, whether words were read) of an integer from token i."""
        total = current = 0.0
        last = ""  # "one", "teen", "tens", "hundred", "big", "digits", "dozen"
        last_big = last_term = 0.0
        words = anded = False
        j = i
        while j < len(self.t.items):
            kind, written, _, _ = self.t.items[j]
            if j > i and not self.t.joined(j):
                break
            word = written.lower() if kind == "word" else None
            if j > i and word == "and" and last in ("hundred", "big") and self._continues(j + 1):
                j += 1
                anded = True
                continue
            if kind == "num" and last in ("", "hundred", "big") and (last == "" or self.t.gap(j).strip() == ""):
                if last and not (written.isdigit() and float(written) < (100 if last == "hundred" else last_big)):
                    break  # 4 thousand 3 hundred and 21; not 3 hundred and 2.12 hundred
                last_term = digits_value(written)
                current += last_term
                last = "digits"
            elif word in _ONES and (last in ("", "hundred", "big") or (last == "tens" and 0 < _ONES[word] < 10)):
                if j > i and self.t.gap(j).strip() == "-" and last != "tens":
                    break  # three-nought-four: three numbers
                if last == "" and word == "one" and not inner and self._pronoun(j):
                    return None
                last_term = _ONES[word]
                current += last_term
                last = "one" if _ONES[word] < 10 else "teen"
                words = True
            elif word in TENS and last in ("", "hundred", "big"):
                last_term = TENS[word]
                current += last_term
                last, words = "tens", True
            elif word == "hundred" and ((last in ("one", "teen", "tens") and current < 100) or (
                    last == "digits" and current == last_term)):
                current = (current or 1) * 100
                last, words = "hundred", True
            elif word in _BIG and last in ("one", "teen", "tens", "hundred", "digits", "big"):
                big = _BIG[word]
                if last == "big" and big <= last_big:
                    break
                if big > last_big:
                    total, current = (total + current) * big, 0.0
                else:
                    total, current = total + current * big, 0.0
                last_big, last, words = big, "big", True
            elif word in _DOZEN and last in ("one", "teen", "tens", "digits"):
                current += last_term * 11
                last, words = "dozen", True
            else:
                break
            j += 1
            anded = False
        if anded:
            j -= 1  # 3 hundred and 2.12 hundred: the "and" joins two numbers
        if j == i or last == "":
            return None
        return total + current, j, last_big, words

    def _continues(self, j: int) -> bool:
        """Whether "and" before token j joins it to the integer (three hundred and five), not a fraction after
        it (one hundred and three quarters) or another number."""
        word = self.t.word(j)
        if word in ("a", "an", "half") or not (word in _ONES or word in TENS or (
                j < len(self.t.items) and self.t.items[j][0] == "num")):
            return False
        below = self.integer(j, inner=True)
        return below is not None and self.t.word(below[1]) not in _DENOMINATOR

    def _pronoun(self, j: int) -> bool:
        before = self.t.word(j - 1) if j > 0 and self.t.joined(j, hyphen=False) else None
        after = self.t.word(j + 1) if self.t.joined(j + 1, hyphen=False) else None
        return before in _PRONOUN_ONE or after in _NOT_BEFORE_PRONOUN


_STARTS = {*_ONES, *TENS, "a", "an", "half", "quarter"}
_GLUED = re.compile(r"[A-Za-z]")


def find_numbers(text: str) -> list[Number]:
    """Every number written in English ``text``, in order."""
    return list(_find(text))


def _find(text: str) -> Iterator[Number]:
    tokens = _Tokens(text)
    parser = _Parser(tokens)
    items = tokens.items
    i = 0
    while i < len(items):
        kind, written, start, _ = items[i]
        word = written.lower() if kind == "word" else None
        if kind == "word" and word not in _STARTS and word not in ("minus", "negative"):
            i += 1
            continue
        if kind == "mark" and written not in "-−":
            i += 1
            continue
        sign, first = 1.0, i
        if word in ("minus", "negative") or kind == "mark":
            nxt = i + 1
            if nxt >= len(items) or not tokens.joined(nxt, hyphen=False) or (
                    kind == "mark" and ((i > 0 and text[items[i - 1][3]:start] == "") or items[nxt][0] != "num")):
                i += 1
                continue
            sign, i = -1.0, nxt
        found = _digit_number(tokens, parser, i) if items[i][0] == "num" else parser.number(i)
        if found is None:
            i = first + 1
            continue
        value, j = found
        span_end = items[j - 1][3]
        if items[i][0] == "num" and j == i + 1 and span_end < len(text) and _GLUED.match(text[span_end]):
            i = j  # 180ml, 29km: a measure, not a number; 1m is not ten scaled
            continue
        span_start = start
        yield Number(span_start, span_end, text[span_start:span_end], sign * value)
        i = j


def _digit_number(tokens: _Tokens, parser: _Parser, i: int) -> tuple[float, int] | None:
    items, text = tokens.items, tokens.text
    _, written, _, end = items[i]
    after = text[end:end + 12]
    power = re.match(r"(?:[eE]([-+]?\d+)|\^([-+]*)(\d+))", after)
    if power:
        base = digits_value(written)
        if power.group(1) is not None:
            exponent = float(power.group(1))
        else:
            exponent = float(power.group(3)) * (-1 if power.group(2).count("-") % 2 else 1)
        try:
            value = base ** exponent if power.group(1) is None else base * 10 ** exponent
        except (OverflowError, ZeroDivisionError):
            return None
        stop = end + power.end()
        j = i + 1
        while j < len(items) and items[j][2] < stop:
            j += 1
        return value, j
    suffix = re.match(r"(\s{0,2})([A-Za-z]+)\b", after)
    if suffix and suffix.group(2) in _SUFFIX and not (suffix.group(1) == "" and suffix.group(2) in ("g",)):
        return digits_value(written) * _SUFFIX[suffix.group(2)], i + 2
    before = text[max(0, items[i][2] - 2):items[i][2]]
    coded = before.endswith("/") or re.fullmatch(r"\d-", before) is not None  # 5/17/2018, 222-2222/2222
    slash = re.match(r"\s*/\s*(\d+)(?![\d/])", after)
    if slash and not coded and "," not in written and "." not in written and int(slash.group(1)):
        j = i + 1
        stop = end + slash.end()
        while j < len(items) and items[j][2] < stop:
            j += 1
        return digits_value(written) / float(slash.group(1)), j
    mixed = re.match(r"\s+(\d+)\s*/\s*(\d+)(?![\d/])", after)
    if mixed and "." not in written and int(mixed.group(2)):
        j = i + 1
        stop = end + mixed.end()
        while j < len(items) and items[j][2] < stop:
            j += 1
        return digits_value(written) + float(mixed.group(1)) / float(mixed.group(2)), j
    return parser.number(i)


# Inputs and the numbers they must give: the finder's corpus, run as its test.
EXAMPLES: tuple[tuple[str, list[float]], ...] = (
    ("one hundred twenty-three people", [123]),
    ("two million barrels", [2e6]),
    ("three hundred and five", [305]),
    ("twelve thousand four hundred", [12400]),
    ("a third of the votes", [1 / 3]),
    ("two fifths", [0.4]),
    ("four and a half", [4.5]),
    ("1,250.75 and 3/8", [1250.75, 0.375]),
    ("6 5/8", [6.625]),
    ("an 8.5k budget", [8500]),
    ("it fell to minus four", [-4]),
    ("which one is it", []),
    ("a 40mm lens", []),
    ("seven point two five", [7.25]),
)
