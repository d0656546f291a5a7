"""grim: a percentage of a stated sample is a fraction some whole number of that sample can produce."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from checks.relations.base import Relation, num, shown


def grim(doc: str, text: str, claims: list[dict]) -> Iterable[Relation]:
    """A percentage of a small group (P%的X) against the size of that group stated before it (N名/位/个…X)."""
    counts = [c for c in claims if c["unit"] == "count" and c["kind"] == "level" and c["qualifier"] == "exact"
              and float(c["value"]).is_integer() and 0 < float(c["value"]) <= 10000]
    for claim in claims:
        if claim["unit"] != "percent" or claim["kind"] != "share" or claim["qualifier"] != "exact":
            continue
        group = _group_after(text, claim)
        if not group:
            continue
        samples = [c for c in counts if int(c["end"]) <= int(claim["start"]) and group in _counted_noun(text, c)]
        if not samples:
            continue
        sample = samples[-1]
        size = int(float(sample["value"]))
        match = re.search(r"\d+(?:\.(\d+))?", str(claim["text"]))
        if match is None:
            continue
        decimals = len(match.group(1) or "")
        value = float(claim["value"])
        nearest = round(value * size / 100)
        arithmetic = (f"{shown(claim)} of {size} {group} ({shown(sample)}) is {num(round(value * size / 100, 3))};"
                      f" {nearest} of {size} would be {round(nearest / size * 100, decimals):.{decimals}f}%")
        yield Relation(doc, "grim", (sample, claim), claim.get("metric"), (value, value), (value, value), 0.0,
                       arithmetic, possible=_grim_possible(value, size, decimals))


def _group_after(text: str, claim: dict) -> str | None:
    """The group a percentage is of, by its first two characters: 62%的游客 → 游客; 37%的受访者 → 受访."""
    if not text.startswith("的", int(claim["end"])):
        return None
    noun = re.match(r"[\u4e00-\u9fff]{2}", text[int(claim["end"]) + 1:int(claim["end"]) + 3])
    return noun.group(0) if noun else None


def _counted_noun(text: str, claim: dict) -> str:
    """The words right around a count, within its clause: what it counts (24位商户代表, 居民家庭5000户)."""
    start, end = int(claim["start"]), int(claim["end"])
    before = re.split(r"[，,。；;：:！？!?\n\d]", text[max(0, start - 8):start])[-1]
    after = re.split(r"[，,。；;：:！？!?\n\d]", text[end:end + 8])[0]
    return before + after


def _grim_possible(value: float, size: int, decimals: int) -> bool:
    """Whether some whole number k of ``size`` gives ``value`` percent when rounded to ``decimals`` places."""
    step = 0.5 * 10 ** -decimals
    low = math.ceil((value - step) * size / 100 - 1e-9)
    high = math.floor((value + step) * size / 100 + 1e-9)
    return low <= high and high >= 0 and low <= size
