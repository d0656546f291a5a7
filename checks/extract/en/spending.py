"""Money said to be spent: "Hong Kong visitors spent a total of US$2.885 billion" (the spending of a member), "they
plan to spend $79.42 on candy and food, $34.18 on decorations" (spending on each item). The verb read as the name of
the quantity (spend, visitors spent) names spending; what it is spent on, told after the figure, is its member."""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.nounphrase import pronoun

# spend; plan to spend; will spend; are expected to spend
_SPEND = re.compile(r"(?:(?:plans?|planned|expects?|expected|intends?|will|would|are|is|to|also|likely)\s+)*"
                    r"(?:spend|spent|spending)", re.IGNORECASE)
# Hong Kong visitors spent: who spent
_WHO_SPENT = re.compile(r"(?P<who>.+?)\s+(?:(?:plans?\s+to|will|would|also)\s+)?(?:spent|spend|spends)")
_SPENT_END = re.compile(r"(?P<who>.+?)\s+(?:spent|spend|spends)")
# … on greeting cards and postage, $14.06 on flowers: what it is spent on, up to the next amount or the clause's end
_ON = re.compile(r"\s+on\s+(?P<what>(?!(?:average|the\s+average|a\s+)\b)[a-z][\w'’-]*(?:\s+(?!and\s+\$)[a-z][\w'’-]*)"
                 r"{0,4}?)(?=\s*(?:[,.;]|$|and\s+(?:US)?\$|\s+(?:this|last|in|during|per|each|over)\b))")


_CURRENCY = re.compile(r"[A-Z]{3}")  # the unit of an amount of money: USD, GBP


def spending(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The money claims whose name is a verb of spending (see the module) named as spending, of the member who
    spent or on the item spent on; a figure named nothing in a list of items spent on is spending too."""
    read = list(claims)
    for index, claim in enumerate(read):
        if claim.kind != "level" or not _CURRENCY.fullmatch(claim.unit or ""):
            continue
        metric = claim.metric or ""
        if (split := _SPENT_END.fullmatch(claim.segment or "")) is not None and metric:
            # visitors from Ruritania spent: read as visitors, of Ruritania spent; the spending of those visitors
            who = f"{metric} from {split.group('who')}"
            found = text.lower().find(who.lower(), *spans[index])
            read[index] = claim.replaced(metric="spending", segment=text[found:found + len(who)] if found >= 0
                                         else split.group("who"))
            continue
        listed = not metric and index and spans[index - 1] == spans[index] \
            and (read[index - 1].metric or "").startswith("spending on ")
        if not (_SPEND.fullmatch(metric) or listed or _WHO_SPENT.fullmatch(metric)):
            continue
        on = _ON.match(text, claim.end, spans[index][1])
        who = _WHO_SPENT.fullmatch(metric)
        if on is not None:
            read[index] = claim.replaced(metric=f"spending on {on.group('what')}")
        elif who is not None and not pronoun(who.group("who")) and not _SPEND.fullmatch(metric):
            read[index] = claim.replaced(metric="spending", segment=claim.segment or who.group("who"))
        elif _SPEND.fullmatch(metric):
            read[index] = claim.replaced(metric="spending")
    return read
