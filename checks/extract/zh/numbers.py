"""Numeral mode: every number written in a text, with or without a unit (三, 1,234, 五分之一, 2.3万).

Claims need units; this finder does not. It serves `checks.extract.numbers()` and the conformance
runs against other projects' number-recognition suites. Spaces between numeral words are allowed
(一百 五 十 二), as are traditional characters, signs, fractions (五分之一, 3/5, 一又二分之一), a dozen
(打) and scientific notation (2e5, 2^5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.zh.numerals import CN_BIG, CN_DIGIT, CN_SMALL, DIGITS, chinese_value

_CN = CN_DIGIT + CN_SMALL + CN_BIG + "兆"
# (58. 1%: a space a scraper left after the decimal point of a percentage)
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(?:[ ](?=\d+%))?\d+)?|\.\d+"
_EXPONENT = r"(?:[eE][-+]?\d+|\^[-+]{0,2}\d+)"
# A run of numeral words: Chinese characters and Arabic numbers, with 点 decimals and 余/多/几 inside,
# spaces allowed between the words.
# The Arabic part is atomic: a run of digits is one word, never split (else 400 nines backtrack for ever).
_WORD = rf"(?:(?>{_ARABIC})|[{_CN}]|[点點](?=\s*[{CN_DIGIT}])|[余多几幾](?=\s*[{CN_BIG}]))"
_RUN = rf"{_WORD}(?:\s*{_WORD})*"
_SIGN = r"(?:[-−]|负|負)"
_SCALE = r"(?:\s*[kKmM](?![A-Za-z]))"

NUMBER_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z0-9.])
    (?P<number>
        (?P<whole>{_SIGN}?(?:{_RUN}))\s*又\s*(?P<mixed_den>{_SIGN}?{_RUN})\s*分\s*之\s*(?P<mixed_num>{_SIGN}?{_RUN})
      | (?P<den>{_SIGN}?{_RUN})\s*分\s*之\s*(?P<num>{_SIGN}?{_RUN})
      | (?P<slash_whole>\d+\s+)?(?P<slash_num>{_SIGN}?\d+)\s*/\s*(?P<slash_den>\d+)
      | (?P<sci>{_SIGN}?(?:\d+(?:\.\d+)?|\.\d+)){_EXPONENT}
      | (?P<plain>{_SIGN}?{_RUN})(?P<dozen>\s*打)?(?P<scale>{_SCALE})?
    )
    """,
    re.VERBOSE,
)

# Characters that are numerals only in numbers: alone they are words (伍 a surname, 陆 land, 拾 pick up).
_WORDS_ALONE = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟兆万萬亿億")
# Words that contain a numeral but are not numbers.
_NOT_NUMBERS = re.compile(r"一切|一看|四川|一样|一些|一直|一起|一定|一般|万一|统一|唯一|之一|一度|两两")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    value: float


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _signed(text: str) -> float | None:
    text = _clean(text)
    sign = 1.0
    while text[:1] in ("-", "−", "负", "負"):
        sign, text = -sign, text[1:]
    value = _value(text)
    return None if value is None else sign * value


def _value(text: str) -> float | None:
    """The value of a run of numeral words (no sign, no spaces)."""
    text = re.sub(r"[余多几幾]", "", text).replace("點", "点")
    if "点" in text:
        whole, _, fraction = text.partition("点")
        magnitude = ""
        while fraction and fraction[-1] in CN_BIG:
            magnitude = fraction[-1] + magnitude
            fraction = fraction[:-1]
        if not fraction or any(ch not in DIGITS for ch in fraction):
            return None
        base = _value(whole) if whole else 0.0
        if base is None:
            return None
        value = base + float("0." + "".join(str(DIGITS[ch]) for ch in fraction))
        return value * (chinese_value("一" + magnitude) if magnitude else 1.0)
    if "兆" in text:
        head, _, tail = text.partition("兆")
        high = _value(head) if head else 1.0
        low = _value(tail) if tail else 0.0
        return None if high is None or low is None else high * 1e12 + low
    return chinese_value(text.replace(",", "")) if text else None


def _produce(match: re.Match[str]) -> float | None:
    try:
        return _value_of(match)
    except (ArithmeticError, ValueError):  # 0^-1, an overflowing power: not a number we can read
        return None


def _value_of(match: re.Match[str]) -> float | None:
    if match.group("mixed_den") is not None:
        whole, den, num = _signed(match.group("whole")), _signed(match.group("mixed_den")), _signed(
            match.group("mixed_num"))
        if whole is None or not den or num is None:
            return None
        return whole + (num / den if whole >= 0 else -num / den)
    if match.group("den") is not None:
        den, num = _signed(match.group("den")), _signed(match.group("num"))
        return None if not den or num is None else num / den
    if match.group("slash_num") is not None:
        whole = float(match.group("slash_whole") or 0)
        num, den = _signed(match.group("slash_num")), float(match.group("slash_den"))
        if num is None:
            return None
        return None if not den else whole + num / den
    if match.group("sci") is not None:
        text = _clean(match.group(0)).replace("−", "-").replace("负", "-").replace("負", "-")
        base, caret, power = text.partition("^")
        if caret:
            exponent = power.replace("--", "").replace("+", "")
            sign = -1 if power.count("-") == 1 else 1
            return float(base) ** (sign * abs(int(exponent.lstrip("-"))))
        return float(text)
    value = _signed(match.group("plain"))
    if value is None:
        return None
    if match.group("dozen"):
        value *= 12
    scale = _clean(match.group("scale") or "").lower()
    return value * {"": 1, "k": 1e3, "m": 1e6}[scale]


# The corpus of this finder; tests/test_rules.py runs it.
EXAMPLES: tuple[tuple[str, list[float]], ...] = (
    ("一百 五 十 二", [152]),
    ("五分之一", [0.2]),
    ("负一又二分之一", [-1.5]),
    ("1,234,567", [1234567]),
    ("十打", [120]),
    ("2e5", [200000]),
    ("这不是四川这是五台山", [5]),
    ("四十九兆九千五百九十二億", [49959200000000]),
    ("三分之二的受访者", [2 / 3]),
)


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` (width-folded), left to right."""
    found = []
    for match in NUMBER_PATTERN.finditer(text):
        span_text = match.group("number").rstrip()
        start = match.start("number")
        end = start + len(span_text)
        if len(span_text) == 1 and span_text in _WORDS_ALONE:
            continue
        if _NOT_NUMBERS.match(text, start) or (start and _NOT_NUMBERS.match(text, start - 1)
                                               and _NOT_NUMBERS.match(text, start - 1).end() > start):
            continue
        value = _produce(match)
        if value is None:
            continue
        found.append(Number(start, end, text[start:end], value))
    return found
