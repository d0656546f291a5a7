"""share_vs_counts for shares told in order after their parts: 审结行政一审案件4.0万件，行政二审案件2.4万件，分别占行政
案件总数的34.10%、20.20%; 出货量分别为3330万台和3320万台，市场份额分别为10.1%和10.0%. Each part over its share is
the one whole they are shares of, so the wholes the parts imply agree, allowing for the rounding of both figures."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, like, shown

# What opens a list of shares after a list of parts: 分别占…的, 份额分别为, 占比分别为
_SHARES_OPEN = re.compile(r"(?:分别占[^，,。；;\d%]{0,24}?|(?:份额|占比|比重)[^，,。；;\d%]{0,6}?分别(?:为|是|达))\s*$")
# (占本地区移动电话用户总数的比重分别为41%、38.5%: each part's share of its own whole, not of one)
_OWN_WHOLE = re.compile(r"本(?:地区|省|市|区|县|行业|企业|公司)|各自|自身")
_NEXT_SHARE = re.compile(r"\s*(?:、|和|及|与|，|,)\s*")  # between the shares of one list


def listed_shares(doc: Doc) -> Iterable[Relation]:
    claims = doc.claims
    for index, first in enumerate(claims):
        said = doc.before(first, 40) if first["kind"] == "share" and first["unit"] == "percent" else ""
        if not _SHARES_OPEN.search(said) or _OWN_WHOLE.search(said) or _TWO_WHOLES.search(said):
            continue
        shares = [first]
        while index + len(shares) < len(claims):
            following = claims[index + len(shares)]
            if following["kind"] != "share" or following["unit"] != "percent" \
                    or not _NEXT_SHARE.fullmatch(doc.between(shares[-1], following)):
                break
            shares.append(following)
        parts = claims[index - len(shares):index] if index >= len(shares) >= 2 else []
        if not parts or len({(part["unit"], _counted_word(part)) for part in parts}) != 1 or any(
                part["kind"] != "level" or part["unit"] in ("percent", "pp") or not doc.same_sentence(part, first)
                for part in parts) or not _one_whole(doc, claims, index - len(shares), parts, first):
            continue  # (the parts are the figures right before, as many as the shares, of one unit, in the sentence)
        wholes = [_implied(part, share) for part, share in zip(parts, shares, strict=True)]
        if any(whole is None for whole in wholes):
            continue
        for at in range(len(parts) - 1):
            yield _relation(doc, (parts[at], shares[at], parts[at + 1], shares[at + 1]), wholes[at], wholes[at + 1])


# Two times listed before the parts (去年和今年一季度的出货量分别为…; 2022年和2023年): each part is of its own year,
# each share of its own year's whole
_TIMES = r"(?:(?:19|20)\d\d年?|去年|今年|上年|本年|上半年|下半年|[一二三四]季度)"
_TWO_TIMES = re.compile(rf"{_TIMES}[^，,。；;\d]{{0,6}}?(?:和|与|、|及){_TIMES}")
# Two wholes named (分别占全省进口总额和出口总额的20%和15%): each share of its own
_TWO_WHOLES = re.compile(r"分别占[^，,。；;\d%]*?(?:和|与|、|及)[^，,。；;\d%]*?的?\s*$")


def _counted_word(part: dict) -> str:
    """The word a count is written with (1.63亿部: 部; 218款: 款): counts in two words are of two things."""
    return _SCALED_FIGURE.sub("", str(part["text"])).strip() if part["unit"] == "count" else ""


_SCALED_FIGURE = re.compile(r"^[^\d]*[\d.,]+\s*[万亿千百]*")


def _one_whole(doc: Doc, claims: list[dict], first_part: int, parts: list[dict], first_share: dict) -> bool:
    """Whether the parts and shares can be of one whole: no third part listed before them (国有企业30家，民营企业84家，
    外资企业6家，国有和民营企业分别占…: the shares are not of the last two), no two times named, and no
    其中 between them (常住人口分别为…，其中城镇人口占比分别为: each a share of its own part)."""
    start = doc.sentence(first_share)[0]
    earlier = claims[first_part - 1] if first_part > 0 else None
    if earlier is not None and doc.same_sentence(earlier, parts[0]) and earlier["unit"] == parts[0]["unit"] \
            and earlier["kind"] == "level":
        return False
    opens = int(parts[0]["start"])
    return "其中" not in doc.between(parts[-1], first_share) \
        and not _TWO_TIMES.search(doc.text, max(start, opens - 60), opens) \
        and len({part.get("period") for part in parts}) == 1


def _implied(part: dict, share: dict) -> tuple[float, float] | None:
    """The whole a part at a share implies, every rounding of the two allowed."""
    (low, high), (share_low, share_high) = bounds(part), bounds(share)
    if share_low <= 0 or low < 0:
        return None
    return low / (share_high / 100), high / (share_low / 100)


def _rounded(value: float) -> float:
    return float(f"{value:.4g}")  # (a whole implied is shown to four figures)


def _relation(doc: Doc, figures: tuple[dict, dict, dict, dict], one: tuple[float, float],
              other: tuple[float, float]) -> Relation:
    first, first_share, second, second_share = figures
    arithmetic = (f"{shown(first)} at {shown(first_share)} implies a whole of {like(first, _rounded(sum(one) / 2))} "
                  f"{interval_text(one)}; {shown(second)} at {shown(second_share)} implies "
                  f"{like(second, _rounded(sum(other) / 2))} {interval_text(other)}")
    return Relation(doc.name, "share_vs_counts", figures, first_share.get("whole") or first.get("metric"), one, other,
                    distance(one, other), arithmetic)
