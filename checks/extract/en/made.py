"""Verbs whose object is the figure: of making or moving goods (Samsung shipped 78.2 million units; 272,610 cars were
registered) and of adding or cutting a count (health care added 34,000 jobs): the quantity is the verb's noun, or
the noun counted after the figure.
"""

from __future__ import annotations

import re

# An owner and a verb of making or moving goods, the figure its object: the quantity is the verb's noun (Samsung
# shipped 78.2 million units; the company had sold 13,231 units; OPEC pumped 32.4 million bpd).
MADE_NOUN = {"sold": "sales", "shipped": "shipments", "delivered": "deliveries", "registered": "registrations",
             "produced": "production", "pumped": "production", "exported": "exports", "imported": "imports"}
MADE = re.compile(rf"^(?:(?P<owner>.+?)\s+)?(?:had\s+|has\s+|have\s+)?(?P<verb>{'|'.join(MADE_NOUN)})$")


# A verb of adding or cutting whose object is the count (health care added 34,000 jobs; the carmaker will cut 2,000
# jobs; the sector shed 12,000 positions): the count is of the noun after it, the words before name whose it is.
_ADDED = re.compile(r"\b(?:add(?:ed|s|ing)?|shed(?:s|ding)?|creat(?:ed|es|ing)|cut(?:s|ting)?|los(?:t|es|ing)|"
                    r"eliminat(?:ed|es|ing)|slash(?:ed|es|ing)|"
                    # a level passed: U.S. ski resorts topped 59 million visits (the visits, the resorts')
                    r"topped|surpassed|exceeded|crossed)\s+(?:(?:a|an|another|some|about|around|nearly|almost|"
                    r"more\s+than|over|just|only|roughly|relatively|paltry|modest|net|further)\s+){0,3}$",
                    re.IGNORECASE)


def added_before(before: str) -> bool:
    """Whether ``before`` ends with a verb of adding or cutting a count (see _ADDED)."""
    return _ADDED.search(before[-60:]) is not None


# The same verbs in the passive after the counted noun: 272,610 new cars were registered; 334 million handsets were
# delivered (the cars registered, the handsets delivered).
_PASSIVE_MADE = re.compile(rf"\s+(?:[A-Za-z][\w-]*\s+){{1,4}}?(?:were|was|are|is|have\s+been|had\s+been)\s+"
                           rf"(?P<verb>{'|'.join(MADE_NOUN)})\b")


def passive_made(after: str) -> str | None:
    """The verb of making or moving goods a counted noun is the passive object of (see _PASSIVE_MADE), else None."""
    found = _PASSIVE_MADE.match(after)
    return found.group("verb") if found else None


def made_verb(phrase: str | None) -> str | None:
    """The verb of making or moving goods a phrase ends with, its object the figure (the brand sold → sold)."""
    made = MADE.match(phrase) if phrase else None
    return made.group("verb") if made else None


# What is registered as such: vehicles, firms, people; anything else an owner "registered" it recorded.
_REGISTERED = re.compile(r"(?:cars?|vehicles?|motorcycles?|motorbikes?|trucks?|vans?|buses|units|companies|businesses|"
                         r"firms|voters|users|members|students|patients|births|deaths|marriages|unemployed)$",
                         re.IGNORECASE)


def recorded(verb: str, counted: str) -> bool:
    """Whether "registered" before a counted noun only says it was recorded (15.8 million passenger movements)."""
    return verb == "registered" and _REGISTERED.search(counted) is None
