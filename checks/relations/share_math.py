"""The arithmetic of a share against the amounts it is made of (see counts.py): the share a part makes of a whole,
as the interval every rounding allows, and the share_vs_counts row that compares it with the stated share. A part
said to be more or less than a forecast ($59.6 million, or 1.6 percent, more than anticipated) is a share of the
forecast, which is the stated total less (or plus) the part."""

from __future__ import annotations

from checks.relations.base import Doc, Relation, bounds, distance, interval_text, like, num, shown


def implied(part: dict, whole: list[dict], ahead: int = 0) -> tuple[float, float]:
    """The share ``part`` makes of the sum of ``whole`` (of the forecast, the sum less ``ahead`` times the part, when
    ``ahead`` is 1 for more than it or -1 for less), as an interval every rounding allows."""
    p_low, p_high = bounds(part)  # (the forecast is lowest with the most taken off, or the least added)
    low = sum(bounds(c)[0] for c in whole) - ahead * (p_high if ahead > 0 else p_low)
    high = sum(bounds(c)[1] for c in whole) - ahead * (p_low if ahead > 0 else p_high)
    return (p_low / high * 100, p_high / low * 100) if low > 0 else (0.0, float("inf"))


def agrees(share: dict, part: dict, whole: dict) -> bool:
    """Whether ``part`` of ``whole`` may make ``share``, allowing for the rounding of all three."""
    return bounds(whole)[0] > 0 and not distance(bounds(share), implied(part, [whole]))


def share_relation(doc: Doc, share: dict, part: dict, whole: list[dict], why: str, ahead: int = 0) -> Relation:
    """The share_vs_counts row of ``share`` against ``part`` of ``whole`` (or of its forecast: see implied)."""
    interval = implied(part, whole, ahead)
    stated = bounds(share)
    total = sum(float(c["value"]) for c in whole) - ahead * float(part["value"])
    named = " + ".join(shown(c) for c in whole)
    of = f"the forecast {like(whole[0], total)} ({named} {'less' if ahead > 0 else 'plus'} it)" if ahead else named
    made = num(round(float(part["value"]) / total * 100, 2)) if total else "?"
    arithmetic = f"{shown(part)} of {of} ({why}) is {made}% ({interval_text(interval)} allowing for rounding); " \
                 f"stated {shown(share)}"
    return Relation(doc.name, "share_vs_counts", (part, *whole, share), share.get("metric"), stated, interval,
                    distance(stated, interval), arithmetic)
