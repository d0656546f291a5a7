"""A movement told in words between two levels, with no rate: "rose to $94.1 billion from $95.4 billion", "10.1%,
down from 9.3%", 从5.2亿元增至4.8亿元, 由135亿元下降到120亿元. The word says which way the quantity went; the two
levels say which way it did. No rate is stated, so this is an order stated in words (rank_vs_values, as the issue's
table defines it), not a rate against its levels. When a rate is told with them (rose 5% to A from B; 从A增至B，增长r),
growth_vs_levels judges the three together, and this relation stays out of its way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, finite, precision, same_unit, shown

# (the bare verb after expected to, set to, forecast to: increase, grow; the participles: raising, lowering)
_UP_EN = (r"rose|risen|rises?|rising|increased|increases?|increasing|grew|grown|grows?|growing|climbed|climbs|climbing|"
          r"improved|improves|"
          r"jumped|jumps|surged|surges|soared|raising|lifting|boosting|"
          r"soars|gained|gains|widened|widens|expanded|expands|accelerated|accelerates|rebounded|rebounds|advanced|"
          r"advances|went up|moved up|edged up|ticked up|picked up|inched up|crept up|raised|lifted|boosted|upgraded|"
          r"revised up")
_DOWN_EN = (r"fell|fallen|falls?|falling|declined|declines?|declining|decreased|decreases?|decreasing|dropped|drops?|"
            r"lowering|cutting|reducing|trimming|slashing|"
            r"dropping|slipped|slips|slid|eased|eases|"
            r"shrank|shrunk|shrinks|narrowed|narrows|slowed|slows|contracted|contracts|plunged|plunges|tumbled|"
            r"tumbles|dipped|dips|slumped|slumps|sank|sinks|retreated|retreats|went down|moved down|edged down|"
            r"ticked down|inched down|crept down|edged lower|reduced|lowered|cut|slashed|trimmed|pared|downgraded|"
            r"revised down")
# rose to A from B, fell sharply to A in March from B, cut its 2017 growth outlook to A from B: the verb before "to"
# (and its object) and the later level. (estimated down to A from B, revised higher to A from B, brought the rate up
# to A from B: the adverb alone tells the way; "up to" bounds a figure, but never one that comes from another)
_VERB_TO = re.compile(rf"\b(?:(?P<up>{_UP_EN}|higher|(?<!\bto )up)|(?P<down>{_DOWN_EN}|down|lower))(?:\s+\w+ly)?"
                      # (no verb of its own in the object: lowering its fees and raising its assets to A from B)
                      rf"(?:\s+(?:its|their|the|our|his|her)(?:\s+(?!(?:{_UP_EN}|{_DOWN_EN})\b)[A-Za-z0-9'’-]+){{1,9}}?)?"
                      r"\s+to\s+"
                      r"(?:a\s+|an\s+)?$", re.IGNORECASE)
# … to A from B, … to A in March from B, … to A in the three months to the end of September from B, … to A during
# the third quarter from B, … to A from last year's B: words only (no figure) before the earlier level.
# Net debt reduced to £39.1 million (31 December 2012: £48.2 million): a results table's comparative is the earlier.
# (fell to 6.0 percent, the lowest since April, from 6.1 percent: an aside of a superlative between)
# (as against a target of 35,000 units: no earlier level)
_NOT_EARLIER = r"(?!(?:targets?|forecasts?|estimates?|expectations?|goals?|consensus|guidance|projections?)\b)"
_TO_FROM = re.compile(r"\s*(?:(?:in|during|for|over)\s+(?:[A-Za-z][\w\s,-]{0,50}?|(?:19|20)\d\d)\s*|"
                      r"(?:this|that)\s+(?:week|month|quarter|year)\s*)?"  # (fell to 7.1% this week from 6.8%)
                      r"(?:,\s*(?:the|its|a|an)\s+[a-z]+est\b[^,;.\d]{0,40}?(?:(?:19|20)\d\d)?\s*(?=,))?,?\s*"
                      # (rose to 29,574 units as compared with 14,936: the unit's word before the earlier level)
                      r"(?:(?:units|cars|vehicles|tonnes|tons|barrels|people|passengers|visitors|jobs|kg|kgs|bags|shares|"
                      r"securities|contracts|transactions|visits|tourists|trips|subscribers|customers)\s+)?"
                      r"(?:(?:from|as against|against|(?:as\s+)?compared (?:with|to))\s+(?:(?:a|an|the)\s+)?"
                      r"(?:revised\s+)?"
                      rf"(?:(?:(?<=previous )|(?<=earlier )|(?<=prior )|(?<=initial )|{_NOT_EARLIER})"
                      r"[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}?|"  # (from a previous estimate of B: its earlier level)
                      r"\((?:\d{1,2}\s+[A-Za-z]+\s+|(?:H[12]|Q[1-4]|FY)[,\s]*)?(?:19|20)\d\d(?:/\d\d)?\s*:\s*)",
                      re.IGNORECASE)
# peaked in December at B, falling to A in January: the later level told by a participle after the earlier one
_THEN_TO = re.compile(r"(?:\s+(?:in|during|at\s+the\s+end\s+of)\s+[A-Za-z][\w-]*(?:\s+(?:19|20)\d\d)?)?\s*,\s*"
                      r"(?:(?P<up>rising|climbing|increasing|growing|jumping|edging up)|falling|dropping|declining|"
                      r"easing|slowing|sliding|slipping|edging down)\s+to\s+(?:(?:a|an)\s+)?", re.IGNORECASE)
# rose from B to A: the verb right before "from" and the earlier level, then "to" and the later.
# (GDP growth up from B to A: the adverb alone; increased slightly, from B to A: a comma after the verb)
# (the company grew its revenue from B to A: the verb's object between)
_VERB_FROM = re.compile(rf"\b(?:(?P<up>{_UP_EN}|up|higher)|(?P<down>{_DOWN_EN}|down|lower))(?:\s+\w+ly)?,?"
                        r"(?:\s+(?:its|their|the|our)(?:\s+[a-z][a-z'’-]*){1,3}?)?\s+from\s+"
                        r"(?:a\s+|an\s+)?$|"
                        # a significant increase in the budget deficit from B to A: the movement's noun, its quantity
                        r"\b(?:(?P<rise>increase|rise|jump|climb|widening)|(?:decrease|decline|fall|drop|reduction|"
                        r"narrowing))\s+in\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:[–—-]\s+)?from\s+$", re.IGNORECASE)
# (from $19.9 million this year to $17.4 million next year: the earlier level's time named after it)
_FROM_TO = re.compile(r"\s+(?:(?:(?:of\s+)?[A-Za-z]+\s+)?in\s+(?:[A-Za-z][\w\s-]{0,36}?|(?:19|20)\d\d)\s+|"
                      r"(?:kg|kgs|tonnes|tons|bags)\s+|"
                      r"(?:this|last|the\s+previous|the\s+prior)\s+(?:fiscal\s+)?(?:year|month|quarter|week)\s+|"
                      r"an?\s+(?:year|month|quarter)\s+(?:earlier|ago|before)\s+)?"  # (from 32.1% a year earlier to)
                      r"to\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
# A, up from B; 4,500 firms, up from B; A in the latest quarter, down from August's B; A in the 12 months to April,
# up from B; 3% of firms surveyed, down from B; A in March 2017, a rise from B (not 79 cents per share, up from
# $674.5 million: an amount per share; A, higher than … is no move).
# (not across "and", "while", "but": another subject's clause)
# (48% of likely voters now approving of the job he is doing as president, down from 41%; 43% who say he is doing a
# "poor" job—up from 46%: words in quotes, a dash before the move; 28.8 per cent - down from 30.2: a spaced hyphen)
_UP_DOWN_FROM = re.compile(r"(?:\s+(?!per\b|each\b|an?\s+(?:share|ADS)\b|and\b|while\b|but\b|whereas\b)"
                           r"(?:[“\"]?[a-z](?:[a-z'’-]|\.(?=[a-z]))*\.?[”\"]?|U\.[SK]\.)){0,14}?"
                           r"(?:\s+(?:in|for|during|at)\s+[^,;.\d]{0,30}?(?:\d{1,2}\s+(?:months|weeks|quarters)\s+"
                           r"to\s+[A-Z][a-z]+)?(?:\s*(?:19|20)\d\d)?)?\s*(?:[,—–]|\s-)?\s*"  # (in 2023: a bare year)
                           # (up 17.9 percent, but the rate of growth decelerated from 15.4 percent: a rate's pace)
                           r"(?:but\s+(?:the\s+)?(?:rate|pace)\s+of\s+(?:growth|increase)\s+)?"
                           r"(?:(?:(?P<up>up|higher|accelerat(?:ed|ing)|quicken(?:ed|ing))|(?P<down>down|lower|"
                           r"slow(?:ed|ing)|decelerat(?:ed|ing)|moderat(?:ed|ing)))\s+(?:sharply\s+|slightly\s+)?"
                           r"|(?:a|an|the)\s+(?:[a-z]+\s+)?(?:(?P<rise>rise|increase|jump|gain|climb)"
                           r"|(?P<fall>fall|drop|decline|decrease|dip))\s+)from\s+"
                           r"(?:(?:a|an|the)\s+)?(?:revised\s+)?(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}?", re.IGNORECASE)
# 从A增至B, 由A下降到B, 从A提高到了B: the verb between the two levels, the earlier first. Each level may carry its
# time (从2011年的19.8%降至2012年的12.6%; 由6月的55个增至64个; 从9月的45.2%，上升至10月的50.9%).
_ZH_TIME_OF = (r"[^，,。；;！？\n\d]{0,6}?(?:(?:19|20)\d\d\s*|\d{1,2}\s*)?(?:年|月|届|季度|日|周)?"
               r"(?:[末底初前后]|时|份)?(?:同期)?的")
_ZH_BETWEEN = re.compile(r"[，,]?(?:[^\d，,。；;！？\n]{0,4}?)"
                         r"(?:(?P<up>增加|增长|提高|提升|上升|上涨|攀升|扩大|增|升|涨)|"
                         r"(?P<down>减少|下降|降低|回落|下滑|下跌|缩小|收窄|降|减|跌))了?(?:至|到|为)了?"
                         rf"\s*(?:{_ZH_TIME_OF})?\s*")
_ZH_FROM = re.compile(rf"(?:从|由(?!于))(?:[^\d，,。；;！？\n]{{0,8}}|{_ZH_TIME_OF})\s*$")
# 下半年降至4.4%，在今年一季度进一步下滑至0.9%: the next clause names only a later time and moves the same
# quantity to a new level (no noun of its own: 营收增长5%，净利润降至… is another quantity's).
_ZH_THEN = re.compile(
    r"\s*[，,]\s*(?:在|到)?\s*(?:(?:19|20)\d\d年|今年|去年|上年|当年|本年|次年|明年)?"
    r"(?:前三季度|上半年|下半年|全年|年末|年底|年初|第?[一二三四1-4]季度|[一二三四五六七八九十\d]{1,3}月(?:份|末|底)?)?"
    r"(?:以来|后|末|底)?\s*(?:则|又|再|更|进一步|继续|再度|已|已经|大幅|小幅|略有|略|明显|持续|逐步|逐渐)*"
    r"(?:(?P<up>增加|增长|提高|提升|上升|上涨|攀升|扩大|回升|增|升|涨)|"
    r"(?P<down>减少|下降|降低|回落|下滑|下跌|缩小|收窄|放缓|降|减|跌))了?(?:至|到)了?\s*")
_RATES = ("growth", "change", "multiple")
# Levels that can move: not ranks (第5位 to 第8位 is a fall, and its number rises) nor durations.
_LEVELS = ("level", "share", "ratio")
# and rates told as levels (inflation rose to 3.2% from 3.0%; 增速从5%回落至4%): the later rate against the earlier
_MOVING = (*_LEVELS, "growth")


def direction_vs_levels(doc: Doc) -> Iterable[Relation]:
    """Two neighbouring levels joined by a movement in words: the later must lie above the earlier when it is said
    to have gone up, below when down, allowing for rounding."""
    claims = doc.claims
    for index in range(len(claims) - 1):
        first, second = claims[index], claims[index + 1]
        if not doc.same_sentence(first, second) or not same_unit(first, second) or _things_differ(doc, first, second):
            continue
        series = _series(doc, first, second)
        if series is None and (_kind_of(first) != _kind_of(second) or first["kind"] not in (*_MOVING, "duration")):
            continue  # (a duration moves only from one to the other in words: increased from 11.8 months to 11.1)
        told = series if series is not None else _told(doc, first, second)
        if told is None:
            continue
        earlier, later, up = told
        if first["kind"] == "duration" and not _FROM_TO.fullmatch(doc.between(first, second)):
            continue
        if float(earlier["value"]) < 0 or float(later["value"]) < 0:
            continue
        if series is None and first["kind"] in _LEVELS and _rate_beside(doc, index):
            continue  # a rate told with the levels is judged with them by growth_vs_levels
        yield judge_move(doc, earlier, later, up, told_between=series is None)


# The thing a count counts, named right after it: 850 towns, 9 circles
_COUNTED_NOUN = re.compile(r"\s+([a-z]{3,})\b")


def _things_differ(doc: Doc, first: dict, second: dict) -> bool:
    """Two counts of different things (850 towns across 9 circles, up from 800 towns across 9 circles): no movement
    of one quantity. Each thing must be named after another count of the sentence too, so that a word after a count
    that is no thing (2,376,163 recorded; 344.4 million shipped) is not read as one."""
    if first["unit"] != "count":
        return False
    things = [_thing(doc, claim) for claim in (first, second)]
    if None in things or things[0] == things[1]:
        return False
    others = {_thing(doc, claim) for claim in doc.near(first, 12)  # (near: no sentence of a thousand counts read
              if claim is not first and claim is not second and doc.same_sentence(claim, first)}  # per pair)
    return things[0] in others and things[1] in others


def _thing(doc: Doc, claim: dict) -> str | None:
    noun = _COUNTED_NOUN.match(doc.after(claim, 16))
    return None if noun is None or noun.group(1) in _NO_THING else noun.group(1).rstrip("s")


# Words after a count that name no thing counted: its time, a comparison, a verb (500 last year, 450 in the quarter)
_NO_THING = {"last", "this", "that", "the", "and", "for", "with", "from", "over", "year", "years", "month", "months",
             "week", "weeks", "day", "days", "quarter", "quarters", "previous", "prior", "earlier", "before", "during",
             "since", "while", "which", "compared", "against", "according", "billion", "million", "thousand",
             "percent", "per", "more", "than", "were", "was", "are", "had", "have", "has", "one", "ago", "people"}


def _kind_of(claim: dict) -> str:
    """A claim's kind, a level of a rate (a share, a ratio: occupancy was 49.4 percent, up on the previous week's
    48.2 percent) as one."""
    return "level" if claim["kind"] in _LEVELS else str(claim["kind"])


def linked_moves(doc: Doc) -> Iterable[Relation]:
    """A level and the earlier level extraction linked it to (its base_value) with a figure between them: "$1.71
    billion, or $5.36 per share, up from $1.87 billion"; "climbed to $6.56 billion, or 78 cents a share, from $6.88
    billion". Neighbours are read by direction_vs_levels."""
    claims = doc.claims
    for index, later in enumerate(claims[:-2]):
        base_value = later.get("base_value")
        if later["kind"] not in _LEVELS or base_value is None or finite(float(base_value)) is None:
            continue  # (NaN: no base)
        earlier = next((c for c in claims[index + 2:index + 4] if doc.same_sentence(c, later)
                        and same_unit(c, later) and float(c["value"]) == float(base_value)), None)
        if earlier is None or float(later["value"]) < 0 or float(earlier["value"]) < 0 or _rate_beside(doc, index):
            continue
        said = _UP_DOWN_BEFORE.search(doc.before(earlier, 60))
        verb = _VERB_TO.search(doc.before(later, 40)) if said is None else None
        if said is None and (verb is None or not re.fullmatch(r"[^\d]*,?\s*from\s+", doc.text[
                int(claims[int(earlier["_index"]) - 1]["end"]):int(earlier["start"])])):
            continue
        yield judge_move(doc, earlier, later, (said or verb).group("up") is not None)


# … up from B, … down from B, … up compared to the previous week's B: the words right before the earlier level.
_UP_DOWN_BEFORE = re.compile(r"(?:(?P<up>\bup|\bhigher)|\b(?:down|lower))\s+(?:sharply\s+|slightly\s+)?"
                             r"(?:from|compared\s+(?:to|with))\s+"
                             r"(?:(?:a|an|the)\s+)?(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}?$", re.IGNORECASE)


def judge_move(doc: Doc, earlier: dict, later: dict, up: bool, told_between: bool = False) -> Relation:
    """The later level against the earlier, said to be above it (``up``) or below it, allowing for rounding."""
    low, high = (earlier, later) if up else (later, earlier)
    (low_bounds, high_bounds) = _as_precise(low, high)
    gap = max(0.0, low_bounds[0] - high_bounds[1])
    if gap < 1e-9 and (earlier["kind"] in _LEVELS or told_between) and float(low["value"]) > float(high["value"]) \
            and low_bounds[0] >= high_bounds[1] - 1e-9:
        # down to 4.9% from 4.8%: rounded intervals that only touch, the wrong way round; rounding half up, the
        # later level cannot lie below the earlier, so the one last place is the gap (not for two rates of a
        # series, whose readings as one quantity are less sure; a rate "lifted to 1.7% from 1.8%" is one)
        gap = float(low["value"]) - float(high["value"])
    said = f"{shown(later)} is said to be {'up' if up else 'down'} from {shown(earlier)}"
    arithmetic = f"{said}, but it is {'lower' if up else 'higher'}" if gap else f"{said}, as it is"
    return Relation(doc.name, "rank_vs_values", (earlier, later), later.get("metric"), bounds(later),
                    bounds(earlier), gap, arithmetic)


_WRITTEN_PERCENT = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _as_precise(a: dict, b: dict) -> tuple[tuple[float, float], tuple[float, float]]:
    """The bounds of two rates of one movement, a whole percent read to the other's places: "fell to 4.9% from 5%"
    drops the 5.0's last zero, as writers do, so 5% is no rounded 4.5 to 5.5 beside 4.9%."""
    bounds_a, bounds_b = bounds(a), bounds(b)
    if not all(_WRITTEN_PERCENT.search(str(c["text"])) for c in (a, b)) \
            or "exact" not in (a.get("qualifier"), b.get("qualifier")) or a.get("qualifier") != b.get("qualifier"):
        return bounds_a, bounds_b
    half_a, half_b = precision(a), precision(b)  # half a step of the last digit written: 0.5 for a whole percent
    finer = min(half_a, half_b)
    if max(half_a, half_b) != 0.5 or finer == 0.5:
        return bounds_a, bounds_b
    if half_a == 0.5:
        bounds_a = (float(a["value"]) - finer, float(a["value"]) + finer)
    else:
        bounds_b = (float(b["value"]) - finer, float(b["value"]) + finer)
    return bounds_a, bounds_b


def _series(doc: Doc, first: dict, second: dict) -> tuple[dict, dict, bool] | None:
    """(earlier, later, up) when the clause after a figure takes the same quantity to a new level at a later time
    (下半年降至4.4%，一季度进一步下滑至0.9%): levels, or rates of growth told as levels of a series (a rate's
    fall is not told so: 下降5%，二季度降至3% is ambiguous, so the earlier must be a rise)."""
    if first["kind"] == "growth":
        if first.get("direction") != "up" or second["kind"] not in _MOVING:
            return None  # 增长5.3%，二季度回落至4.7%: the later rate may be read as a share, its level told
    elif first["kind"] not in _LEVELS or second["kind"] != first["kind"]:
        return None
    moved = _ZH_THEN.fullmatch(doc.between(first, second))
    return (first, second, moved.group("up") is not None) if moved is not None else None


def _told(doc: Doc, first: dict, second: dict) -> tuple[dict, dict, bool] | None:
    """(earlier level, later level, whether said to go up) when the text between and before the two tells a
    movement from one to the other."""
    between = doc.between(first, second)
    if len(between) > 100:  # a clause between: "31% of home shopping sales, up from"
        return None
    # (six in 10 (59.6 percent) will invest …, a sharp increase from: the later level in brackets)
    moved = _UP_DOWN_FROM.fullmatch(between, 1 if between[:1] in ")）" else 0)
    if moved is not None:
        return second, first, moved.group("up") is not None or moved.group("rise") is not None
    said = _UP_DOWN_BEFORE.search(between) if _linked(first, second) and not _ANOTHER_CLAUSE.search(between) \
        else None
    if said is not None:  # $1.02 per share in the latest quarter, up from 85 cents: extraction linked the two
        return second, first, said.group("up") is not None
    if _TO_FROM.fullmatch(between):
        verb = _VERB_TO.search(doc.before(first, _VERB_REACH)) or _verb_carried(doc, first) \
            or _ADVERB_AT.search(doc.before(first, 20))
        return (second, first, verb.group("up") is not None) if verb is not None else None
    if _FROM_TO.fullmatch(between):
        verb = _VERB_FROM.search(doc.before(first, _VERB_REACH))
        return (first, second, verb.group("up") is not None or verb.group("rise") is not None) \
            if verb is not None else None
    if (then := _THEN_TO.fullmatch(between)) is not None:
        return first, second, then.group("up") is not None
    moved = _ZH_BETWEEN.fullmatch(between)
    if moved is not None and _ZH_FROM.search(doc.before(first, 10)):
        return first, second, moved.group("up") is not None
    return None


# (net NPAs were lower at A compared to B: the adverb and "at" before the later level)
_ADVERB_AT = re.compile(r"\b(?:(?P<up>higher|up)|lower|down)\s+at\s+$", re.IGNORECASE)
# raised its inflation estimate for 2022 to: the characters before a later level that hold its verb and its object
_VERB_REACH = 100
# raised its estimate for 2022 to 7.8% from 6.4% and for 2023 to 3% from 2.5%; lowered its 2022 forecast to 3% from
# 3.1% and its 2023 forecast to 3% from 3.2%: the second pair's verb is the first's, left out.
_AND_TO = re.compile(r"(?:\s*,)?\s*and\s+(?:(?:for|its|their|the|in)\s+)?(?:[\w-]+\s+){0,3}?to\s+", re.IGNORECASE)
_MOVED = re.compile(rf"\b(?:{_UP_EN}|{_DOWN_EN})\b", re.IGNORECASE)  # (and raised for 2023 to: a verb of its own)


def _verb_carried(doc: Doc, later: dict) -> re.Match[str] | None:
    """The verb of the pair "to A from B" right before ``later``'s pair in its sentence, when the two pairs are
    joined by "and" with the verb left out of the second."""
    index = int(later["_index"])
    if index < 2:
        return None
    before_later, before_earlier = doc.claims[index - 2], doc.claims[index - 1]
    joined = doc.between(before_earlier, later)
    if not doc.same_sentence(before_later, later) or not same_unit(before_later, later) or len(joined) > 60 \
            or not _AND_TO.fullmatch(joined) or _MOVED.search(joined) \
            or not _TO_FROM.fullmatch(doc.between(before_later, before_earlier)):
        return None
    return _VERB_TO.search(doc.before(before_later, _VERB_REACH))


# A clause of another subject between two figures (23 now, while indies went up from 36): not one quantity's move.
_ANOTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|as)\b|[;；]", re.IGNORECASE)


def _linked(later: dict, earlier: dict) -> bool:
    """Whether extraction read ``earlier`` as the level ``later`` is measured against (its base_value)."""
    base_value = later.get("base_value")
    return base_value is not None and finite(float(base_value)) is not None \
        and float(base_value) == float(earlier["value"])


def _rate_beside(doc: Doc, index: int) -> bool:
    """Whether a rate of the pair's quantity stands next to it in its sentence (rose 5% to A from B; 从A增至B，增长r);
    not a rate that names another quantity (失业率从5.3%回落到5.6%，PPI降幅由3.0%…: PPI降幅's)."""
    claims = doc.claims
    pair = claims[index]
    for neighbour in (index - 1, index + 2):
        if 0 <= neighbour < len(claims) and claims[neighbour]["kind"] in _RATES \
                and doc.same_sentence(claims[neighbour], pair) and not _names_another(claims[neighbour], pair) \
                and not (neighbour > index and (_SUMMED.search(doc.before(claims[neighbour], 30))
                                                or _ANOTHER_TURN.search(doc.between(claims[index + 1],
                                                                                    claims[neighbour])))) \
                and not (neighbour < index and _MOVED.search(doc.between(claims[neighbour], pair))):
            # (Sales increased by 1.1 per cent, with share falling to 2.0 per cent: the pair's own verb between)
            return True
    return False


# (increased to A in June from B in May but was down 6.1% from a year ago: a rate of another comparison)
_ANOTHER_TURN = re.compile(r"\b(?:but|while|whereas)\b", re.IGNORECASE)
# (July increased from 159,000 to 166,000, for a total net gain of 45,000: the sum of more moves than this one)
_SUMMED = re.compile(r"\b(?:total|combined)\b[^,;.\d]*$|(?:合计|共计|累计)[^，,；;。\d]*$", re.IGNORECASE)


def _names_another(rate: dict, level: dict) -> bool:
    """Whether a rate's metric is a name of its own that the level's does not share (PPI降幅 beside 失业率)."""
    named, own = str(rate.get("metric") or ""), str(level.get("metric") or "")
    return len(named) >= 2 and len(own) >= 2 and named not in own and own not in named and named[:2] != own[:2]
