"""Whether a text holds one of a few words in any case, as their case-blind alternation would find them.

The engine's case-blind search skips no position (it cannot look for a first letter in either case), which made
a case-blind pattern searched over a window, or over a whole text as a test in front of a reader, cost more than
the reading it spared. Lower-casing the text and looking for each word is many times faster and finds the same:
the only characters the engine takes for an ASCII letter besides the letters themselves are İ, ı, ſ and the
Kelvin sign (every code point was tried), and a text holding one of them is searched with the pattern instead.
The words are written in lower case, of ASCII letters and of characters that have no case (Chinese, spaces,
marks).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CASE_BLIND_SPECIALS = ("\u0130", "\u0131", "\u017f", "\u212a")


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` in any case."""
    if any(special in text for special in _CASE_BLIND_SPECIALS):
        return _alternation(words).search(text) is not None
    lowered = text.lower()
    return any(word in lowered for word in words)


def document_holds(text: str, words: tuple[str, ...]) -> bool:
    """:func:`holds` for a whole document's text, asked by several readers in turn: the text is looked at and
    lower-cased once."""
    specials, lowered = _prepared(text)
    if specials:
        return _alternation(words).search(text) is not None
    return any(word in lowered for word in words)


@lru_cache(maxsize=2)  # the document being read (its readers run one after another), and the one before
def _prepared(text: str) -> tuple[bool, str]:
    return any(special in text for special in _CASE_BLIND_SPECIALS), text.lower()


@lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
