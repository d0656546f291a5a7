"""The quantity a Chinese rank is by, when its own clause names none and the next clause of its sentence does
(第三名为乙牌，乙牌出货量1200万台: 乙牌 is third by 出货量)."""

from __future__ import annotations

import re

from checks.extract.zh.measure import clean, is_quantity, split

# next_quantity: the clause after a rank's, up to its figure (，乙牌出货量1200万台 → 乙牌出货量)
NEXT_QUANTITY = re.compile(r"\s*(?:[^，,。；;：:\d]{0,12}?)?[，,]\s*(?P<phrase>[^，,。；;：:\d（(]{2,16}?)"
                           r"(?:为|达|达到|是)?\s*\d")
REACH = 40  # characters after a rank in which the next clause's figure is looked for


def quantity_ahead(text: str, end: int) -> str | None:
    """The quantity the clause after a rank's names before its figure, when it names one."""
    found = NEXT_QUANTITY.match(text, end, min(len(text), end + REACH))
    if found is None:
        return None
    named = split(clean(found.group("phrase")) or "").metric
    return named if named is not None and is_quantity(named) else None
