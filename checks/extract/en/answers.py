"""What a share of a poll's respondents answered: the words after the share say it, and the people it is a share of
("48 percent of likely voters favor the amendment, while 40% oppose it": of likely voters, favor the amendment;
"12% were not sure"; "with 11% not sure"; "six in 10 people are actually happy with the way things are").

The answer is read only in a report of a survey or poll (see ``surveyed``): elsewhere "20% of the fund is held in
cash" says what the fund is, and no one answered.
"""

from __future__ import annotations

import re

# A report of a survey or poll: the words that say one was held.
_SURVEY = re.compile(r"\b(?:survey(?:ed|s)?|polls?|polled|respondents|questionnaire)\b", re.IGNORECASE)


def surveyed(text: str) -> bool:
    """Whether ``text`` reports a survey or poll (see _SURVEY)."""
    lowered = text.lower()  # a plain search for the words first: the pattern only where one of them is
    return any(word in lowered for word in _SURVEY_WORDS) and _SURVEY.search(text) is not None


_SURVEY_WORDS = ("survey", "poll", "respondent", "questionnaire")


# The same share restated in brackets right after it: A third of Brits (32%) say …
# A share in brackets ends with the bracket: A third of Brits (32%) say …
_RESTATED = re.compile(r"^\s*(?:\(\s*\d[\d.]*\s*(?:%|per\s*cent|percent)\s*\)|\))")
# The verbs and adjectives an answer starts with: what people say, think, favour, report or are (say £20,000 would
# change their lives; oppose the measure; reported higher bills; never drink; not sure; happy with the way things are).
_STANCE = (r"(?:say|says|said|saying|think|thinks|thought|thinking|believe|believes|believed|believing|admit|admits|"
           r"admitted|favou?rs?|favou?red|favou?ring|oppose|opposes|opposed|opposing|support|supports|supported|"
           r"supporting|back|backs|backed|backing|expect|expects|expected|expecting|consider|considers|considered|"
           r"feel|feels|felt|agree|agrees|agreed|disagree|disagrees|disagreed|want|wants|wanted|prefer|prefers|"
           r"(?:dis)?approve|(?:dis)?approves|(?:dis)?approved|(?:dis)?approving|(?:dis)?trust|(?:dis)?trusts|"
           r"preferred|confess|confesses|confessed|claim|claims|claimed|never|always|belong|belongs|belonged|"
           r"forecasting|predicting|plan|plans|planned|planning|intend|intends|intended|"
           # what respondents reported noticing (reported increased prices; experienced higher bills; found it hard)
           r"reported|reporting|experienced|experiencing|noted|noticed|observed|found|cited|citing|"
           r"not\s+sure|unsure|undecided|happy|unhappy|satisfied|dissatisfied|content|confident|optimistic|"
           r"pessimistic|worried|concerned)\b")
# The share, the people it is of (up to six words, "of" optional: of likely voters; devious Londoners; people), a
# verb of being and an adverb that say nothing of the answer, then the answer.
_ANSWER = re.compile(rf"\s*(?:of\s+)?(?P<group>(?:[A-Za-z'’-]+\s+){{0,6}}?)"
                     rf"(?:\(\s*\d[\d.]*\s*(?:%|per\s*cent|percent)\s*\)\s*)?"  # of Brits (32%) say
                     rf"(?:(?:were|are|was|is)\s+)?(?:(?:actually|now|still|also|really)\s+)?"
                     rf"(?P<answer>{_STANCE}[^;\n]*)", re.IGNORECASE)
# What may follow an answer in its sentence: another clause (, while 40% oppose), the source (, according to …), the
# next share (and 43 percent saying …).
_ANSWER_END = re.compile(r",\s|;|\.(?:\s|$)|\s+(?:while|whereas|according|compared)\b|\s+and\s+(?=\d)|"
                         r"\s+and\s+[a-z-]+\s+(?:percent|per\s+cent)\b", re.IGNORECASE)
# With a verb of being, what follows may be any state (were sexually active in the past year; were female).
# (Fifty-eight percent (58%) are not expecting company; 35% have friends and family traveling to their home)
_BEING = re.compile(r"\s*(?:of\s+)?(?P<group>(?:[A-Za-z'’-]+\s+){0,3}?)"
                    r"(?:\(\s*\d[\d.]*\s*(?:%|per\s*cent|percent)\s*\)\s*)?"
                    r"(?:were|are|have|had)\s+(?:(?:actually|now|still|also|really)\s+)?(?P<answer>[a-z][^;\n]*)")
_STANCE_FIRST = re.compile(_STANCE, re.IGNORECASE)
# A verb in the words before the answer: they are no people (10.5% is the lowest rate observed since 2000).
_VERB_IN_GROUP = re.compile(r"\b(?:is|was|are|were|be|been|has|have|had)\b", re.IGNORECASE)
_GROUP_NOISE = re.compile(r"^(?:the|all|of)\s+", re.IGNORECASE)


def answer_after(after: str) -> tuple[str | None, str] | None:
    """(the people, their answer) the words after a share of respondents name (see _ANSWER), else None."""
    after = _RESTATED.sub("", after)
    for pattern in (_ANSWER, _BEING):  # (are not expecting company: no people "are not", then a state)
        found = pattern.match(after)
        read = _answer_of(found) if found is not None else None
        if read is not None:
            return read
    return None


def _answer_of(found: re.Match[str]) -> tuple[str | None, str] | None:
    """(the people, their answer) of a match of _ANSWER or _BEING, unless the people hold a verb."""
    answer = found.group("answer")
    end = _ANSWER_END.search(answer)
    answer = answer[:end.start()] if end else answer
    answer = answer.strip(" .,;:'\"‘’“”")
    group = _GROUP_NOISE.sub("", found.group("group").strip()).strip() or None
    if not answer or len(answer) > 90 or (group is not None and (group.lower() in ("who", "which", "that")
                                                                or _VERB_IN_GROUP.search(group))):
        return None
    return group, answer


def is_answer(metric: str | None) -> bool:
    """Whether ``metric`` (in a report of a poll) is what respondents answered: it opens with a verb of stance."""
    return metric is not None and _STANCE_FIRST.match(metric) is not None
