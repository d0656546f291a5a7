"""A cheap test in front of a scanning pattern: which words a match can start with.

The English scanner has a dozen branches, several of which may start with a word (more than, one in five, nearly
half, second place, US$). Trying them all at every word of a text is most of the time extraction takes on English
news. :func:`word_gate` reads the pattern itself and gives a lookahead that lets a match start on a letter only
where the first two letters of the word could begin one of the branches; it is computed from the pattern, so that
a rule added to a branch is never shut out by a list kept by hand.
"""

from __future__ import annotations

import re

try:  # the regular-expression parser of the standard library (re._parser from 3.11, sre_parse before)
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

WILD = "\0"  # any character may stand here
NOT_A_LETTER = "\1"  # a digit or a space stands here
_ENUMERATED = 64  # a class of more characters than this is taken as any character
_PREFIX = 2  # letters of a word looked at


class _Unknown(Exception):
    """A construct the reading below does not follow: the gate lets every word through."""


def word_gate(pattern: str, flags: int = 0) -> str:
    """A lookahead for the start of ``pattern``: not a space, and either not a letter, or a letter that starts a word
    whose first two letters can begin a match. Letting every word through if the pattern cannot be read."""
    try:
        prefixes = _sequence(list(sre_parse.parse(pattern, flags)), _PREFIX)
    except (_Unknown, RecursionError):
        return r"(?=[^\sA-Za-z]|(?<!\w)[A-Za-z])"
    fold = bool(flags & re.IGNORECASE)
    seconds: dict[str, set[str]] = {}
    for prefix, _open in prefixes:
        if not prefix or prefix[0] == WILD:
            return r"(?=[^\sA-Za-z]|(?<!\w)[A-Za-z])"
        first = prefix[0].lower() if fold else prefix[0]
        if first == NOT_A_LETTER or not first.isascii() or not first.isalpha():
            continue  # the lookahead lets every character but a letter and a space through
        second = prefix[1] if len(prefix) > 1 else WILD  # a one-letter match (a): anything may follow
        seconds.setdefault(first, set()).add(second.lower() if fold and second != WILD else second)
    branches = []
    for first in sorted(seconds):
        following = seconds[first]
        if WILD in following:
            branches.append(re.escape(first))
        else:
            members = "".join(r"\s\d" if c == NOT_A_LETTER else re.escape(c) for c in sorted(following))
            branches.append(re.escape(first) + "[" + members + "]")
    words = "|".join(branches) or "(?!)"
    return rf"(?=[^\sA-Za-z]|(?<!\w)(?:{words}))"


def _sequence(items: list[tuple[object, object]], room: int) -> set[tuple[str, bool]]:
    """The prefixes (up to ``room`` characters) a sequence of parsed items can match, each with whether the
    sequence may have ended before filling the room (so that what follows it adds characters)."""
    found = {("", True)}
    for item in items:
        grown: set[tuple[str, bool]] = set()
        for prefix, open_ in found:
            if not open_:
                grown.add((prefix, False))
                continue
            for more, more_open in _item(item, room - len(prefix)):
                whole = prefix + more
                grown.add((whole, more_open and len(whole) < room))
        found = grown
    return found


def _item(item: tuple[object, object], room: int) -> set[tuple[str, bool]]:
    op, arg = item
    c = sre_constants
    if room <= 0:
        return {("", False)}
    if op is c.LITERAL:
        return {(chr(arg), True)}  # type: ignore[arg-type]
    if op is c.CATEGORY:
        return {(_category(arg), True)}
    if op in (c.NOT_LITERAL, c.ANY):
        return {(WILD, True)}
    if op is c.IN:
        return {(char, True) for char in _characters(arg)}  # type: ignore[arg-type]
    if op is c.BRANCH:
        return set().union(*(_sequence(list(alt), room) for alt in arg[1]))  # type: ignore[index]
    if op is c.SUBPATTERN:
        return _sequence(list(arg[-1]), room)  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, high, sub = arg  # type: ignore[misc]
        found: set[tuple[str, bool]] = set()
        for times in range(low, min(high, low + room) + 1):
            found |= _sequence(list(sub) * times, room)
        return found
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(arg), room)  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {("", True)}  # zero width: the next item starts the match
    if op is c.GROUPREF_EXISTS:
        _group, yes, no = arg  # type: ignore[misc]
        return _sequence(list(yes), room) | (_sequence(list(no), room) if no else {("", True)})
    raise _Unknown(op)


def _characters(members: list[tuple[object, object]]) -> set[str]:
    """The characters of a class, or WILD for a negated, categorical or large one."""
    c = sre_constants
    chars: set[str] = set()
    for op, arg in members:
        if op is c.LITERAL:
            chars.add(chr(arg))  # type: ignore[arg-type]
        elif op is c.RANGE and arg[1] - arg[0] < _ENUMERATED:  # type: ignore[index, operator]
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))  # type: ignore[index, operator]
        elif op is c.CATEGORY:
            chars.add(_category(arg))
        else:  # NEGATE, a wide range
            return {WILD}
    return chars if len(chars) <= _ENUMERATED else {WILD}


def _category(category: object) -> str:
    """Digits and spaces are no letters; any other category (words, not-digits) may be one."""
    c = sre_constants
    digits_or_spaces = (c.CATEGORY_DIGIT, c.CATEGORY_SPACE, c.CATEGORY_UNI_DIGIT, c.CATEGORY_UNI_SPACE,
                        c.CATEGORY_LINEBREAK, c.CATEGORY_UNI_LINEBREAK)
    return NOT_A_LETTER if category in digits_or_spaces else WILD
