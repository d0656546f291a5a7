"""JSON read as a config or data file from a pull request may be: plain, bounded and unambiguous."""

from __future__ import annotations

import json
import re

MAX_JSON_DEPTH = 64
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def strict_json(text: str) -> object:
    """JSON as people write it for a config file: no duplicate keys (the last would win silently), no NaN or
    Infinity, no nesting deeper than 64. Raises ValueError (json.JSONDecodeError for syntax) naming the problem."""
    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        found = dict(items)
        if len(found) != len(items):
            seen: set[str] = set()
            repeated = next(key for key, _ in items if key in seen or seen.add(key))
            raise ValueError(f"the key {repeated!r} appears twice in one object")
        return found

    def constant(name: str) -> object:
        raise ValueError(f"{name} is not a number JSON allows")

    # Before parsing, since the parser recurses: brackets outside strings, counted. Text with no more opening brackets
    # than the limit cannot nest deeper (a corpus line has one or two): it is not scanned, which cost a tenth of
    # reading a corpus
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH and _depth(text) > MAX_JSON_DEPTH:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    value = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    _no_lone_surrogates(value)
    return value


def _depth(text: str) -> int:
    """How deep the brackets of JSON ``text`` nest, those inside strings left out."""
    depth = deepest = 0
    for char in _BRACKETS.findall(_STRINGS.sub("", text)):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _no_lone_surrogates(value: object) -> None:
    """A string with half a surrogate pair (\\ud800) cannot be written as UTF-8 later; refuse it here."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a string holds half of a surrogate pair (\\ud800…), which is no text") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_lone_surrogates(key)
            _no_lone_surrogates(item)
    elif isinstance(value, list):
        for item in value:
            _no_lone_surrogates(item)
