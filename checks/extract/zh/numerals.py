"""Numerals of Chinese text: Arabic, Chinese, financial and mixed forms, vague and paired numerals.

Each rule produces a :class:`Numeral`. Numerals carry their own qualifier where the words say one
(百余 is "over 100", 数十 "at least tens", 三五百 "300 to 500"); the quantity grammar may override it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.grammar import Dimension, Rule
from checks.extract.records import quick_init

DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "倆": 2, "幺": 1, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7,
    "捌": 8, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
TENS = {"廿": 20, "卅": 30}

CN_DIGIT = "〇零一二三四五六七八九两兩倆幺壹贰貳叁參肆伍陆陸柒捌玖"
CN_SMALL = "十拾百佰千仟廿卅"
CN_BIG = "万萬亿億"
POINT = "点點"

# 321 146件, 28 802件: thousands set apart by a space, as some yearbooks print them (not a column of figures)
# (58. 1%: a space a scraper left after the decimal point of a percentage)
# (thousands grouped by commas, by spaces, or by both as a scraped page may print them: 347, 515人)
ARABIC = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,[ ]?\d{3})+(?![\d,])(?:\.\d+)?|"
          r"\d{1,3}(?:[ ]\d{3})+(?![\d,]|[ ]\d)(?:\.\d+)?|"
          r"\d+(?:\.(?:[ ](?=\d+%))?\d+)?|\.\d+")
# A magnitude after Arabic digits (1.2万亿, 3千万, 5千元); 千 before 克/米/瓦 is a unit prefix, not a magnitude.
MAGNITUDE = rf"[十百千]?[{CN_BIG}]{{1,2}}|千(?![克米瓦焦卡帕伏])|百(?!分)"
# A single space may stand between the characters of a numeral (scraped text: 一百 五十, 2.4 亿); the
# numeral is resolved with its spaces removed.
CN_RUN = rf"[{CN_DIGIT}{CN_SMALL}](?:[ ]?[{CN_DIGIT}{CN_SMALL}{CN_BIG}])*"
CN_DECIMAL = rf"[{POINT}][{CN_DIGIT}]+"

_TOKEN = re.compile(rf"(?P<num>\d+(?:\.\d+)?|\.\d+)|(?P<ch>[{CN_DIGIT}{CN_SMALL}{CN_BIG}])")


@quick_init
@dataclass(frozen=True)
class Numeral:
    """A number as written: its value and what the words around the digits say about it."""

    value: float
    qualifier: str = "exact"  # exact, over, at_least, range
    upper: float | None = None  # set for ranges
    vague: bool = False


def number(value: float) -> float | int:
    """Integers as int, so that 400000000 does not print as 4e8."""
    rounded = round(value, 10)
    return int(rounded) if float(rounded).is_integer() else rounded


def chinese_value(text: str) -> float | None:
    """The value of a numeral built from digits (Arabic or Chinese) and the units 十百千万亿.

    Elided tails follow the unit before them: 一千三 = 1300, 九万四 = 94000, 百三 = 130.
    A run of bare digits is read digit by digit (二〇二一 = 2021). Returns None for ill-formed text.
    """
    text = text.replace(",", "").replace(" ", "")
    tokens = list(_TOKEN.finditer(text))
    if not tokens or "".join(m.group(0) for m in tokens) != text:
        return None
    if all(m.group("ch") in DIGITS for m in tokens if m.group("ch")) and not any(m.group("num") for m in tokens):
        if len(tokens) == 1:
            return float(DIGITS[tokens[0].group("ch")])
        return float("".join(str(DIGITS[m.group("ch")]) for m in tokens))
    total = 0.0  # everything of 亿 and above
    wan = 0.0  # the 万 section
    section = 0.0  # below 万
    digit: float | None = None
    last_unit = 1.0
    after_zero = False
    for m in tokens:
        if m.group("num"):
            if digit is not None:
                return None
            digit = float(m.group("num"))
            continue
        ch = m.group("ch")
        if ch in DIGITS:
            if DIGITS[ch] == 0:
                if digit is not None:
                    return None
                after_zero = True
                continue
            if digit is not None:
                return None
            digit = float(DIGITS[ch])
        elif ch in TENS:
            if digit is not None:
                return None
            section += TENS[ch]
            last_unit, after_zero = 10.0, False
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if section and unit >= _smallest_unit(section) and digit is None:
                return None
            section += (1.0 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, float(unit), False
        else:  # 万 or 亿
            unit = BIG_UNITS[ch]
            amount = section + (digit or 0.0)
            if unit == 10_000:
                if amount == 0 and wan == 0:
                    return None
                wan = (wan + amount) * unit if amount else wan * unit
            else:
                if amount == 0 and wan == 0 and total == 0:
                    return None
                total = (total + wan + amount) * unit
                wan = 0.0
            section, digit, last_unit, after_zero = 0.0, None, float(unit), False
    if digit is not None:
        if after_zero or last_unit == 1.0 or m.group("num"):
            section += digit
        elif m.group("ch") in "两兩":
            return None  # 两 is two of a unit or a measure, never an elided tail: (永辉和中)百两家 is 两家
        else:
            section += digit * last_unit / 10
    return total + wan + section


def _smallest_unit(section: float) -> float:
    """The place value of the last unit written so far (used to reject 十百 and 百百)."""
    for unit in (1, 10, 100, 1000):
        if section % (unit * 10):
            return unit
    return 1000


def _plain(match: re.Match[str]) -> Numeral | None:
    value = chinese_value(match.group(0))
    return None if value is None else Numeral(value)


def _decimal(match: re.Match[str]) -> Numeral | None:
    whole = chinese_value(match.group("whole"))
    scale = chinese_value("一" + match.group("magnitude")) if match.group("magnitude") else 1.0
    if whole is None or scale is None:
        return None
    fraction = "".join(str(DIGITS[ch]) for ch in match.group("fraction") if ch != " ")
    return Numeral((whole + float("0." + fraction)) * scale)


def _magnitude_alone(match: re.Match[str]) -> Numeral | None:
    value = chinese_value("一" + match.group(0))
    return None if value is None else Numeral(value)


def _vague(match: re.Match[str]) -> Numeral | None:
    value = chinese_value("一" + match.group("magnitude"))
    if value is None:
        return None
    return Numeral(value, "at_least", vague=True)


def _some(match: re.Match[str]) -> Numeral | None:
    """十余, 二十几万, 一千多万: "over" the written part, scaled by a magnitude after the word."""
    base = chinese_value(match.group("base"))
    if base is None:
        return None
    scale = chinese_value("一" + match.group("scale")) if match.group("scale") else 1.0
    return Numeral(base * (scale or 1.0), "over", vague=match.group("word") in "几幾")


def _pair(match: re.Match[str]) -> Numeral | None:
    """Two neighbouring digits as a loose range: 三五百 = 300–500, 十七八万 = 170000–180000."""
    low, high = DIGITS[match.group("low")], DIGITS[match.group("high")]
    if not 0 < low < high <= low + 2:
        return None
    head = chinese_value(match.group("head")) if match.group("head") else 0.0
    scale = chinese_value("一" + match.group("scale")) if match.group("scale") else 1.0
    if head is None or scale is None:
        return None
    if head:  # 十七八 → 17 and 18
        return Numeral((head + low) * scale, "range", (head + high) * scale)
    return Numeral(low * scale, "range", high * scale)


def arabic_value(digits: str) -> float:
    """Arabic digits as written, thousands set apart by commas or spaces (1,234.5; 321 146)."""
    return float(digits.replace(",", "").replace(" ", ""))


def _arabic(match: re.Match[str]) -> Numeral | None:
    return Numeral(arabic_value(match.group(0)))


def _arabic_magnitude(match: re.Match[str]) -> Numeral | None:
    scale = chinese_value("一" + match.group("magnitude"))
    if scale is None:
        return None
    return Numeral(arabic_value(match.group("digits")) * scale)


def _trillions(match: re.Match[str]) -> Numeral | None:
    return Numeral(float(match.group("trillions")) * 1e12 + float(match.group("rest")) * 1e8)


def _arabic_trillions(match: re.Match[str]) -> Numeral | None:
    return Numeral(arabic_value(match.group("digits")) * 1e12)


NUMERALS: Dimension[Numeral] = Dimension(
    "numeral",
    [
        # 23兆1200亿 (Chinese of Taiwan, Malaysia, Singapore): 兆 is 万亿 where 亿 follows it; alone it may be mega
        Rule(
            "trillions_then_hundred_millions",
            r"(?=\d+兆)(?P<trillions>\d{1,4})兆(?P<rest>\d{1,4}(?:\.\d+)?)亿",
            _trillions,
            (("23兆1200亿", 2.312e13), ("4兆8800亿", 4.88e12), ("5兆瓦", None)),
        ),
        # 5兆人民币, 3兆元: before money 兆 is 万亿 (a megawatt is 兆瓦, a megabyte 兆字节)
        Rule(
            "trillions_of_money",
            rf"(?=[\d,.]*兆)(?P<digits>{ARABIC})兆(?=\s*(?:人民币|新台币|台币|港币|港元|美元|日元|韩元|欧元|令吉|元)|$)",
            _arabic_trillions,
            (("5兆", 5e12), ("1.5兆", 1.5e12), ("3兆瓦", None), ("2兆字节", None)),
        ),
        # 1054亿7000万令吉 (Chinese of Malaysia and Singapore): 亿, then the 万 beneath it
        Rule(
            "hundred_millions_then_ten_thousands",
            r"(?=\d+亿\d)(?P<yi>\d{1,5}(?:\.\d+)?)亿(?P<wan>\d{1,4})万",
            lambda match: Numeral(float(match.group("yi")) * 1e8 + float(match.group("wan")) * 1e4),
            (("1054亿7000万", 1.0547e11), ("563亿5000万", 5.635e10), ("5亿元", None)),
        ),
        # 25万5134人, 2万0463人 (Chinese of Taiwan and Hong Kong): 万, then the four digits beneath it
        Rule(
            "ten_thousands_then_units",
            r"(?=\d+万\d)(?P<wan>\d{1,4})万(?P<units>\d{4})(?![\d.,万亿])",
            lambda match: Numeral(float(match.group("wan")) * 1e4 + float(match.group("units"))),
            (("25万5134", 255134), ("2万0463", 20463), ("5万元", None), ("3万12345", None)),
        ),
        Rule(
            "arabic_with_magnitude",
            rf"(?=[\d,.]*[ ]?[十百千{CN_BIG}])(?P<digits>{ARABIC})[ ]?(?P<magnitude>{MAGNITUDE})",
            _arabic_magnitude,
            (("1.2万亿", 1.2e12), ("6亿", 6e8), ("3千万", 3e7), ("5千", 5000), ("10,000万", 1e8)),
        ),
        Rule(
            "arabic",
            ARABIC,
            _arabic,
            (("108", 108), ("3.7", 3.7), ("10,000", 10000), ("1,234.5", 1234.5), (".5", 0.5)),
        ),
        Rule(
            "chinese_decimal",
            rf"(?P<whole>{CN_RUN}|零)[ ]?(?P<fraction_mark>[{POINT}])[ ]?"
            rf"(?P<fraction>[{CN_DIGIT}](?:[ ]?[{CN_DIGIT}])*)"
            rf"(?P<magnitude>[十百千]?[{CN_BIG}]{{1,2}})?",
            _decimal,
            (("十二点五", 12.5), ("零点五", 0.5), ("两千三点一", 2300.1), ("三点一四", 3.14), ("十四点八亿", 1.48e9)),
        ),
        Rule(
            "vague_magnitude",
            r"[数几幾上](?P<magnitude>[十百千万萬亿億]{1,2})",
            _vague,
            (("数十", 10), ("几百", 100), ("上千", 1000), ("数百万", 1e6), ("上万", 10000)),
        ),
        Rule(
            "some_more",
            rf"(?P<base>{CN_RUN}|\d+)(?P<word>[余多几幾])(?P<scale>[十百千]?[{CN_BIG}]{{1,2}}|[十百千])?",
            _some,
            (("十余万", 100000), ("一千多万", 1e7), ("二十几万", 200000), ("两千余", 2000), ("百余", 100)),
        ),
        Rule(
            "neighbour_pair",
            rf"(?P<head>十)?(?P<low>[{CN_DIGIT}])(?P<high>[{CN_DIGIT}])(?P<scale>[十百千]?[{CN_BIG}]?|[十百千])",
            _pair,
            (("三五百", 300), ("十七八万", 170000), ("两三", 2), ("七八千", 7000), ("二〇", None)),
        ),
        Rule(
            "magnitude_alone",
            rf"[{CN_BIG}]{{1,2}}",
            _magnitude_alone,
            (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)),
        ),
        Rule(
            "chinese",
            CN_RUN,
            _plain,
            (
                ("四亿五千六百四十二万零一十五", 456420015), ("一千三", 1300), ("九万四", 94000), ("百三", 130),
                ("二十万亿", 2e13), ("壹佰万", 1e6), ("肆拾肆", 44), ("两", 2), ("廿", 20), ("二〇二一", 2021),
                ("一百零四", 104), ("十", 10), ("百百", None), ("百两", None),
            ),
        ),
    ],
)

# The pattern that finds a numeral in running text, for the quantity grammar.
NUMERAL_PATTERN = NUMERALS.pattern
