"""How English figures of one sentence join: a change and the level it reached or started from (rose 12.5% to $3.1
billion from $2.8 billion), and an amount restated in another unit right after it ($164.5 million (EUR115.6
million))."""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.links import Joints

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = rf"{_MONTH_NAME}(?!\s+\d)"

# what follows the comma of "there were A trips in 2007, an increase of": a change named by its noun
_CHANGE_NOUN = (r"\s*(?:(?:showing|marking|representing)\s+)?(?:an?\s+)?(?:(?:modest|slight|small|sharp|strong|steep|"
                r"marginal)\s+)?(?:increase|decrease|rise|drop|fall|gain|decline|growth)")

JOINTS = Joints(
    to_level=re.compile(r"\s*,?(?:\s+(?:(?:increase|rise|gain|jump|growth|drop|decline|fall|decrease)s?\s+in\s+"
                        r"(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*(?=\s+to\b)|"
                        r"(?:year|quarter|month|week)[- ](?:on|over)[- ](?:year|quarter|month|week)|"
                        r"\(?(?:YoY|QoQ|MoM|y/y|q/q|m/m)\)?|from\s+a\s+year\s+(?:earlier|ago)|"
                        rf"in\s+[\w-]+(?:\s+[\w-]+){{0,6}}?|(?:(?:above|below|over)\s+)?last\s+\w+|on\s+the\s+year|from\s+{_MONTH}|"
                        # posted a 1.1% rise this week to Kes 2.70 Trillion: the change's noun, its time
                        r"(?:increase|rise|gain|jump|climb|surge|drop|decline|fall|decrease|slide|slump)|"
                        r"this\s+(?:week|month|quarter|year)|"
                        # grew 16.9% on an annual basis to; climbed 15.8% from the prior-year period to
                        r"on\s+an?\s+(?:annual|yearly|quarterly|year[- ](?:over|on)[- ]year|like[- ]for[- ]like|"
                        r"comparable|reported|constant[- ]currency)\s+basis|"
                        r"(?:from|over|compared\s+(?:with|to))\s+(?:the\s+)?(?:prior|previous|same|year[- ]earlier)"
                        r"(?:[- ](?:year|quarter))?[- ](?:period|quarter|year)(?:\s+last\s+year)?),?){0,2}\s+"
                        # (S&P index rose 7.87 points or 0.17% at 4754.63: "at" the level it closed; links.py takes a
                        # bare "at" for an index's level only, not growth of 10.1% at £54.5m)
                        r"(?:to(?:\s+(?:touch|reach|hit|stand\s+at|(?:end|close|finish|settle)\s+(?:the\s+\w+\s+)?at))?|(?:(?:higher|lower|up|down)\s+)?at|"
                        # 6 percent higher, at $6.13 billion; a decline of 3.7 percent in March, falling to
                        r"(?:higher|lower),\s+at|(?<=,\s)(?:falling|dropping|declining|rising|climbing|increasing)\s+to)\s+"
                        r"(?:an?\s+(?:record|new|fresh|best-ever|all-time|record-breaking|"
                        r"(?:all-time|record|new|multi-year|\d+-(?:year|month))\s+high)\s+(?:(?:high|level)\s+)?"
                        r"(?:of\s+)?|"
                        # to a seasonally adjusted annual rate of 3.89 million: the level, named
                        r"an?\s+(?:(?:seasonally|adjusted|annual|annualized|monthly)\s+){0,3}(?:rate|pace)\s+of\s+|"
                        # to a 992,000 seasonally adjusted annual rate; to an annualized 364,000 pace
                        r"an?\s+(?:(?:seasonally|adjusted|annual|annualized)\s+){0,3})?"
                        # to adjusted 12.6p (2015: 6.6p): a results statement's measure of the level
                        r"(?:(?:an?\s+)?(?:adjusted|underlying|reported|statutory)\s+)?", re.IGNORECASE),
    # $540 million against $431 million, up 25%; £449.0m (2001: £393.3m) +14.2%: the earlier level, then the change
    base_before=re.compile(r"(?:(?:compared\s+with|compared\s+to|versus|vs\.?|against|from)\s+|"
                           r"\((?:(?:H[12]|Q[1-4]|FY)[,\s]*)?(?:19|20)\d\d(?:/\d\d)?\s*:\s*)$", re.IGNORECASE),
    # £1.24 billion (2012: £1.03 billion) - up 20.3%: the bracket's comparative, then the change
    base_after=re.compile(r"\s*\)\s*[-+–]?\s*(?:(?:up|down)\s+(?:by\s+)?)?|(?:\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|in\s+(?:19|20)\d\d))?"
                          r"\s*,\s*(?:(?:an?\s+)?(?:up|down|increase|decrease|rise|drop|fall|gain|decline)(?:\s+of)?|"
                          r"rising|falling|growing|declining)\s+(?:by\s+)?", re.IGNORECASE),
    # 95% up on the $3bn it made a year ago: "on" an earlier level, as British papers write it
    # a 3.6% increase in flight operations, which rose from 50,648: the rate's quantity, then its earlier level
    # doubling the $464 million it earned a year before: the level doubled
    # up 3.1% from one year ago ($404,200): the earlier level in brackets after its time
    from_level=re.compile(r"(?<=doubling|tripling)\s+(?:the\s+)?|"
                          # a 15.62 percent growth in tourist arrivals, increasing from: the quantity, then its move
                          r"\s+(?:increase|growth|rise|gain|decline|drop|fall|decrease)\s+in\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?"
                          r"[A-Za-z][\w'’-]*,\s+(?:increasing|rising|growing|climbing|falling|declining|dropping|"
                          r"decreasing)\s+from\s+|"
                          # a 9% decrease over sales of $3.032 billion: the movement's noun, its quantity, its base
                          r"\s+(?:increase|decrease|rise|drop|decline|gain|jump|fall)\s+(?:over|from|on)\s+"
                          r"(?:[A-Za-z-]+\s+){1,4}?of\s+|"
                          r"\s+from\s+(?:one|a|the)\s+(?:year|month|quarter)\s+(?:ago|earlier|before)\s*\(\s*|"
                          # up 30.0% on a reported basis (2015: £1.75bn): a results statement's comparative, after the
                          # change of the level before it
                          r"(?:\s+on\s+an?\s+(?:reported|statutory|like[- ]for[- ]like|underlying)\s+basis)?"
                          r"\s*\((?:(?:H[12]|Q[1-4]|FY)[,\s]*)?(?:19|20)\d\d(?:/\d\d)?\s*:\s*|"
                          # up 6.5 percent from June 2016 ($247,600): the earlier time named, its level in brackets
                          rf"\s+(?:from|compared\s+(?:to|with))\s+(?:{_MONTH_NAME}\s+)?(?:19|20)\d\d\s*\(\s*"
                          r"(?:when\s+(?:it|they)\s+(?:stood|was|were)\s+at\s+)?|"  # (when it stood at 230.6 billion
                          # $3.5 billion less than November exports of $194.8 billion
                          r"\s+(?:more|less|fewer|higher|lower)\s+than\s+(?:[A-Za-z][\w-]*\s+){1,3}?of\s+|"
                          r"[^.;,]{0,60}?,\s+which\s+(?:rose|fell|grew|increased|decreased|climbed|dropped|declined|"
                          r"went\s+(?:up|down))\s+from\s+|"
                          # (rose 24.4% to Rs1.12 trillion at the end of the March quarter from: past the level's
                          # time, with no comma)
                          # (not past a clause of another subject: to Sh13.1 billion as the loan book expanded from)
                          r"(?![^.;]{0,40}?\b(?:as|while|whereas|but|when)\s+(?:the|its|their|his|her)\s)"
                          r"(?:[^.;]{0,30}?|[^.;,]{31,48}?)\b(?:from|compared\s+with|compared\s+to|versus|vs\.?|against|over(?=\s+the\b)|"
                          r"(?<=up\s)on(?=\s+the\b)|(?<=down\s)on(?=\s+the\b))\s+(?:(?:only|just|a\s+mere)\s+)?"
                          r"(?:(?:a|the)\s+)?(?:year\s+(?:earlier|ago)\s+|previous\s+|prior\s+)?"
                          # from last season's 54.8 million: the earlier period's own level
                          r"(?:(?<=from\s)last\s+(?:year|season|month|quarter|week)['’]s\s+)?"
                          # from Monday's 8.40 crore shares: the day before's level, a market report's
                          r"(?:(?<=from\s)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester)day['’]s\s+)?"
                          # from a revised $65.64 billion; from the present 6.25 per cent: the same earlier level
                          r"(?:(?:revised|present|current|existing|downwardly\s+revised|upwardly\s+revised)\s+)?"
                          # compared to its previous close at 16,141.67 points: the close before
                          r"(?:(?:its|the)\s+(?:previous|prior|last)\s+(?:close|closing|session)\s+(?:at|of)\s+)?"
                          # from February’s rate of 900,000: the earlier month's level, named
                          r"(?:(?<=from\s)[A-Z][a-z]+['’]s\s+(?:rate|level|total)\s+of\s+)?|"
                          # at $6.13 billion, than revenue of $5.77 billion: the earlier level after "than"
                          r"\s*,\s+than\s+(?:[a-z][\w-]*\s+){0,2}?(?:of\s+)?|"
                          # 219,360 in January this year, the highest month so far, compared to 194,280: past an aside
                          r"(?:\s+in\s+[A-Za-z][\w\s]{0,30}?)?,\s+the\s+[a-z]+est\b[^.;,\d]{0,60}?\s+"
                          r"(?:compared\s+(?:with|to)|from|against)\s+",
                          re.IGNORECASE),
    # 74.04 per cent in 2011 — showing an increase of: the level's own year, then the change of it
    # 96,300 short-term overseas trips in February 2007, an increase of: what the level counts, then the change
    # 41.3 million iPhones, representing modest growth of; 267,600 in February 2007, up
    # $55.2 billion in June, down $0.2 billion from: the level's own month, then the change of it
    # $426,900, an all-time high and an increase of: an aside on the level, then its change
    # $126 million for the quarter, up 22 per cent: the level's own period, then the change of it
    # 74,064 children were born, which was 1,242 children or 1.6% lower: the level, then its change told after
    level_then_change=re.compile(r"(?:\s+[a-z]+){0,4}?\s*,\s*which\s+(?:was|is)\s+|"
                                 rf"(?:\s+in\s+(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|{_MONTH})|"
                                 r"\s+for\s+the\s+(?:[\w-]+\s+)?(?:quarter|year|month|period|half|week)|"
                                 rf"[^.;,()]{{1,80}}?,(?={_CHANGE_NOUN}\s+of\b)|"
                                 rf"\s*,[^.;,()\d]{{1,40}}?\s+and(?={_CHANGE_NOUN}\s+of\b))?"
                                 # 1.32 million units, up; 324,000 paid digital subscribers, up: what the level counts
                                 r"(?:(?:\s+[a-z][\w'’-]*){0,5}?\s+[a-z]{3,14}s(?=\s*,|\s+in\s))?"
                                 # 152,400 short-term overseas trips in October, down: what it counts, then its month
                                 rf"(?:\s+in\s+{_MONTH})?"
                                 # closed at 16,342.51 points (provisional) -- up 200.84 points: an aside, a dash
                                 r"(?:\s*\([a-z ]{1,20}\)\s*-{1,2})?"
                                 # USD182.52 billion, which represents an increase of: the relative's change
                                 r"\s*[,—–]?\s*(?:(?:showing|marking|representing|reflecting|indicating|which\s+(?:represents|"
                                 r"represented|marks|marked|reflects|reflected|is|was))\s+)?"
                                 r"(?:(?:an?\s+)?(?:(?:modest|slight|small|sharp|strong|steep|marginal|year-on-year|"
                                 r"year-over-year|annual|quarterly)\s+)?"
                                 r"(?:up|down|increase|decrease|rise|drop|fall|gain|decline|growth)(?:\s+of)?)\s+"
                                 # stood at 4,764,000, a 2.5% (118,000) increase: the change's noun after its figure
                                 r"|\s*,\s*an?\s+",
                                 re.IGNORECASE),
    from_to=re.compile(r"\bfrom\s+$", re.IGNORECASE),
    # from 64% in 2001(,) to 74%; from 33,090 people to 34,139; from 106,692 people in April 2010 to
    to_second=re.compile(r"(?:\s+(?!(?:and|or|but)\b)[a-z]{3,14})?(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?)?\s+to\s+"),
    # (net income of $15.8 million, or 54¢ per share, up from: the per-share figure the grammar reads as no claim)
    earlier_level=re.compile(r"(?:,?\s*or\s+[^,;.]{0,16}?\s(?:per|a)\s+(?:diluted\s+)?share|"
                             r"\s+(?:per|a)\s+(?:diluted\s+)?share)?"  # (from the per-share figure's end)
                             # for the quarter ended July 31, up from: the level's own period, its date's digits
                             # (in the three months ended Sept. 30, the company's fiscal second quarter, up from)
                             r"(?:(?:\s+[a-z]+)?,?\s+(?:for|in)\s+the\s+[\w\s-]{0,30}?(?:ended|ending)\s+[A-Z][a-z]+\.?\s+\d{1,2}"
                             r"(?:,\s*\d{4})?)?"
                             # $39.55 Mln. vs. $55.42 Mln.: the full stop of a unit's abbreviation, then "vs."
                             r"(?:\.(?=\s+(?:vs\.?|versus)\s))?"
                             r"[^.;\d]{0,60}?,?\s*(?:(?:up|down|higher|lower|rising|falling)\s+(?:from|than)|"
                             r"compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:an?|the)\s+)?"
                             r"(?:(?:year[- ](?:earlier|ago)|previous|prior|"
                             r"last\s+year'?s?|same[- ]period)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?", re.IGNORECASE),
    # (narrowed to a low of $4.84 billion in April from $10.99 billion: how low, then the level before)
    reached=re.compile(r"\b(?:rose|fell|grew|increased|decreased|climbed|dropped|declined|jumped|slipped|eased|"
                       r"slid|surged|soared|narrowed|widened)\s+to\s+(?:an?\s+(?:(?:record|new|fresh|multi-year)\s+)?"
                       r"(?:high|low)\s+of\s+|an?\s+)?$", re.IGNORECASE),  # (fell to a 1.555 million annual rate)
)


# The same amount in another unit or per share right after it: $164.5 million (EUR115.6 million), or 59 cents per
# share; $436 million (EUR306.39 million).
_ALTERNATIVE_GAP = re.compile(r"\s*(?:(?:a|per)\s+(?:diluted\s+)?share)?\s*(?:\(|,?\s*or\s+)\s*")


def alternatives(claims: list[Claim], text: str) -> list[Claim]:
    """The claims with a figure that restates the one before it in another unit (in brackets or after "or") and
    names no quantity of its own measuring what that one does, once links have named it (North American sales fell
    2 percent to $436 million (EUR306.39 million): the euro figure is of sales too)."""
    carried = list(claims)
    for index in range(1, len(carried)):
        earlier, claim = carried[index - 1], carried[index]
        if claim.metric or not earlier.metric or claim.kind != earlier.kind or claim.start - earlier.end > 24 \
                or not _ALTERNATIVE_GAP.fullmatch(text, earlier.end, claim.start):
            continue
        carried[index] = claim.replaced(metric=earlier.metric, subject=claim.subject or earlier.subject,
                                        segment=claim.segment or earlier.segment)
    return carried

