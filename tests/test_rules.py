"""Every rule's example corpus is its test (in the manner of duckling's Corpus.hs)."""

from __future__ import annotations

import pytest

from checks.extract.en import assemble as en_assemble
from checks.extract.en import quantities as en_quantities
from checks.extract.en.adjusted import LEFT_OUT
from checks.extract.en.estimates import ESTIMATORS
from checks.extract.en.fragments import FRAGMENTS
from checks.extract.en.movement import LIST_MOVEMENT_EN
from checks.extract.en.results import RESULT_VERBS
from checks.extract.en.revisions import REVISED
from checks.extract.en.series import SERIES
from checks.extract.grammar import Dimension
from checks.extract.zh import context, numerals, qualifiers, quantities, units
from checks.extract.zh.bracketed_names import ITEM_NAMES
from checks.extract.zh.owner_words import OWNER_WORDS


def _dimensions() -> list[Dimension]:
    return [numerals.NUMERALS, units.UNITS, qualifiers.LEADING, qualifiers.TRAILING, qualifiers.BOUNDING,
            quantities.QUANTITIES, context.MOVEMENT, context.GROWTH_NOUN, context.PROJECTION, context.PERIOD,
            context.ATTRIBUTION, en_quantities.NUMBERS, en_quantities.HALVES, en_quantities.LEADING_EN,
            en_quantities.TRAILING_EN, en_quantities.UNITS_EN, en_quantities.WORD_FIGURES, en_assemble.MOVEMENT_EN,
            en_assemble.GROWTH_NOUN_EN, LIST_MOVEMENT_EN, SERIES,
            RESULT_VERBS, ESTIMATORS, REVISED, LEFT_OUT, FRAGMENTS, OWNER_WORDS, ITEM_NAMES]


CASES = [(dimension.name, rule.name, text, expected)
         for dimension in _dimensions() for rule, text, expected in dimension.examples()]


def _comparable(value: object) -> object:
    for attribute in ("value", "code"):
        if hasattr(value, attribute):
            return getattr(value, attribute)
    return value


def _equal(produced: object, expected: object) -> bool:
    if isinstance(expected, tuple) and isinstance(produced, tuple):
        return len(expected) == len(produced) and all(_equal(p, e) for p, e in zip(produced, expected, strict=True))
    if isinstance(expected, float | int) and not isinstance(expected, bool) and isinstance(produced, float | int):
        return produced == pytest.approx(expected)
    return produced == expected


@pytest.mark.parametrize(("dimension", "rule", "text", "expected"), CASES,
                         ids=[f"{d}.{r}:{t}" for d, r, t, _ in CASES])
def test_rule_example(dimension: str, rule: str, text: str, expected: object) -> None:
    found = next(d for d in _dimensions() if d.name == dimension)
    the_rule = next(r for r in found if r.name == rule)
    produced = the_rule.apply(text)
    if expected is None:
        assert produced is None, f"{rule} should not read {text!r}, got {produced!r}"
        assert the_rule.finds(text) == [], f"{rule} should find nothing in {text!r}, found {the_rule.finds(text)!r}"
    elif isinstance(expected, float | int) and not isinstance(expected, bool):
        assert produced is not None, f"{rule} did not read {text!r}"
        assert _comparable(produced) == pytest.approx(expected)
    else:
        assert _equal(_comparable(produced), expected)


def test_every_rule_has_examples() -> None:
    bare = [f"{d.name}.{r.name}" for d in _dimensions() for r in d if not r.examples]
    assert bare == []


def test_every_dimension_compiles_into_one_pattern_that_still_reads_its_examples() -> None:
    """The union of a dimension's rules (named groups made anonymous) matches every positive example whole."""
    import re

    for dimension in _dimensions():
        union = re.compile(dimension.pattern)
        missed = [text for rule, text, expected in dimension.examples()
                  if expected is not None and rule.apply(text) is not None and not union.fullmatch(text)]
        assert missed == [], f"{dimension.name}: the union pattern misses {missed[:3]}"


def test_number_finder_examples() -> None:
    from checks.extract import numbers
    from checks.extract.zh.numbers import EXAMPLES

    for text, expected in EXAMPLES:
        assert [n.value for n in numbers(text)] == pytest.approx(expected), text


def test_english_number_finder_examples() -> None:
    from checks.extract import numbers
    from checks.extract.en.numeral_mode import EXAMPLES

    for text, expected in EXAMPLES:
        assert [n.value for n in numbers(text, lang="en")] == pytest.approx(expected), text
