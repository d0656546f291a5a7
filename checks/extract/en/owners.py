"""Who an English figure is about: a name before it is its owner, not what it measures (Rio Tinto was up $1.88; the
FTSE 100 rose 40 points), the name or quantity of the clause before a participle or aside (ANZ followed, climbing 78
cents; Load factor, a measure of occupancy, rose), and the party a report's lead names as the one reporting (Apple
Inc. reported record revenue)."""

from __future__ import annotations

import re
from functools import lru_cache

from checks.extract.en.measure import Measure, phrase_before, split
from checks.extract.en.members import WORLD_REGION
from checks.extract.mention import Mention

# Words that name a quantity: a phrase holding one says what is measured, it is no name of a company or index
# (Retail Sales, Average Selling Price, Exports).
INDEX_LEVEL = "index level"  # the quantity a stock index's figures are read as (the FTSE 100 rose 40 points)
_QUANTITY_WORD = re.compile(
    r"\b(?:revenues?|sales|profits?|earnings|income|loss(?:es)?|exports?|imports?|output|production|prices?|"
    r"inflation|unemployment|employment|jobs|payrolls?|spending|investments?|shipments|deliveries|orders|"
    r"registrations|volumes?|margins?|debts?|deficits?|surplus(?:es)?|turnover|growth|GDP|consumption|demand|"
    r"supply|arrivals|visitors|passengers|traffic|population|wages|pay|costs?|assets?|deposits?|loans?|lending|advances|"
    r"savings|rents?|shares?|stocks?|bonds?|yields?|rates?|dividends?|EBITDA|values?|markets?|level|numbers?|"
    r"totals?|averages?|balance|reserves|funds?|bills?|fees?|budgets?|capital|cash|payouts?|units|people|capacity|"
    r"collections|receipts|proceeds)\b|"
    # the abbreviations of results and statistics (Basic EPS, Statutory NPAT, GVA): quantities, not names
    r"\b(?:EPS|NPAT|NPBT|PBT|EBITA?|(?:CPI|RPI|PPI)[A-Z]?|HICP|GVA|GNP|GNI|PMI|ARPU|NAV|ROE|ROA|ROCE|NIM|capex)\b",
    re.IGNORECASE)
# A name: capitalised words, numbers and joining marks (National Australia Bank, FTSE 100, S&P ASX200, Bank of
# America), nothing else.
_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|\d[\w.]*|of|&|and))*)")
# A word of one piece at a sentence's start may be a common noun written with a capital (Attendance, Shipments):
# these endings say so.
_COMMON_ENDING = re.compile(r"(?:s|ance|ence|ment|tion|sion|ity|ness|ing|age|ure|ship|cy|ism|ics|th)$")
# A stock index: named so (the benchmark S&P/ASX200 index, the broader All Ordinaries index), or one of the main
# exchanges' indexes by its name, its exchange's letters before it or not (the FTSE 100 rose 40 points; the Nikkei
# fell 1%; BSE Sensex ended 212 points higher; the DSEX gained); not an index of prices (the
# Consumer Prices Index rose 2.2%: inflation, a quantity).
_STOCK_INDEX = re.compile(r"^(?!.*\b[Pp]rices?\s)"
                          r"(?:(?:the|benchmark|broader|wider|main|key|blue-chip|[A-Z][\w&'’.-]*|\d[\w.]*)\s+)*"
                          r"(?:index|Index)$|^(?:the\s+)?(?:[A-Z]{2,4}\s+)?(?:FTSE|Dow|Nasdaq|Nikkei|Hang\s+Seng|S&P|DAX|"
                          r"CAC|ASX|Sensex|SENSEX|Nifty|NIFTY|Kospi|KOSPI|Topix|TOPIX|STOXX|Stoxx|TSX|SPI|Russell|"
                          r"All\s+Ordinaries|DSEX|DS30|DSES|CASPI|KSE|KLCI|Straits\s+Times|Jakarta\s+Composite|PSEi)\b"
                          r"[\w&\s.-]*$")
# The shares of a named company: shares in BP; Cummins shares; the stock of Apple.
_SHARES_OF = re.compile(r"^(?i:the\s+)?(?i:shares?|stock|share\s+price)\s+(?:in|of)\s+(?P<after>[A-Z].*)$|"
                        r"^(?P<before>.+?)(?:'s|’s)?\s+(?:shares|stock|share\s+price)$")


_POSSESSIVE = re.compile(r"['’]s\s+\S")
# A person's title: the person speaks or acts for a party, and owns no figure (Chief Executive Thomas Linebarger).
_TITLE = re.compile(r"\b(?:Director|Chief|Executive|Minister|President|Governor|Chairman|Chairwoman|Secretary|"
                    r"Analyst|Economist|Manager|Spokesman|Spokeswoman|Spokesperson|CEO|CFO|Mr|Mrs|Ms|Dr)\b\.?")


# A party named by a common noun that refers back to its name: the company, the group, the soda maker, the carrier
# (not a country or market: "the country" in a company's report is often another's, China's).
_ANAPHOR = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:company|group|firm|carrier|airline|retailer|maker|"
                      r"manufacturer|producer|brewer|miner|insurer|lender|chain|operator|automaker|carmaker|"
                      r"giant|conglomerate)|it|they")


def anaphor(subject: str | None) -> bool:
    """Whether an English subject is a common noun for a party named before (see _ANAPHOR)."""
    return bool(subject) and _ANAPHOR.fullmatch(subject) is not None


@lru_cache(maxsize=8192)  # a pure function of the phrase, asked about one phrase several times
def quantity_word(phrase: str) -> bool:
    """Whether ``phrase`` holds a word that names a quantity (see _QUANTITY_WORD)."""
    return _QUANTITY_WORD.search(phrase) is not None


def is_person(phrase: str | None) -> bool:
    """Whether ``phrase`` names a person by a title (see _TITLE)."""
    return bool(phrase) and _TITLE.search(phrase) is not None


def is_name(phrase: str | None, initial: bool = False) -> bool:
    """Whether ``phrase`` is a name (Rio Tinto, Westpac, the FTSE 100) rather than words for a quantity or a
    person; ``initial`` says it starts its sentence, where one word with a capital may be a common noun (Exports,
    Attendance)."""
    if not phrase or (_QUANTITY_WORD.search(phrase) and not _STOCK_INDEX.match(phrase)) or _TITLE.search(phrase) \
            or _PLURAL_ABBREVIATION.fullmatch(phrase.strip()) or phrase.strip().lower() in _NO_NAME \
            or _SPACED.search(phrase):
        return False
    found = _NAME.fullmatch(phrase.strip())
    if found is None:
        return _STOCK_INDEX.match(phrase) is not None
    words = found.group("name").split()
    return not (initial and len(words) == 1 and words[0][1:].islower() and _COMMON_ENDING.search(words[0]))


# Words written with a capital at a sentence's start that name no one: pronouns, "There", adverbs (Fully 100 percent of
# the respondents; There were 534,700 arrivals).
_NO_NAME = {"there", "here", "it", "its", "this", "that", "these", "those", "they", "we", "he", "she", "fully",
            "nearly", "roughly", "only", "just", "about", "around", "almost", "some", "overall", "meanwhile", "even",
            "however", "also", "still", "another", "others", "all", "both", "each", "most", "many", "few",
            # the comparison of a rate, not its owner (a YoY growth of 2.1 percent)
            "yoy", "qoq", "mom", "y/y", "q/q", "m/m",
            # a headline's verb in title case (Jobless Rates Remain or Fall in 32 States)
            "fall", "falls", "rise", "rises", "remain", "remains", "drop", "drops", "climb", "climbs", "jump", "jumps",
            "slip", "slips", "grow", "grows", "surge", "surges", "dip", "dips", "gain", "gains", "soar", "soars",
            "plunge", "plunges", "slide", "slides", "increase", "increases", "decrease", "decreases", "decline",
            "declines", "hit", "hits", "top", "tops", "reach", "reaches"}
# Letters set apart by spaces are a heading's lettering (A N N O U N C E M E N T), no name.
_SPACED = re.compile(r"(?<!\S)[A-Z](?:\s[A-Z]){2}(?!\S)")
# An abbreviation in the plural counts things, it names no one: RPMs, ASMs, SUVs, EVs (revenue passenger miles fell).
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,6}s")


# A price moves by less than this; a company's amounts (lost $3 billion) are no price of its shares.
_PRICE_CEILING = 10_000
_PRONOUN = re.compile(r"(?:it|they)", re.IGNORECASE)


# A currency's price in another, said of the currency that moved (the pound stayed flat against the dollar at $1.30;
# the euro slipped against the yen to 160 yen; dipped against the euro to below €1.12).
_CURRENCY = (r"pound|sterling|dollar|greenback|euro|yen|yuan|renminbi|franc|rupee|won|rouble|ruble|peso|rand|lira|"
             r"krona|krone|ringgit|baht|rupiah|real|shekel|zloty|forint")
_AGAINST_CURRENCY = re.compile(rf"^(?:(?:the\s+)?(?P<currency>(?:[A-Z][a-z]+\s+)?(?i:{_CURRENCY}))\b.*?\s)?"
                               rf"against\s+the\s+(?P<other>(?:[A-Z][a-z]+\s+)?(?i:{_CURRENCY}))$")


# A headline's verb in title case after a name (Acme Index Surges Past 6,000 Points; Nardo Shares Slip): the name
# ends before it.
_HEADLINE_VERB = re.compile(r"(?<=\S)\s+(?:Surges?|Rises?|Falls?|Jumps?|Climbs?|Drops?|Slips?|Gains?|Tops?|Passes|"
                            r"Crosses|Hits?|Reaches|Soars?|Slides?|Dips?|Plunges?|Tumbles?|Rall(?:y|ies)|Sinks?|"
                            r"Edges|Nears?|Breaks|Extends|Posts|Reports|Sees)\b.*$")


def named(phrase: str | None, family: str, moved: bool, initial: bool, value: float = 0.0) -> Measure | None:
    """A phrase that names who, not what, read as the subject, with the quantity it implies where markets report
    one: a stock index's figures are its level (the FTSE 100 rose 39.82 points), a named company's movement by a
    price in money is its share price (Rio Tinto was up $1.88; shares in BP rose 8.9p; Cummins shares fell 10%;
    it finished $1.47 higher, of the company named before). None when the phrase names a quantity."""
    if not phrase:
        return None
    headline = _HEADLINE_VERB.search(phrase)
    phrase = phrase[:headline.start()] if headline else phrase  # GSE Composite Index Surges Past (6,000 Points)
    region = phrase.removeprefix("the ").strip()
    if WORLD_REGION.fullmatch(region):
        return Measure(None, None, region)  # the Asia Pacific (totalling 42%): a member
    traded = _AGAINST_CURRENCY.search(phrase) if family == "money" and "against" in phrase else None
    if traded is not None:  # the pound stayed flat against the dollar at $1.303: its exchange rate
        return Measure(f"exchange rate against the {traded.group('other')}", traded.group("currency"))
    priced = family == "money" and moved and abs(value) < _PRICE_CEILING
    if _PRONOUN.fullmatch(phrase):
        return Measure("share price") if priced else None
    shares = _SHARES_OF.match(phrase)
    if shares is not None:
        owner = (shares.group("after") or shares.group("before") or "").strip()
        if is_name(owner):
            return Measure("share price", owner)
    if _STOCK_INDEX.match(phrase) and any(word[:1].isupper() or word[:1].isdigit() for word in phrase.split()):
        # the Dow (opening its sentence); the Standard & Poor's 500 index (the possessive is the index's name)
        return Measure(INDEX_LEVEL, phrase)
    if not is_name(phrase, initial) or _POSSESSIVE.search(phrase):
        return None  # Serbia's Gross Domestic Product: an owner's quantity, read by split
    if priced:
        return Measure("share price", phrase)
    return Measure(None, phrase)


# The clause before a participle or an aside of movement names whose figure it is: "ANZ followed, climbing 78
# cents"; "the biggest risers included Imperial Brands, up 83p"; "the top gainer was OzForex, which soared 78 cents".
# The name the clause ends with, else the name it starts with before its verb.
_NAME_WORDS = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|\d[\w.]*|of|&)){0,4}"
# (also after the figure of the member before it: BT, up 3p, Vodafone, up 2p; L&T, up 4.46 per cent at Rs.1,348; TCS)
_OWNER_LAST = re.compile(rf"(?:^|\b(?:included|including|includes|was|were|and|like|as|led\s+by)\s+|\d[\w.%]*[,;]\s+)"
                         rf"(?:[Tt]he\s+)?(?P<name>{_NAME_WORDS})\s*$")
_OWNER_FIRST = re.compile(rf"^\s*(?:[Tt]he\s+)?(?P<name>{_NAME_WORDS})\s+(?:was|were|is|are|has|had|followed|led|"
                          rf"closed|finished|ended|opened|traded|remained|stayed)\b")
# What may stand between the clause mark and the figure's verb: nothing, or a relative word (, which soared 78 cents).
_ONLY_RELATIVE = re.compile(r"\s*(?:which|who|that|and)?\s*(?:(?:have|has|had|was|were|is|are)\s*)?", re.IGNORECASE)


# A quantity, then an aside that says what it is, then its verb: "Load factor, a measure of occupancy, rose 0.6
# points": the words before the aside.
# (Capacity, or the number of seat miles available for purchase, fell; Capacity, measured as available seat miles,
# rose: an aside of what it means)
_APPOSED = re.compile(r"(?:^|[,;:]\s*)(?P<phrase>[A-Za-z][^,.;:]{1,60}?)\s*,\s*"
                      r"(?:or\s+|(?:measured|defined|known|expressed)\s+(?:as|in|by)\s+|(?:a|an|the|its|their)\s+)"
                      r"[^,.;:\d]{1,50}$")


def apposed(clause: str, words_before_verb: str) -> str | None:
    """The quantity before an aside that ends where the figure's clause starts (see _APPOSED), else None."""
    if not _ONLY_RELATIVE.fullmatch(words_before_verb):
        return None
    found = _APPOSED.search(clause.strip(" ,\n\t"))  # (the space after the sentence before: its clause's start)
    return found.group("phrase") if found else None


def owner_before(clause: str, words_before_verb: str) -> tuple[str, bool] | None:
    """(the name, whether it starts the clause) of the clause before a figure's own clause when that clause has no
    words of its own before its verb (see _OWNER_LAST), else None."""
    if not _ONLY_RELATIVE.fullmatch(words_before_verb):
        return None
    clause = clause.lstrip() if clause[:1] == " " and clause.strip()[:1].isupper() else clause  # (; TCS, up 3%)
    last = _OWNER_LAST.search(clause.rstrip(" ,"))
    if last is not None and is_name(last.group("name"), last.start("name") == 0):
        return last.group("name"), last.start("name") == 0
    first = _OWNER_FIRST.match(clause)
    if first is not None and is_name(first.group("name"), True):
        return first.group("name"), True
    return None


# A clause whose quantity leads it, then an aside of movement: "Food sales did particularly well, up 13 per cent".
# (Revenue also showed strong gains, rising 11%: a verb of showing, an adverb before it)
_LEADING_QUANTITY = re.compile(r"^\s*(?P<phrase>(?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)\s+"
                               r"(?:(?:also|again|too|likewise)\s+)?(?:was|were|is|are|"
                               r"did|does|do|has|have|had|performed|held|proved|remained|stayed|showed|shows|saw|sees|"
                               r"posted|recorded|registered|enjoyed|continued|delivered|achieved|made)\b")


def leading_quantity(clause: str, words_before_verb: str) -> str | None:
    """The quantity that leads the clause before an aside of movement with no words before its verb (see
    _LEADING_QUANTITY), when it names one, else None."""
    if words_before_verb.strip():
        return None
    found = _LEADING_QUANTITY.match(clause)
    return found.group("phrase") if found and _QUANTITY_WORD.search(found.group("phrase")) else None


# Who a report is about, named in its headline or lead as the one that reports, posts or moves: "Apple Inc.
# reported record revenue", "Engine maker Cummins Inc. said second-quarter profit rose", "Procter & Gamble Co. (PG)
# revealed a profit". A body that publishes others' figures (Statistics Canada, the Tourism Board, the Ministry)
# is their source, not their subject.
_LEAD_OWNER = re.compile(
    r"(?=[A-Z])(?<![\w&.'’-])(?<!of )(?<!of the )(?<!to )(?<!from )(?<!in )(?<!with )(?<!at )(?<!for )"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of|and)){0,5}"
    r"(?:,\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|L\.P)\.?)?)"  # Supreme Industries, Inc. (NYSE Amex: STS) announced
    r"\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?"  # The Tag Pacific Group today announces
    r"(?:has\s+|have\s+)?(?:said|says|reported|reports|posted|posts|announced|announces|revealed|reveals|raised|"
    r"raises|cut|cuts|reduced|reduces|maintained|maintains|recorded|records|logged|logs|beat|beats|missed|misses|"
    r"grew|grows|rose|rises|fell|falls)\b")
_PUBLISHER = re.compile(r"\b(?:Statistics|Statistical|Bureau|Office|Ministry|Department|Agency|Board|Association|"
                        r"Institute|Council|Commission|Administration|Survey|Poll|Reuters|News|Press|Society|"
                        r"Authority|Federation|Chamber|Centre|Center|University|Research|Report|Data|Figures|"
                        # a person speaking for a body: its director, its chief executive
                        r"Director|Chief|Executive|Minister|President|Governor|Chairman|Secretary|Analyst|"
                        r"Economist|Manager|Spokesman|Spokeswoman|CEO)\b")
# Statistical agencies by their short names, as releases name them (Stats SA, the CSO, the PSA)
_AGENCY = re.compile(r"\b(?:Stats|StatCan|ONS|ABS|BLS|CSO|PSA|NBS|Eurostat|Destatis|INSEE|ISTAT|MOSPI|NSO)\b")


def is_publisher(name: str) -> bool:
    """Whether ``name`` names a body that publishes figures (a statistics office, a ministry, an association, a
    newsroom, one who speaks for them), not a party whose figures they are."""
    return _PUBLISHER.search(name) is not None or _AGENCY.search(name) is not None


_NOT_OWNER = re.compile(r"^(?:The|A|An|This|That|These|Those|It|Its|In|On|At|By|For|As|But|And|Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)$")


def document_subject(opening: str) -> str | None:
    """The party a report's opening names as the one whose figures follow (see _LEAD_OWNER), else None."""
    for found in _LEAD_OWNER.finditer(opening):
        words = found.group("name").split()
        while words and _NOT_OWNER.match(words[0]):
            words = words[1:]
        while words and words[-1] in ("of", "and", "&"):
            words = words[:-1]
        name = " ".join(words)
        if "," in name:  # Supreme Industries, Inc.: the name without its legal form
            name = _LEGAL_FORM.sub("", name)
        initial = found.start("name") == 0 or opening[:found.start("name")].rstrip()[-1:] in ".!?\n"
        if not name or not is_name(name, initial and name == found.group("name")) or _PUBLISHER.search(name) \
                or (name.isupper() and len(name) > 5) or (name[0].islower() and not name[1:2].isupper()):
            # (the previous session's turnover: a time, no party; eBay, iPhone are names)
            continue
        return _LEGAL_FORM.sub("", name) or name
    return None


# A company's legal form is no part of the name the text goes on to use (Cummins Inc. → Cummins, as in "Cummins's").
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|Co|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|AG|SA|NV)\.?)+$")


def clause_before(text: str, sentence_start: int, gap_start: int, words: str, mention: Mention) -> Measure | None:
    """What a moved figure whose clause starts at a comma (at ``gap_start``) with only ``words`` before its verb
    measures, by the clause before the comma: the quantity before an aside (Load factor, a measure of occupancy, rose
    0.6 points), the name it ends or starts with (ANZ followed, climbing 78 cents), or the quantity it leads with
    (Food sales did particularly well, up 13 per cent); else None."""
    clause = text[max(sentence_start, gap_start - 120):gap_start - 1]
    aside = apposed(clause, words)
    if aside is not None:
        phrase = phrase_before(aside)
        initial = text[sentence_start:gap_start].lstrip().startswith(aside.strip())
        return named(phrase, mention.family, True, initial, mention.value) or split(phrase)
    owner = owner_before(clause, words)
    if owner is not None:
        return named(owner[0], mention.family, True, owner[1], mention.value)
    leading = leading_quantity(clause, words)
    if leading is not None:
        return split(phrase_before(leading))
    # Microsoft's stock price, up 25 per cent since June; Shares, which have declined 10%: a short clause that is
    # only the quantity's name (not: … helped lift overall exports, which jumped 11.3 percent)
    phrase = phrase_before(clause) if _ONLY_RELATIVE.fullmatch(words) and len(clause.split()) <= 5 else None
    return split(phrase) if phrase and quantity_word(phrase) and not is_person(phrase) else None


def unowned(metric: str | None, owner: str) -> str | None:
    """A metric without the owner's name it opens with ("Dell Income" in a headline: Dell's income)."""
    if metric and metric.startswith(owner + " ") and len(metric) > len(owner) + 2:
        return metric[len(owner) + 1:]
    return metric
