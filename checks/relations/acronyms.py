"""A name and its initials: PBT is profit before tax, GDP gross domestic product, EPS earnings per share. Financial
news names a quantity in full once and by its initials after (a 25.23 per cent growth in profit before tax. Its PBT
grew from …), so two figures whose names are a name and its initials measure one quantity."""

from __future__ import annotations

import re

_INITIALS = re.compile(r"[A-Z]{2,6}")
_SMALL_WORDS = {"of", "and", "the", "to", "in", "for", "on"}


def abbreviates(one: object, other: object) -> bool:
    """Whether one of two names is the other's initials (PBT, profit before tax), whole words only."""
    one, other = str(one or "").strip(), str(other or "").strip()
    return _initials_of(one, other) or _initials_of(other, one)


def _initials_of(short: str, name: str) -> bool:
    if not _INITIALS.fullmatch(short):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    if len(words) < 2:
        return False
    every = "".join(word[0] for word in words).upper()
    content = "".join(word[0] for word in words if word.lower() not in _SMALL_WORDS).upper()
    return short in (every, content)
