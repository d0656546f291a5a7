"""What the words around a figure make of it: the reading shared by every language's claim assembly."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checks.extract.mention import Mention
from checks.extract.records import quick_init
from checks.extract.text import Sentences, clause_start


@quick_init
@dataclass(frozen=True)
class Reading:
    """What the context says about one mention."""

    kind: str
    direction: str | None
    qualifier: str
    basis: str | None
    projected: bool
    metric: str | None
    period: str | None
    attribution: str | None
    subject: str | None = None
    segment: str | None = None
    whole: str | None = None


def kind_of(mention: Mention, moved: bool, to_level: bool) -> str:
    """The kind of claim a figure makes, from its unit family and whether a movement verb governs it.

    A percentage moved by a verb is a growth rate, else a share; an absolute amount moved by a verb is a change,
    else a level; a figure reached by 增长至 / rose to is a level (or share) whatever the verb.
    """
    family = mention.family
    if family == "ratio":
        return "ratio"
    if family == "share":  # 一半, a third: a share, unless a verb moves it (lost almost a third)
        return "growth" if moved and not to_level else "share"
    if family in ("growth", "rank", "multiple"):
        return family
    if family == "pp":
        return "change"
    if family in ("percent", "tenths"):
        return "share" if (to_level or not moved) else "growth"
    if family == "duration":
        return "change" if moved and not to_level else "duration"
    if family in ("age", "score"):
        return "level"
    return "change" if moved and not to_level else "level"


_ALTERNATIVE = re.compile(r"\s*[（(]\s*(?:约|合|折合|约合|或|about|or)?\s*")


class SentenceReader:
    """What every language's reader shares: the document's sentences, the words between a figure and what stands
    before it in its clause, and lists (分别增长5%、8%; rose 5% and 8%) whose figures share one reading."""

    REACH = 32  # how far back from a figure its verb, basis and bound are looked for
    LIST_GAP: re.Pattern[str]  # the words that may stand between two figures of one list

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = Sentences.of(text)

    def listed(self, mention: Mention, previous: tuple[Mention, Reading] | None,
               sentence_start: int) -> Reading | None:
        """The reading of the figure before, when only list words stand between the two in one sentence."""
        if previous is None or previous[0].end < sentence_start:
            return None
        if previous[0].family == mention.family and self.LIST_GAP.fullmatch(self.text, previous[0].end, mention.start):
            return replace(previous[1], qualifier=mention.qualifier)
        if previous[0].family == mention.family and _ALTERNATIVE.fullmatch(self.text, previous[0].end, mention.start):
            # 18.98亿元(2.80亿美元): one amount, two units; 36例(32.14%) is a count and its share, two claims
            return replace(previous[1], qualifier=mention.qualifier)
        return None

    def gap(self, mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int) -> str:
        """The text before a figure in its clause (at most REACH characters), not reaching back past the figure
        before it: what stands before that figure speaks of that figure."""
        gap_from = max(clause_start(self.text, sentence_start, mention.start, self.REACH),
                       mention.start - self.REACH)
        if previous is not None and previous[0].end > gap_from:
            gap_from = previous[0].end
        return self.text[gap_from:mention.start]
