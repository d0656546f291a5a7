"""A share's part and whole named around it: the part before a verb of making up ("coal accounted for 35.9% of
power": the part coal, the whole power; "Retail sales, which account for a third of consumer spending"), the
source after the whole ("a quarter of electricity came from wind": electricity from wind), a stake in a company
(a 40 per cent stake in the bakery) and a share of a market (owned 8.4% of the phone market: its market share)."""

from __future__ import annotations

import re

from checks.extract.en.measure import Measure, phrase_before, split
from checks.extract.en.members import whole_after
from checks.extract.en.nounphrase import pronoun
from checks.extract.en.owners import is_name, quantity_word
from checks.extract.mention import Mention
from checks.extract.reading import Reading

# A verb saying the part makes up the whole, right before the share: coal accounted for; nuclear accounting for;
# imports make up; literates constitute; wind and solar generated; the fund represents; renewables amounted to;
# expenses were (22.1% of revenue).
_PART_VERB = re.compile(r"(?:^|\s)(?P<to>to\s+)?(?:(?:only|just|now|still|also|together|collectively|alone)\s+)?"
                        r"(?:account(?:s|ed|ing)?\s+for|ma(?:de|ke|kes|king)\s+up|constitut(?:e|es|ed|ing)|"
                        r"represent(?:s|ed|ing)?|compris(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|"
                        r"amount(?:s|ed|ing)?\s+to|"
                        # a verb of being, its subject the part: data content is (less than half of the total)
                        r"(?P<be>is|was|are|were|remains|remained))\s*(?:(?:only|just|about|around|some|nearly|almost)\s+)?$",
                        re.IGNORECASE)
# Examples after the part (renewables such as heat pumps and wood burning; imports, including fuel): no part of it.
_EXAMPLES = re.compile(r",?\s+(?:such\s+as|including|like)\s+[^,;]*$", re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r",\s*(?:which|that)\s*$", re.IGNORECASE)
_WITH = re.compile(r"^(?:with|as|while|when)\s+", re.IGNORECASE)


def part_before(before: str) -> tuple[Measure, bool] | None:
    """(the part, whether an infinitive joins it to the clause before) when ``before`` ends with a verb of
    making up (see _PART_VERB), else None."""
    if not before.rstrip().endswith(("for", "up", "te", "ted", "ting", "tes", "nt", "nts", "nted", "nting", "se",
                                     "ses", "sed", "sing", "to", "is", "was", "are", "were", "ns", "ned")):
        return None
    verb = _PART_VERB.search(before)
    if verb is None:
        return None
    if verb.group("to"):
        return Measure(None), True  # rose 30.7% to account for 13.9% of all registrations: of the figure before
    words = _RELATIVE_TAIL.sub("", _EXAMPLES.sub("", before[:verb.start()]))
    # wind and solar generated: "and" joins the part's own nouns here (phrase_before would start after it)
    tail = re.split(r"[,;:(]", words)[-1].strip()
    if 0 < len(tail.split()) <= 5 and " and " in tail:
        return Measure(_WITH.sub("", tail)), False
    measure = split(phrase_before(tail))
    if verb.group("be") and (pronoun(measure.metric) or (measure.metric or "").lower() in ("there", "those")):
        return None  # it was 40% of revenue: what "it" is, the reading of the figure before says, not this clause
    return measure, False


# The whole and the source a share of it came from: of electricity (24.6%) came from clean technology; of energy
# from renewables.
_FROM_AFTER = re.compile(r"\s*(?:\(\s*[\d.]+\s*(?:%|per\s*cent|percent)\s*\)\s*)?(?P<whole>of\s+(?:[\w'’-]+\s+){1,3}?)"
                         r"(?:(?:came|come|comes|coming|was|were|is|are)\s+)?(?:(?:from)\s+)(?P<source>[a-z][\w-]*"
                         r"(?:\s+[a-z][\w-]*){0,2})", re.IGNORECASE)
_SOURCE_ENDS = re.compile(r"\s+(?:such|in|last|this|during|by|for|on|at|and|with|while|to)\b.*$", re.IGNORECASE)


def from_source(after: str) -> str | None:
    """"whole from source" of a share followed by "of electricity came from clean technology", else None."""
    found = _FROM_AFTER.match(after)
    if found is None:
        return None
    whole = re.sub(r"^of\s+(?:the\s+|all\s+|total\s+)?", "", found.group("whole").strip(), flags=re.IGNORECASE)
    source = _SOURCE_ENDS.sub("", found.group("source"))
    return f"{whole} from {source}" if whole and source else None


# A stake in a company or business right after a share: a 16.7 percent stake in Monster Beverage; a 50 per cent
# stake in it; a 20% holding in the bank.
_STAKE = re.compile(r"\s+(?P<noun>stake|holding|interest|shareholding)\b(?:\s+in\s+(?P<whole>(?:the\s+)?"
                    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))?")


def stake_after(after: str) -> tuple[str, str | None] | None:
    """(stake, the company it is in) of "… per cent stake in Monster Beverage", else None."""
    found = _STAKE.match(after)
    return ("stake", found.group("whole")) if found else None


def market_share(whole: str | None) -> bool:
    """Whether a share's whole is one market (8.4% of the global smartphone market: a market share; not: half of
    the local markets, a count of markets)."""
    return bool(whole) and re.search(r"\bmarket$", whole.strip(), re.IGNORECASE) is not None


def share_parts(before: str, after: str, counted: str | None, subject: str | None,
                previous: Reading | None) -> Measure | None:
    """What a share "of" a whole measures, read from its part and whole (see the module's forms): the part as the
    metric and the whole as ``whole``; None where neither a part, a source, nor a market is named."""
    whole = whole_after(after) or counted  # of the total workforce aged 25 and over: the workforce
    sourced = from_source(after)
    if sourced is not None:  # a quarter of electricity came from wind: electricity from wind
        return Measure(sourced, subject, None, whole)
    part = part_before(before)
    if market_share(whole):  # the company owned 8.4% of the smartphone market
        return _market_share(part[0] if part and not part[1] else None, subject, whole, before)
    if part is None:
        return None
    measure, joined = part
    if joined:  # rose 30.7% to account for 13.9% of all registrations: the part is what rose
        if previous is None or not previous.metric:
            return None
        measure = Measure(previous.metric, previous.subject, previous.segment)  # the reading of the figure before
    if not measure.metric or not whole or measure.metric.lower() == whole.lower():
        return None
    return Measure(measure.metric, measure.subject or subject, measure.segment, whole)


def _market_share(part: Measure | None, subject: str | None, whole: str | None, before: str) -> Measure:
    """A share of a market, of the part that makes it up: a name owns it (Samsung accounted for 20% of the market),
    any other part is the market's member (Asian brands accounted for 48.2 percent of the overall market)."""
    named = part.metric if part is not None and part.metric and not pronoun(part.metric) else None
    if named is None:
        return Measure("market share", subject, None, whole)
    at = before.lower().rfind(named.lower())
    written = before[at:at + len(named)] if at >= 0 else named  # as written: the reading lowers an opening capital
    if is_name(written, True):
        return Measure("market share", written, None, whole)
    return Measure("market share", part.subject or subject, named, whole)


# An amount of money "in" the quantity it is of, right after it: $4.94 billion in revenue; $2.55 in per-share
# profit; 12 billion dollars (8.6 billion US) in revenue; $48 billion in tourist spending last year (its time after).
_MONEY_IN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?\s+in\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                       r"(?=\s*(?:[,.;)]|and\b|or\b|for\b|from\b|in\b|during\b|last\b|this\b|$))")


# An amount of money right before the noun of what it is: a $30.5 billion deficit with China; a $2 billion loss; a
# $1.2 billion investment in chips. The partner of a balance (with China) is its member.
# (a $1.5-billion after-tax gain from the sale; a $2 billion one-time charge: the kind of gain or charge too)
_MONEY_NOUN = re.compile(r"\s+(?P<noun>(?:(?:after-tax|pre-tax|one-time|one-off|non-cash|special)\s+)?"
                         r"(?:trade\s+(?:balance\s+)?|budget\s+|current[- ]account\s+|net\s+|operating\s+|"
                         # a share buyback, a stimulus (rescue, aid) package, a bond (rights) offering
                         r"(?:share|stock|stimulus|rescue|aid|relief|spending|bond|rights)\s+)?"
                         r"(?:deficit|surplus|loss|profit|investment|fine|settlement|stimulus|bailout|buyback|"
                         r"dividend|valuation|takeover|acquisition|debt|loan|gain|charge|write-?down|impairment|"
                         r"contract|order|deal|package|grant|bond|offering)s?)\b(?!-)"  # (a bond-buying programme)
                         r"(?:\s+with\s+(?P<partner>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}))?")


# A clause that ends in a verb of expecting or reporting names who speaks, not what the amount is (analysts expect
# $3.1 billion in revenue).
_EXPECTING = re.compile(r"\b(?:expects?|expected|projects?|projected|forecasts?|predicts?|predicted|estimates?|"
                        r"estimated|sees?|saw|reports?|reported|posts?|posted)$", re.IGNORECASE)


# A verb of taking or winning that ends the words before an amount, whose noun follows it (took a $2 billion charge).
_DOING = re.compile(r"\s*\b(?:took|takes|won|wins|booked|books|recorded|records|incurred|incurs|signed|signs|"
                    r"secured|secures|received|receives|paid|pays|landed|lands|announced|announces|posted|posts|"
                    r"reported|reports|unveiled|unveils|pledged|pledges|launched|launches)$",
                    re.IGNORECASE)


_PRONOUNS = ("it", "they", "we", "he", "she", "i")  # It unveiled a $40 billion package: no one named


# A ratio named right after its percent, where the clause before names none: a headline's "83% load factor".
_RATIO_NOUN = re.compile(r"\s*(?P<noun>(?:average\s+)?(?:load\s+factor|occupancy(?:\s+rate)?|market\s+share|"
                         r"(?:gross|operating|net)\s+margin|turnout|utili[sz]ation(?:\s+rate)?|penetration(?:\s+rate)?|"
                         r"vacancy\s+rate|unemployment\s+rate|inflation(?:\s+rate)?))\b", re.IGNORECASE)


# The quantity a percentage moved, named after it by "in": gains of 42 percent in total revenues and 52 percent in
# EBITDA (not: 5 percent in Europe, in the quarter: no quantity's word).
_PERCENT_IN = re.compile(r"\s+in\s+(?P<noun>(?:(?:total|net|gross|operating|adjusted)\s+)?[A-Za-z][\w-]*)"
                         r"(?=\s*(?:[,.;)]|and\b|or\b|compared\b|from\b|for\b|$))")


# A member the clause is of, whose reading names nothing (the More Personal Computing segment, which …, saw a decline
# of 4% in revenue): its revenue is no whole's, so the figure is left unnamed rather than read as the whole's.
_A_MEMBER = re.compile(r"\b(?:segment|division|unit|business|arm|subsidiary)\b", re.IGNORECASE)


# What a measure counts, named after its unit where the clause names nothing: 156,000 tonnes of cargo.
_MEASURED_OF = re.compile(r"\s*of\s+(?P<noun>(?!(?:the|a|an|its|their|this|that|which|it|them|those|these|all|total|"
                          r"each|every|whom)\b)[a-z][a-z-]+(?:\s+(?!(?:in|at|for|from|to|by|on|a|the|which|and|was|"
                          r"were|is|are|per|each|last|this|over|during|with|compared|against|or|than|also|still|now|"
                          r"just|only|has|have|had|will|would|[a-z]+ed)\b)[a-z][a-z-]+){0,3})")


def named_after(mention: Mention, after: str, measure: Measure, before: str = "") -> Measure | None:
    """What the words right after a figure name it of: a stake and the company it is in, after a share (see _STAKE);
    the noun an amount of money stands before (see _MONEY_NOUN), or the quantity it is "in", where its clause
    names none (see _MONEY_IN; a quantity word only: not $5 billion in May, in Asia)."""
    if mention.unit == "percent":
        stake = stake_after(after)
        if stake is None and measure.metric is None and (ratio := _RATIO_NOUN.match(after)) is not None:
            return Measure(ratio.group("noun").lower(), measure.subject, measure.segment)  # 83% load factor
        if stake is None and measure.metric is None and (moved := _PERCENT_IN.match(after)) is not None \
                and quantity_word(moved.group("noun")) and not _A_MEMBER.search(before[-200:]):
            return Measure(moved.group("noun"), measure.subject, measure.segment)  # gains of 42 percent in revenues
        return Measure(stake[0], measure.subject, None, stake[1]) if stake else None
    if mention.family == "measure" and measure.metric is None and (of := _MEASURED_OF.match(after)) is not None:
        return Measure(of.group("noun"), measure.subject, measure.segment)  # handled 156,000 tonnes of cargo
    if mention.family != "money" or (measure.metric and not _EXPECTING.search(measure.metric)
                                     and not _DOING.search(measure.metric)):
        return None
    if (measure.metric is None or _DOING.search(measure.metric)) and (noun := _MONEY_NOUN.match(after)) is not None:
        # Boeing won a $3.1 billion order: the order, Boeing's (the words before the verb name the owner)
        doer = _DOING.sub("", measure.metric).strip() if measure.metric else ""
        owner = measure.subject or (doer if doer[:1].isupper() and doer.lower() not in _PRONOUNS else None)
        return Measure(noun.group("noun").lower(), owner, noun.group("partner") or measure.segment)
    found = _MONEY_IN.match(after)
    if found is None or not quantity_word(found.group("noun")):
        return None
    return Measure(found.group("noun"), measure.subject, measure.segment)
