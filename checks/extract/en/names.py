"""Names that stand for another quantity's: an estimate's vintage (a first estimate of 0.6%, the final reading of
49.3: of what the figure before measures) and an amount per share (net income of $1.2 billion, or $1.41 per share:
earnings per share)."""

from __future__ import annotations

import re

# An estimate's vintage names no quantity: revised down from a first estimate (increase) of 0.6%; from a revised
# $65.64 billion; the final reading of 49.3; from a close of $28.35; from the present 6.25 per cent; from the earlier
# rate of 6.25 percent. The figure measures what the figure before it in the sentence does.
_VINTAGE = re.compile(r"^(?:(?:first|initial|earlier|previous|prior|preliminary|flash|advance|second|third|final|"
                      r"latest|original|revised)\s+)*(?:revised|estimates?|readings?|figures?|prints?|results?|close|"
                      r"closing\s+level|(?:present|current|existing)(?:\s+(?:rate|level))?|rate)"
                      r"(?:\s+(?:increase|decrease|rise|fall|growth|decline|gain))?$", re.IGNORECASE)


def vintage(metric: str | None) -> bool:
    """Whether ``metric`` names an estimate's vintage rather than a quantity (see _VINTAGE)."""
    return bool(metric) and _VINTAGE.match(metric) is not None



# An amount per share: of earnings when the quantity is profit or unnamed (net income of $1.2 billion, or $1.41 per
# share; earned 59 cents a share), else the quantity per share (a dividend of 25 cents per share stays a dividend).
PER_SHARE = re.compile(r"\s*(?:a|per|for each)\s+(?:diluted\s+|basic\s+)?share\b", re.IGNORECASE)
_PROFIT = re.compile(r"^(?P<kind>(?:adjusted|underlying|diluted|core|basic)\s+)?(?:(?:quarterly|annual|full[- ]year|"
                     r"net|total)\s+)*(?:earnings|profits?|bottom line|income)$", re.IGNORECASE)


_EARN = re.compile(r"(?:^|\s)(?:to\s+)?earn(?:s|ed)?$", re.IGNORECASE)


def per_share(metric: str | None) -> str | None:
    """The name of a quantity stated per share (see PER_SHARE)."""
    if metric and _EARN.search(metric):
        metric = None  # analysts expected the company to earn $1.37 per share: its earnings
    profit = _PROFIT.match(metric) if metric else None
    if not metric or profit is not None:  # adjusted earnings of $3.74 billion or $1.42 per share: adjusted
        return f"{(profit.group('kind') or '') if profit else ''}earnings per share"
    if re.search(r"\b(?:shares?|dividends?|payouts?|price)\b", metric, re.IGNORECASE):
        return metric
    return f"{metric} per share"
