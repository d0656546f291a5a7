"""The market a seller's share is of (出货量1650万台，市场份额为21.1%): for share_vs_counts, the whole of a share said
as a market share, found before the seller's amount or, named as the whole market's, after it."""

from __future__ import annotations

import re

from checks.relations.base import Doc, bounds, metric_key
from checks.relations.own_share import is_a_part
from checks.relations.periods import periods_conflict
from checks.relations.statements import A_YEAR_BEFORE

# (在整体市场上所占份额为22.7%: the market's share, its words apart)
MARKET = re.compile(r"(?:市场(?:上)?(?:所占|的)?份额|市占率|渗透率)[^，,。；;\d]{0,4}$")


def market_of(doc: Doc, share: dict, part: dict) -> dict | None:
    """The market a share of it is of (出货量1650万台，市场份额为21.1%; 新能源车…至1015.1万辆，渗透率52.7%): the nearest
    amount before the part of the same unit (万部 and 万台 are both counts of the quantity), larger, itself no part
    (no share of its own in its sentence, as 三星出货量8082万部，位居第一，市场份额为22%; no member), of no other time,
    and of the part's quantity (names that end alike: 智能手机出货量, 小米出货量) or, for 渗透率, in the part's
    sentence (乘用车…至1925.0万辆，新能源车…至1015.1万辆)."""
    key = metric_key(part)
    for claim in reversed([c for c in doc.near(part, 40) if int(c["end"]) <= int(part["start"])]):
        if claim["kind"] != "level" or claim["unit"] != part["unit"] or claim.get("segment") or \
                bounds(claim)[0] <= bounds(part)[1] or is_a_part(doc, claim) or _a_sellers(doc, claim) or \
                A_YEAR_BEFORE.search(doc.before(claim, 12)) or \
                periods_conflict(doc.period(claim), doc.period(part)) or any(  # a few figures on: a run-on text
                    c["kind"] == "share" and c is not share and int(c["start"]) > int(claim["end"])
                    and doc.same_sentence(c, claim) for c in doc.near(claim, 8)):
            continue
        name = metric_key(claim)
        if ("渗透率" in doc.before(share, 8) and doc.same_sentence(claim, part)) or \
                (len(key) >= 2 and len(name) >= 2 and (name.endswith(key[-3:]) or key.endswith(name[-3:]))):
            return claim
    return _market_after(doc, share, part, key)


def _a_sellers(doc: Doc, claim: dict) -> bool:
    """Whether an amount is a seller's, its market share told in the clause after it (三星出货量7550万部，同比增长
    5.5%；在整体市场上所占份额为22.7%): no market."""
    index = int(claim["_index"])
    for following in doc.claims[index + 1:index + 5]:
        if doc.paragraph(following) != doc.paragraph(claim) or (
                following["kind"] == "level" and not A_YEAR_BEFORE.search(doc.before(following, 12))):
            return False  # (its own year-ago level between: 与去年同期的5420万部相比)
        if following["kind"] == "share" and MARKET.search(doc.before(following, 8)):
            return True
    return False


# A market's total named as the whole market's: 全球智能手机出货量, 中国手机出货量.
_WHOLE_MARKET = re.compile(r"^(?:全球|全国|中国|国内|我国|世界|global|worldwide)")


def _market_after(doc: Doc, share: dict, part: dict, key: str) -> dict | None:
    """A market stated after its sellers' shares (…市场份额为20.9%。…全球智能手机出货量为3.42亿部): the first
    amount after, within three paragraphs, of the part's unit and quantity, named as the whole market's, larger,
    with no share of its own in its sentence, of no other time."""
    for claim in [c for c in doc.near(part, 40) if int(c["start"]) > int(share["end"])]:
        if doc.paragraph(claim) - doc.paragraph(share) > 3:
            return None
        name = metric_key(claim)
        if claim["kind"] == "level" and claim["unit"] == part["unit"] and not claim.get("segment") \
                and len(key) >= 2 and name.endswith(key[-3:]) and _WHOLE_MARKET.match(name) \
                and bounds(claim)[0] > bounds(part)[1] and not periods_conflict(doc.period(claim), doc.period(part)) \
                and not any(c["kind"] == "share" and doc.same_sentence(c, claim) for c in doc.near(claim, 8)):
            return claim
    return None
