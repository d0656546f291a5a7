"""A cheap test in front of a scanning pattern: which words a match can start with.

The English scanner has a dozen branches, several of which may start with a word (more than, one in five, nearly
half, second place, US$). Trying them all at every word of a text is most of the time extraction takes on English
news. :func:`word_gate` reads the pattern itself and gives a lookahead that lets a match start on a letter only
where the first four characters of the word could begin one of the branches (and on another character only where
its first two could: $5, .5, not ". T"); it is computed from the pattern, so that a rule added to a branch is
never shut out by a list kept by hand.
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
DIGIT = "\1"  # a digit stands here
SPACE = "\2"  # a space stands here
_MARKS = {DIGIT: r"\d", SPACE: r"\s"}
_ENUMERATED = 64  # a class of more characters than this is taken as any character
_PREFIX = 4  # characters of a word looked at
_SIGN = 2  # characters looked at from a start that is not a letter ($5, .5, -3)
_BUDGET = 20_000  # prefixes of one sequence before the reading gives up (every word is let through then)
_WORK = 50_000  # prefixes made for a whole pattern (through its lookaheads too) before the reading gives up


class _Unknown(Exception):
    """A construct the reading below does not follow: the gate lets every word through."""


EVERY_WORD = r"(?=[^\sA-Za-z]|(?<!\w)[A-Za-z])"  # the gate when the pattern cannot be read


def word_gate(pattern: str, flags: int = 0, letters: int = _PREFIX, work: int = _WORK) -> str:
    """A lookahead for the start of ``pattern``: a letter that starts a word whose first ``letters`` characters can
    begin a match, or another character whose first two can ($5, .5, but not ". T"). Every word is let through if
    the pattern cannot be read. For patterns whose matches start at a word's start or on a character that is no
    letter (a match starting inside a word is turned away). Letters are compared in either case, so that a branch
    written case-insensitively inside the pattern, (?i:data), is never shut out. ``work``: the prefixes read before
    giving up (a scanner of many alternatives may need more than the default)."""
    try:
        prefixes = _sequence(_items(sre_parse.parse(pattern, flags)), letters, [0, work])
    except (_Unknown, RecursionError):
        return EVERY_WORD
    words: set[str] = set()
    others: set[str] = set()
    for prefix, _open in prefixes:
        if not prefix or prefix[0] == WILD:
            return EVERY_WORD
        known = prefix.split(WILD)[0].lower()  # from a character that may be anything, anything may follow
        if known[0].isascii() and known[0].isalpha():
            words.add(known)
        else:
            others.add(known[:_SIGN])
    words_gate = f"(?<!\\w){_branches(words)}" if words else "(?!)"
    return f"(?i:(?={words_gate}|{_branches(others)}))" if others else f"(?i:(?={words_gate}))"


def word_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind its :func:`word_gate` (the same matches, for a pattern whose matches start at a word's
    start or on a character that is no letter)."""
    return re.compile(f"{word_gate(pattern.pattern, pattern.flags)}(?:{pattern.pattern})", pattern.flags)


def _branches(starts: set[str]) -> str:
    """An alternation of the starts, grouped by first character (the engine tries a group only where its first
    character is there); a start that begins with a shorter one adds nothing (a, then about, is a)."""
    shortest = sorted(start for start in starts if not any(start[:end] in starts for end in range(1, len(start))))
    by_first: dict[str, list[str]] = {}
    for start in shortest:
        by_first.setdefault(start[0], []).append(_literal(start[1:]))
    groups = [_literal(first) + (f"(?:{'|'.join(sorted(rests))})" if all(rests) else "")
              for first, rests in sorted(by_first.items())]
    return f"(?:{'|'.join(groups)})"


def _literal(known: str) -> str:
    return "".join(_MARKS.get(char) or re.escape(char) for char in known)


def _items(parsed: object) -> list[tuple[object, object]]:
    """The items of a parsed sequence (its list, not copied item by item)."""
    return list(getattr(parsed, "data", parsed))  # type: ignore[call-overload]


def _sequence(items: list[tuple[object, object]], room: int, work: list[int]) -> set[tuple[str, bool]]:
    """The prefixes (up to ``room`` characters) a sequence of parsed items can match, each with whether the
    sequence may have ended before filling the room (so that what follows it adds characters); ``work`` counts the
    prefixes made so far, for the whole pattern, and may give its own limit after the count (else _WORK)."""
    found = {("", True)}
    for at, item in enumerate(items):
        grown: set[tuple[str, bool]] = set()
        if item[0] is sre_constants.ASSERT and item[1][0] == 1:  # type: ignore[index]
            # a lookahead (a(?=\s+hundred)): what follows it must agree with it
            for prefix, open_ in found:
                if not open_:
                    grown.add((prefix, False))
                    continue
                ahead = _sequence(_items(item[1][1]), room - len(prefix), work)  # type: ignore[index]
                if at == len(items) - 1:  # nothing after it here: what it says stands for what follows
                    grown.update((prefix + told + (WILD if told_open and len(prefix + told) < room else ""), False)
                                 for told, told_open in ahead)
                    continue
                for rest, rest_open in _sequence(items[at + 1:], room - len(prefix), work):
                    if any(_agree(rest, told) for told, _ in ahead):
                        grown.add((prefix + rest, rest_open and len(prefix + rest) < room))
            return grown
        waiting: dict[int, list[str]] = {}  # the open prefixes by the room they leave: the item is read once each
        for prefix, open_ in found:
            if open_:
                waiting.setdefault(room - len(prefix), []).append(prefix)
            else:
                grown.add((prefix, False))
        if not waiting:
            return found  # every prefix is full: the rest of the sequence adds nothing
        for left, prefixes in waiting.items():
            extensions = _item(item, left, work)
            for prefix in prefixes:
                for more, more_open in extensions:
                    whole = prefix + more
                    grown.add((whole, more_open and len(whole) < room))
                # counted as they are made: the gate would cost more to build (and to try) than it saves
                if len(grown) > _BUDGET or work[0] + len(grown) > (work[1] if len(work) > 1 else _WORK):
                    raise _Unknown("too many prefixes")
        work[0] += len(grown)
        found = grown
    return found


def _item(item: tuple[object, object], room: int, work: list[int]) -> set[tuple[str, bool]]:
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
        return set().union(*(_sequence(_items(alt), room, work) for alt in arg[1]))  # type: ignore[index]
    if op is c.SUBPATTERN:
        return _sequence(_items(arg[-1]), room, work)  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, high, sub = arg  # type: ignore[misc]
        found: set[tuple[str, bool]] = set()
        for times in range(low, min(high, low + room) + 1):
            found |= _sequence(_items(sub) * times, room, work)
        return found
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(_items(arg), room, work)  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {("", True)}  # zero width (a lookbehind, a boundary): the next item starts the match
    if op is c.GROUPREF_EXISTS:
        _group, yes, no = arg  # type: ignore[misc]
        return _sequence(_items(yes), room, work) | (_sequence(_items(no), room, work) if no else {("", True)})
    raise _Unknown(op)


def _agree(one: str, other: str) -> bool:
    """Whether two prefixes can be read from one text (as far as the shorter goes)."""
    for a, b in zip(one.lower(), other.lower(), strict=False):  # the shorter is a prefix
        if a == b or WILD in (a, b) or _fits(a, b) or _fits(b, a):
            continue
        return False
    return True


def _fits(mark: str, char: str) -> bool:
    return (mark == DIGIT and char.isdigit()) or (mark == SPACE and char.isspace())


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
    """Digits and spaces are marked; any other category (words, not-digits) may be anything."""
    c = sre_constants
    if category in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
        return DIGIT
    if category in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE, c.CATEGORY_LINEBREAK, c.CATEGORY_UNI_LINEBREAK):
        return SPACE
    return WILD


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters a match can start with, where the pattern says: the
    engine finds its own first characters only when the pattern opens plainly (not behind a lookbehind such as
    (?<![即必])将), and otherwise tries every branch at every position. Letters are let through in either case. A
    pattern that opens plainly is given as it is: the engine skips to its first characters faster than a lookahead
    tried at every position lets it through."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if _opens_plainly(parsed, pattern.flags):
        return pattern
    try:
        prefixes = _sequence(_items(parsed), 1, [0])
    except (_Unknown, RecursionError):
        return pattern
    firsts = {prefix[:1] for prefix, _open in prefixes}
    if not firsts or "" in firsts or WILD in firsts:
        return pattern
    members = "".join(sorted(_MARKS.get(char) or re.escape(char.lower()) + re.escape(char.upper())
                             if char.lower() != char.upper() else _MARKS.get(char) or re.escape(char)
                             for char in firsts))
    return re.compile(f"(?=[{members}])(?:{pattern.pattern})", pattern.flags)



def pair_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """:func:`gated`, with the :func:`pair_gate` of the pattern after its gate of first characters: a first character
    that begins no match where it stands (a digit before a decimal point or a %, when no match has one there) costs
    two tests, where each branch was tried. Only where the first gate is there and the pair gate can be read."""
    first = gated(pattern)
    pairs = pair_gate(pattern.pattern, pattern.flags)
    if first is pattern or not pairs:
        return first
    gate_end = len(first.pattern) - len(f"(?:{pattern.pattern})")  # the first gate, then the pattern in a group
    return re.compile(first.pattern[:gate_end] + pairs + first.pattern[gate_end:], pattern.flags)

def _opens_plainly(parsed: object, flags: int) -> bool:
    """Whether the engine finds the first characters of a parsed pattern by itself (as the standard library's
    compiler reads them, re._compiler._get_charset_prefix): the pattern matches at least one character, and its
    first item, inside any groups, is a character, a class, or a branch of alternatives that each open with a
    character. Letters under IGNORECASE are left to the gate."""
    if flags & re.IGNORECASE or parsed.getwidth()[0] == 0:  # type: ignore[attr-defined]
        return False
    items = _items(parsed)
    while items and items[0][0] is sre_constants.SUBPATTERN:
        items = _items(items[0][1][-1])  # type: ignore[index]
    if not items:
        return False
    op, arg = items[0]
    if op is sre_constants.BRANCH:
        return all(_items(alternative) and _items(alternative)[0][0] is sre_constants.LITERAL
                   for alternative in arg[1])  # type: ignore[index]
    return op in (sre_constants.LITERAL, sre_constants.IN)


PAIR_WORK = 400_000  # prefixes a scanner's first two characters may take to read (the Chinese one takes 130,000)


def pair_gate(pattern: str, flags: int = 0) -> str:
    """A lookahead for the first two characters a match of ``pattern`` can start with, grouped by the characters
    that may follow each first one ("" when the pattern cannot be read, or a first character may be anything).
    Letters are let through in either case (a branch may be written case-insensitively); a character after which
    anything may stand is let through alone. In front of a scanner's gate of first characters, it shuts out a
    trigger that begins no match where it stands (上 begins one only before 十, 百, 千, 万 or 亿) at the cost of one
    test, where the scanner would try each of its branches there."""
    try:
        prefixes = _sequence(_items(sre_parse.parse(pattern, flags)), 2, [0, PAIR_WORK])
    except (_Unknown, RecursionError):
        return ""
    following: dict[str, set[str | None]] = {}
    for prefix, _open in prefixes:
        if not prefix or prefix[0] == WILD:
            return ""
        second = prefix[1:2]
        for first in {prefix[0], prefix[0].lower(), prefix[0].upper()}:
            following.setdefault(first, set()).update(
                {None} if not second or second == WILD else {second, second.lower(), second.upper()})
    alone = sorted(first for first, seconds in following.items() if None in seconds)
    by_seconds: dict[frozenset[str], list[str]] = {}
    for first, seconds in following.items():
        if None not in seconds:
            by_seconds.setdefault(frozenset(s for s in seconds if s is not None), []).append(first)
    groups = ([f"[{''.join(map(_literal, alone))}]"] if alone else []) + [
        f"[{''.join(map(_literal, sorted(group)))}][{''.join(map(_literal, sorted(seconds)))}]"
        for seconds, group in sorted(by_seconds.items(), key=lambda item: sorted(item[1]))]
    return f"(?={'|'.join(groups)})"


def widest(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` can span, or None when it has no bound."""
    width = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return None if width >= sre_constants.MAXREPEAT else width


def has_run(text: str, run: re.Pattern[str], character: re.Pattern[str], shortest: int) -> bool:
    """Whether ``text`` holds a match of ``run``, a run of at least ``shortest`` characters that each match
    ``character``. Every such run covers one of the characters at shortest - 1, then every ``shortest`` on: only
    there, where such a character stands, is the run looked for (within its reach on either side), not at every
    character of the text."""
    return any(character.match(text, probe) and run.search(text, max(0, probe - shortest + 1), probe + shortest)
               for probe in range(shortest - 1, len(text), shortest))
