"""Whose completion of a target a ratio is when its own clause names nothing: 税收收入4.50亿元，完成年初预算的47.0% is
税收收入's completion of its budget, not a completion of the budget as a whole."""

from __future__ import annotations

from checks.extract.mention import Mention
from checks.extract.reading import Reading
from checks.extract.zh.measure import Measure


def completed_of(measure: Measure, previous: tuple[Mention, Reading] | None, sentence_start: int) -> Measure:
    """``measure`` when it names something, else the amount told right before the ratio in its sentence (the figure
    ``previous``, a level), as the member whose completion it is."""
    if measure.metric is None and measure.subject is None and previous is not None \
            and previous[0].end >= sentence_start and previous[1].kind == "level":
        return Measure(None, previous[1].subject, previous[1].segment or previous[1].metric)
    return measure
