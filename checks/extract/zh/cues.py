"""The words right before a Chinese figure that say what it does: a verb of movement (增长, 下降至), a growth noun
(增幅为), the basis of a rate (同比 + 33%), a bound (超过), or a gap to a rival named before it (较全省低174.19元)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.mention import Mention
from checks.extract.prefilter import gated, pair_gated
from checks.extract.records import quick_init
from checks.extract.zh.context import FILLER, GROWTH_NOUN, MOVEMENT, TO_LEVEL
from checks.extract.zh.qualifiers import BOUNDING

VERB_AT_END = pair_gated(re.compile(
    rf"(?:(?P<bound>{BOUNDING.pattern})[^，,。；;\d]{{0,6}}?)?(?:可|能|将|会|再)?\s*(?P<verb>{MOVEMENT.pattern})"
    rf"(?:了)?\s*(?P<to>{TO_LEVEL})?(?:\s*(?:人民币|美元|港元|港币|欧元)(?=\s*$))?"  # 增加至人民币45亿元
    rf"(?P<than>(?<=高出|高于|低于|超出|多出|少于)[^，,。；;\d%]{{1,10}}?(?:平均(?:水平)?)?)?"  # 全市平均: 均 no adverb
    rf"{FILLER}$"
))
GROWTH_NOUN_AT_END = gated(re.compile(
    rf"(?P<noun>{GROWTH_NOUN.pattern})(?:最高|最低|较高|较低|均值|平均|中位数|分别|均|都|也|则|仍)*{FILLER}$"))
# 环比74.10%, 营收同比12.5%: the period compared with, right before a percentage, makes it a change on that period.
BASIS_RATE_AT_END = re.compile(r"(?P<basis>同比|环比)(?:为|达|达到|是)?\s*\+?\s*$")  # 同比 + 33%: a broker's sign
# 较全省人均花费低174.19元, 比上年多3个: how far a figure is from another's (a rival's, an earlier time's) named after
# 较 or 比, said with a bare 高/低/多/少; a percentage so said may be a gap in points or a relative one, so not read
GAP_TO_NAMED = re.compile(r"(?:较|比)(?P<than>[^，,。；;\d%]{1,14}?)(?P<verb>高|低|多)(?:了|出)?\s*$")
BOUND_AT_END = gated(re.compile(rf"(?P<bound>{BOUNDING.pattern})(?:可|能|将|会)?{FILLER}$"))


@quick_init
@dataclass(frozen=True)
class Cue:
    """The words right before a figure that say what it does: a verb, a growth noun, a bound."""

    verb: str | None = None
    noun: str | None = None
    direction: str | None = None
    to_level: bool = False
    qualifier: str | None = None
    basis: str | None = None
    basis_end: int = 0  # where the basis, if any, ends in the gap
    phrase: str | None = None  # the metric phrase, when the cue stands elsewhere than the gap


_SAME_BELOW = re.compile(r"\s*[（(]\s*下同\s*[）)]\s*$")  # 同比增长(下同)27.5%: a note between the verb and its figure



def cue_before(gap: str, mention: Mention, qualifier: str) -> Cue:
    """The verb, growth noun or bound within the last few characters before the figure."""
    gap = _SAME_BELOW.sub("", gap) if "下同" in gap[-6:] else gap
    near = max(0, len(gap) - 20)
    bound_allowed = not mention.qualified_in_span and qualifier == "exact"
    verb = VERB_AT_END.search(gap, near)
    if verb is not None:
        bound = BOUNDING.resolve(verb.group("bound")) if verb.group("bound") and bound_allowed else None
        compared = verb.group("than")
        return Cue(verb=verb.group("verb"), direction=MOVEMENT.resolve(verb.group("verb")),
                   to_level=verb.group("to") is not None, qualifier=bound,
                   basis=compared.strip() if compared else None,
                   basis_end=verb.start("bound") if bound else verb.start())
    noun = GROWTH_NOUN_AT_END.search(gap, near)
    if noun is not None:
        return Cue(noun=noun.group("noun"), direction=GROWTH_NOUN.resolve(noun.group("noun")),
                   basis_end=noun.start())
    if mention.unit == "percent" and "比" in gap[near:]:
        based = BASIS_RATE_AT_END.search(gap, near)
        if based is not None:
            return Cue(noun=based.group("basis"), direction="down" if mention.value < 0 else "up",
                       basis=based.group("basis"), basis_end=based.start())
    named = GAP_TO_NAMED.search(gap, near) if mention.unit != "percent" else None
    if named is not None:
        return Cue(verb=named.group("verb"), direction="down" if named.group("verb") == "低" else "up",
                   basis=gap[named.start():named.start("verb")], basis_end=named.start())
    bound = BOUND_AT_END.search(gap, near)
    if bound is not None and bound_allowed:
        return Cue(qualifier=BOUNDING.resolve(bound.group("bound")), basis_end=bound.start())
    return Cue(basis_end=len(gap))

