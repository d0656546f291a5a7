"""share_vs_counts for an amount and its share of a whole the share names, the whole's figure stated before: 港股市场
IPO募资总额为178亿港元 … 前十大IPO共募集资金130.95亿港元，占全部IPO募资总额的73.66% (130.95 / 178 = 73.6%).

The share names its whole (the claims table's ``whole``: 全部IPO募资总额); the whole's figure is the nearest level
before the part, of the part's unit, whose metric ends with that name less the words that say "all of it" (全部,
全, 总): IPO募资总额 for 港股市场IPO募资总额. The part is the level right before the share in its sentence. A whole
of another stated period, or a name of two characters or fewer (总额, 收入: any amount's name), and there is no
relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, plain
from checks.relations.periods import periods_conflict
from checks.relations.share_math import share_relation

_ALL = re.compile(r"^(?:全部|全体|所有|整个|总体|整体|全)")
# The words between the part and its share: ，占全部IPO募资总额的 (73.66%); ，占全市的比重为
_OF = r"\s*[，,]?\s*(?:约)?占(?:到|了)?"
_AFTER = r"(?:的)?(?:比重|比例)?(?:为|达|约)?\s*"
_REACH = 40  # claims before the part where the whole is looked for


def shares_of_a_named_whole(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, share in enumerate(claims[1:], start=1):
        whole_name = _ALL.sub("", str(share.get("whole") or "")).strip()
        if share["kind"] != "share" or share["unit"] != "percent" or len(whole_name) <= 2:
            continue
        part = claims[index - 1]
        if part["kind"] != "level" or part["unit"] in ("percent", "pp") or not doc.same_sentence(part, share):
            continue
        named = doc.text[int(part["end"]):int(share["start"])]
        if not re.fullmatch(_OF + re.escape(str(share["whole"])) + _AFTER, named):
            continue
        whole = _whole(doc, claims[max(0, index - 1 - _REACH):index - 1], part, whole_name)
        if whole is not None:
            yield share_relation(doc, share, part, [whole], f"the {whole_name} stated before")


# The share's clause naming its part and its whole: ，税收收入占县级一般公共预算收入的 (57.7%)
_NAMES_BOTH = re.compile(r"[，,；;]\s*(?P<part>[\u4e00-\u9fff]{2,12}?)占(?P<whole>[\u4e00-\u9fff]{3,20}?)的?"
                         r"(?:比重|比例)?(?:为|达)?\s*$")


def shares_of_a_named_part(doc: Doc) -> Iterable[Relation]:
    """税收收入占县级一般公共预算收入的57.7% … 税收收入18319万元 (31751万元 of the whole stated before): a share whose
    clause names both its part and its whole, each the metric of one level of the document near it (the part's
    exactly, the whole's as its name ends), of one unit and no other time than the share's."""
    claims = doc.claims
    for index, share in enumerate(claims):
        if share["kind"] != "share" or share["unit"] != "percent":
            continue
        said = _NAMES_BOTH.search(doc.before(share, 40))
        if said is None or len(whole_name := _ALL.sub("", said.group("whole"))) <= 2:
            continue
        near = [c for c in claims[max(0, index - _REACH):index + _REACH] if c["kind"] == "level"
                and c["unit"] not in ("percent", "pp") and not periods_conflict(doc.period(c), doc.period(share))]
        parts = [c for c in near if plain(c.get("metric")) == plain(said.group("part"))]
        wholes = [c for c in near if str(c.get("metric") or "").endswith(whole_name) and int(c["start"]) < int(
            share["start"])]
        if len(parts) == 1 and wholes and parts[0]["unit"] == wholes[-1]["unit"] \
                and len({float(c["value"]) for c in wholes}) == 1:
            yield share_relation(doc, share, parts[0], [wholes[-1]], f"the {whole_name} stated before")


def _whole(doc: Doc, before: list[dict], part: dict, name: str) -> dict | None:
    """The one figure of the whole's name before the part, of its unit and time; none when two differ (营业收入 of the
    year and of the half year, the part's time unsaid)."""
    named = [c for c in before if c["kind"] == "level" and c["unit"] == part["unit"] and c is not part
             and str(c.get("metric") or "").endswith(name)
             and not periods_conflict(doc.period(c), doc.period(part))]
    return named[-1] if named and len({float(c["value"]) for c in named}) == 1 else None
