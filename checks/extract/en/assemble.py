"""Claim assembly for English: what a figure's clause and sentence say about it.

English puts the comparison after the figure ("rose 12.5% year on year", "up 3% from a year earlier") and the
subject before the verb ("Revenue rose 12.5%"), so the reader looks both ways.
"""

from __future__ import annotations

import re

from checks.extract.grammar import Dimension, Rule, constant
from checks.extract.links import Joints
from checks.extract.mention import Mention
from checks.extract.reading import Reading, SentenceReader, kind_of

MOVEMENT_EN: Dimension[str] = Dimension("movement_en", [
    Rule("rise", r"rose|risen|rising|rises|rise|increased|increases|increasing|increase|grew|grown|grows|growing|grow|"
                 r"climbed|climbing|climb|jump|surge|gain|soar|expand|boost|raise|"
                 r"jumped|jumps|surged|surges|gained|gains|soared|soars|advanced|up|higher|expanded|boosted|raised|"
                 r"added|adds|adding|created|creates|picked up|accelerated|rebounded|recovered|edged up|ticked up|"
                 r"widened|improved|hiked|lifted|swelled|topped",
         constant("up"), (("rose", "up"), ("grew", "up"))),
    Rule("fall", r"fell|fallen|falling|falls|fall|dropped|drops|dropping|drop|declined|declines|declining|decline|"
                 r"decreased|decreases|decrease|shrink|reduce|"
                 r"slipped|slid|plunged|tumbled|shrank|shrunk|contracted|cut|lowered|reduced|down|lower|eased|"
                 r"saved|saving|saves|save|lost|loses|losing|lose|shed|sheds|shedding|slumped|slumps|sank|sunk|"
                 r"edged down|ticked down|narrowed|dipped|dips|slowed|retreated|weakened|trimmed|slashed|"
                 r"halved|plummeted|contracting|shrinking|eroded",
         constant("down"), (("fell", "down"), ("saved", "down"))),
])
GROWTH_NOUN_EN: Dimension[str] = Dimension("growth_noun_en", [
    Rule("rise_noun", r"(?:an? )?(?:increase|rise|growth|gain|jump|surge) of", constant("up"), (("growth of", "up"),)),
    Rule("fall_noun", r"(?:an? )?(?:decrease|decline|drop|fall|reduction|cut) of", constant("down"),
         (("a decline of", "down"),)),
])

# The verb may have an object before its "by" (cut rates by 25 basis points).
VERB_BEFORE = re.compile(rf"\b(?P<verb>{MOVEMENT_EN.pattern})(?:(?:\s+[a-z]+){{0,2}}\s+by)?(?P<to>\s+to)?\s*$",
                         re.IGNORECASE)
GROWTH_NOUN_BEFORE = re.compile(rf"\b(?P<noun>{GROWTH_NOUN_EN.pattern})\s*$", re.IGNORECASE)
BASIS_AFTER = re.compile(
    r"^[\s,]*(?P<basis>year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|quarter[- ]on[- ]quarter|month[- ]on-month|"
    r"month[- ]on[- ]month|from a year (?:earlier|ago|before)|on the year|from (?:19|20)\d\d|"
    r"(?:compared|as compared) (?:with|to) [^,.;]{1,40}?(?=[,.;]|$)|from (?:the )?(?:same|previous|prior|last) "
    r"[^,.;]{1,30}?(?=[,.;]|$)|(?:than|over) (?:a year (?:ago|earlier)|last year|the previous year))",
    re.IGNORECASE,
)
PROJECTION_EN = re.compile(
    r"\b(?:expects?|expected|forecasts?|forecasted|projected|projects|projection|will|plans?|planned|aims?|aiming|"
    r"targets?|targeted|estimated to|is set to|are set to|likely|could|would|anticipates?|anticipated|outlook|"
    r"guidance|goal|by 20\d\d)\b", re.IGNORECASE)
PERIOD_EN = re.compile(
    r"\b(?:(?:first|second|third|fourth) quarter(?: of (?:19|20)\d\d)?|Q[1-4](?: (?:19|20)\d\d)?|"
    r"(?:first|second) half(?: of (?:19|20)\d\d)?|(?:fiscal |FY ?)?(?:19|20)\d\d|last year|this year|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: \d{1,2})?(?:,? (?:19|20)\d\d)?)\b")
ATTRIBUTION_EN = re.compile(
    r"\b(?i:according to) (?P<a>[^,.;]{2,60})"
    r"|\b(?i:data|figures|statistics|numbers|estimates) (?i:from|by|released by) (?P<b>[^,.;]{2,60})"
    r"|(?P<c>\b[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,5}) (?:said|says|reported|announced|estimated|estimates|showed|"
    r"shows|told)\b"
    r"|\bsaid (?P<d>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})")
DOCUMENT_SOURCE_EN = re.compile(r"^\s*\(?(?:source|sources|data source)s?\s*:\s*(?P<source>.{2,80}?)\)?\s*$",
                                re.IGNORECASE)
ENUMERATION_GAP_EN = re.compile(r"\s*(?:,|and|,\s*and|or)\s*", re.IGNORECASE)
_SUBJECT_NOISE = re.compile(r"^(?:the|its|their|a|an|total|and|while|but|with|as|of)\s+", re.IGNORECASE)


_NOT_NOUNS = {"was", "were", "is", "are", "has", "have", "had", "took", "opened", "said", "in", "on", "at", "of",
              "for", "to", "from", "and", "or", "with", "by", "across", "during", "over", "under", "than", "who",
              "that", "which", "will", "would", "could", "can", "may", "last", "this", "next", "a", "an", "the",
              "per", "each", "since", "year", "month", "quarter", "week", "day"}
_SAYING = re.compile(r".*\b(?:said|says|reported|reports|showed|shows|announced|estimated)\s+(?:that\s+)?",
                     re.IGNORECASE)


def _noun_phrase(text: str) -> str | None:
    """The first words of ``text`` up to a verb or preposition: what a figure counts (brands, new stores)."""
    words = []
    for word in re.findall(r"[A-Za-z][A-Za-z-]*", text)[:3]:
        if word.lower() in _NOT_NOUNS:
            break
        words.append(word)
    return " ".join(words) or None


def document_source(text: str) -> str | None:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    match = DOCUMENT_SOURCE_EN.match(lines[-1]) if lines else None
    return match.group(0).strip() if match else None


class Reader(SentenceReader):
    """Reads the context of the mentions of one English document."""

    REACH = 60
    LIST_GAP = ENUMERATION_GAP_EN

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.doc_source = document_source(text)

    def read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        text = self.text
        sentence_start, sentence_end = self.sentences.span(mention.start)
        listed = self.listed(mention, previous, sentence_start)  # rose 5% and 8%
        if listed is not None:
            return listed
        gap = self.gap(mention, previous, sentence_start)
        direction, moved, to_level, subject_end = None, False, False, len(gap)
        verb = VERB_BEFORE.search(gap)
        if verb is not None:
            direction, moved = MOVEMENT_EN.resolve(verb.group("verb").lower()), True
            to_level, subject_end = verb.group("to") is not None, verb.start()
        else:
            noun = GROWTH_NOUN_BEFORE.search(gap)
            if noun is not None:
                direction, moved, subject_end = GROWTH_NOUN_EN.resolve(noun.group("noun").lower()), True, noun.start()
        kind = kind_of(mention, moved, to_level)
        after = text[mention.end:min(sentence_end, mention.end + 60)]
        basis = BASIS_AFTER.match(after)
        sentence = text[sentence_start:sentence_end]
        attribution = ATTRIBUTION_EN.search(sentence)
        periods = [m.group(0) for m in PERIOD_EN.finditer(sentence)]
        return Reading(
            kind=kind,
            direction=direction if moved and not (to_level and kind in ("level", "share", "duration")) else None,
            qualifier=mention.qualifier,
            basis=basis.group("basis") if basis and (moved or mention.family == "pp") else None,
            projected=PROJECTION_EN.search(text, sentence_start, mention.start) is not None,
            metric=self._metric(gap[:subject_end], mention),
            period=periods[0] if periods else None,
            attribution=attribution.group(0) if attribution else self.doc_source,
        )

    def _metric(self, before: str, mention: Mention) -> str | None:
        """The subject before the verb (Revenue rose …), else the counted noun after the figure (200 brands)."""
        after = self.text[mention.end:mention.end + 40]
        of = re.match(r"\s+of\s+(.*)", after)
        if of and mention.unit in ("percent", "pp"):  # 40 percent of shoppers
            return _noun_phrase(of.group(1))
        if mention.family == "count":  # 200 brands
            return _noun_phrase(after)
        words = re.sub(r"[^\w\s'-]", " ", _SAYING.sub("", before)).split()
        words = [w for w in words if w.lower() not in ("was", "were", "is", "are", "has", "have", "had", "been")]
        phrase = " ".join(words[-4:])
        while _SUBJECT_NOISE.match(phrase):
            phrase = _SUBJECT_NOISE.sub("", phrase)
        return phrase or None


JOINTS = Joints(
    to_level=re.compile(r"\s+to\s+(?:a\s+(?:record|new|fresh)\s+(?:high\s+of\s+)?)?", re.IGNORECASE),
    base_before=re.compile(r"(?:compared\s+with|compared\s+to|versus|vs\.?|against|from)\s+$", re.IGNORECASE),
    base_after=re.compile(r"(?!)"),
    from_level=re.compile(r"[^.;]{0,30}?\b(?:from|compared\s+with|compared\s+to|versus|vs\.?|against)\s+"
                          r"(?:(?:a|the)\s+)?(?:year\s+(?:earlier|ago)\s+|previous\s+|prior\s+)?", re.IGNORECASE),
    level_then_change=re.compile(r"\s*,?\s*(?:(?:an?\s+)?(?:up|down|increase|decrease|rise|drop|fall|gain|decline)"
                                 r"(?:\s+of)?)\s+", re.IGNORECASE),
    from_to=re.compile(r"\bfrom\s+$", re.IGNORECASE),
    to_second=re.compile(r"\s+to\s+", re.IGNORECASE),
)
