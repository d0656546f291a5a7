"""A gap told as an amount and again as a rate, set off by commas before "more than" or "less than": "That is $12.3
million, or 5.5%, less than forecast" (the $12.3 million is how much less, a change; the 5.5% the same gap as a
rate, a growth of the quantity the amount is of). Without the commas the movement after the pair is read with each
figure (see en/movement.py's MOVED_AFTER); with them the amount alone reads as a level compared with a rival
("a surplus of $41.2 billion, higher than the expected $30 billion"), which it stays when no rate stands between."""

from __future__ import annotations

import re

from checks.extract.claim import Claim

_OR = re.compile(r",\s*or\s+")
_THAN = re.compile(r",\s*(?:(?P<up>more|higher|greater)|less|lower|fewer)\s+than\b", re.IGNORECASE)


def gaps_or_rates(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, each amount-and-rate gap (see the module) read as a change and its growth."""
    read = list(claims)
    for index in range(1, len(read)):
        amount, rate = read[index - 1], read[index]
        if amount.unit == "percent" or rate.unit != "percent" or amount.kind not in ("level", "change") \
                or not _OR.fullmatch(text, amount.end, rate.start):
            continue
        than = _THAN.match(text, rate.end)
        if than is None:
            continue
        direction = "up" if than.group("up") else "down"
        level = _level_before(read, index - 1, text)
        named = amount if amount.metric or level is None else level
        # (the level before is where the gap ends: what the two moved to, against the estimate or the year before)
        reached = amount.level_after if amount.level_after is not None else level.value if level else None
        read[index - 1] = amount.replaced(kind="change", direction=direction, metric=named.metric,
                                          subject=amount.subject or named.subject,
                                          segment=amount.segment or named.segment, level_after=reached)
        read[index] = rate.replaced(kind="growth", direction=direction, metric=rate.metric or named.metric,
                                    subject=rate.subject or named.subject, segment=rate.segment or named.segment,
                                    level_after=rate.level_after if rate.level_after is not None else reached)
    return read


_REACH = 200  # characters back to the level whose gap an unnamed amount tells (its sentence, or the one before)
_STOP = re.compile(r"[.;!?]\s+\S[^.;!?]*[.;!?]\s")  # two sentence ends between: too far


def _level_before(read: list[Claim], at: int, text: str) -> Claim | None:
    """The level right before the amount at ``at``, of its unit and named ($10.1 billion, which is $320.6 million,
    or 3.3%, more than anticipated: the gap of the $10.1 billion's quantity, ending at it)."""
    if at == 0:
        return None
    level, amount = read[at - 1], read[at]
    if level.kind != "level" or not level.metric or level.unit != amount.unit or amount.start - level.end > _REACH \
            or _STOP.search(text, level.end, amount.start):
        return None
    return level
