"""The relation record and what every relation shares: the interval a claim allows, list and label reading."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

from checks.claims.intervals import claim_interval, stated_precision

COLUMNS = ("relation_id", "doc", "relation", "claim_ids", "texts", "start", "metric", "stated_low", "stated_high",
           "implied_low", "implied_high", "gap", "mixed", "possible", "arithmetic")


# Labels of the parts of a whole that partition it: one of each may be summed.
PARTITIONS = (
    ("线上", "线下"), ("城镇", "农村"), ("城市", "农村"), ("男性", "女性"), ("男", "女"), ("国内", "海外"),
    ("国内", "国际"), ("境内", "境外"), ("一线", "二线", "三线", "四线", "五线", "新一线"),
    ("东部", "中部", "西部", "东北"),
    ("第一产业", "第二产业", "第三产业"), ("自营", "第三方"), ("新客", "老客"), ("新用户", "老用户"),
)


LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及|,|，)\s*")


@dataclass(frozen=True)
class Relation:
    doc: str
    relation: str
    claims: tuple[dict, ...]
    metric: str | None
    stated: tuple[float, float]
    implied: tuple[float, float]
    gap: float
    arithmetic: str
    mixed: bool = False
    possible: bool = True

    def row(self) -> dict[str, object]:
        ids = [c["claim_id"] for c in self.claims]
        digest = hashlib.blake2b("\x1f".join([self.relation, *ids]).encode(), digest_size=5).hexdigest()
        return {
            "relation_id": f"r{digest}", "doc": self.doc, "relation": self.relation, "claim_ids": " ".join(ids),
            "texts": " | ".join(str(c["text"]) for c in self.claims), "start": int(self.claims[0]["start"]),
            "metric": self.metric, "stated_low": finite(self.stated[0]), "stated_high": finite(self.stated[1]),
            "implied_low": finite(self.implied[0]), "implied_high": finite(self.implied[1]),
            "gap": round(self.gap, 9), "mixed": self.mixed, "possible": self.possible, "arithmetic": self.arithmetic,
        }


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def num(value: float) -> str:
    return f"{value:,.10g}"


def shown(claim: dict) -> str:
    return str(claim["text"])


def precision(claim: dict) -> float:
    if "番" in str(claim["text"]):
        return 0.0  # 翻番 is exactly a doubling, not "about 100"
    return stated_precision(str(claim["text"]), float(claim["value"]))


def bounds(claim: dict) -> tuple[float, float]:
    """The values a claim allows, widened by half its last digit (rounding), open ends infinite: the same interval
    evidence is compared with."""
    return claim_interval(claim, precision(claim))


def signed(claim: dict, interval: tuple[float, float]) -> tuple[float, float]:
    """A change as a signed interval: a fall of 5% is -5%."""
    if claim.get("direction") == "down":
        return -interval[1], -interval[0]
    return interval


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """0 when two intervals overlap, else the gap between them."""
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0.0


def label_before(text: str, claim: dict) -> str:
    """The few characters before a claim in its clause (what it is a share or part of)."""
    start = int(claim["start"])
    window = text[max(0, start - 14):start]
    return re.split(r"[，,。；;：:]", window)[-1]


def partition_of(labels: list[str]) -> bool:
    """Whether the labels name different members of one partition (线上 and 线下)."""
    for partition in PARTITIONS:
        members = []
        for label in labels:
            found = [m for m in partition if m in label]
            if len(found) != 1:
                break
            members.append(found[0])
        else:
            if len(set(members)) == len(members) >= 2:
                return True
    return False


def by_sentence(claims: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for claim in claims:
        groups.setdefault(claim["sentence"], []).append(claim)
    return groups


def enumeration(text: str, claims: list[dict], first: int) -> list[dict]:
    """The claims listed together from ``claims[first]`` on: same unit, only list words between them."""
    listed = [claims[first]]
    for claim in claims[first + 1:]:
        if claim["unit"] != listed[-1]["unit"] or not LIST_GAP.fullmatch(text, int(listed[-1]["end"]),
                                                                         int(claim["start"])):
            break
        listed.append(claim)
    return listed


def same_unit(a: dict, b: dict) -> bool:
    """Same unit, and for counts the same counter (家 and 款 count different things)."""
    if a["unit"] != b["unit"]:
        return False
    def counter(claim: dict) -> str:
        return str(claim["text"]).rstrip("以上左右余多")[-1:]

    return a["unit"] != "count" or counter(a) == counter(b)


GENERIC_METRICS = {"比例", "占比", "比重", "增速", "增幅", "规模", "数量", "总额", "总量", "同比", "收入", "销量"}


PUNCTUATION = re.compile(r"[\s，,。；;：:、“”\"'（）()]")


def same_metric(a: str | None, b: str | None, loose: bool = False) -> bool:
    """The same measured phrase: equal once punctuation is gone, specific enough (3+ characters, not 占比); one may
    end with the other when it has 4+ characters, or 3+ (净利润) where a headline is restated (``loose``)."""
    a, b = PUNCTUATION.sub("", a or ""), PUNCTUATION.sub("", b or "")
    if len(a) < 3 or len(b) < 3 or a in GENERIC_METRICS or b in GENERIC_METRICS:
        return False
    shortest = 3 if loose else 4
    return a == b or (a.endswith(b) and len(b) >= shortest) or (b.endswith(a) and len(a) >= shortest)


def interval_text(interval: tuple[float, float]) -> str:
    low = "−∞" if not math.isfinite(interval[0]) else short(interval[0])
    high = "∞" if not math.isfinite(interval[1]) else short(interval[1])
    return f"[{low}, {high}]"


def short(value: float) -> str:
    """A bound for people to read: 19.72265 → 19.72, 3,115,000,000 stays whole."""
    return num(round(value, 2)) if abs(value) < 1e6 else num(round(value))
