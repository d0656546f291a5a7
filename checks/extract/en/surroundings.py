"""What stands around an English number and says it is no figure, or what figure it is: a label before it (Model 3),
a time zone after it (1615 AEDT), a window (the first nine months), a year, a date, an index's level.
"""

from __future__ import annotations

import re

from checks.extract.en.units import UNITS_EN

# Words after a number that make it a count of something (200 brands) unless they are function words.
NOT_COUNTED = {
    "and", "or", "of", "in", "on", "at", "to", "the", "a", "an", "from", "for", "by", "with", "as", "than", "that",
    "is", "was", "were", "are", "be", "been", "has", "had", "have", "per", "percent", "while", "when", "which",
    "year", "years", "am", "pm", "a.m.", "p.m.", "this", "last", "next", "its", "their", "his", "her", "it", "but",
    "after", "before", "since", "over", "under", "compared", "versus", "against", "between", "up", "down", "will",
}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# Words before a number that make it a label (Section 301, Model 3) or a window (the first nine months).
LABEL_BEFORE = re.compile(r"(?:Section|Article|Chapter|Model|Phase|Rule|No\.|Route|Flight|Level|Series|Class|Type|"
                          r"Gen|Version|Tier|Room|Gate|Line|Page|Item|Figure|Table|Form|Schedule|Act|Amendment|"
                          r"FTSE|S&P|Nasdaq|Stoxx|STOXX|ASX|Russell|Xbox|Nikkei|Fortune|Channel|Euro Stoxx|Dow|"
                          r"Nifty|Midcap|Smallcap|CAC|DAX|Kospi|KOSPI|MSCI|Topix|TOPIX|"  # Nifty 50, Nifty Midcap 100
                          r"Formula|Windows|Galaxy|Pixel|Boeing|Airbus A|Top|Poor['’]s)\s$")  # Standard & Poor's 500
DATE_PART = re.compile(r"\d/$")  # the year of a date: 11/04/14


def date_part(text: str, m: re.Match[str]) -> bool:
    """Whether a match is part of a date: the year of one (11/04/14), or a run of years (a fiscal year 2017-18,
    2023/24; the period 2010-15: a year and the last two digits of a later one), no figure."""
    first, second = m.group("number"), m.group("number2")
    return DATE_PART.search(text, max(0, m.start() - 2), m.start()) is not None or (
        second is not None and len(second) == 2 and (m.group("sep") or "").strip() in ("-", "–", "/")
        and re.fullmatch(r"(?:19|20)\d\d", first or "") is not None and 0 < (int(second) - int(first[2:])) % 100 <= 20)


NOT_A_FIGURE_AFTER = re.compile(r"\s?(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|AE[DS]T|AWST|ACDT|JST|HKT|SGT|IST|PST|PDT|"
                                r"CST|CDT|a\.m\.|p\.m\.|am\b|pm\b|hrs\b)")
WINDOW_BEFORE = re.compile(r"(?:first|last|past|next|previous|coming|following|within|over the past|in the past)\s$",
                           re.IGNORECASE)
EVENT_NOUNS = ("shopping", "festival", "gala", "edition", "sale", "sales")
MOVED_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|surged|gained|soared|advanced|"
    r"fell|fallen|falls|dropped|declined|decreased|slipped|slid|plunged|tumbled|shrank|contracted|eased|cut|lowered|"
    r"reduced|raised|boosted|lifted|revised(?:\s+(?:up|down|upward|downward)s?)?|added|shed|lost|gaining|falling|"
    # an increase in the goods deficit of $4.6 billion to $65.6 billion: the move, the quantity, then the change
    r"up|down|higher|lower|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|gain|decline|jump)"
    r"(?:\s+in(?:\s+the)?(?:\s+[\w-]+){1,4}?)?\s+of)"
    # (raised the budget by $5 million to $40 million: the object between the verb and "by")
    r"(?:(?:\s+(?:the|its|their|his|her|our)(?:\s+[\w'-]+){1,4}?)?,?\s+by)?\s*$",
    re.IGNORECASE)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# In brackets after a rate, amounts are the levels it moved between: by 8.66 percent ($506,694,105 to $540,459,428)
RATE_BRACKET = re.compile(r"(?:%|\bper\s?cent)\s*\(\s*$", re.IGNORECASE)
# A number after these words in a sentence about an index is the index's level (closed at 7,313.4).
INDEX_SENTENCE = re.compile(r"\b(?:index|indices|FTSE|Dow|S&P|Nasdaq|ASX|All Ordinaries|Nikkei|Hang Seng|Stoxx|DAX|"
                            r"CAC|Kospi|Sensex|Nifty|benchmark|PMI|reading|gauge)\b", re.IGNORECASE)
INDEX_BEFORE = re.compile(r"\b(?:to|at|of|from|on|above|below|near|touched|reading of|level of|close of|high of|"
                          r"low of)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# A rate a central bank sets: only it moves by 25 points meaning basis points (yields and benchmarks may be indices').
POLICY_RATE_NAMED = re.compile(r"\b(?:interest|policy|benchmark|repo|lending|deposit|mortgage|bank|cash|funds|discount|"
                               r"overnight)(?:\s+\w+)?\s+rates?\b", re.IGNORECASE)
RATE_NEARBY = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\brates?\b|\byields?\b|\binflation\b|\bunemployment\b",
                         re.IGNORECASE)


_OR_PERCENT = re.compile(r"(?:\s*points?)?\s*,?\s*or\s+(?:an?\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)",
                         re.IGNORECASE)


def points_unit(text: str, start: int, end: int) -> tuple[str, str, float]:
    """The (unit, family, factor) of a figure in bare points: an index's points, unless the sentence is about a
    rate (rose 0.2 points to 4.1%); a policy rate's basis points when it moves by a multiple of 25 (raised the key
    policy rates 25 points: no central bank moves by 25 percentage points)."""
    near, written = text[max(0, start - 60):end + 40], text[start:end].lstrip("+-−–$ ")
    quarters = re.match(r"(\d{2,3})(?![.,]\d)", written)
    clause = re.split(r"[.;!?]\s", text[max(0, start - 60):start])[-1]  # (of its sentence only)
    if quarters is not None and int(quarters.group(1)) % 25 == 0 and POLICY_RATE_NAMED.search(clause) \
            and not any(m.group().lower() != "benchmark" for m in INDEX_SENTENCE.finditer(clause)):
        return "pp", "pp", 0.01
    # (up 200.84 points or 1.24 percent: no rate moves by a hundred points, an index does; advanced 21.7 points or
    # 0.12 per cent: a move in points larger than the same move in percent is of a level above 100, an index's)
    hundreds = re.match(r"\d{3,}|\d{1,3},\d{3}", written)
    relative = _OR_PERCENT.match(text, end)
    number = re.match(r"\d+(?:\.\d+)?", written.replace(",", ""))
    if relative is not None and number is not None and float(relative.group(1)) < float(number.group(0)):
        return "other", "points", 1.0
    return ("pp", "pp", 1.0) if RATE_NEARBY.search(near) and not INDEX_SENTENCE.search(near) \
        and hundreds is None else ("other", "points", 1.0)


# The size of a ranked list is no figure (the top 10 sellers; in the top ten list), but a top share is (the top 1%).
_TOP_BEFORE = re.compile(r"\b(?:the|a|its|their|in|into|of) top\s$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)


def list_size(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` sizes a ranked list (see _TOP_BEFORE)."""
    return text[max(0, start - 4):start].lower() == "top " and text[start:start + 1].isalnum() \
        and _TOP_BEFORE.search(text, max(0, start - 12), start) is not None \
        and not _SHARE_AFTER.search(text, start, end + 9)  # the match may or may not hold its "%"


_SENTENCE_BREAK = re.compile(r"[.!?;\n](?:\s|$)")


def index_level(text: str, m: re.Match[str]) -> bool:
    written = m.group("number")
    if not (("," in written or "." in written) and written[0].isdigit()):
        return False
    sentence = _SENTENCE_BREAK.split(text[max(0, m.start() - 120):m.start()])[-1]
    if not (INDEX_BEFORE.search(sentence) or INDEX_BEFORE.search(text, max(0, m.start() - 20), m.start("number"))):
        return False
    # the index may be named after the figure: edged up to 49.8 from a reading of 49.3; or not named, its move told
    # in points larger than in percent (advanced 21.7 points or 0.12 per cent to settle at 1,778.68)
    after = _SENTENCE_BREAK.split(text[m.end():m.end() + 60], 1)[0]
    return bool(INDEX_SENTENCE.search(sentence) or INDEX_SENTENCE.search(after) or _index_points(sentence))


_POINTS_OR_PERCENT = re.compile(r"(\d+(?:\.\d+)?)(?=\s+points?\b)" + _OR_PERCENT.pattern, re.IGNORECASE)


def _index_points(sentence: str) -> bool:
    """Whether a sentence moves a level by more points than percent (an index's, above 100)."""
    found = _POINTS_OR_PERCENT.search(sentence)
    return found is not None and float(found.group(2)) < float(found.group(1))


def looks_like_a_year(m: re.Match[str]) -> bool:
    digits = m.group("number").replace(",", "")
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100 and "," not in m.group("number")


# A whole number written without commas, moved and then given as a rate (Visitors from Australia were up 8000, or 12
# per cent): a count, however like a year or a bare numeral it looks.
_MOVED_BEFORE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|added|shed|increased|decreased|dropped|climbed|"
                           r"declined)(?:\s+by)?\s+$", re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s*,?\s*or\s+\d[\d.]*\s*(?:per\s*cent|percent|%)", re.IGNORECASE)


def moved_then_rate(text: str, m: re.Match[str]) -> bool:
    return bool(_MOVED_BEFORE.search(text, max(0, m.start() - 16), m.start())) and bool(
        _RATE_AFTER.match(text, m.end(), m.end() + 24))


# The number of people without jobs dipped from 909 to 864: a group counted, named before its move
_NUMBER_OF_MOVED = re.compile(r"\bnumber\s+of\s+[a-z][a-z\s-]{2,50}?\s+(?:rose|fell|dipped|increased|decreased|"
                              r"climbed|dropped|declined|grew|edged\s+(?:up|down)|was|were|stood|totaled|totalled|"
                              r"reached)(?:\s+(?:from|by|to|at))?(?:\s+\d[\d,]*\s+to)?\s+$", re.IGNORECASE)


def bare_count(text: str, m: re.Match[str]) -> bool:
    """Whether a bare whole number counts: a move with its rate after it (up 8000, or 12 per cent), or the figure of
    a number of things named before it ("The number of people without jobs dipped from 909 to 864")."""
    return moved_then_rate(text, m) or bool(_NUMBER_OF_MOVED.search(text, max(0, m.start() - 90), m.start()))


def is_date(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 10):m.start()].lower().split()
    noun = (m.group("noun") or "").lower()
    if before and before[-1].endswith(",") and before[-1].strip(",.") in MONTHS:
        return re.fullmatch(r"(?:19|20)\d\d", m.group("number")) is not None  # In February, 355 areas: a clause
    # (the noun's first word a month's name: 15 Dec, 2 January; not 78 declined, 3 novel or 10 junior; two decades
    # ago is a time too)
    first = (noun.split() or [""])[0].rstrip(".,")
    if before and before[-1].endswith(".") and before[-1][:-1] in _FULL_MONTHS:
        return first in MONTHS  # compared to July. 17 states …: a sentence ends with the month's full name
    return bool(before and before[-1].strip(",.") in MONTHS) or first in MONTHS or first in ("decade", "decades")


_FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}


# "up to" after a verb of motion (shot up to, has gone up to, edging up to) or before the level it came from (up to
# 7.3 percent from 6.2 percent) says where a figure went, not that it is a ceiling.
_MOTION_BEFORE = re.compile(r"\b(?:go(?:ne|es)?|went|shot|shoots|mov(?:e|es|ed|ing)|edg(?:e|es|ed|ing)|"
                            r"inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|crept|creep(?:s|ing)?|push(?:es|ed|ing)?|bring(?:s|ing)?|brought|"
                            r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|revised|c[oa]me|com(?:es|ing)|ris(?:e|es|en|ing)|rose|"
                            r"surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|rises\s+in\s+[\w\s]{1,40},)\s+$", re.IGNORECASE)
_FROM_AFTER = re.compile(r"[^,.;\d]{0,30}?\bfrom\s+(?:just\s+|a\s+|the\s+)?[$€£¥]?\d", re.IGNORECASE)


def moved_up_to(text: str, m: re.Match[str]) -> bool:
    """Whether the figure's "up to" says where it moved (see above)."""
    if (m.group("lead") or "").lower() != "up to" or text[max(0, m.start() - 3):m.start()].lower() == "to ":
        return False  # (reduced to up to €5,000 from €20,000: a ceiling it was brought down to)
    return bool(_MOTION_BEFORE.search(text, max(0, m.start() - 60), m.start())) or bool(
        _FROM_AFTER.match(text, m.end("number")))  # (the match may hold the "from" after its figure)


# Huawei Mate 10 Pro, Galaxy S9 Plus: a number between a name and a model word is part of the name.
_MODEL_AFTER = re.compile(r"\s(?:Pro|Plus|Max|Ultra|Lite|Mini|Edge|Prime|Note|Neo)\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")


def is_model_name(text: str, m: re.Match[str]) -> bool:
    return bool(_MODEL_AFTER.match(text, m.end("number"))) and bool(
        _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()))


# "Number of households responding: 556", "the number of complaints was 512": what follows is a count.
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+[^.:;\d%]{1,50}?(?::|\s(?:was|is|were|stood\s+at|reached))?\s*$",
                               re.IGNORECASE)


def counted_by_label(text: str, m: re.Match[str]) -> bool:
    return m.group("number")[0].isdigit() and bool(_NUMBER_OF_BEFORE.search(text, max(0, m.start() - 70), m.start()))


# A unit of measure named earlier in the sentence (revenue passenger miles, RPMs, tonnes) is the unit of a bare grouped
# figure after it: "RPMs fell by 6.0% to 8,904,609,000 from 9,476,075,000".
_MEASURE_WORD = re.compile("|".join(rule.pattern for rule in UNITS_EN if rule.name in ("measure", "oil")),
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def measured_before(text: str, m: re.Match[str]) -> bool:
    start = max(0, m.start() - 200)
    ends = list(_SENTENCE_END.finditer(text, start, m.start()))
    return bool(_MEASURE_WORD.search(text, ends[-1].end() if ends else start, m.start()))


# seven of its models, two of the bank's directors: a count of the plural noun after "of".
# 200 of them recorded gains: a count of the group named before
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")
_OF_PLURAL = re.compile(r"\s+of\s+(?:its|their|the|our|his|her)\s+(?:[\w'’-]+\s+){0,2}?[a-z-]+s\b(?!\s+of\b)")


# A count of a list that names its noun once (298 closed in advance, 78 declined while 20 remained unchanged; 355
# areas had increases, 39 had decreases, and 3 had no change): a bare number after the list's joint, a verb after it
_LIST_JOINT = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)$")
_COUNT_VERB = {"had", "have", "has", "were", "was", "are", "remained", "stayed", "declined", "advanced", "gained",
               "lost", "rose", "fell", "increased", "decreased", "closed", "ended", "saw", "reported", "recorded"}
_COUNT_BEFORE = re.compile(r"(?<![\d.,])\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\b[^.;!?\d]{0,60}$")


def counted_noun(text: str, m: re.Match[str], noun: str) -> bool:
    """Whether the word after a bare number names what it counts: no verb or word of NOT_COUNTED, unless the number
    goes on a list of counts (see _LIST_JOINT)."""
    word = noun.split()[-1].lower()
    if word not in NOT_COUNTED:
        return True
    return word in _COUNT_VERB and m.group("number").replace(",", "").isdigit() and _goes_on_a_count_list(text, m)


def _goes_on_a_count_list(text: str, m: re.Match[str]) -> bool:
    """Whether the number stands after a list's joint, with a count and its word before it (see _LIST_JOINT)."""
    start = m.start("number")
    return _LIST_JOINT.search(text, max(0, start - 12), start) is not None \
        and _COUNT_BEFORE.search(text, max(0, start - 100), start) is not None


def counted_of(text: str, m: re.Match[str]) -> bool:
    """Whether a bare number counts things named after it (seven of its models), or goes on a list of counts that
    named them (288 closed in advance, 78 in decline: see _LIST_JOINT)."""
    return bool(_OF_PLURAL.match(text, m.end("number")) or _OF_THEM.match(text, m.end("number"))) or (
        _IN_A_WAY.match(text, m.end("number")) is not None and _goes_on_a_count_list(text, m))


_IN_A_WAY = re.compile(r"\s+in\s+(?:advance|decline|the\s+(?:red|green))\b", re.IGNORECASE)


# A rate with its comparison abbreviated and its % left out after a verb of movement: "up 0.8 m-o-m", "fell 1.2 y/y".
_RATE_ABBREVIATION = re.compile(r"\s+(?:m-o-m|y-o-y|q-o-q|m/m|y/y|q/q|yoy|mom|qoq)\b", re.IGNORECASE)


def rate_abbreviated_after(text: str, m: re.Match[str]) -> bool:
    return bool(_RATE_ABBREVIATION.match(text, m.end("number"))) and bool(
        MOVED_BEFORE.search(text, max(0, m.start() - 40), m.start()))


# The words that make an ordinal a rank: was second, came ninth, in third place, held fourth position
RANK_CUE = re.compile(r"\b(?:was|were|is|came|comes|finished|finishes|ranked|ranks|placed|in|at|retained|retains|"
                      r"held|holds|took|takes|secured|claimed|kept|keeps|moved\s+to|slipped\s+to|rose\s+to|"
                      r"climbed\s+to|captured|captures|occupied|occupies|grabbed|remained|remains|stayed|stays|"
                      r"tied\s+for|ties\s+for)\s+(?:the\s+)?$", re.IGNORECASE)


# Average weekly hours increased to 34.7 from 34.6; the ratio fell from 1.8 to 1.6: two bare decimals told as a move,
# one "to", the other "from", are two levels of the quantity the sentence names, whatever its unit. Consumers plan to
# buy 23 gifts, up from 22 last year: a bare number "up from" after a count is the earlier count.
_MOVE_VERB = (r"(?:rose|increased|grew|climbed|jumped|gained|edged up|ticked up|inched up|went up|fell|decreased|"
              r"declined|dropped|slipped|eased|edged down|ticked down|inched down|went down|slid|dipped)")
_DECIMAL = r"\d{1,3}(?:,\d{3})*\.\d+"
# (dropped to 354 from 362: whole numbers too, grouped by thousands or of three digits at most, so never a year)
_NUMBER = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
# (increased by 14 per cent to 623 from 548: the rate of the move may stand between its verb and its levels)
# (increased by 9 points to reach 940 at Census 2011 as against 933 in Census 2001: the later level's time between,
# the earlier "as against")
_RATE_BETWEEN = r"(?:by\s+)?(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent|points?)\s+)?"
_TIME_THEN_FROM = r"(?:\s+(?:in|at)\s+[A-Za-z]*\s?(?:19|20)\d\d)?\s+(?:from|as\s+against)\s+"
_LATER_BARE = re.compile(rf"\b{_MOVE_VERB}\s+{_RATE_BETWEEN}(?:(?:slightly|sharply|further)\s+)?to\s+(?:reach\s+)?$",
                         re.IGNORECASE)
_EARLIER_AFTER = re.compile(rf"{_TIME_THEN_FROM}(?:a\s+|the\s+)?(?:previous\s+|revised\s+)?{_NUMBER}"
                            r"(?!\d|[.,]\d|\s*(?:%|per\s?cent|percent))", re.IGNORECASE)
_EARLIER_BARE = re.compile(rf"\b{_MOVE_VERB}\s+{_RATE_BETWEEN}(?:(?:slightly|sharply|further)\s+)?to\s+(?:reach\s+)?"
                           rf"{_NUMBER}{_TIME_THEN_FROM}(?:a\s+|the\s+)?(?:previous\s+|revised\s+)?$", re.IGNORECASE)
_COUNTED_UP_FROM = re.compile(r"\d\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:up|down)\s+(?:slightly\s+|sharply\s+)?from\s+$")
_BARE_AFTER = re.compile(r"(?!\d|[.,]\d|\s*(?:%|per\s?cent|percent))", re.IGNORECASE)
_RANKED = re.compile(r"\brank|\bposition|\bplace\b|\bspot\b|\bseed|\btable\b|\bleague\b|\bchart", re.IGNORECASE)


def bare_moved(text: str, m: re.Match[str]) -> tuple[str, str, float] | None:
    """The (unit, family, factor) of a bare number that is a level of a move (see above), or None."""
    if m.group("number2") or m.group("scale"):
        return None
    if moved_between(text, m):  # (the number of rigs dropped to 354 from 362: a count's levels)
        counted = "." not in m.group("number") and "number of" in text[max(0, m.start() - 80):m.start()].lower()
        return ("count", "count", 1.0) if counted else ("other", "measure", 1.0)
    if "." in m.group("number") and moved_then_rate(text, m):
        return "other", "points", 1.0  # The Nasdaq fell 166.64, or 1.1%, to 14,340.26: an index's points
    return ("count", "count", 1.0) if counted_up_from(text, m) else None


def bare_unit(text: str, m: re.Match[str], span: tuple[int, int], value: float, scale: str | None, written: str,
              noun: str | None) -> tuple[str, str, float] | None:
    """The (unit, family, factor) of the second figure of two, written with no unit (A to B), or None: a count when
    grouped by thousands, counting a noun or scaled; the level a move reached when its earlier level follows (increased
    by 14 per cent to 623 from 548)."""
    if "." in written and _MOVED_BEFORE.search(text, max(0, span[0] - 16), span[0]) \
            and _RATE_AFTER.match(text, span[1], span[1] + 24):
        return "other", "points", 1.0  # (the DAX ended at 6,731.74 points, up 26.57 or 0.40 per cent: its points)
    grouped = "," in written and value.is_integer()
    counted = noun is not None and noun.split()[-1].lower() not in NOT_COUNTED
    if value.is_integer() and not scale and _NUMBER_OF_MOVED.search(text, max(0, span[0] - 90), span[0]):
        return "count", "count", 1.0  # the number of people without jobs dipped from 909 to 864
    if not (grouped or counted or (scale and scale.lower() not in ("m", "b", "k"))):
        moved = _LATER_BARE.search(text, max(0, span[0] - 60), span[0]) and _EARLIER_AFTER.match(text, span[1])
        return ("other", "measure", 1.0) if moved and _BARE_AFTER.match(text, span[1]) else None
    return ("other", "measure", 1.0) if (grouped or scale) and not counted and measured_before(text, m) else (
        "count", "count", 1.0)  # RPMs fell by 6.0% to 8,904,609,000: the miles of the sentence


def moved_between(text: str, m: re.Match[str]) -> bool:
    """Whether a bare decimal is one of two levels of a move told "to" one "from" the other (see above)."""
    written = m.group("number")
    if not re.fullmatch(_NUMBER, written) or not _BARE_AFTER.match(text, m.end("number")):
        return False
    before = text[max(0, m.start() - 90):m.start()]
    moved = bool((_LATER_BARE.search(before) and _EARLIER_AFTER.match(text, m.end("number")))
                 or _EARLIER_BARE.search(before))
    # rose to 5 from 8 in the FIFA rankings: places, not levels
    return moved and ("." in written or not _RANKED.search(text, max(0, m.start() - 80), m.end() + 80))


def counted_up_from(text: str, m: re.Match[str]) -> bool:
    """Whether a bare whole number is the earlier count of "N things, up from M" (see above)."""
    return m.group("number").isdigit() and not looks_like_a_year(m) \
        and _COUNTED_UP_FROM.search(text, max(0, m.start() - 40), m.start()) is not None
