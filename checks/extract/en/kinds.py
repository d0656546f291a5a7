"""What kind of figure an English percentage or amount is, once its verb has been read: words of its clause that
make a level a rate of change (inflation eased to 2.9%), a share a price of money (the repo rate of 6.25%), a ratio
(load factor, occupancy), a margin of error or a gap in points (plus or minus 3 percentage points), or a level a
change (job gains averaged 167,000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.en.owners import quantity_word
from checks.extract.mention import Mention
from checks.extract.prefilter import word_gated
from checks.extract.records import quick_init

# A level that is a price of money: an interest rate, a yield (raised the rate by 25 bp to 6.25%; the repo rate
# from 6.25 per cent to 6 per cent; Repo Rate- 6.25%).
POLICY_RATE = word_gated(re.compile(
    r"\b(?:interest rates?|policy rates?|benchmark(?: rate)?|repo rates?|lending rates?|"
    r"deposit rates?|mortgage rates?|bank rates?|cash rates?|funds rates?|discount rates?|"
    r"overnight rates?|yields?|coupon)\b", re.IGNORECASE))
# The figure stands where a level stands: from 6.25 per cent, to 6 per cent, at 0.25 percent, Rate- 6%.
_LEVEL_PLACE = re.compile(r"(?:\b(?:from|to|at|of|was|is|stood at|remain(?:s|ed|ing)?(?: at)?)\s+"
                          r"(?:(?:the|a|its|just|present|current|new|record)\s+)*|[-:–]\s*)$", re.IGNORECASE)
# Rates of change named as such: inflation of 2.3%, consumer prices, the annual rate.
RATE_OF_CHANGE = re.compile(r"\b(?:inflation|CPI|HICP|consumer prices?|producer prices?|prices|price growth|"
                            r"price increases|annual rate|growth rate|rate of growth|wage growth|pay growth|GDP growth)"
                            r"\b", re.IGNORECASE)
RATIO_EN = re.compile(r"\b(?:load factors?|occupanc(?:y|ies)|occupancy rates?|adherence|compliance|utili[sz]ation|"
                      r"(?:operating |gross |net |profit |EBITDA )?margins?|coverage ratio|loan-to-deposit|"
                      r"debt-to-equity|price-to-earnings|payout ratio|capacity use)\b", re.IGNORECASE)
# The earlier figure a rate is compared with: down from 1.0%, compared with 6.1%, from November's 11.9 percent.
# 49.4 percent, down 18.9 percent from 2019 but up compared to the previous week's 48.2 percent: the level's other
# move, against its earlier level (not the rate's)
_BUT_MOVED = re.compile(r"\bbut\s+(?:up|down|higher|lower)\s+(?:compared\s+(?:with|to)|from|on)\b[^.;\d]{0,40}$",
                        re.IGNORECASE)
COMPARED_WITH = re.compile(r"(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?|against|than)"
                           r"(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)
# A figure set against an earlier one (compared to $1.67 on 36.1 million weighted average shares for the third
# quarter of 2006): its time is the one named after it, not the current one named before.
COMPARED_TO = re.compile(r"\bcompared\s+(?:with|to)\b(?:[^.;]|\.\d){0,30}$", re.IGNORECASE)
# Points that are no movement: a poll's margin of error (plus or minus 3 percentage points), a gap between two rates
# (the gap of 21.6 percentage points).
_PLUS_MINUS = re.compile(r"(?:plus\s*(?:/|or)\s*minus|±|\+/-|margin of error of)\s*$", re.IGNORECASE)
_GAP = re.compile(r"\b(?:gap|difference|spread|margin|lead)\b", re.IGNORECASE)
# A level of a quantity that is itself a change: job gains averaged 167,000; payroll increases were revised to
# 159,000; job growth has averaged 198,000.
_CHANGE_NOUN = re.compile(r"\b(?:(?P<up>gains|growth|increases|additions)|(?P<down>losses|declines|cuts))\b"
                          r"[^,;.\d]{0,50}?\b(?:averaged|averaging|totall?ed|were|was|came\s+in\s+at|of)\s+$",
                          re.IGNORECASE)
# What calls a percentage a part of a whole (a share of, a stake, the proportion), and what makes one a change (a
# return of 151%, year on year) in the words before it.
# (not "per equity share of ₹1 each (600%)": a dividend as a percentage of a share's face value)
_SAID_SHARE = re.compile(r"\b(?:(?<!per )(?<!equity )share of|market share|stake|proportion|portion)\b",
                         re.IGNORECASE)
_SAID_CHANGE = re.compile(r"\b(?:return(?:s|ed)?|gain(?:s|ed)?|growth|grew|rose|increase[sd]?|year[- ]on[- ]year|"
                          r"year[- ]over[- ]year|change[sd]?)\b", re.IGNORECASE)
# A quantity named by its movement, then the figure as what the movement was (Growth in retail sales was 2.1%; the
# fall in exports was 3%): the percentage is that movement (not: Growth in Asia accounted for 40% of the total).
_MOVEMENT_WAS = re.compile(r"\b(?:growth|(?P<down>declines?|falls?|drops?|decreases?)|increases?|rises?|change)\s+in\s+"
                           r"[^,;.\d%]{1,60}?\s+(?:was|were|is|are|stood\s+at|came\s+in\s+at|of)\s+"
                           r"(?:(?:just|only|about|around|an?)\s+)?$", re.IGNORECASE)
_MOVEMENT_NAME = re.compile(r"(?:growth|declines?|falls?|drops?|decreases?|increases?|rises?|change)$", re.IGNORECASE)
# The quantity named, then its movement, then the figure (Revenue growth was 5%; -EPS Decline (Y-o-Y): -25.9%; an
# income growth of 3%): the percentage is the movement (not climate change, which moves nothing)
_NAMED_MOVEMENT_IS = re.compile(r"(?<!climate )\b(?:growth|(?P<down>declines?|falls?|drops?|decreases?)|increases?|"
                                r"rises?|change)(?:\s*\([^()]{1,12}\))?\s*(?:was|were|is|are|of|stood\s+at|"
                                r"came\s+in\s+at|:)\s*(?:(?:just|only|about|around|an?)\s+)?$", re.IGNORECASE)
# What a named movement needs before it: a quantity, not a determiner alone (The increase was 0.2%: of what?) nor a
# rate, whose movements in percent are points (The rate increase was 0.25%)
_NOT_A_QUANTITY_MOVED = re.compile(r"(?:^|\b(?:the|this|that|its|their|an?)\s+)$|\b(?:rates?|margins?|yields?|ratios?|"
                                   r"share|unemployment|inflation)\b", re.IGNORECASE)
# revenue growth, earnings decline, Revenue Change: the quantity that moved, then the word of its movement
_MOVEMENT_AFTER_NAME = re.compile(r"\s+(?:growth|declines?|falls?|drops?|decreases?|increases?|rises?|changes?)$",
                                  re.IGNORECASE)


def movement_named(metric: str | None, segment: str | None) -> tuple[str | None, str | None]:
    """(metric, segment) of a growth named by its movement: what moved is the quantity, not a member of it, nor the
    word of its movement (revenue growth: revenue)."""
    if metric is not None and segment and _MOVEMENT_NAME.match(metric):
        return segment, None
    if metric is not None and (stripped := _MOVEMENT_AFTER_NAME.sub("", metric)) and stripped != metric \
            and quantity_word(stripped):
        return stripped, segment  # (not yearly growth, natural increase: no quantity but with the movement's word)
    return metric, segment


# A movement named alone, with its figure set after it by a comma or "of" (the largest increase, 58.9%; a decline of
# 4%): the figure is the movement's rate.
_MOVEMENT_ALONE = re.compile(r"\b(?:the|a|an)\s+(?:(?:largest|biggest|highest|smallest|lowest|sharpest|steepest|"
                             r"strongest|weakest)\s+)?(?:(?P<up>increase|rise|gain|growth|jump)|(?P<down>decrease|"
                             r"decline|fall|drop|contraction))s?\s*(?:,|\bof)\s*$", re.IGNORECASE)


@quick_init
@dataclass(frozen=True)
class Kind:
    kind: str
    direction: str | None
    moved: bool


# A level reached, then its rate set off by a comma (net loans grew to Sh365.4 billion, a 10.7 per cent from …)
_REACHED_THEN_RATE = re.compile(r"\b(?:(?:grew|rose|increased|climbed|jumped|surged|improved|expanded)|(?P<down>fell|"
                                r"declined|dropped|decreased|slid|slipped|shrank|contracted))\s+to\s+[^,;]{1,40},\s*an?\s*$",
                                re.IGNORECASE)


def refine(kind: Kind, mention: Mention, metric: str | None, clause: str, gap: str, to_level: bool,
           compared: str | None, answered: bool = False) -> Kind:
    """The kind once the clause's words are weighed (see the module's docstring). ``clause`` is the text before the
    figure in its sentence, ``gap`` the part of it after the figure before; ``compared`` is the kind of the figure
    just before it when this one is the earlier figure it is compared with (down from 1.0%); ``answered`` that it is
    a share of respondents whose answer names prices (93% reported increased food prices): no rate of change."""
    name = f"{metric or ''} {clause[-100:]}"
    if kind.kind in ("share", "level") and compared == "growth" and not _BUT_MOVED.search(clause[-80:]):
        return Kind("growth", "down" if mention.value < 0 else "up", True)
    if kind.kind in ("share", "growth") and compared in ("share", "ratio") and mention.value >= 0:
        return Kind(compared, None, False)  # 15% of firms raised prices, up from 18%: the earlier share
    if mention.family in ("percent", "growth") and kind.kind in ("share", "level", "growth") and POLICY_RATE.search(
            clause[-100:]) and (to_level or _LEVEL_PLACE.search(gap)):
        return Kind("level", None, kind.moved)  # cut the repo rate by 25 bps from 6.25 per cent to 6 per cent
    if kind.kind in ("share", "level") and mention.unit == "percent" and not answered \
            and RATE_OF_CHANGE.search(f"{metric} {clause}"):
        return Kind("growth", "down" if mention.value < 0 else "up", True)  # inflation eased to 2.9%
    if kind.kind in ("share", "level") and mention.unit == "percent" and " in " in clause[-100:] \
            and (movement := _MOVEMENT_WAS.search(clause[-100:])) is not None:
        down = mention.value < 0 or movement.group("down") is not None
        return Kind("growth", "down" if down else "up", True)  # Growth in retail sales was 2.1%
    if kind.kind in ("share", "level") and mention.unit == "percent" and not answered \
            and (named := _NAMED_MOVEMENT_IS.search(clause[-60:])) is not None \
            and not _NOT_A_QUANTITY_MOVED.search(clause[-60:][:named.start()]):
        down = mention.value < 0 or named.group("down") is not None
        return Kind("growth", "down" if down else "up", True)  # Revenue growth was 5%
    if kind.kind == "share" and (moved := _MOVEMENT_ALONE.search(clause[-50:])) is not None:
        down = mention.value < 0 or moved.group("down") is not None
        return Kind("growth", "down" if down else "up", True)  # recorded the largest increase, 58.9%
    if kind.kind in ("share", "level") and mention.unit == "percent" and (
            reached := _REACHED_THEN_RATE.search(clause[-90:])) is not None:
        return Kind("growth", "down" if reached.group("down") else "up", True)  # grew to Sh365.4 billion, a 10.7%
    if kind.kind in ("share", "level") and mention.unit == "percent" and RATIO_EN.search(name):
        return Kind("ratio", kind.direction, kind.moved)
    if kind.kind == "share" and not 0 <= mention.value <= 100 and not _SAID_SHARE.search(clause[-40:]):
        # A part of a whole lies within 0–100%; a percentage outside it that no word calls a share is a change
        # (returned 151% over the year) or a ratio to a base (the coverage stood at 231%)
        if mention.value < 0 or _SAID_CHANGE.search(clause[-60:]):
            return Kind("growth", "down" if mention.value < 0 else "up", True)
        return Kind("ratio", None, kind.moved)
    if mention.unit == "pp" and (_PLUS_MINUS.search(clause) or (_GAP.search(name) and (
            to_level or not kind.moved))):
        return Kind("other", None, False)
    if kind.kind == "level" and mention.family in ("count", "money"):
        change = _CHANGE_NOUN.search(gap)
        if change is not None:
            return Kind("change", "up" if change.group("up") else "down", True)
    return kind


# the foreign trade deficit fell 6.2% to reach -$79.6bn; economists had penciled in a deficit of -$81.5bn: a balance
# a verb or a noun puts at a negative level is that level, written with its sign, no change (but the change in
# payrolls was -227,000)
_NEGATIVE_LEVEL_BEFORE = re.compile(r"\b(?:deficit|surplus|balance|shortfall)\b(?:[^.;]|\.\d){0,50}?"
                                    r"\b(?:to(?:\s+reach)?|reach(?:ed|es|ing)?|at|was|of)\s*$", re.IGNORECASE)


def sign_of_change(text: str, mention: Mention) -> str | None:
    """The way a figure written with its sign moved (-12,000: down; +245,000: up), unless the sign is a balance's
    level's (see above)."""
    if mention.value < 0 and mention.family in ("count", "money", "measure"):
        return None if mention.family == "money" and _NEGATIVE_LEVEL_BEFORE.search(
            text, max(0, mention.start - 80), mention.start) else "down"
    return "up" if mention.family in ("count", "money") and text.startswith("+", mention.start) else None
