"""The words of movement of an English figure: the verbs that say it rose or fell (rose, edged up, slumped, revised
down) and the nouns of growth before it (an increase of, a decline of)."""

from __future__ import annotations

import re

from checks.extract.grammar import Dimension, Rule, constant

MOVEMENT_EN: Dimension[str] = Dimension("movement_en", [
    Rule("rise", r"rose|ris(?:e|es|en|ing)|increas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|climb(?:s|ed|ing)?|"
                 r"jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|gain(?:s|ed|ing)?|soar(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|"
                 r"expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|"
                 r"pick(?:s|ed|ing)? up|accelerat(?:e|es|ed|ing)|rebound(?:s|ed|ing)?|recover(?:s|ed|ing)?|"
                 r"(?:edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?) (?:up|higher)|tick(?:s|ed|ing)? up|widen(?:s|ed|ing)?|"
                 r"improv(?:e|es|ed|ing)|worsen(?:s|ed|ing)?|deepen(?:s|ed|ing)?|balloon(?:s|ed|ing)?|mushroom(?:s|ed|ing)|"
                 r"skyrocket(?:s|ed|ing)?|appreciat(?:e|es|ed|ing)|"
                 r"hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|top(?:s|ped|ping)|"
                 r"surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
                 r"outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?|beat|spik(?:e|es|ed|ing)|rall(?:y|ies|ied|ying)|"
                 # (made up, served up a $33.3 million bow, racked up: a sum, not a rise)
                 r"(?<!made )(?<!make )(?<!makes )(?<!making )(?<!served )(?<!serves )(?<!racked )(?<!rang )"
                 r"(?<!gave )(?<!give )(?<!gives )(?<!giving )"  # (gave up 25.16 points: a fall)
                 r"(?<!chalked )up|higher|revised (?:up|upward|higher)|higher than|"
                 r"more than",
         constant("up"), (("rose", "up"), ("grew", "up"), ("gaining", "up"), ("revised upward", "up"))),
    Rule("fall", r"fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
                 r"shr(?:ink|inks|ank|unk|inking)|reduc(?:e|es|ed|ing)|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|"
                 r"plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|contract(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|"
                 r"eas(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|los(?:e|es|t|ing)|shed(?:s|ding)?|slump(?:s|ed|ing)?|"
                 r"sank|sunk|sink(?:s|ing)?|(?:edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?) (?:down|lower)|"
                 r"tick(?:s|ed|ing)? down|narrow(?:s|ed|ing)?|"
                 r"dip(?:s|ped|ping)?|slow(?:s|ed|ing)?|retreat(?:s|ed|ing)?|weaken(?:s|ed|ing)?|trim(?:s|med|ming)?|"
                 r"slash(?:es|ed|ing)?|halv(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|erod(?:e|es|ed|ing)|collaps(?:e|es|ed|ing)|"
                 r"down|lower|revised (?:down|downward|lower)|lower than|less than|fewer than|"
                 r"(?:gave|give|gives|giving) up|skid(?:s|ded|ding)?|depreciat(?:e|es|ed|ing)|"
                 r"off",  # (starts were off 5.0 percent to 475,000)
         constant("down"), (("fell", "down"), ("saved", "down"), ("easing", "down"), ("revised downward", "down"),
                            ("gave up", "down"), ("skidded", "down"))),
])
GROWTH_NOUN_EN: Dimension[str] = Dimension("growth_noun_en", [
    # an increase in the goods deficit of: the quantity between the noun and its figure
    Rule("rise_noun", r"(?:an? )?(?:(?:yoy|qoq|mom|year-on-year|year-over-year) )?"
                      r"(?:increase|rise|growth|gain|jump|surge)(?: in(?: the)?(?: [\w-]+){1,4}?)? of",
         constant("up"), (("growth of", "up"), ("an increase in the goods deficit of", "up"),
                          ("a yoy growth of", "up"))),
    Rule("fall_noun", r"(?:an? )?(?:(?:yoy|qoq|mom|year-on-year|year-over-year) )?(?:decrease|decline|drop|fall|"
                      r"reduction|cut|contraction|negative (?:growth|change)(?: rate)?)"
                      r"(?: in(?: the)?(?: [\w-]+){1,4}?)? of",
         constant("down"), (("a decline of", "down"), ("a decline in the services surplus of", "down"),
                            ("a negative growth of", "down"), ("a contraction of", "down"))),
])
# A movement whose members follow with their figures in brackets: "There were rises in Victoria (0.7 per cent)",
# "Imports jumped from China (6.1 percent)": each bracketed figure is its member's growth. Not "higher in", "lower
# in", which compare levels (unemployment was lower in Victoria (5.1 per cent)).
LIST_MOVEMENT_EN: Dimension[str] = Dimension("list_movement_en", [
    Rule("rises_in", r"(?:rises|increases|gains|jumps|rose|grew|increased|jumped|climbed|gained|surged|soared|"
                     r"expanded|advanced)\s+(?:in|from|at|for|to)(?:\s+the)?",
         constant("up"), (("rises in", "up"), ("jumped from", "up"), ("higher in", None))),
    Rule("falls_in", r"(?:falls|decreases|declines|drops|fell|decreased|declined|dropped|slipped|shrank|contracted|"
                     r"slumped)\s+(?:in|from|at|for|to)(?:\s+the)?",
         constant("down"), (("falls in", "down"), ("declined at the", "down"), ("lower in", None))),
])

# The quantity a change is "in", after it: a 2% increase in sales; a 5.6% rise in second-quarter profit. Whole
# words only, up to a word that ends the noun phrase (an increase in traffic that grew …), never a time (a rise
# in April, a rise in the year ahead).
CHANGE_IN = re.compile(r"\s+(?:(?:year[- ]on[- ]year|annual|quarterly)\s+)?"
                       r"(?:increase|rise|gain|jump|growth|drop|decline|surge|leap|climb|improvement|boost|hike|"
                       r"fall|decrease|slide|cut|reduction|plunge|slump|dip|tumble|contraction)s?\s+in\s+(?P<noun>(?!(?:January|February|March|April|May|June|"
                       r"July|August|September|October|November|December|(?:the\s+)?(?:(?:first|second|third|fourth|"
                       r"last|past|next|previous|same|latest)\s+)?(?:quarter|year|month|half|period|week)s?(?:\s+ahead)?)\b)(?:(?:(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*(?![\w'’-]))\s*){1,6}?)"
                       r"(?=\s*(?:(?:to|from|at|in|on|for|as|after|while|during|over|than|that|which|who|today|"
                       r"last|this|since|compared|versus|vs|and\s+(?:an?|the))\b|[,.;(]|$))", re.IGNORECASE)

# A level passed, the figure the verb's very object (topped two million units, surpassed 10 million bpd): more than
# the figure, as 突破 says in Chinese; not "exceeded the average gain of 203,000", whose figure is the other's.
PASSED_FIGURE = re.compile(r"\b(?:top(?:ped|s|ping)?|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|crossed|"
                           r"br(?:oke|eaks?|eaking)\s+through)\s+$", re.IGNORECASE)

# Movement stated after the figure: 2.23 per cent higher, a 15 per cent increase, 4.2 million fewer.
# (215.15 points, or 1.41%, higher at 21,453.95: the close's move, set off by commas; for $12.3 million, or 6.2%, less
# than the estimate, see en/gap_or_rate.py)
MOVED_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,20}\)\s*|\)\s*)?"  # a 2.5% (118,000) increase: past the bracket
                         r"(?:,\s*(?=(?:higher|lower)\s+at\b))?"
                         r"(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|annual|quarterly|monthly|y/y)\s+)?"
                         # 1,242 children or 1.6% lower: the count's move, said after its rate
                         # (54% or 1,533 couples more than: the rate's move, said after its count)
                         r"(?:(?:[a-z]+\s+)?or\s+(?:\d[\d.,]*\s?(?:%|per\s?cent)|[$£€]?\d[\d.,]*(?:\s+(?:million|billion|"
                         r"thousand))?(?:\s+(?!(?:were|was|are|is|be|been|would|will|could|may|might|had|have|has|did|do|does|"
                         r"said|say|says|felt|feel|feels|think|thought|expect|expected)\b)[a-z]+){0,2}?)"
                         r"\s+(?=(?:higher|lower|more|less|fewer|up|down)\b))?"
                         # a 14% volume decline; not a verb of noticing (70% experienced higher bills: an answer)
                         r"(?:(?!(?:of|in|to|and|or|from|for|on|at|the|a|an|by|experienced|reported|noted|noticed|"
                         r"observed|saw|faced|paid|found)\b)[a-z]+\s+)?"
                         r"(?:(?P<up>higher|more|greater(?=\s+than)|up(?!\s+(?:till|until|to\s+(?:now|date)))|above|increase|rise|gain|growth|jump|uplift|surge|hike|"
                         r"improvement|boost|climb|advance|rally|expansion|leap|spike|upturn)|(?P<down>lower|less|fewer|down|below|"
                         r"decrease|decline|drop|fall|cut|reduction|slump|slide|loss|contraction|dip|plunge|plummet|"
                         r"tumble|downturn))\b", re.IGNORECASE)
