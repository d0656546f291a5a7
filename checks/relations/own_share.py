"""An amount that is a part: one given with its own share (海外业务收入8.1亿元，占营业收入的29.1%), one after 其中, one
with something left out. What joins an amount to its share is read here for share_vs_counts and the readers of wholes.
"""

from __future__ import annotations

import re

from checks.relations.base import Doc

# Between an amount and its share: 224人，比例为55.6%; 10.94亿元，增长9.1%，占…; $5.9 billion, or nearly half, 556 68.9%
# a dash right after the amount's words (1.6 million — nearly a quarter), not a list's bullet after a note mark
JOINED = re.compile(r"^[^。；;!?]{0,60}?(?:占|比例为|比例是|占比为?|市场份额|市占率|渗透率|或|,?\s*or|[（(])"
                    r"(?:[^。；;!?\d]|(?:19|20)\d\d年){0,30}$"
                    r"|^[^。；;!?\d\[\]]{0,30}?(?:\s[—–-]\s|—)(?:[^。；;!?\d]|(?:19|20)\d\d年){0,30}$"
                    r"|^[ \t]+$"
                    # 出货量达7550万部，同比增长5.5%；在整体市场上所占份额为22.7%: the market share's own clause
                    r"|^[^。；;!?]{0,60}?[；;]\s*在?[^。；;!?\d]{0,10}?市场[^。；;!?\d]{0,8}?份额[^。；;!?\d]{0,4}$",
                    re.IGNORECASE)


def next_but_rates(doc: Doc, claim: dict) -> dict | None:
    """The first figure after ``claim`` in its sentence that is no rate of change, walked to, not listed."""
    sentence = doc.sentence(claim)
    for following in doc.claims[int(claim["_index"]) + 1:]:
        if doc.sentence(following) != sentence or (int(following["start"]) >= int(claim["end"]) and not (
                following["kind"] in ("growth", "change") and following["unit"] in ("percent", "pp"))):
            return following if doc.sentence(following) == sentence else None
    return None


def is_a_part(doc: Doc, claim: dict) -> bool:
    """An amount given with its own share (海外业务收入8.1亿元，占营业收入的29.1%) or after 其中 is a part."""
    # its growth rates may stand between (3.71亿部，同比降14.9%，占同期…的89.5%)
    later = next_but_rates(doc, claim)
    if later is not None and later["kind"] == "share" and JOINED.match(doc.between(claim, later)):
        return True
    start = doc.sentence(claim)[0]
    clause = re.split(r"[，,；;]", doc.text[max(start, int(claim["start"]) - 60):int(claim["start"])])[-1]
    return "其中" in clause or _EXCLUDING.search(clause) is not None


# An amount of a whole with something left out (除汽车以外的消费品零售额, 不含农户, excluding autos) is a part of it.
_EXCLUDING = re.compile(r"除[^，,。；;\d]{1,12}(?:以)?外|不含|剔除|\bexcluding\b|\bex-", re.IGNORECASE)
