"""A time among the words before an English figure (in the first quarter, last year's, the three months ended Sept
30, year to date): no part of what the figure measures, taken out before its name is read."""

from __future__ import annotations

import re

# (?<![\w-])(?=[A-Za-z0-9]) is \b at a word's start (not inside nine-month), every other place turned away at once.
# No word gate: read on a few words before a figure, and its optional openings have too many prefixes for one (reading
# them cost a third of a second and 90 MB at import, for a gate that let every word through)
TIME_BEFORE = re.compile(r"(?<![\w-])(?<!full )(?<!half )(?=[A-Za-z0-9])"  # a full year net loss: of a full year
                         r"(?:(?:in|during|for|over|on|since|through|by|from)\s+)?(?:(?:last|this|next|the|a)\s+)?"
                         r"(?:(?:the\s+)?(?:first|second|third|fourth|latest|same|previous|prior|past|next|last|current)[\s-]+)?"
                         r"(?:[a-z\d]+-(?:month|year|week|day|quarter)\s+)?"  # for the nine-month period
                         r"(?:(?:19|20)\d\d\s+(?=fiscal|financial))?"  # the 2011 financial year
                         r"(?:year[\s-]to[\s-]date|quarter|half|year|month|week|day|period|season|(?:fiscal|financial)\s+year|"
                         r"fiscal|Q[1-4]|H[12]|"
                         # a run of periods: the first six months, the past three months, the prior 12 months, a decade
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                         r"(?:months|weeks|quarters|years|days)|decade|"
                         # a span of months of a (fiscal) year: April-March 2020-21
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s?[-–]\s?"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
                         r"(?:,?\s*(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?)?|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                         # a year, a run of years or a fiscal year: 2019, 2017-18, FY 2016-17, FY18
                         r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|FY\s?(?:19|20)?\d\d(?:[-–/](?:19|20)?\d\d)?)"
                         r"(?:\s+(?:of\s+)?(?:19|20)\d\d)?(?:[\s-]+(?:earlier|ago|before))?(?:['’]s)?\b"
                         # the three months ended Sept 30: the end of a run of months is of the period too
                         r"(?:\s+(?:ended|ending|to|through)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
                         r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?)?"
                         r"(?!-on-)",  # Month-on-month changes: a name of a comparison, no time
                   re.IGNORECASE)
