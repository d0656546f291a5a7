"""English word classes, as rules with examples: qualifiers, units, and words that are figures by themselves."""

from __future__ import annotations

import re

from checks.extract.en.numbers import CURRENCY_WORDS, WORDS
from checks.extract.grammar import Dimension, Rule, constant

LEADING_EN: Dimension[str] = Dimension("leading_en", [
    Rule("over", r"more than|over|above|upwards of|in excess of|just over|exceeding|nearly doubled to|greater than",
         constant("over"), (("more than", "over"),)),
    Rule("at_least", r"at least|no fewer than|no less than|a minimum of", constant("at_least"),
         (("at least", "at_least"),)),
    Rule("under", r"nearly|almost|close to|less than|fewer than|under|below|just under|just shy of|not quite",
         constant("under"), (("nearly", "under"), ("just under", "under"))),
    Rule("at_most", r"up to|at most|no more than|as many as|as much as|a maximum of", constant("at_most"),
         (("up to", "at_most"), ("as many as", "at_most"))),
    Rule("approx", r"about|around|approximately|roughly|some|an estimated|circa|c\.|an average of", constant("approx"),
         (("about", "approx"), ("roughly", "approx"), ("some", "approx"))),
])
TRAILING_EN: Dimension[str] = Dimension("trailing_en", [
    Rule("or_more", r"or more|and above|plus|or higher|and over", constant("over"), (("or more", "over"),)),
    Rule("or_less", r"or less|or fewer|or lower|and under", constant("at_most"), (("or less", "at_most"),)),
    Rule("or_so", r"or so", constant("approx"), (("or so", "approx"),)),
])


def _currency_word(match: re.Match[str]) -> tuple[str, str, float]:
    word = " ".join(match.group(0).lower().split())
    dollars = word.endswith(("dollars", "dollar"))
    return CURRENCY_WORDS.get(word, "dollars" if dollars else "other_currency"), "money", 1.0


# year on year, month-over-month: the comparison after a figure (rose 25,000 year on year), not its unit.
_NOT_A_COMPARISON = r"(?![\s-]+(?:on|over)[\s-]+(?:the[\s-]+)?(?:year|month|week|quarter)\b)"

UNITS_EN: Dimension[tuple[str, str, float]] = Dimension("unit_en", [
    # (0.05 percent points, as some statistics offices write it: percentage points)
    Rule("pp", r"percentage[\s-]points?|per\s?cent(?:age)?[\s-]points?|pct(?:\.)? points?|pp\b|ppt\b",
         constant(("pp", "pp", 1.0)),
         (("percentage points", ("pp", "pp", 1.0)), ("percent points", ("pp", "pp", 1.0)))),
    Rule("basis_points", r"basis[\s-]points?|bps\b|bp\b", constant(("pp", "pp", 0.01)),
         (("basis points", ("pp", "pp", 0.01)), ("basis-points", ("pp", "pp", 0.01)))),
    Rule("points", r"points?\b|pts?\b", constant(("other", "points", 1.0)), (("points", ("other", "points", 1.0)),)),
    # (9.2pc, the British and South Asian press's; 5 pct, the wires'; not 14.1 million PC shipments: computers)
    Rule("percent", r"%|percents?\b|per\s?cent\b|percentage\b(?![\s-]+points?\b)|(?-i:pc)\b|pct\b(?![\s.]+points?\b)",
         constant(("percent", "percent", 1.0)),
         (("percent", ("percent", "percent", 1.0)), ("per cent", ("percent", "percent", 1.0)),
          ("percentage", ("percent", "percent", 1.0)), ("percents", ("percent", "percent", 1.0)),
          ("pct", ("percent", "percent", 1.0)))),
    Rule("times", r"times\b|-fold\b|fold\b", constant(("times", "multiple", 1.0)),
         (("times", ("times", "multiple", 1.0)),)),
    Rule("cents", r"(?:US |U\.S\. )?cents?\b", constant(("dollars", "money", 0.01)),
         (("cents", ("dollars", "money", 0.01)), ("cent", ("dollars", "money", 0.01)))),
    Rule("pence", r"pence\b", constant(("GBP", "money", 0.01)), (("pence", ("GBP", "money", 0.01)),)),
    Rule("oil", r"(?:barrels|bbl) (?:per|a) day\b|bpd\b|b/d\b", constant(("other", "measure", 1.0)),
         (("bpd", ("other", "measure", 1.0)), ("barrels per day", ("other", "measure", 1.0)))),
    Rule("measure", r"(?:metric )?tonnes\b|tons\b|square (?:feet|foot|metres|meters|kilometres|kilometers|miles)\b|"
                    r"(?:kilo|mega|giga|tera)watt(?:-| )?hours?\b|(?:kilo|mega|giga)watts?\b|GW\b|MW\b|GWh\b|MWh\b|"
                    r"kWh\b|barrels\b|litres\b|liters\b|kilometres\b|kilometers\b|TEU\b|ounces\b|"
                    r"(?:revenue |available )?(?:passenger|seat|ton|tonne)[ -](?:miles|kilometres|kilometers|km)\b|"
                    r"RPMs?\b|ASMs?\b|RPKs?\b|ASKs?\b|miles\b",
         constant(("other", "measure", 1.0)), (("tonnes", ("other", "measure", 1.0)),)),
    # 420 million Finnish markka, 10 US dollar, 250 million Dutch guilders: a country's adjective, then its money
    Rule("currency_words", r"(?i:(?:(?:US|U\.S\.|Canadian|Australian|Hong Kong|HK|Singapore|New Zealand|Taiwan|"
                           r"Chinese|Japanese|British|Swiss|Indian|Mexican|Swedish|Norwegian|Danish|Turkish|"
                           r"Nigerian|Finnish|Dutch|Spanish|Italian|French|German|Brazilian|Russian|Philippine|"
                           r"Argentine|Chilean|Colombian|Egyptian|Saudi|Israeli|Polish|Czech|Hungarian|"
                           r"South African|South Korean|Thai|Malaysian|Indonesian)\s)?"
                           r"(?:dollars?|yuan|renminbi|euros?|pounds?(?:\ssterling)?|sterling|yen|francs?|"
                           r"rupees?|won(?![’'`]t)|ringgit|baht|rand|reais|r[oa]ubles|pesos|pesetas|guilders|markkas?|"
                           r"liras?|lire|kronor|kroner|kronur|crowns|zlotys?|forints?|dinars|dirhams|riyals|"
                           r"shekels|naira|rupiah|RMB)\b)",
         _currency_word, (("yuan", ("CNY", "money", 1.0)), ("pounds", ("GBP", "money", 1.0)),
                          ("Finnish markka", ("other_currency", "money", 1.0)),
                          ("US dollar", ("USD", "money", 1.0)), ("Swiss francs", ("CHF", "money", 1.0)),
                          ("Mexican pesos", ("MXN", "money", 1.0)), ("dollar", ("dollars", "money", 1.0)))),
    Rule("days", r"days?\b", constant(("day", "duration", 1.0)), (("days", ("day", "duration", 1.0)),)),
    Rule("weeks", rf"weeks?\b{_NOT_A_COMPARISON}", constant(("day", "duration", 7.0)),
         (("weeks", ("day", "duration", 7.0)),)),
    Rule("hours", r"hours?\b", constant(("hour", "duration", 1.0)), (("hours", ("hour", "duration", 1.0)),)),
    Rule("minutes", r"minutes?\b", constant(("minute", "duration", 1.0)), (("minutes", ("minute", "duration", 1.0)),)),
    Rule("months", rf"months?\b{_NOT_A_COMPARISON}", constant(("month", "duration", 1.0)),
         (("months", ("month", "duration", 1.0)),)),
    Rule("years", rf"years?\b(?! old| ago| earlier| later){_NOT_A_COMPARISON}", constant(("year", "duration", 1.0)),
         (("years", ("year", "duration", 1.0)),)),
])

# Words that are figures by themselves: shares (more than half, a third), doubling, halving, small fractions of a point.
WORD_FIGURES: Dimension[tuple[float, str, str, str | None]] = Dimension("word_figure_en", [
    # half a decade, a quarter later: lengths of time, not shares
    Rule("half_a_span", r"half an? (?:decade|century|year)",
         lambda m: ({"decade": 5.0, "century": 50.0}.get(m.group(0).split()[-1].lower(), 0.5), "year", "duration",
                    None),
         (("half a decade", (5.0, "year", "duration", None)), ("half a year", (0.5, "year", "duration", None)))),
    # half a million, a quarter of a billion: a number, not a share
    Rule("part_of_a_big_number", r"(?:half|(?:a|one) (?:quarter|third) of) an? (?:million|billion|trillion)",
         lambda m: ({"half": 0.5, "quarter": 0.25, "third": 1 / 3}[next(w for w in ("half", "quarter", "third")
                                                                     if w in m.group(0).lower())]
                    * {"million": 1e6, "billion": 1e9, "trillion": 1e12}[m.group(0).split()[-1].lower()],
                    "count", "count", None),
         (("half a million", (5e5, "count", "count", None)),
          ("a quarter of a billion", (2.5e8, "count", "count", None)))),
    # (half-acre, half-year, half-price: a size, a period or a price, no share)
    Rule("half", r"half(?![-‐])", constant((50.0, "percent", "share", None)),
         (("half", (50.0, "percent", "share", None)), ("half-acre", None))),
    # cent per cent (Indian English): all of it
    Rule("cent_per_cent", r"cent per ?cent|hundred per ?cent", constant((100.0, "percent", "share", None)),
         (("cent per cent", (100.0, "percent", "share", None)),)),
    Rule("quarter", r"a quarter|one quarter|one-quarter", constant((25.0, "percent", "share", None)),
         (("a quarter", (25.0, "percent", "share", None)),)),
    Rule("three_quarters", r"three quarters|three-quarters", constant((75.0, "percent", "share", None)),
         (("three-quarters", (75.0, "percent", "share", None)),)),
    Rule("third", r"a third|one third|one-third", constant((100 / 3, "percent", "share", None)),
         (("a third", (100 / 3, "percent", "share", None)),)),
    Rule("two_thirds", r"two thirds|two-thirds", constant((200 / 3, "percent", "share", None)),
         (("two-thirds", (200 / 3, "percent", "share", None)),)),
    Rule("fifths", r"(?:one|two|three|four)[ -]fifths?",
         lambda m: (20.0 * WORDS[re.split(r"[ -]", m.group(0))[0].lower()], "percent", "share", None),
         (("two-fifths", (40.0, "percent", "share", None)),)),
    # (double-digit growth, triple-digit gains: a size of number, no multiple)
    Rule("doubled", r"doubled|doubling|double(?![\s-]digits?\b)", constant((100.0, "percent", "growth", "up")),
         (("doubled", (100.0, "percent", "growth", "up")),)),
    Rule("halved", r"halved|halving", constant((50.0, "percent", "growth", "down")),
         (("halved", (50.0, "percent", "growth", "down")),)),
    Rule("tripled", r"tripled|tripling|triple(?![\s-]digits?\b)|threefold", constant((3.0, "times", "multiple", None)),
         (("tripled", (3.0, "times", "multiple", None)),)),
    Rule("twice", r"twice", constant((2.0, "times", "multiple", None)), (("twice", (2.0, "times", "multiple", None)),)),
    Rule("dozen", r"a dozen", constant((12.0, "count", "count", None)), (("a dozen", (12.0, "count", "count", None)),)),
    Rule("fraction_of_a_point",
         r"(?:a|one) (?:tenth|quarter)(?: of a)? (?:percentage )?point|half a (?:percentage )?point",
         lambda m: ({"tenth": 0.1, "quarter": 0.25}.get(m.group(0).split()[1].lower(), 0.5), "pp", "pp", None),
         (("a tenth of a point", (0.1, "pp", "pp", None)), ("half a point", (0.5, "pp", "pp", None)))),
    Rule("penny", r"a penny|one penny|(?:a|one) cent(?! per ?cent)", constant((0.01, "dollars", "money", None)),
         (("a penny", (0.01, "dollars", "money", None)),)),
])
VAGUE = {"tens of thousands": 1e4, "tens of millions": 1e7, "hundreds of thousands": 1e5, "hundreds of millions": 1e8,
         "thousands": 1e3, "hundreds": 100.0, "millions": 1e6, "billions": 1e9, "dozens": 24.0}


def kind_of_unit(unit: str | None, symbol: str | None, pence: str | None) -> str | None:
    """Roughly what a side of "A to B" is measured in: percent, points, money or another unit."""
    if symbol or pence:
        return "money"
    if not unit:
        return None
    unit = unit.lower()
    return "pp" if "point" in unit else "percent" if unit.startswith(("%", "per")) else unit  # percentage points
