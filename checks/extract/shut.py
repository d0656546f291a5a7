"""A scanner with the branches a text cannot match shut, chosen per text.

A scanning pattern is an alternation of named branches, tried in order at every position where a match may start.
Some branches are costly (they read a numeral, then look for words after it, backtracking through every shorter
numeral) and need words that few texts hold: 5家企业中有3家 needs 中 right before a numeral and its counter. Where
a text lacks what a branch needs, the branch cannot match anywhere in it; shutting it ((?!) at its start, its groups
kept) gives the same matches, found without trying it. Each need is a pattern that matches wherever the branch
could, and more (a necessary condition), so that the matches are always those of the whole scanner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

try:  # the regular-expression parser of the standard library (re._parser from 3.11, sre_parse before)
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]


def characters(pattern: str) -> str:
    """A character class (with its brackets) of every character ``pattern`` can consume, for a need that stands
    in for the pattern: [\\d,.一二…]. Raises ValueError for a pattern that can consume any character, a negated
    class or a category other than digits (no such class could stand in for it)."""
    found: set[str] = set()
    digits = False

    def walk(items: Iterable[tuple[object, object]]) -> None:
        nonlocal digits
        for op, av in items:
            if op is sre_constants.LITERAL:
                found.add(chr(av))  # type: ignore[arg-type]
            elif op is sre_constants.IN:
                for kind, value in av:  # type: ignore[attr-defined]
                    if kind is sre_constants.LITERAL:
                        found.add(chr(value))
                    elif kind is sre_constants.RANGE:
                        found.update(chr(code) for code in range(value[0], value[1] + 1))
                    elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
                        digits = True
                    else:
                        raise ValueError(f"cannot stand in for {kind} in {pattern!r}")
            elif op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_DIGIT:
                digits = True
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                walk(av[2])  # type: ignore[index]
            elif op is sre_constants.SUBPATTERN:
                walk(av[3])  # type: ignore[index]
            elif op is sre_constants.BRANCH:
                for branch in av[1]:  # type: ignore[index]
                    walk(branch)
            elif op not in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):  # consume nothing
                raise ValueError(f"cannot stand in for {op} in {pattern!r}")

    walk(sre_parse.parse(pattern))
    return "[" + ("\\d" if digits else "") + "".join(re.escape(char) for char in sorted(found)) + "]"


class Shutter:
    """A scanner (``source`` compiled with ``flags``) for each text: with every branch that has a need (by group name)
    shut when the text lacks them all, else whole. Two variants at most, each compiled when first asked for: a big
    scanner takes a tenth of a second to compile, and most texts need none of the costly branches."""

    # Where the source takes the narrowing of the shut scanner: a comment, nothing in the whole one
    NARROWING = "(?#narrowing)"

    def __init__(self, source: str, flags: int, needs: Mapping[str, re.Pattern[str]], narrowing: str = "") -> None:
        """``narrowing``: a zero-width test that holds wherever a match can start once the branches with needs are
        shut (where only those branches could start), put in the shut scanner where the source says NARROWING."""
        for name in needs:
            if source.count(f"(?P<{name}>") != 1:
                raise ValueError(f"no branch {name} in the scanner")
        if narrowing and source.count(self.NARROWING) != 1:
            raise ValueError("no place for the narrowing in the scanner")
        self.source, self.flags, self.needs = source, flags, tuple(needs.values())
        self._shut_source = source.replace(self.NARROWING, narrowing)
        for name in needs:
            self._shut_source = self._shut_source.replace(f"(?P<{name}>", f"(?P<{name}>(?!)", 1)
        self._whole: re.Pattern[str] | None = None
        self._shut: re.Pattern[str] | None = None

    def whole(self) -> re.Pattern[str]:
        """The scanner with every branch open."""
        if self._whole is None:
            self._whole = re.compile(self.source, self.flags)
        return self._whole

    def scanner(self, text: str) -> re.Pattern[str]:
        """The scanner for ``text``: the costly branches shut where it holds none of their needs."""
        if any(need.search(text) is not None for need in self.needs):
            return self.whole()
        if self._shut is None:
            self._shut = re.compile(self._shut_source, self.flags)
        return self._shut
