"""Who an English sentence says its figures come from: "according to X", "X said", "data released by X", "the
company said", "analysts polled by X expected", and a document's own "Source: X" or "Reference: X" line.

The phrase found is kept whole as the claim's attribution; :func:`checks.claims.sources.source_of` takes the party's
name out of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checks.extract.en.measure import unestimated

# A name that may hold abbreviations (the U.S. Census Bureau, Procter & Gamble Co.): a full stop inside a word does
# not end it, one before a space does.
_NAME_CHARS = r"(?:[^,.;\n]|\.(?=[^\s,;])|(?<=\b[A-Z])\.|(?<=\d),(?=\d{3}\b))"
# What stands between "according to" and the party: the latest figures released by, a flash estimate from, data
# released Friday morning, Oct. 2, by.
_DATA_OF = (r"(?:(?:the |a |an )?(?:latest |new |official |preliminary |final |flash |provisional |monthly |annual )*"
            r"(?:data|figures|statistics|numbers|estimates?|report|survey|study|poll|release|results)"
            r"(?:[^;\n]{0,50}?\b(?:by|from)\s+|\s+(?:from|by|of(?!\s+\d))\s+))?")  # the poll of 2,000 adults: a poll
_CAPITALISED = r"[A-Z][\w&'’-]*\.?"
_PROPER = rf"{_CAPITALISED}(?: (?:(?:&|and|of|for|de) )?{_CAPITALISED}){{0,5}}"
# Parties named in lower case that speak for their figures: the company said, analysts expected, the survey found.
_SAYER_WORDS = ("company", "group", "firm", "bank", "central bank", "ministry", "government", "agency", "bureau",
                "department", "regulator", "survey", "poll", "report", "study", "research", "data", "analysts",
                "economists", "officials", "researchers", "forecasters", "strategists", "traders", "brewer", "retailer",
                "carrier", "airline", "insurer", "lender", "miner", "maker", "manufacturer", "organisation",
                "organization", "association", "board", "council", "authority", "figures", "statistics", "numbers")
# Written out as [Cc]ompany rather than (?i:company): case-insensitive alternatives are tried letter by letter and
# made this pattern the slowest part of reading a sentence.
_SAYER = (r"(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts) )?(?:(?:[Oo]fficial|[Ll]atest|[Nn]ew|[Pp]reliminary|[Gg]overnment) )?(?:"
          + "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in _SAYER_WORDS) + ")"
          + rf"(?: (?:polled|surveyed|questioned|interviewed) by (?:the )?{_PROPER})?")
# The verb of saying, after words that only time or qualify it: had previously forecast, now expects, on average.
_SAYS = (r"(?:(?:,\s*on average,|\s+(?:had|has|have|been|now|also|previously|still|earlier))*\s+)"
         r"(?:said|says|reported|reports|found|finds|showed|shows|show|revealed|reveals|estimated|estimates|told|announced|"
         r"expects?|expected|forecasts?|predicts?|predicted|projects|projected|anticipates?|anticipated|"
         r"were expecting|had been expecting|looking for|released|publishe[sd])")
# Words that start a sentence with a capital and are no party: The estimated number …, Initial estimates …
_NOT_A_PARTY = r"(?!(?:The|A|An|This|These|Those|That|It|Its|Initial|Preliminary|Final|Early|Survey|Data|Figures|" \
               r"Official|Estimates?|Analysis|Results?|Research|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|" \
               r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)" \
               r"\b(?! [A-Z]))"
# Every form starts a word with a letter: the guard before the alternatives turns every other position away at once.
ATTRIBUTION_EN = re.compile(
    rf"(?<![\w'’])(?=[A-Za-z])(?:[Aa]ccording to {_DATA_OF}(?P<a>{_NAME_CHARS}{{2,80}}?)"
    r"(?=\s+(?:which|that|who|whose)\b|,(?!\d{3}\b)|[;\n]|(?<!\b[A-Z])\.(?:\s|$)|$)"
    rf"|(?i:data|figures|statistics|numbers|estimates) (?i:from|by|(?:released|compiled|published|provided) by) "
    rf"(?P<b>{_NAME_CHARS}{{2,80}}?)(?=\s+(?:shows?|showed|says|said|suggests?|suggested|reveals?|revealed|"
    r"indicates?|indicated|released|published|compiled)\b|,(?!\d{3}\b)|[;\n]|(?<!\b[A-Z])\.(?:\s|$)|$)"
    rf"|(?P<e>{_SAYER}){_SAYS}\b"
    # Volkswagen Group (VKW.L, VOW.BE) reported: the tickers between the name and its verb
    # (exports to China showed solid growth: a name before "showed" is a party only before what it showed: that, a
    # figure)
    rf"|{_NOT_A_PARTY}(?P<c>{_PROPER}(?:, (?:Inc|Corp|Co|Ltd|LLC)\.?)?)(?:\s\([^()\n]{{1,40}}\))?{_SAYS}\b"
    r"(?:(?<!show)(?<!shows)(?<!showed)|(?=\s+(?:that\b|\d|\$)))"
    # said the SMMT; says Gregory Klump, chief economist at CREA
    rf"|(?:said|says) (?:the )?(?P<d>{_PROPER})"
    # the retail behemoth said, its parent company reported: a party named by what it is, in lower case
    rf"|(?P<h>(?:[Tt]he|[Ii]ts) (?:[a-z][a-z-]+ ){{0,2}}[a-z][a-z-]+)(?<!\bit)\s(?:said|says|reported|announced)"
    r"(?= that\b| on\b| in\b| it\b| its\b| the\b| [a-z]+ (?:was|were|rose|fell|grew|increased|decreased)\b)"
    # Fiona Cincotta, senior market analyst at City Index, said
    rf"|{_NOT_A_PARTY}(?P<i>{_PROPER}), [^,;\n]{{3,60}}, (?:said|says|told)\b"
    # The research, conducted by investment firm Scottish Widows, found …; a poll commissioned by X
    rf"|(?i:conducted|commissioned|carried out|compiled|published|released) by (?P<g>{_NAME_CHARS}{{2,60}}?)"
    r"(?=[,;\n]|(?<!\b[A-Z])\.(?:\s|$)|$)"
    # CNBC's poll of 51 economists, Reuters' monthly survey
    rf"|(?P<f>{_PROPER}['’]s? (?:(?:latest|monthly|weekly|quarterly|annual|new) )?(?i:poll|survey|study|report))\b"
    # economists in a Reuters poll, in accordance with a Bloomberg poll of economists
    rf"|\b(?:in|with|by) (?:a|an|the) {_NOT_A_PARTY}(?P<j>{_PROPER} (?:poll|survey|study))\b"
    # the Wall Street estimate of $3.11; the expectation of analysts surveyed by Thomson Reuters
    r"|\b(?P<l>(?:Wall Street|[Cc]onsensus|[Aa]nalysts'?) (?:estimates?|forecasts?|expectations?))\s+of\b"
    rf"|\b(?P<m>(?:[Aa]nalysts|[Ee]conomists) (?:surveyed|polled|questioned) by (?:the )?{_PROPER}))")
# Source: X, Reference: X, and a blog's "From the Census Bureau:" before the release it quotes.
DOCUMENT_SOURCE_EN = re.compile(r"^\s*\(?(?:(?:source|sources|data source|references?)s?\s*:\s*(?P<source>.{2,80}?)\)?"
                                r"|from (?P<quoted>(?:the )?[A-Z][^:.]{1,60}):)\s*$", re.IGNORECASE)
# A sentence's source that names no party, only the kind of document: the survey, the data.
GENERIC = re.compile(r"^(?:(?:the|a|an|this|our) )?(?:[\w-]+ )?(?:survey|poll|data|figures|report|study)\b",
                     re.IGNORECASE)


def document_source(text: str) -> str | None:
    """A document's own source line: the last line ("Source: X", "Reference: X"), or a "Source: X" line under a
    chart or table when every such line in the document names the same source."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    match = DOCUMENT_SOURCE_EN.match(lines[-1]) if lines else None
    if match is not None:
        return match.group(0).strip()
    named = {found.group(0).strip() for line in lines
             if ("ource" in line or "eference" in line or line[:5].lower() == "from ")
             and (found := DOCUMENT_SOURCE_EN.match(line))}
    return named.pop() if len(named) == 1 else None


# Every form of ATTRIBUTION_EN holds one of these: most sentences hold none and are passed over by substring tests,
# much faster than the pattern.
_KEYWORDS = ("ccording", "data ", "figures ", "statistics ", "numbers ", "estimate", "said", "says", "report", "found",
             "finds", "show", "reveal", "told", "announced", "expect", "forecast", "predict", "project", "anticipat",
             "looking for", "conducted", "commissioned", "carried out", "compiled", "published", "released", "poll",
             "survey", "study")


def sentence_sources(sentence: str, doc_source: str | None) -> list[tuple[int, int, str]]:
    """The attribution phrases of one sentence with their offsets in it; a phrase that names only a kind of document
    (Survey shows 57%) gives way to the document's own source line."""
    lowered = sentence.lower()  # substring tests: a case-blind pattern of the keywords costs twice as much
    if not any(keyword in lowered for keyword in _KEYWORDS):
        return []
    return [(found.start(), found.end(), doc_source if doc_source and GENERIC.match(found.group(0)) else found.group(0))
            for found in ATTRIBUTION_EN.finditer(sentence)]


def nearest(sources: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The phrase closest to a figure at [start, end): "Analysts had expected $1.37, according to figures compiled
    by Thomson Reuters" attributes $1.37 to the figures it stands next to."""
    if not sources:
        return None
    return min(sources, key=lambda found: max(found[0] - end, start - found[1], 0))[2]


def party(attribution: str) -> str | None:
    """The party an English attribution phrase names: according to the latest figures released by the Australian
    Bureau of Statistics → the Australian Bureau of Statistics; analysts polled by Reuters expected → analysts polled
    by Reuters; Source: YouGov → YouGov. None when the phrase is none of these forms."""
    line = DOCUMENT_SOURCE_EN.match(attribution)
    found = line if line is not None else ATTRIBUTION_EN.match(attribution.strip())
    if found is None:
        return None
    name = next(group for group in found.groups() if group is not None)
    name = _SAMPLE.sub(r"\g<kind>", name)  # the poll of 2,000 UK adults: the poll
    return _ARTICLE.sub("", name.strip(" .,:()")) or None


_ARTICLE = re.compile(r"^(?:the|a|an) ", re.IGNORECASE)  # the U.S. Census Bureau and Census Bureau name one party
_SAMPLE = re.compile(r"\b(?P<kind>poll|survey|study)\s+of\s+[\d,]+\b.*$", re.IGNORECASE)


_SAYING = re.compile(r".*\b(?:said|says|reported|reports|showed|shows|announced|estimated)\s+(?:that\s+)?",
                     re.IGNORECASE)
_SAYING_VERB = re.compile(r"\b(?:said|says|reported|reports|showed|shows|announced|estimated)\s", re.IGNORECASE)


@lru_cache(maxsize=8192)  # a pure function of the phrase; a figure's phrase is read again by later readings
def unsaid(phrase: str) -> str:
    """The phrase less its "X said (that)" lead. The leading .* tries every position of a phrase without a saying
    verb, so the verb is looked for first."""
    phrase = unestimated(phrase)  # GDP is estimated to have grown: no one speaks
    return _SAYING.sub("", phrase) if _SAYING_VERB.search(phrase) else phrase
