"""The quantity grammar of English: qualifier + (currency) + number + scale + unit, in one regular-expression pass.

"revenue rose 12.5%", "more than 200 brands", "$3.2 billion", "nearly 40 percent", "2.5 percentage points",
"up to 75%", "about 4,000 stores", "three times", "400 million new products".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.extract.grammar import Dimension, Rule, constant
from checks.extract.mention import Mention

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "dozens of": 24, "half": 50,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
          "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "¥": "CNY", "RMB": "CNY",
                    "CNY": "CNY", "£": "other_currency", "HK$": "other_currency", "GBP": "other_currency"}




def _number(match: re.Match[str]) -> float | None:
    text = match.group(0).lower().replace(",", "")
    if text in WORDS:
        return float(WORDS[text])
    if "-" in text:  # twenty-five
        tens, _, ones = text.partition("-")
        if tens in WORDS and ones in WORDS:
            return float(WORDS[tens] + WORDS[ones])
        return None
    try:
        return float(text)
    except ValueError:
        return None


_WORD_NUMBER = "|".join(sorted((w for w in WORDS if w not in ("half", "dozens of")), key=len, reverse=True))
NUMBERS: Dimension[float] = Dimension("number_en", [
    Rule("digits", r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+", _number,
         (("12.5", 12.5), ("10,000", 10000), ("4", 4))),
    Rule("hyphenated", r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
                       r"seven|eight|nine)", _number, (("twenty-five", 25),)),
    Rule("words", rf"(?:{_WORD_NUMBER})", _number, (("three", 3), ("twelve", 12))),
])

LEADING_EN: Dimension[str] = Dimension("leading_en", [
    Rule("over", r"more than|over|above|upwards of|in excess of|just over|exceeding|nearly doubled to",
         constant("over"),
         (("more than", "over"),)),
    Rule("at_least", r"at least|no fewer than|no less than|a minimum of", constant("at_least"),
         (("at least", "at_least"),)),
    Rule("under", r"nearly|almost|close to|less than|fewer than|under|below|just under|just shy of", constant("under"),
         (("nearly", "under"),)),
    Rule("at_most", r"up to|at most|no more than|as many as|as much as|a maximum of", constant("at_most"),
         (("up to", "at_most"),)),
    Rule("approx", r"about|around|approximately|roughly|some|an estimated|circa|c\.", constant("approx"),
         (("about", "approx"),)),
])
TRAILING_EN: Dimension[str] = Dimension("trailing_en", [
    Rule("or_more", r"or more|and above|plus|or higher", constant("over"), (("or more", "over"),)),
    Rule("or_less", r"or less|or fewer|or lower", constant("at_most"), (("or less", "at_most"),)),
    Rule("or_so", r"or so", constant("approx"), (("or so", "approx"),)),
])

UNITS_EN: Dimension[tuple[str, str, float]] = Dimension("unit_en", [
    Rule("pp", r"percentage points?|pct(?:\.)? points?|pp\b|points?(?= (?:higher|lower|up|down|from))",
         constant(("pp", "pp", 1.0)), (("percentage points", ("pp", "pp", 1.0)),)),
    Rule("basis_points", r"basis points?|bps\b", constant(("pp", "pp", 0.01)), (("basis points", ("pp", "pp", 0.01)),)),
    Rule("percent", r"%|percent\b|per cent\b", constant(("percent", "percent", 1.0)),
         (("percent", ("percent", "percent", 1.0)),)),
    Rule("times", r"times\b|-fold\b|fold\b", constant(("times", "multiple", 1.0)),
         (("times", ("times", "multiple", 1.0)),)),
    Rule("cents", r"US cents\b|cents\b", constant(("USD", "money", 0.01)), (("cents", ("USD", "money", 0.01)),)),
    Rule("measure", r"(?:metric )?tonnes\b|tons\b|square (?:feet|foot|metres|meters|kilometres|kilometers|miles)\b|"
                    r"(?:kilo|mega|giga|tera)watt(?:-| )?hours?\b|(?:kilo|mega|giga)watts?\b|GW\b|MW\b|GWh\b|MWh\b|"
                    r"kWh\b|barrels\b|litres\b|liters\b|kilometres\b|kilometers\b|miles\b|TEU\b",
         constant(("other", "measure", 1.0)), (("tonnes", ("other", "measure", 1.0)),)),
    Rule("currency_words", r"(?:US |HK |Hong Kong |Singapore |Australian |Canadian )?dollars\b|yuan\b|renminbi\b|"
                           r"euros?\b|pounds\b|yen\b|(?:Swiss )?francs\b|won\b|rupees\b|ringgit\b|baht\b",
         lambda m: ({"euro": "EUR", "euros": "EUR", "yuan": "CNY", "renminbi": "CNY"}.get(
             m.group(0).lower(), "USD" if m.group(0).lower() in ("dollars", "us dollars") else "other_currency"),
             "money", 1.0),
         (("yuan", ("CNY", "money", 1.0)),)),
    Rule("days", r"days?\b", constant(("day", "duration", 1.0)), (("days", ("day", "duration", 1.0)),)),
    Rule("weeks", r"weeks?\b", constant(("day", "duration", 7.0)), (("weeks", ("day", "duration", 7.0)),)),
    Rule("hours", r"hours?\b", constant(("hour", "duration", 1.0)), (("hours", ("hour", "duration", 1.0)),)),
    Rule("minutes", r"minutes?\b", constant(("minute", "duration", 1.0)), (("minutes", ("minute", "duration", 1.0)),)),
    Rule("months", r"months?\b", constant(("month", "duration", 1.0)), (("months", ("month", "duration", 1.0)),)),
    Rule("years", r"years?\b(?! old| ago| earlier| later)", constant(("year", "duration", 1.0)),
         (("years", ("year", "duration", 1.0)),)),
])

# Words after a number that make it a count of something (200 brands) unless they are function words.
_NOT_COUNTED = {
    "and", "or", "of", "in", "on", "at", "to", "the", "a", "an", "from", "for", "by", "with", "as", "than", "that",
    "is", "was", "were", "are", "be", "been", "has", "had", "have", "per", "percent", "while", "when", "which",
    "year", "years", "am", "pm", "a.m.", "p.m.", "this", "last", "next", "its", "their", "his", "her", "it",
}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
SCALE = r"(?:thousand|million|billion|trillion|bln|mln|bn|mn|tn|k|m|b)\b"
SYMBOL = r"US\$|HK\$|\$|€|£|¥|RMB ?|USD ?|EUR ?|CNY ?|GBP ?"

# Words that are figures by themselves: shares (more than half, one in five), doubling, vague counts.
WORD_FIGURES: Dimension[tuple[float, str, str, str | None]] = Dimension("word_figure_en", [
    Rule("half", r"half", constant((50.0, "percent", "share", None)), (("half", (50.0, "percent", "share", None)),)),
    Rule("quarter", r"a quarter|one quarter|one-quarter", constant((25.0, "percent", "share", None)),
         (("a quarter", (25.0, "percent", "share", None)),)),
    Rule("third", r"a third|one third|one-third", constant((100 / 3, "percent", "share", None)),
         (("a third", (100 / 3, "percent", "share", None)),)),
    Rule("two_thirds", r"two thirds|two-thirds", constant((200 / 3, "percent", "share", None)),
         (("two-thirds", (200 / 3, "percent", "share", None)),)),
    Rule("one_in", r"one in (?:two|three|four|five|six|seven|eight|nine|ten)",
         lambda m: (100 / WORDS[m.group(0).split()[-1].lower()], "percent", "share", None),
         (("one in five", (20.0, "percent", "share", None)),)),
    Rule("doubled", r"doubled|doubling|double", constant((100.0, "percent", "growth", "up")),
         (("doubled", (100.0, "percent", "growth", "up")),)),
    Rule("tripled", r"tripled|tripling|triple|threefold", constant((3.0, "times", "multiple", None)),
         (("tripled", (3.0, "times", "multiple", None)),)),
    Rule("twice", r"twice", constant((2.0, "times", "multiple", None)), (("twice", (2.0, "times", "multiple", None)),)),
    Rule("dozen", r"a dozen", constant((12.0, "count", "count", None)), (("a dozen", (12.0, "count", "count", None)),)),
])
VAGUE = {"tens of thousands": 1e4, "tens of millions": 1e7, "hundreds of thousands": 1e5, "hundreds of millions": 1e8,
         "thousands": 1e3, "hundreds": 100.0, "millions": 1e6, "dozens": 24.0}
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
_RANGE_UNIT = r"%|percent\b|per cent\b"

# Not VERBOSE: the rule patterns hold spaces ("more than", "percentage points") that must match as written.
SCANNER_EN = re.compile(
    rf"(?P<words>(?:(?P<word_lead>{LEADING_EN.pattern})\s+)?\b(?P<word>{WORD_FIGURES.pattern})\b)"
    rf"|(?P<vague>\b(?:{_VAGUE})\b)(?=\s+(?:of\s+)?[a-z])"
    r"|(?<![\w.$€£¥])(?<![A-Za-z]-)"
    rf"(?:(?P<lead>{LEADING_EN.pattern}|between)\s+)?"
    rf"(?P<symbol>{SYMBOL})?"
    rf"(?P<number>{NUMBERS.pattern})"
    rf"(?:\s?(?P<scale>{SCALE}))?"
    rf"(?:(?P<unit1>{_RANGE_UNIT})?\s?(?P<sep>-|–|to|or|and)\s?(?P<symbol2>{SYMBOL})?(?P<number2>{NUMBERS.pattern})"
    rf"(?:\s?(?P<scale2>{SCALE}))?)?"
    rf"(?:(?:\s|-)?(?P<unit>{UNITS_EN.pattern})|\s(?P<noun>(?:new\s|more\s|additional\s|active\s)?[a-z][a-z-]{{2,}}))?"
    rf"(?:\s(?P<tail>{TRAILING_EN.pattern}))?",
    re.IGNORECASE,
)
# Words before a number that make it a label (Section 301, Model 3) or a window (the first nine months).
_LABEL_BEFORE = re.compile(r"(?:Section|Article|Chapter|Model|Phase|Rule|No\.|Route|Flight|Level|Series|Class|Type|"
                           r"Gen|Version|Tier|Room|Gate|Line)\s$")
_WINDOW_BEFORE = re.compile(r"(?:first|last|past|next|previous|coming|following|within|over the past|in the past)\s$",
                            re.IGNORECASE)
_EVENT_NOUNS = ("shopping", "festival", "gala", "edition", "sale", "sales")


def scan(text: str) -> Iterator[Mention]:
    """Every figure in English ``text`` that has the form of a claim."""
    for match in SCANNER_EN.finditer(text):
        mention = _produce(text, match)
        if mention is not None:
            yield mention


def _word_figure(m: re.Match[str]) -> Mention | None:
    found = WORD_FIGURES.resolve(m.group("word").lower())
    if found is None:
        return None
    value, unit, family, direction = found
    lead = LEADING_EN.resolve(m.group("word_lead").lower()) if m.group("word_lead") else None
    return Mention(start=m.start("words"), end=m.end("words"), value=value, unit=unit, family=family,
                   qualifier=lead or "exact", qualified_in_span=lead is not None, direction=direction)


def _produce(text: str, m: re.Match[str]) -> Mention | None:
    if m.group("words") is not None:
        return _word_figure(m)
    if m.group("vague") is not None:  # thousands of visitors: at least a thousand
        return Mention(start=m.start("vague"), end=m.end("vague"), value=VAGUE[m.group("vague").lower()],
                       unit="count", family="count", qualifier="at_least", vague=True, qualified_in_span=True)
    before = text[max(0, m.start() - 16):m.start()]
    if _LABEL_BEFORE.search(before):
        return None
    value = NUMBERS.resolve(m.group("number"))
    if value is None:
        return None
    scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
    symbol = (m.group("symbol") or "").strip()
    unit_text, noun = m.group("unit"), m.group("noun")
    if unit_text:
        resolved = UNITS_EN.resolve(unit_text) or UNITS_EN.resolve(unit_text.lower())
        if resolved is None:  # matched without regard to case (PERCENT), but no rule reads it
            return None
        code, family, factor = resolved
    elif symbol:
        code, family, factor = CURRENCY_SYMBOLS.get(symbol, "other_currency"), "money", 1.0
    elif noun and noun.split()[-1].lower() not in _NOT_COUNTED and not _is_date(m, text) and (
            value.is_integer() or m.group("scale")) and noun.split()[0].lower() not in _EVENT_NOUNS:
        code, family, factor = "count", "count", 1.0  # 200 brands; 11.11 shopping festival is a name
    elif "," in m.group("number") and value.is_integer() and not m.group("number2"):
        code, family, factor = "count", "count", 1.0  # 21,380 in the quarter: a grouped whole number counts
    elif m.group("scale") and m.group("scale").lower() not in ("m", "b", "k") and not m.group("scale").isupper():
        code, family, factor = "count", "count", 1.0  # 1.4 billion: a bare magnitude counts something
    else:
        return None
    if symbol and family != "money":
        family, code, factor = "money", CURRENCY_SYMBOLS.get(symbol, "other_currency"), 1.0
    if family == "count" and not m.group("scale") and not m.group("lead") and _looks_like_a_year(m):
        return None
    if family == "duration" and ((code == "year" and _looks_like_a_year(m)) or _WINDOW_BEFORE.search(before)):
        return None  # 2023 years is a date; the first nine months is a window
    if family == "duration" and text[m.end():m.end() + 4].lower().startswith("-old"):
        return None  # 35-year-olds: an age group
    number = value * scale * factor
    qualifier = "exact"
    upper = None
    if m.group("number2"):
        if m.group("sep").lower() == "and" and (m.group("lead") or "").lower() != "between":
            return None  # 1.3% in 2025 and 1.5%: two figures, not a range
        second = NUMBERS.resolve(m.group("number2"))
        if second is None:
            return None
        upper = second * SCALES.get((m.group("scale2") or m.group("scale") or "").lower(), 1.0) * factor
        if upper < number:
            return None
        qualifier = "range"
    lead = LEADING_EN.resolve(m.group("lead").lower()) if m.group("lead") and m.group(
        "lead").lower() != "between" else None
    tail = TRAILING_EN.resolve(m.group("tail").lower()) if m.group("tail") else None
    if qualifier != "range":
        qualifier = lead or tail or "exact"
    # The counted noun (200 brands) is what the figure measures, not part of its span.
    end = m.start("noun") - 1 if noun and not unit_text else m.end()
    sign = text[m.start() - 1:m.start()] if m.start() else ""
    direction = {"-": "down", "−": "down", "+": "up"}.get(sign) if family == "percent" else None
    return Mention(start=m.start(), end=end, value=number, unit=code, family="growth" if direction else family,
                   qualifier=qualifier, upper_value=upper, qualified_in_span=bool(lead or tail), direction=direction)


def _looks_like_a_year(m: re.Match[str]) -> bool:
    digits = m.group("number").replace(",", "")
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100 and "," not in m.group("number")


def _is_date(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 10):m.start()].lower().split()
    noun = (m.group("noun") or "").lower()
    return bool(before and before[-1].strip(",.") in _MONTHS) or noun.startswith(_MONTHS)
