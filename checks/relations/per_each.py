"""share_vs_counts for an average per member stated with both its counts: 全国共有家庭户49416万户，家庭户人口为
129281万人…平均每个家庭户的人口为2.62人 (129281 / 49416). The average names its members (家庭户) and what each
has (人口); the members' count is the figure before it counted in the members' own word (户) and named by them, the
total the figure counted as the average is (人) named by both. Both are stated before the average, within its
paragraph and the one before; the average is the one over the other, allowing for rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, like, metric_key, shown

_EACH = re.compile(r"(?:平均)?每(?:个|位|名|家)?(?P<members>[\u4e00-\u9fff]{1,6}?)的?(?P<what>[^\W\d_的]{2,4}?)"
                   r"(?:为|是|达到?)?\s*$")


def per_each(doc: Doc) -> Iterable[Relation]:
    if "每" not in doc.text:
        return
    for average in doc.claims:
        if average["unit"] in ("percent", "pp") or average["kind"] != "level":
            continue
        said = _EACH.search(doc.before(average, 20))
        if said is None:
            continue
        members, what = said.group("members"), said.group("what")
        earlier = [c for c in doc.claims[max(0, int(average["_index"]) - 12):int(average["_index"])]
                   if c["kind"] == "level" and 0 <= doc.paragraph(average) - doc.paragraph(c) <= 1]
        count = next((c for c in reversed(earlier) if str(c["text"]).endswith(members[-1])
                      and members in metric_key(c) + doc.before(c, 8)), None)
        total = next((c for c in reversed(earlier) if str(c["text"])[-1] == str(average["text"])[-1]
                      and c is not count and members in metric_key(c) + doc.before(c, 8)
                      and what in metric_key(c) + doc.before(c, 8)), None)
        if count is None or total is None or bounds(count)[0] <= 0:
            continue
        (t_low, t_high), (c_low, c_high) = bounds(total), bounds(count)
        implied = (t_low / c_high, t_high / c_low)
        stated = bounds(average)
        each = like(average, float(total["value"]) / float(count["value"]))
        arithmetic = (f"{shown(total)} over {shown(count)} is {each} each ({interval_text(implied)} allowing for "
                      f"rounding); stated {shown(average)}")
        yield Relation(doc.name, "share_vs_counts", (total, count, average), average.get("metric"), stated, implied,
                       distance(stated, implied), arithmetic)
