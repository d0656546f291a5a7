"""Rules in the manner of facebook/duckling: a named pattern, a production, and the examples that test it.

A :class:`Dimension` is an ordered set of rules for one kind of thing (numerals, units, qualifiers).
Its :attr:`Dimension.pattern` is the union of its rules, for embedding in a larger scanning regex, and
:meth:`Dimension.resolve` turns a matched piece of text back into a value by the first rule that matches
it whole. Resolution is cached because the same numerals and units recur throughout a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")
_GROUP_REFERENCE = re.compile(r"\(\?P=[A-Za-z_][A-Za-z0-9_]*\)")


def anonymous(pattern: str) -> str:
    """The pattern with its named groups made non-capturing, so that it can be embedded many times."""
    if _GROUP_REFERENCE.search(pattern):
        raise ValueError(f"a rule pattern cannot refer back to a group: {pattern}")
    return _NAMED_GROUP.sub("(?:", pattern)


@dataclass(frozen=True)
class Rule(Generic[T]):
    """One rule: ``pattern`` recognises a piece of text, ``produce`` turns the match into a value.

    ``examples`` pairs inputs with the value the rule must produce for them, the input matched whole; ``None``
    means the rule must find nothing anywhere in the input (so 截至2023年 tests the look-behind that keeps 至2023年
    from being read in it). They are the rule's corpus and are run as its test.
    """

    name: str
    pattern: str
    produce: Callable[[re.Match[str]], T | None]
    examples: tuple[tuple[str, object], ...] = ()
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern))

    def apply(self, text: str) -> T | None:
        match = self.compiled.fullmatch(text)
        return None if match is None else self.produce(match)

    def finds(self, text: str) -> list[T]:
        """What the rule produces anywhere in ``text`` (the values of its matches that produce one)."""
        produced = (self.produce(match) for match in self.compiled.finditer(text) if match.group(0))
        return [value for value in produced if value is not None]


class Dimension(Generic[T]):
    """An ordered collection of rules; the first rule that matches a text whole and produces a value wins."""

    def __init__(self, name: str, rules: list[Rule[T]] | tuple[Rule[T], ...]) -> None:
        names = [rule.name for rule in rules]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate rule names in {name}: {names}")
        self.name = name
        self.rules: tuple[Rule[T], ...] = tuple(rules)
        self.pattern = "(?:" + "|".join(anonymous(rule.pattern) for rule in self.rules) + ")"
        self.resolve_named = lru_cache(maxsize=65536)(self._resolve_named)

    def _resolve_named(self, text: str) -> tuple[str, T] | None:
        for rule in self.rules:
            value = rule.apply(text)
            if value is not None:
                return rule.name, value
        return None

    def resolve(self, text: str) -> T | None:
        """The value of ``text`` by the first rule that matches it whole, or None."""
        found = self.resolve_named(text)
        return None if found is None else found[1]

    def examples(self) -> Iterator[tuple[Rule[T], str, object]]:
        for rule in self.rules:
            for text, expected in rule.examples:
                yield rule, text, expected

    def __iter__(self) -> Iterator[Rule[T]]:
        return iter(self.rules)

    def __repr__(self) -> str:
        return f"Dimension({self.name!r}, {len(self.rules)} rules)"


def constant(value: T) -> Callable[[re.Match[str]], T]:
    """A production that gives ``value`` whatever matched: for rules that name a word class (超 → over)."""

    def produce(_match: re.Match[str]) -> T:
        return value

    return produce
