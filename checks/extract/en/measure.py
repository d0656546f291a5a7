"""What an English figure measures: the noun phrase it is stated of, split into subject, metric and segment.

"Revenue rose 12.5%" → revenue; "Sales at building materials stores rose 1.1%" → sales, segment building materials
stores; "Apple's profit of $3.25 billion" → subject Apple, metric profit; "40 percent of shoppers" → shoppers;
"The average hotel room rate is 900 HK dollars" → average hotel room rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.extract.en.brought import object_moved
from checks.extract.en.made import MADE, MADE_NOUN
from checks.extract.en.members import regional
from checks.extract.en.nounphrase import RELATIVE_NAMED, VERB_TAIL, caused, inner_joint
from checks.extract.en.routes import route_named
from checks.extract.en.times import TIME_BEFORE
from checks.extract.en.unmoved import unmoved
from checks.extract.en.verb_before import SESSION_VERBS
from checks.extract.records import quick_init

_WORD = re.compile(r"\d+[A-Z][\w&'’.-]*|[A-Za-z][\w&'’.-]*|\d[\d,.]*%?")  # (3M's: a name with its digit)
# Where a subject phrase starts: after these words, what follows is the subject of the next verb.
_BOUNDARY = {"said", "says", "reported", "reports", "showed", "shows", "show", "announced", "estimated", "found",
             "that", "as", "while", "which", "who", "after", "when", "because", "since", "although", "but", "and",
             "with", "according", "where", "whereas", "though", "if", "so", "than", "or", "expects", "expected", "sees",
             "saw", "projecting", "projected", "forecast", "forecasts", "predicted", "including", "included", "for",
             "by", "to", "from", "on", "however", "meanwhile", "there",
             # a figure after these is of the quantity before them, at another time (which follows a 0.6% rise)
             "follows", "following", "followed"}
# Words that end a phrase before the figure without naming anything: verbs of being, prepositions, articles.
_TRAILING = {"of", "at", "to", "was", "were", "is", "are", "be", "been", "by", "a", "an", "the", "its", "their",
             "his", "her", "our", "had", "has", "have", "from", "for", "in", "on", "with", "amounted", "totaled",
             "totalled", "stood", "came", "reached", "hit", "numbered", "averaged", "averaging", "finished",
             "closed", "ended", "day", "put",
             "number", "just", "only", "about", "some", "nearly", "almost", "roughly", "around", "over", "under",
             "more", "less", "than", "up", "down", "higher", "lower", "respectively", "will", "would", "could",
             "should", "may", "might", "now", "also", "still", "already", "again", "whopping", "record", "new",
             "best-ever", "all-time", "record-breaking", "and", "or", "another", "further", "estimated", "average",
             "total", "net",
             # a participle that leads to the figure it values (receipts valued at; revenues amounting to)
             "valued", "worth", "amounting", "totalling", "totaling", "pegged", "remaining",
             # adverbs that join a sentence to the one before (the market share thus fell): no part of a name
             "thus", "therefore", "hence", "however", "meanwhile", "consequently", "too", "likewise"}
_LEADING = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "and", "but",
            "while", "also", "of", "in", "on", "at", "for", "to", "with", "as", "however", "meanwhile", "overall",
            "total", "so", "far", "still", "more", "fewer", "fully", "nearly", "almost", "roughly", "about", "around",
            "just", "only", "have", "has", "had", "been", "is", "are", "was", "were",
            # the rest of a linking phrase written without its comma: In contrast agriculture decreased by 0.7%
            "contrast", "comparison", "thus", "therefore"}
_ORGANISATION = re.compile(r"^(?!(?:previous|prior|last|next|same)\s)"  # (the previous session's turnover: a time's)
                           r"(?:(?-i:(?:[a-z][\w-]*\s+){1,3}of\s+)(?=(?-i:[A-Z])))?"
                           r"(?P<owner>(?:\d*[A-Z][\w&.-]*\s?){1,4}?|company|group|firm|bank|country|nation|"
                           r"government|city|state)(?:'s|’s)\s+(?P<rest>.+)$", re.IGNORECASE)
_PART = re.compile(r"^(?P<metric>.+?)\s+(?:at|in|into|from|for|across|within)\s+(?:its\s+|the\s+)?"
                   r"(?P<segment>.{3,60})$")
# A quantity of trade with a partner: the deficit with Canada → (deficit, Canada); exports to China → (exports, China).
_PARTNER = re.compile(r"^(?P<metric>(?:\S+\s+){0,3}?(?:deficits?|surplus(?:es)?|shortfall|gap|balance|trade|exports|"
                      r"shipments|imports))\s+(?:with|to|from)\s+(?:the\s+)?"
                      r"(?P<segment>[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3})$")
# An owner that had a quantity: Japan posted a trade surplus; the carrier recorded a load factor; the district has
# the lowest literacy rate; the Bank of Ghana reduces its policy rate (from 6%).
_OWNER_VERB = re.compile(r"^(?P<owner>[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,3}|"
                         r"(?:[Tt]he\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                         r"\s+(?:posted|recorded|logged|booked|notched|registered|delivered|generated|earned|"
                         r"achieved|clocked|returned|declared|proposed|paid|has|have|had|"
                         r"cuts|reduces|reduced|raises|lowers|hikes|keeps|kept|holds|maintains|maintained)\s+"
                         r"(?:an?\s+|its\s+|their\s+|the\s+)?"
                         r"(?P<rest>[A-Za-z].*)$")
# An owner that came to be in a balance: New Zealand remained in a trade surplus; Japan slipped into a deficit.
_INTO_BALANCE = re.compile(r"^(?P<owner>[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,3}|[Tt]he\s+[a-z]+)\s+"
                           r"(?:(?:has|have|had)\s+)?(?:remained|remains|stayed|stays|swung|swings|slipped|slips|"
                           r"moved|moves|fell|falls|went|goes|returned|returns|turned|turns|sank|sinks|plunged|"
                           r"tipped|was|is)\s+(?:back\s+)?"
                           r"(?:in|into|to)\s+(?:an?\s+|its\s+|the\s+)?"
                           r"(?P<rest>(?:[a-z]+\s+){0,2}(?:surplus|deficit|shortfall)(?:es|s)?)$")
_CAPITALS_AND_T = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZt")
# The end of "on an annual basis" left before the owner: basis New Zealand remained in …
_BASIS_LEFT = re.compile(r"^(?:basis|terms),?\s+(?=[A-Z]|the\s)")
_ON_BASIS = re.compile(r"\b(?:(?:year|month|quarter|week)-)?on-(?:year|month|quarter|week)\b", re.IGNORECASE)
_AMOUNTING = re.compile(r"\s(?:amounting|amounted|totall?ing|coming|equivalent|equal|equating)\s+to\s*$")
_BEEN = re.compile(r"^been\s+(?=[a-z]+ing\s)")
_HAD_FIRST = re.compile(r"^(?:recorded|posted|reported|registered|booked|logged|generated)\s+(?=[a-z]+\s+[a-z])")
_VERB_FORMS = re.compile(r"(?:ed|ing)$")
# An owner and a verb of earning whose particle "in" leads to the figure: the US raked in $210.7 billion (in tourist
# spending); the film pulled in $90 million. The owner is named, the quantity is what the money is "in", after it.
_EARNED_IN = re.compile(r"^(?P<owner>.+?)\s+(?:raked|rakes|raking|brought|brings|bringing|took|takes|taking|pulled|"
                        r"pulls|pulling|hauled|reeled|ushered)$")
# How often a quantity is counted says its period, not what it is: quarterly earnings are earnings.
_PERIODIC = re.compile(r"^(?:quarterly|annual|yearly|monthly|weekly|daily|full[- ]year|half[- ]year|"
                       r"(?:first|second|third|fourth)[- ]quarter)\s+(?=\w)", re.IGNORECASE)


@quick_init
@dataclass(frozen=True)
class Measure:
    metric: str | None
    subject: str | None = None
    segment: str | None = None
    whole: str | None = None  # the people a share of respondents is of (48 percent of likely voters favor …)


_MANAGED_TO = re.compile(r"(?i)\s(?:managed|continued|continues|went\s+on|was\s+able|were\s+able)\s+to\s*$")
_INFINITIVE = re.compile(r"\bto\s+(?:average|be|reach|hit|rise|fall|grow|exceed|total|come\s+in|remain|stay|touch|take|"
                         r"stand|increase|decrease|decline|turn(?:\s+negative)?)(?:\s+at)?\s*$", re.IGNORECASE)


_RECORD = re.compile(r"\b(?:an?\s+(?:(?:record|new|fresh|all-time|multi-year|\d+-(?:year|month))\s+){0,2}|"
                     r"(?:(?:record|new|fresh|all-time|multi-year|\d+-(?:year|month))\s+){1,2})(?:high|low)"
                     r"(?:\s+of)?\s*$", re.IGNORECASE)  # (narrowed to a low of $4.84 billion: how low, of the deficit)


# A verb of movement and its "to", left before a figure when words the verb reader does not know stand between them
# (tourist arrivals grew to a record high of 1.7 million; adjusted earnings came to 88 cents).
_MOVED_TO = re.compile(r"\s(?:rose|grew|fell|climbed|jumped|dropped|declined|increased|decreased|surged|soared|"
                       r"slipped|eased|slid|reached|hit|touched|rebounded|recovered|widened|narrowed|came|amounted|"
                       r"dipped|tumbled|plunged|sank|rallied|advanced|firmed|weakened|strengthened|edged|inched|zoomed|skyrocketed|"
                       r"rocketed|spiked|ballooned|mushroomed|swelled|shot\s+up)"
                       r"(?:\s+(?:back|slightly|further|sharply|marginally|modestly|again))*"
                       r"(?P<against>\s+against\s+the\s+[A-Za-z]+)?"
                       # the deficit narrowed in September to $40.8 billion: a time between the verb and its "to"
                       r"(?:\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|the\s+(?:month|quarter|year)))?"
                       # declined from last year to 41.3 billion euros
                       r"(?:\s+from\s+(?:last\s+year|a\s+year\s+(?:earlier|ago)|the\s+(?:previous|prior)\s+[a-z]+))?\s+to\s*$",
                       re.IGNORECASE)
# A word of movement and its "from" before a figure: the level the quantity before them started at (its share of
# generation down from 15.9%; the jobless rate, up from 4.1%; the margin slid from 12%).
_MOVED_FROM = re.compile(r"(?:^|\s)(?:up|down|higher|lower|rose|grew|fell|climbed|jumped|dropped|declined|increased|"
                         r"decreased|surged|soared|slipped|eased|slid|rebounded|recovered|widened|narrowed|improved|"
                         r"shrank|expanded|went\s+(?:up|down)|(?<=to\s)(?:grow|rise|fall|climb|increase|decrease|decline))"
                         r"\s+from\s*$", re.IGNORECASE)  # (managed to grow from)
# A passive of estimate between a quantity and its figure says how the figure is known, not who speaks: GDP is
# estimated to have grown by 0.5%; inflation is expected to be 0.9%; the saving ratio is estimated at 10.0%.
_ESTIMATED = re.compile(r"\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:provisionally\s+)?"
                        r"(?:estimated|expected|forecast|projected|seen|set|likely|thought|believed|reported|"
                        r"predicted|anticipated)(?:\s+to(?:\s+have)?(?:\s+been|\s+be)?|\s+at)?\s*$", re.IGNORECASE)
# Trade with a partner: "with", "to" and "from" after these nouns name the partner, a part of the quantity (the
# deficit with Canada, exports to China, imports from Japan), not the start of another clause.


def unestimated(before: str) -> str:
    """``before`` less a passive of estimate at its end (see _ESTIMATED)."""
    return _ESTIMATED.sub(" ", before) if _ESTIMATE_WORD.search(before) else before


_ESTIMATE_WORD = re.compile(r"ed\b|seen|set|likely|forecast")
_TRADE_NOUNS = {"deficit", "deficits", "surplus", "surpluses", "shortfall", "gap", "balance", "trade", "exports",
                "shipments", "sales", "imports", "arrivals", "visitors", "remittances", "investment", "flows",
                "tickets", "fares", "departures", "passengers", "trips", "deliveries", "orders", "bookings"}
_PARTNER_WORDS = {"with", "to", "from"}
_NARROWING = {"by", "to", "from", "on"}  # (arrivals by air, sales to retail customers, fares on the top routes)
# Verbs an infinitive's "to" opens (passengers last month to post a rise): no part of the quantity's name
_TO_VERB = {"post", "reach", "hit", "become", "make", "take", "record", "see", "be", "rise", "fall", "grow", "show",
            "register", "mark", "log", "top", "total", "exceed", "hold", "remain", "stay", "keep", "drive", "fly",
            "travel", "spend", "buy", "get", "set", "end", "close", "finish", "come", "go", "book", "visit", "have"}
# The same nouns and the part their preposition names: arrivals by air → (arrivals, air)
_NARROWED = re.compile(rf"^(?P<metric>(?:\S+\s+){{0,3}}?(?:{'|'.join(sorted(_TRADE_NOUNS))}))\s+(?:by|to|on)\s+"
                       r"(?:the\s+)?(?P<segment>[^\s].{1,60})$")
_JOINING = {"and", "for"}


# Words in a phrase that name nothing measured: an abbreviation in brackets after its full name (gross domestic
# product (GDP)), a period's code (in the first half of 2009 (1H09)), a ticker (Origin Energy (ASX:ORG)), "as a whole"
# (GDP for 2023 as a whole).
_NOISE = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,6}s?|[a-z]{2,5}|(?=[A-Za-z\d]{0,5}[A-Za-z])\d[A-Za-z\d]{1,5}|"
                    r"[A-Z]{2,8}:\s?[A-Z.]{1,8}|"
                    # members summed in brackets say the quantity is their total: (domestic + international)
                    r"[a-z]+(?:\s*[+&/]\s*[a-z]+)+|"
                    # another name of the same quantity (its key policy rate (repo rate)): an alias, no part of it
                    r"[a-z]+\s(?:[a-z]+\s)?(?:rate|ratio|index|price|level)s?)\)|"
                    r"\bas\s+a\s+whole\b")


# A figure right after a dash and an article restates the figure before it in other terms (272,610 cars were sold
# in May – a 21 per cent increase): the words before the dash name that figure's quantity, not this one's.
APPOSITIVE = re.compile(r"\s[–—]\s*(?:an?|the)?\s*$")


# An aside set off by dashes inside the words before a figure: the labor participation rate — the proportion of the
# population working or looking for work — remained unchanged at 62.7 percent.
_DASHED = re.compile(r"\s[–—]\s[^–—\d]{1,80}?\s[–—]\s")
# A news agency's dateline before the first sentence: MANILA, Philippines - ; LONDON (Reuters) —
# (its place's words only, then a sentence's opening words: not "Tesla Model Y – 93,708", a list's item)
_DATELINE = re.compile(r"\s*[A-Z][\w.'’]*(?:,?\s+[A-Z][\w.'’]*){0,3}(?:\s*\([A-Za-z ]{2,20}\))?\s+[-–—]\s+"
                       r"(?=[A-Z][a-z]*(?:['’]s)?\s+[a-z])")  # (ISTANBUL (AA) – Turkey's benchmark …)
# "The number of" and what it counts, the whole phrase to the figure's verb: the number of people out of work for less
# than five weeks (its "for" and "who" start no clause).
_BE_AFTER = re.compile(r"\s+(?:was|were|is|are|stood|totalled|totaled)$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<what>[a-z][^,;.()\d]{2,70}?)\s*$",
                        re.IGNORECASE)


# Nouns a quantity's name ends with (market share, repo rate, oil price): "from" after one is the figure's own.
_QUANTITY_END = re.compile(r"(?:share|rate|price|level|ratio|margin|index|yield|sales|revenues?|profits?|income|"
                           r"exports|imports|output|deficit|surplus|balance|spending|costs?|inflation|loss(?:es)?|earnings|payout|"
                           r"dividend|volumes?|shipments|registrations|arrivals|employment|payrolls|population)$",
                           re.IGNORECASE)

# An earlier time as a quantity's adjective, with the "from" it may follow (up from a year-earlier profit of): a
# boundary, so no word before it joins the name.
_YEAR_AGO_ADJECTIVE = re.compile(r"(?:\bfrom\s+)?\b(?:a|the)\s+(?:year-(?:ago|earlier)|prior-year|previous-year)\s+",
                                 re.IGNORECASE)


# The source of a figure told between its name and its verb (as per the figures of Census 2011; according to the
# survey): no part of the name.
_SOURCED = re.compile(r",?\s+(?:as\s+per|according\s+to)\s+[^,;]*?(?:,|(?=\s+(?:is|are|was|were)\s*$))",
                      re.IGNORECASE)


@lru_cache(maxsize=8192)  # a pure function of the words before a figure, read again by several readings
def phrase_before(before: str) -> str | None:
    """The noun phrase a figure (or its verb) is stated of, from the words before it in its clause."""
    before = unmoved(before)  # (the rate remained unchanged at; was revised from; changed little)
    if ("—" in before or "–" in before) and _DASHED.search(before):
        before = _DASHED.sub(" ", before)  # the participation rate — the proportion working — remained at 62.7%
    if "umber of" in before and (counted := _NUMBER_OF.search(before[-100:])) is not None:
        # the number of people out of work for less than five weeks decreased; … who sat the exam were 17,566
        return _BE_AFTER.sub("", counted.group("what"))
    if ("–" in before or "—" in before) and APPOSITIVE.search(before):
        return None
    if before.lstrip()[:1].isupper() and (dated := _DATELINE.match(before)) is not None:
        before = before[dated.end():]  # MANILA, Philippines - The country's exports: a dateline before
    before = route_named(before)  # exports of goods from the eurozone to the rest of the world worth: exports
    if before.rstrip().endswith(("to", "from")) and (brought := object_moved(before)) is not None:
        before = brought  # growth brought the total half-yearly arrivals to 10,978,048
    tail = before.rstrip()[-4:].lower()
    if tail.endswith(("high", "low", " of")):
        before = _RECORD.sub(" ", before)  # to a record high CAD148.7 billion: says how high, not of what
    if before.rstrip().endswith("from"):
        before = _MOVED_FROM.sub(" ", before)  # its share of generation down from 15.9%: of the share of generation
    if before.rstrip().endswith("to"):
        before = _AMOUNTING.sub(" ", before)  # export earnings amounting to: of the export earnings
        # arrivals grew to (a record high of): the verb is no part of the name; what a currency moved against is
        before = _MOVED_TO.sub(lambda moved: f" {moved.group('against') or ''} ", before)
    if "year-" in before or "-year " in before:
        before = _YEAR_AGO_ADJECTIVE.sub(" from ", before)  # up from a year-earlier profit of: of profit, not "up"
    before = unestimated(_INFINITIVE.sub(" ", _MANAGED_TO.sub(" ", before)) if "to " in before or "To " in before
                         else before)  # (Huawei managed to grow from: Huawei's)
    if "(" in before or " whole" in before:
        before = _NOISE.sub(" ", before)
    if "." in before or "!" in before or "?" in before:
        before = _SENTENCE_END.split(before)[-1]  # a sentence the splitter kept whole ends here (level." It …)
    if "on-" in before:
        before = _ON_BASIS.sub(" ", before)  # significant year-on-year passenger growth: the basis is no name
    if " per " in before or "according" in before:
        before = _SOURCED.sub(" ", before)  # Population … as per the provisional figures of Census 2011 is: its source
    words = _WORD.findall(TIME_BEFORE.sub(" ", before))
    if len(words) > 1 and words[-1].lower() in ("from", "to") and _QUANTITY_END.search(words[-2]) and not (
            words[-1].lower() == "to" and len(words) > 2 and words[-3].lower() in ("in", "of")):
        # an increase in market share from 23.3%; a net loss to $89 million: the figure's own "from" or "to" (not:
        # a 2% increase in sales to $2.8 billion, the level of the change before it)
        words = words[:-1]
    joined = False
    for index in range(len(words) - 1, -1, -1):  # start after the last boundary word
        if words[index].lower() == "on" and index and words[index - 1].lower() in ("return", "returns"):
            continue  # the return on sales: one quantity
        if words[index].lower() in _PARTNER_WORDS and index and words[index - 1].lower() in _TRADE_NOUNS \
                and index + 1 < len(words) and (words[index + 1][0].isupper() or words[index + 1] == "the"):
            continue  # the deficit with Canada (not: an increase in sales to $2.8 billion)
        if words[index].lower() in _NARROWING and index and words[index - 1].lower() in _TRADE_NOUNS \
                and 0 < len(words) - index - 1 <= 5 and words[index + 1].lower() not in _TO_VERB:
            continue  # arrivals by air; sales to individual retail customers: the quantity's own part
        if words[index].lower() == "for" and index and len(words) == index + 3 and words[index + 1].lower() in (
                "the", "its") and words[index + 2].lower() in _OWNER_NOUNS:
            words = words[:index]  # revenue for the company rose: the company's revenue
            continue
        if words[index].lower() in _JOINING and inner_joint(words, index):
            joined = True  # sales at building materials and garden stores; the response rate for the survey
            continue
        if words[index].lower() in _BOUNDARY:
            antecedent = words[:index] if words[index].lower() == "which" and index + 1 < len(words) \
                and words[index + 1].lower() in SESSION_VERBS else []
            words = words[index + 1:]
            break
    else:
        antecedent = []
    while words and (words[-1].lower() in _TRAILING or words[-1].lower() in VERB_TAIL or _numeral(words[-1])):
        words = words[:-1]
    if not words and antecedent:  # the Sensex, which opened at (17,301.16 points): of what "which" stands for
        return phrase_before(" ".join(antecedent) + " ")
    while words and (words[0].lower() in _LEADING or _numeral(words[0])):
        words = words[1:]
    if len(words) > (12 if joined else 8):
        words = words[-(12 if joined else 8):]
    phrase = _LEADING_VERB.sub("", " ".join(words).strip(" ,.;:"))
    return None if phrase.lower() in _PARTICIPLES else phrase or None  # registering (a growth of 25.2%): no name


def _numeral(word: str) -> bool:
    """A number among the words (or a period: 2Q, 1H), not a name that starts with one (3M)."""
    named = "A" <= word.lstrip("0123456789")[:1] <= "Z" and _PERIOD_CODE.match(word) is None
    return word[0].isdigit() and not named


_PERIOD_CODE = re.compile(r"\d[QH]\b|\dFY\b")


# Participles that lead to a figure's noun of movement, left alone before it: they name nothing.
_PARTICIPLES = {"registering", "recording", "reaching", "posting", "marking", "showing", "representing", "reflecting",
                "making", "taking", "bringing", "hitting", "reporting", "logging", "seeing", "achieving", "notching"}
# Nouns that stand for the party a report is about (revenue for the company; sales for the group).
_OWNER_NOUNS = {"company", "group", "firm", "bank", "business", "carrier", "airline", "retailer", "miner", "insurer",
                "lender", "brewer", "chain", "operator", "maker", "manufacturer", "producer"}
# A sentence's end inside the words before a figure: a full stop, its closing quote, a capital after.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z])")
# A verb that starts the phrase and has the quantity as its object says how the figure came, not what it is:
# grabbing a market share of 11.8%; making the total payout 25.25 cents; to reach a market share of 52.5 per cent;
# declared an unfranked final dividend of 13.25 cents.
_LEADING_VERB = re.compile(r"^(?:(?:expects?|expected|sees?|forecasts?|predicts?)\s+(?=[a-z])|"
                           r"(?:[a-z]+ing|reach|take|hit|have|has|had|declared|proposed|posted|recorded|reported|"
                           r"announced)\s+"
                           r"(?:an?|the|its|their)\s+|"
                           # resulting in net overseas migration of 249,700 people: the result is the quantity
                           r"(?:resulting|results|resulted|leading|amounting|contributing|adding|bringing)\s+(?:in|to)\s+"
                           r"(?:(?:an?|the|its|their)\s+)?)(?=[A-Za-z])")


# A superlative before a quantity says how it ranks, not what it is (the highest annual rate; the lowest literacy
# rate).
_LEADING_SUPERLATIVE = re.compile(r"^(?:highest|lowest|largest|smallest|biggest|fastest|slowest|strongest|weakest)"
                                  r"\s+(?=\w)", re.IGNORECASE)


# A change "in" a quantity before its figure is of the quantity (an increase in market share from 23.3% to 23.4%).
_CHANGE_OF = re.compile(r"^(?:.*\s)?(?:an?\s+)?(?:increase|rise|decrease|drop|fall|decline|gain|jump|change|plunge|"
                        r"surge|slump|dip|tumble|leap|climb|hike|reduction|cut)s?\s+in\s+"
                        r"(?=[a-z])", re.IGNORECASE)


_A_NATIONS_TRADE = re.compile(r"(?:exports|imports)\b")
_NO_NATION = re.compile(r"(?:international|domestic|overseas|foreign)$", re.IGNORECASE)


@lru_cache(maxsize=8192)  # a pure function of the phrase (its Measure is frozen)
def split(phrase: str | None) -> Measure:
    """A phrase into owner, metric and breakdown member: Apple's profit → (Apple, profit); sales at garden stores →
    (sales, garden stores)."""
    if not phrase:
        return Measure(None)
    subject = segment = None
    phrase = _BASIS_LEFT.sub("", phrase) if phrase[:1] in "bt" else phrase
    if (helped := caused(phrase)) is not None:  # A profit at Ecobank helped Nedbank (grow earnings): Nedbank's
        return Measure(None, helped, None)
    # looked for only where a possessive is: the pattern backtracks through every split of the words before it
    owner = _ORGANISATION.match(phrase) if "'s" in phrase or "’s" in phrase else None
    if owner is not None:
        subject, phrase = owner.group("owner").strip(), owner.group("rest")  # (the value of China's: China's)
        named = RELATIVE_NAMED.match(phrase)  # Toyota's global rival, Volkswagen Group, reported: Volkswagen's
        subject, phrase = (named.group("name"), named.group("rest")) if named else (subject, phrase)
    earned = _EARNED_IN.match(phrase) if subject is None and " " in phrase else None
    if earned is not None and earned.group("owner")[:1].isupper():  # the US raked in: the US's, of what it is in
        return Measure(None, earned.group("owner"), None)
    made = MADE.match(phrase)
    if made is not None:  # Samsung shipped 78.2 million units: Samsung's shipments
        return Measure(MADE_NOUN[made.group("verb")], subject or made.group("owner"), None)
    alone = _OWNER_VERB.match(f"{phrase} it") if subject is None and " " in phrase else None
    if alone is not None and alone.group("rest") == "it" and alone.group("owner")[:1].isupper():
        # Heathrow recorded (a gain of 1.4%): the owner, and no name of the quantity (the figure before's, if any);
        # a pronoun (It recorded …) names no owner either
        pronoun = alone.group("owner").lower() in ("it", "they", "we", "he", "she", "this", "that", "there")
        return Measure(None, None if pronoun else alone.group("owner"), None)
    into = _INTO_BALANCE.match(phrase) if subject is None and phrase[:1] in _CAPITALS_AND_T else None
    if into is not None:  # New Zealand remained in a trade surplus (of $648 million): New Zealand's trade surplus
        subject, phrase = into.group("owner"), into.group("rest")
    had = _OWNER_VERB.match(phrase) if subject is None else None
    if had is not None and had.group("owner").split()[-1].lower() in ("were", "was", "is", "are", "been", "be",
                                                                     "average", "total", "median", "mean", "there",
                                                                     "here"):
        had = None  # new cars were registered: a passive; the average achieved room rate: an adjective, no owner
    if had is not None:  # Japan posted a trade surplus of ¥813.4 billion: Japan's trade surplus
        subject, phrase = had.group("owner"), had.group("rest")
        # Haw Par has posted a net profit; economists had been predicting an annual surplus: the verb after "has"
        phrase = _LEADING_VERB.sub("", _BEEN.sub("", phrase)) or phrase
        if subject.lower() in ("it", "they", "we", "he", "she"):
            subject = None  # it declared a dividend: the owner is named elsewhere
    phrase = _PERIODIC.sub("", _HAD_FIRST.sub("", phrase)) or phrase  # (recorded) quarterly earnings: the earnings
    phrase = _CHANGE_OF.sub("", phrase) or phrase  # saw an increase in market share: of the market share
    if phrase[:1] in "hlsbfwHLSBFW" and " " in phrase:
        phrase = _LEADING_SUPERLATIVE.sub("", phrase) or phrase  # the lowest literacy rate: a literacy rate
    part = _PART.match(phrase)
    partner = _PARTNER.match(phrase) or (_NARROWED.match(phrase) if " " in phrase else None)
    if partner is not None:  # the deficit with Canada: the deficit, with Canada as its part
        phrase, segment = partner.group("metric"), partner.group("segment")
    elif part is not None and not _VERB_FORMS.search(part.group("metric")):
        # (the rate in the U.S. unexpectedly declined: the adverb is the verb's, not the member's)
        phrase, segment = part.group("metric"), re.sub(r"(?:\s+[a-z]+ly)+$", "", part.group("segment"))
        if re.match(r"(?:all|every|total|(?:international\s+)?trade\b|goods\s+and\s+services)\b", segment,
                    re.IGNORECASE):
            segment = None  # the price for all housing types; the deficit in international trade: the whole
    elif (region := regional(phrase)) is not None:  # North American sales: sales, of North America
        segment, phrase = region
        if _A_NATIONS_TRADE.match(phrase) and not _NO_NATION.match(segment):
            subject, segment = subject or segment, None  # U.S. exports: the nation's own, no member of a breakdown
    phrase = "sales" if phrase.lower() == "sale" else phrase  # with sale of 14,629 units: the units sold
    one_word = phrase[:1].isupper() and not phrase[:2].isupper() and " " not in phrase  # Sales, not RPMs
    return Measure(phrase.lower() if one_word else phrase, subject, segment)
