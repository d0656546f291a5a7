"""The quantity grammar of English: qualifier + (currency) + number + scale + unit, in one regular-expression pass.

"revenue rose 12.5%", "more than 200 brands", "$3.2 billion", "nearly 40 percent", "2.5 percentage points", "up to
75%", "three times", "one in five", "nine of the 18 sectors", "24.6p". "X to Y" is a range only when both sides are
one quantity (5 to 7 percent); "rose 3.7% to $5.02 billion", "from 14.8% to 10.5%" and "51% to 38%" are two figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.extract.en.amounts import cents_of, elided_units, with_tallies
from checks.extract.en.numbers import (
    HALVES,
    NUMBERS,
    SCALE,
    SCALES,
    SYMBOL,
    SYMBOLS,
    WORDS,
    dollar_of,
    words_value,
    yen_of,
)
from checks.extract.en.surroundings import (
    EVENT_NOUNS,
    FROM_BEFORE,
    LABEL_BEFORE,
    MOVED_BEFORE,
    NOT_A_FIGURE_AFTER,
    RANK_CUE,
    RATE_BRACKET,
    WINDOW_BEFORE,
    bare_count,
    bare_moved,
    bare_unit,
    counted_by_label,
    counted_noun,
    counted_of,
    date_part,
    index_level,
    is_date,
    is_model_name,
    list_size,
    looks_like_a_year,
    measured_before,
    moved_up_to,
    points_unit,
    rate_abbreviated_after,
)
from checks.extract.en.units import LEADING_EN, TRAILING_EN, UNITS_EN, VAGUE, WORD_FIGURES, kind_of_unit
from checks.extract.mention import Mention
from checks.extract.prefilter import word_gate

__all__ = ["HALVES", "LEADING_EN", "NUMBERS", "TRAILING_EN", "UNITS_EN", "WORDS", "WORD_FIGURES", "scan"]

_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
_RANGE_UNIT = r"%|percent\b|per\s?cent\b|percentage[\s-]points?\b"
NUM = NUMBERS.pattern

_ORDINAL = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
# second-biggest, third largest, second best-selling: the rank a superlative gives
_SUPERLATIVE = (r"[\s-](?:biggest|largest|highest|lowest|smallest|best[\s-]selling|most[\s-]\w+|busiest|richest|"
                r"fastest[\s-]growing)\b")
# A level named as a line a figure crosses: the 7,300 mark, the 50 level
_MARK = r"(?:mark|level|threshold|barrier|line)\b"

# Not VERBOSE: rule patterns hold spaces ("more than"); word_gate (prefilter.py) says where a match can start.
_FIGURE = (
    rf"(?P<sample>(?:(?P<s_lead>{LEADING_EN.pattern})\s+)?\b(?P<s_k>{NUM})(?:\s+|-)(?:in|out\s+of)(?:\s+|-)(?:every\s+)?"
    rf"(?!(?:19|20)\d\d\b)(?P<s_n>{NUM})\b(?!\s*(?:%|percent|per cent|cases|years?|months?|days?)))"
    rf"|(?P<all_but>\ball\s+but\s+(?P<ab_k>{NUM})\s+of\s+(?:the\s+)?(?P<ab_n>{NUM})\b)"
    rf"|(?P<of_the>\b(?P<o_k>{NUM})\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:top\s+|largest\s+|biggest\s+)?"
    rf"(?P<o_n>{NUM})\b(?!\s*(?:%|percent|per cent|years?|months?|days?)))"
    # Apple was second, in third place, the third-biggest: the ordinal word first (cheap), its cues in _produce
    rf"|(?P<ordinal>(?<![\w-])(?=[stfen\d])(?P<ord>{_ORDINAL})\b"
    r"(?=\s+(?:place|position|spot)\b|\s*[,.;]|\s+(?:with|among|in\s+the|by|behind|after)\b|"
    rf"(?P<superlative>{_SUPERLATIVE}))"
    r"|\b(?:number|No\.)\s+one\b"
    # #7 sophomore weekend, #24 biggest movie: a place in a chart (not #5 for help)
    r"|(?<![\w#])#(?P<hashed>\d{1,3})(?=\s+(?!(?:for|in|on|at|to|of|and|or|is|was)\b)[a-z]))"
    rf"|(?P<words>(?:(?P<word_lead>{LEADING_EN.pattern})\s+)?\b(?P<word>{WORD_FIGURES.pattern})\b"
    r"(?!\s+(?:straight|consecutive|successive|time|times|place|of\s+(?:20|19)\d\d))"
    r"(?!-(?:year|yearly|time|term|way|century|decade|day|hour|month|season|life)))"  # half-year: a period
    rf"|(?P<vague>\b(?:{_VAGUE})\b)(?=\s+(?:of\s+)?[a-z])"
    r"|(?<![\w.$€£¥])(?<![A-Za-z]-)"
    rf"(?:(?P<lead>{LEADING_EN.pattern}|between)\s+(?:the\s+(?={NUM}\s+{_MARK}))?)?"  # above the 7,300 mark
    rf"(?P<sign>[-−+](?=\d|{SYMBOL})|(?:minus|negative)(?<!plus/minus)(?<!plus or\sminus)\s+(?=\d|[a-z]))?"
    rf"(?:(?P<symbol>{SYMBOL})\s?)?"  # a space after a currency sign only: a figure never starts on a space
    rf"(?!zero[\s-]+(?:emissions?|carbon|waste|tolerance)\b)(?P<number>{NUM}(?:\s+and\s+a\s+half\b)?)"
    rf"(?:[\s-]?(?P<scale>{SCALE}))?"
    r"(?P<pence>p\b(?!\.\s?m))?"
    rf"(?:(?:\s?(?P<unit1>{_RANGE_UNIT}))?\s?(?P<sep>-|–|to|and|or)\s?(?P<sign2>[-−](?=\d))?(?P<symbol2>{SYMBOL})?\s?"
    rf"(?P<number2>{NUM})(?:[\s-]?(?P<scale2>{SCALE}))?(?P<pence2>p\b(?!\.\s?m))?)?"
    rf"(?:(?:\s|-)?(?P<unit>{UNITS_EN.pattern})|\s(?P<noun>(?:new\s|more\s|additional\s|active\s|U\.S\.\s|US\s|UK\s)?[a-z][a-z-]{{2,}}))?"
    rf"(?:\s(?P<tail>{TRAILING_EN.pattern}))?")
SCANNER_EN = re.compile(rf"{word_gate(_FIGURE, re.I, work=150_000)}(?:{_FIGURE})", re.I)  # (work: QAR 530.71's codes)
_DOLLARS = re.compile(r"\$|dollar|\bcents?\b|penny", re.IGNORECASE)
_LATER = re.compile(r"\s+(?:later|earlier|sooner|ago|behind)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def scan(text: str) -> Iterator[Mention]:
    """Every figure in English ``text`` that has the form of a claim, with the counts of a tally (by 45 to 35)."""
    return with_tallies(text, elided_units(text, _scanned(text)))


def _scanned(text: str) -> Iterator[Mention]:
    # which dollar and which ¥ the text means, read only where a $, a dollar, a cent or a ¥ can ask
    dollar, yen = dollar_of(text) if _DOLLARS.search(text) else "USD", yen_of(text) if "¥" in text else "JPY"
    addresses = [(a.start(), a.end()) for a in _ADDRESS.finditer(text)] if "/" in text else []
    held: Mention | None = None
    for match in SCANNER_EN.finditer(text):
        if addresses and any(start <= match.start() < end for start, end in addresses):
            continue  # figures inside a web address (…?q=30%25) are not figures
        produced = _produce(text, match, dollar, yen)
        for mention in produced if isinstance(produced, tuple) else (produced,):
            if mention is None:
                continue
            if held is not None and cents_of(text, held, mention):
                held = Mention(held.start, mention.end, held.value + mention.value, held.unit, "money", held.qualifier,
                               qualified_in_span=held.qualified_in_span)
                continue
            if held is not None:
                yield held
            held = mention
    if held is not None:
        yield held


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    written = " ".join(text.lower().split())
    return NUMBERS.resolve(written) if not written.endswith(" half") else HALVES.resolve(written)


def _lead(word: str | None) -> str | None:
    return LEADING_EN.resolve(" ".join(word.lower().split())) if word else None


def _produce(text: str, m: re.Match[str], dollar: str, yen: str) -> Mention | tuple[Mention | None, ...] | None:
    if m.group("sample") is not None or m.group("of_the") is not None or m.group("all_but") is not None:
        return _sample(m)
    if m.group("ordinal") is not None:  # Apple was second, in third place, the number one beer
        if m.group("ord") and not m.group("superlative") and RANK_CUE.search(
                text, max(0, m.start() - 30), m.start()) is None:
            return None  # the second half, a third consecutive month: no rank without a cue
        word = (m.group("ord") or m.group("hashed") or "one").lower()
        value = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "one": 1}.get(word) or float(re.sub(r"\D", "", word))
        group = "ord" if m.group("ord") else "ordinal"
        return Mention(m.start(group), m.end(group), float(value), "count", "rank", "exact")
    if list_size(text, m.start(), m.end()):
        return None  # the top 10 sellers: a list's size
    if m.group("words") is not None:
        before_word = text[max(0, m.start() - 10):m.start()].lower()
        if m.group("word").lower() == "half" and re.search(r"(?:first|second|latter|back|front|the)[\s-]$",
                                                           before_word):
            return None  # the first half, first-half revenues: a date
        if m.group("word").lower() in ("a quarter", "one quarter") and _LATER.match(text, m.end()):
            return Mention(m.start("words"), m.end("words"), 3.0, "month", "duration", "exact")  # a quarter later
        return _word_figure(m, dollar)
    if m.group("vague") is not None:  # thousands of visitors: at least a thousand
        return Mention(start=m.start("vague"), end=m.end("vague"), value=VAGUE[m.group("vague").lower()],
                       unit="count", family="count", qualifier="at_least", vague=True, qualified_in_span=True)
    if LABEL_BEFORE.search(text[max(0, m.start() - 16):m.start()]) or NOT_A_FIGURE_AFTER.match(text, m.end("number")) \
            or is_model_name(text, m) or date_part(text, m):
        return None  # (the 11/04/14 general election: the year of a date)
    if m.group("number2") is not None and not _one_range(text, m):
        return _two_figures(text, m, dollar, yen)
    return _figure(text, m, dollar, yen)


def _sample(m: re.Match[str]) -> Mention | None:
    """one in five, more than 1 in 5, nine of the 18 sectors, all but one of 24: a share whose whole is the count."""
    if m.group("all_but") is not None:
        part, whole = _number(m.group("ab_k")), _number(m.group("ab_n"))
        part = None if part is None or whole is None else whole - part
        lead = None
    elif m.group("sample") is not None:
        part, whole, lead = _number(m.group("s_k")), _number(m.group("s_n")), _lead(m.group("s_lead"))
    else:
        part, whole, lead = _number(m.group("o_k")), _number(m.group("o_n")), None
    if part is None or whole is None or whole <= 0 or not 0 < part <= whole or whole > 1e7:
        return None
    return Mention(m.start(), m.end(), round(part / whole * 100, 9), "percent", "share", lead or "exact",
                   qualified_in_span=lead is not None)


def _word_figure(m: re.Match[str], dollar: str) -> Mention | None:
    found = WORD_FIGURES.resolve(" ".join(m.group("word").lower().split()))
    if found is None:
        return None
    value, unit, family, direction = found
    lead = _lead(m.group("word_lead"))
    return Mention(start=m.start("words"), end=m.end("words"), value=value, unit=dollar if unit == "dollars" else unit,
                   family=family, qualifier=lead or "exact", qualified_in_span=lead is not None, direction=direction)


def _unit_of(text: str, m: re.Match[str], unit_text: str | None, symbol: str | None, pence: str | None,
             dollar: str, yen: str) -> tuple[str, str, float] | None:
    """The (unit, family, factor) of a figure from its unit word, its currency symbol or a pence suffix."""
    if unit_text:
        written = " ".join(unit_text.split())
        resolved = UNITS_EN.resolve(written) or UNITS_EN.resolve(written.lower())
        if resolved is None:
            return None
        code, family, factor = resolved
        if code == "dollars":
            code = dollar
        if family == "points":
            return points_unit(text, m.start(), m.end())
        if symbol and family != "money":  # $5 per barrel: the money, not the barrel
            return _currency(symbol, dollar, yen), "money", 1.0
        return code, family, factor
    if pence:
        return "GBP", "money", 0.01
    if symbol:
        return _currency(symbol, dollar, yen), "money", 1.0
    return None


def _currency(symbol: str, dollar: str, yen: str) -> str:
    symbol = "".join(symbol.split())  # US $ as US$
    return {"$": dollar, "¥": yen}.get(symbol) or SYMBOLS.get(symbol.upper(), SYMBOLS.get(symbol, "other_currency"))


_IN_A_YEAR = re.compile(r"\b(?:half|quarter|end|start|beginning|months)\s+of\s+(?:fiscal\s+)?$|\bin\s+(?:the\s+(?:year|"
                        r"fiscal\s+year)\s+|(?:Jan|Febr)uary\s+|(?:March|April|May|June|July|August|September|October|"
                        r"November|December)\s+)?$", re.IGNORECASE)  # (in September 2011, the first half of 2023)
_LEADS_BEFORE = re.compile(r"\b(?:leads?|led|leading|trails?|trailed|trailing)\b[^.;:!?\d]{0,40}$", re.IGNORECASE)


def _one_range(text: str, m: re.Match[str]) -> bool:
    """Whether "X sep Y" is one quantity's range (5 to 7 percent, between 2 and 3 billion, 5-7%)."""
    sep = m.group("sep").lower()
    first, second = _number(m.group("number")), _number(m.group("number2"))
    if first is None or second is None:
        return False
    if m.group("sign2") or (m.group("symbol2") and m.group("symbol") and m.group("symbol2") != m.group("symbol")):
        return False
    if sep in ("and", "or"):
        return sep == "and" and (m.group("lead") or "").lower() == "between"
    before = text[max(0, m.start() - 40):m.start()]
    if _IN_A_YEAR.search(before) and first.is_integer() and 1900 <= first <= 2100 and not (
            m.group("scale") or m.group("unit1") or m.group("symbol") or m.group("pence")):
        return False  # from 2.12 million in 2003 to 9.09 million: the year of one figure, then the next figure
    if _LEADS_BEFORE.search(before) and (sep == "to" or m.group("unit1")):
        return False  # leads Clinton among men 27 percent to 28 percent (or 44%-47%): two sides, no range
    first_scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
    second_scale = SCALES.get((m.group("scale2") or m.group("scale") or "").lower(), 1.0)
    if first * first_scale > second * second_scale:
        return False  # 51% to 38%: two figures (a range runs upwards)
    if sep == "to":
        if FROM_BEFORE.search(before) or (RATE_BRACKET.search(before) and m.group("symbol")):
            return False  # from 14.8% to 10.5%; 8.66 percent ($506,694,105 to $540,459,428)
        own_unit = m.group("unit1") or m.group("symbol") or m.group("pence")
        first_kind = kind_of_unit(m.group("unit1"), m.group("symbol"), m.group("pence"))
        second_kind = kind_of_unit(m.group("unit"), m.group("symbol2"), m.group("pence2"))
        if first_kind and second_kind and first_kind != second_kind:
            return False  # 3.7% to $5.02 billion; 6.5% to 164p
        if first_kind == "percent" and not second_kind and second * second_scale > 1000:
            return False  # rose 6.0% to 8,904,609,000, fall 6% to 355.2 million: the level, not a range of percentages
        if MOVED_BEFORE.search(before) and (first * first_scale * 5 < second * second_scale or (
                m.group("unit1") and m.group("unit") and first * 2 < second)):  # (up 16.4 percent to 73.6 percent)
            return False  # an increase of 1.1% to 78.6%: a change and the level it reached
        if MOVED_BEFORE.search(before) and ((own_unit and not m.group("unit1")) or (m.group("scale2") and not m.group(
                "scale")) or not (m.group("unit") or m.group("unit1"))):
            return False  # rose $2 to $5.02 billion; decreased 322,000 to 2.1 million
    return True


def _two_figures(text: str, m: re.Match[str], dollar: str, yen: str) -> tuple[Mention | None, ...]:
    """"A to B", "A and B", "A or B" that are two figures: each its own mention."""
    second_unit = _unit_of(text, m, m.group("unit"), m.group("symbol2"), m.group("pence2"), dollar, yen)
    # 5 to 7.5%, grew 7.2 and 11.9 percent respectively: the unit written once serves both (a grouped number before
    # "and", 2,000 and 5%, is a count of its own; down 1100 or 13 percent is an amount, then its rate: "or" runs up)
    sep, upward = m.group("sep").lower(), (_number(m.group("number")) or 0) <= (_number(m.group("number2")) or 0)
    shared = second_unit if second_unit and second_unit[1] in ("percent", "pp") and not m.group("symbol") and (
        (sep == "to" or (sep in ("and", "or") and "," not in m.group("number") and (upward or sep == "and"))
         or (sep.strip() in ("-", "–") and not upward))  # a poll's tally, 58 - 37 percent: both sides percent
        and not looks_like_a_year(m)) else None
    first_unit = _unit_of(text, m, m.group("unit1"), m.group("symbol"), m.group("pence"), dollar, yen) or shared
    first_end = m.end("unit1") if m.group("unit1") else m.end("pence") if m.group("pence") else (
        m.end("scale") if m.group("scale") else m.end("number"))
    lead = _lead(m.group("lead")) if (m.group("lead") or "").lower() != "between" else None
    first = _mention(text, m, m.start(), first_end, _number(m.group("number")), m.group("scale"), first_unit,
                     lead, _minus(m.group("sign")), m.group("number"))
    second_start = m.start("sign2") if m.group("sign2") else m.start("symbol2") if m.group("symbol2") else (
        m.start("number2"))
    if second_unit is None and first_unit is not None and first_unit[1] == "money" and m.group("sep").lower() == "to":
        second_unit = first_unit  # $2.8 billion to 3.1 billion
    tail = TRAILING_EN.resolve(m.group("tail").lower()) if m.group("tail") else None
    noun = m.group("noun")
    second_end = m.start("noun") - 1 if noun and not m.group("unit") else m.end()
    second = _mention(text, m, second_start, second_end, _number(m.group("number2")), m.group("scale2"), second_unit,
                      tail, _minus(m.group("sign2")), m.group("number2"), noun=noun)
    return first, second


def _minus(sign: str | None) -> bool:  # (a plus sign is no minus: +$0.99 to $31.06)
    return bool(sign) and sign.strip().lower() in ("-", "−", "minus", "negative")


def _mention(text: str, m: re.Match[str], start: int, end: int, value: float | None, scale: str | None,
             unit: tuple[str, str, float] | None, qualifier: str | None, negative: bool, written: str,
             noun: str | None = None) -> Mention | None:
    if value is None:
        return None
    if unit is None and (unit := bare_unit(text, m, (start, end), value, scale, written, noun)) is None:
        return None
    code, family, factor = unit
    number = value * SCALES.get((scale or "").lower(), 1.0) * factor
    direction = "down" if negative and family == "percent" else None
    return Mention(start=start, end=end, value=-number if negative else number, unit=code,
                   family="growth" if direction else family, qualifier=qualifier or "exact",
                   qualified_in_span=qualifier is not None, direction=direction)


def _figure(text: str, m: re.Match[str], dollar: str, yen: str) -> Mention | None:
    before = text[max(0, m.start() - 16):m.start()]
    value = _number(m.group("number"))
    if value is None:
        return None
    if m.group("number")[0].isalpha() and not m.group("unit") and (value == 1 or not m.group("noun")) and not (
            value > 1 and counted_of(text, m)):
        return None  # one, a: articles; a number in words with nothing it counts is not a figure
    scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
    if m.group("number2") and m.group("scale2") and not m.group("scale") and value <= (
            _number(m.group("number2")) or 0):
        scale = SCALES.get(m.group("scale2").lower(), 1.0)  # 9.0-9.5 million: the scale written once serves both
    unit_text, noun = m.group("unit"), m.group("noun")
    unit = _unit_of(text, m, unit_text or m.group("unit1"), m.group("symbol"), m.group("pence"), dollar, yen)
    mark = noun is not None and re.fullmatch(_MARK, noun) is not None and not m.group("number2")
    if unit is not None:
        code, family, factor = unit
        if (unit_text or "").lower().startswith("point") and m.group("number").lower() == "one" and (
                before.endswith("at ")):
            return None  # at one point: at some time
    elif mark and index_level(text, m):
        code, family, factor = "other", "points", 1.0  # climbed above the 7,300 mark: the index's level
    elif noun and counted_noun(text, m, noun) and not is_date(m, text) and (
            value.is_integer() or m.group("scale")) and noun.split()[0].lower() not in EVENT_NOUNS:
        code, family, factor = "count", "count", 1.0  # 200 brands; 11.11 shopping festival is a name
    elif index_level(text, m):
        code, family, factor = "other", "points", 1.0  # the FTSE closed at 7,313.4
    elif value.is_integer() and not m.group("number2") and counted_by_label(text, m):
        code, family, factor = "count", "count", 1.0  # Number of households responding: 556
    elif "," in m.group("number") and value.is_integer() and not m.group("number2") and measured_before(text, m):
        code, family, factor = "other", "measure", 1.0  # RPMs fell 6.0% to 8,904,609,000: miles, not a count
    elif value.is_integer() and value > 1 and not noun and counted_of(text, m):
        code, family, factor = "count", "count", 1.0  # seven of its models
    elif not m.group("number2") and rate_abbreviated_after(text, m):
        code, family, factor = "percent", "percent", 1.0  # imports were up 0.8 m-o-m
    elif value.is_integer() and not m.group("number2") and ("," in m.group("number") or bare_count(text, m)):
        code, family, factor = "count", "count", 1.0  # 21,380 in the quarter; up 8000, or 12 per cent
    elif (moved := bare_moved(text, m)) is not None:
        code, family, factor = moved  # Average weekly hours increased to 34.7 from 34.6
    elif m.group("scale") and m.group("scale").lower() not in ("m", "b", "k") and not m.group("scale").isupper():
        code, family, factor = ("other", "measure", 1.0) if measured_before(text, m) else (  # (of the sentence's miles)
            "count", "count", 1.0)  # 1.4 billion: a bare magnitude counts something
    else:
        return None
    if family == "count" and not m.group("scale") and not m.group("lead") and looks_like_a_year(m):
        return None
    if family == "duration" and ((code == "year" and looks_like_a_year(m)) or WINDOW_BEFORE.search(before)):
        return None  # 2023 years is a date; the first nine months is a window
    if family == "duration" and text[m.end():m.end() + 4].lower().startswith("-old"):
        return None  # 35-year-olds: an age group
    number = value * scale * factor
    qualifier, upper = "exact", None
    if m.group("number2"):  # one quantity's range (see _one_range)
        second = _number(m.group("number2"))
        if second is None:
            return None
        upper = second * SCALES.get((m.group("scale2") or m.group("scale") or "").lower(), 1.0) * factor
        if upper < number:
            return None
        qualifier = "range"
    lead = _lead(m.group("lead")) if m.group("lead") and m.group("lead").lower() != "between" else None
    start = m.start()
    if lead and moved_up_to(text, m):  # shot up to 95% from 52%: where it went, not a ceiling
        lead, start = None, m.start("sign") if m.group("sign") else m.start("symbol") if m.group("symbol") else (
            m.start("number"))
    tail = TRAILING_EN.resolve(m.group("tail").lower()) if m.group("tail") else None
    if qualifier != "range":
        qualifier = lead or tail or "exact"
    # The counted noun (200 brands) is what the figure measures, not part of its span.
    end = m.start("noun") - 1 if noun and not unit_text and not mark else m.end()
    negative = _minus(m.group("sign"))
    direction = "down" if negative and family == "percent" else "up" if m.group("sign") == "+" and (
        family == "percent") else None
    return Mention(start=start, end=end, value=-number if negative else number, unit=code,
                   family="growth" if direction else family, qualifier=qualifier, upper_value=upper,
                   qualified_in_span=bool(lead or tail), direction=direction)


__all__ += ["words_value"]
