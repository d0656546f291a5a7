"""What the words around a figure make of it: the reading shared by every language's claim assembly."""

from __future__ import annotations

from dataclasses import dataclass

from checks.extract.mention import Mention


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


def kind_of(mention: Mention, moved: bool, to_level: bool) -> str:
    """The kind of claim a figure makes, from its unit family and whether a movement verb governs it.

    A percentage moved by a verb is a growth rate, else a share; an absolute amount moved by a verb is a change,
    else a level; a figure reached by 增长至 / rose to is a level (or share) whatever the verb.
    """
    family = mention.family
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
