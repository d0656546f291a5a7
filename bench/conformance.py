"""Conformance against other projects' published number-recognition cases (make conformance).

The cases stay in ../shared/peer-specs (or $PEER_SPECS) and are read from there. Each suite has an
adapter that puts our output in the other project's conventions, which are not ours: a
percentage point is pp for us and % for Recognizers-Text; our claim spans include 超/近/约. Every
disagreement is put in a category, so that the rest can be read as "by design" or "to do".
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checks.extract import extract, mentions, numbers
from checks.extract.text import fold_width
from checks.extract.zh.numerals import NUMERALS

ROOT = Path(__file__).resolve().parents[1]
PEER_SPECS = Path(os.environ.get("PEER_SPECS", ROOT.parent / "shared" / "peer-specs"))
RT = PEER_SPECS / "recognizers-text" / "Specs"

RT_CURRENCY = {"CNY": "Chinese yuan", "USD": "United States dollar", "EUR": "Euro"}
RT_CURRENCY_WORDS = {"港元": "Hong Kong dollar", "港币": "Hong Kong dollar", "日元": "Japanese yen",
                     "台币": "New Taiwan dollar", "瑞士法郎": "Swiss franc", "奈拉": "Nigerian naira",
                     "英镑": "British pound", "比特币": "Bitcoin", "$": "Dollar"}


@dataclass
class Result:
    suite: str
    passed: int = 0
    total: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def record(self, ok: bool, category: str, example: str) -> None:
        self.total += 1
        if ok:
            self.passed += 1
            return
        self.categories[category] += 1
        self.examples.setdefault(category, [])
        if len(self.examples[category]) < 3:
            self.examples[category].append(example)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 1.0


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _python_runnable(case: dict) -> bool:
    flags = case.get("NotSupported", "") + "," + case.get("NotSupportedByDesign", "")
    return "python" not in flags


# -- Recognizers-Text --------------------------------------------------------------------------------

def _rt_expected(case: dict) -> list[tuple[str, int, int, float, str | None]]:
    out = []
    for result in case["Results"]:
        raw = result["Resolution"]["value"]
        value = float(raw.rstrip("%")) if raw not in (None, "") else math.nan
        out.append((result["Text"], result["Start"], result["End"] + 1, value, result["Resolution"].get("unit")))
    return out


def _rt_compare(case: dict, predicted: list[tuple[str, int, int, float, str | None]]) -> tuple[bool, str]:
    expected = _rt_expected(case)
    if len(expected) == len(predicted) and all(
            (e[1], e[2]) == (p[1], p[2]) and _close(e[3], p[3]) and (e[4] is None or e[4] == p[4])
            for e, p in zip(sorted(expected, key=lambda x: x[1]), sorted(predicted, key=lambda x: x[1]),
                            strict=True)):
        return True, ""
    if not expected:
        return False, "reported a number where none is expected"
    if not predicted:
        return False, "missed"
    if len(expected) != len(predicted):
        return False, "different number of entities"
    spans_equal = all((e[1], e[2]) == (p[1], p[2]) for e, p in zip(expected, predicted, strict=True))
    return False, "value differs" if spans_equal else "span differs"


def _category(text: str, reason: str) -> str:
    """A name for why a case disagrees, from the features of its input."""
    features = [
        ("traditional characters", r"[萬億兩點負幾個對雙貳參陸]"),
        ("spaces inside a numeral",
         r"[\d一二三四五六七八九十百千万亿零两]\s+[\d一二三四五六七八九十百千万亿零两点分之又]"),
        ("fraction or mixed number", r"分\s*之|又|/"),
        ("scientific or power notation", r"\d[eE]|\^"),
        ("percentage point (pp by design)", r"百分点|百分點"),
        ("qualifier word (超/近/约/多/余, kept in our span by design)", r"超|近|约|多|余|以上|左右|不到|逾"),
        ("discount 折 / tenths 成", r"折|成"),
        ("classifier words (对/双/打)", r"对|双|打"),
    ]
    for name, pattern in features:
        if re.search(pattern, text):
            return f"{name}: {reason}"
    return reason


def _rt_suite(name: str, path: str, predict: Callable[[str], list[tuple[str, int, int, float, str | None]]]) -> Result:
    """Run one Recognizers-Text spec file's Python-runnable cases through ``predict``."""
    result = Result(name)
    for case in _load(RT / path):
        if _python_runnable(case):
            text = case["Input"]
            ok, reason = _rt_compare(case, predict(text))
            result.record(ok, _category(text, reason), text[:40])
    return result


def _core_span(text: str, start: int, end: int, strip_words: Iterable[str]) -> tuple[int, int]:
    """Our span without the qualifier words that Recognizers-Text leaves out of its own."""
    changed = True
    while changed:
        changed = False
        for word in strip_words:
            if text.startswith(word, start) and start + len(word) < end:
                start += len(word)
                changed = True
            if text.endswith(word, start, end) and end - len(word) > start:
                end -= len(word)
                changed = True
    return start, end


_LEAD_WORDS = ("超过", "超", "近", "约", "逾", "不到", "不足", "大约", "将近", "接近", "至少", "最多")
_TAIL_WORDS = ("以上", "以下", "左右", "以内", "上下")


def _claim_spans(text: str, keep: Callable[[object], bool], unit_name: Callable[[object, str], str | None]):
    """Our mentions that ``keep`` selects, with their spans cut to Recognizers-Text's convention."""
    folded = fold_width(text)
    predicted = []
    for m in mentions(text):
        if keep(m):
            start, end = _core_span(folded, m.start, m.end, _LEAD_WORDS + _TAIL_WORDS)
            predicted.append((text[start:end], start, end, m.value, unit_name(m, folded[start:end])))
    return predicted


def _currency_name(mention: object, span: str) -> str | None:
    name = next((n for word, n in RT_CURRENCY_WORDS.items() if word in span), None)
    return name or RT_CURRENCY.get(mention.unit, mention.unit)  # type: ignore[attr-defined]


def rt_number_model() -> Result:
    return _rt_suite("Recognizers-Text zh NumberModel", "Number/Chinese/NumberModel.json",
                     lambda text: [(n.text, n.start, n.end, n.value, None) for n in numbers(text)])


def rt_percent_model() -> Result:
    return _rt_suite("Recognizers-Text zh PercentModel", "Number/Chinese/PercentModel.json",
                     lambda text: _claim_spans(text, lambda m: m.unit in ("percent", "pp"), lambda m, span: None))


def rt_currency_model() -> Result:
    return _rt_suite("Recognizers-Text zh CurrencyModel", "NumberWithUnit/Chinese/CurrencyModel.json",
                     lambda text: _claim_spans(text, lambda m: m.family == "money", _currency_name))


# -- cn2an ----------------------------------------------------------------------------------------------

def cn2an_cases() -> list[Result]:
    data = _load(PEER_SPECS / "cn2an" / "cn2an_cases.json")
    cases = data["cases"]
    # cn2an's test extends normal with strict and smart with normal; each mode is scored on its own cases.
    results = []
    for mode in ("strict_data_dict", "normal_data_dict", "smart_data_dict"):
        result = Result(f"cn2an {mode.split('_')[0]}")
        for text, expected in cases[mode].items():
            found = numbers(text)
            ok = len(found) == 1 and (found[0].start, found[0].end) == (0, len(text)) and _close(
                found[0].value, float(expected))
            reason = "missed" if not found else "value differs" if len(found) == 1 else "split in several numbers"
            if re.search(r"[元圆角分整正]", text):
                reason = f"money words (元角分整): {reason}"
            result.record(ok, _category(text, reason), f"{text} = {expected}")
        results.append(result)
    rejected = Result("cn2an must-reject")
    for key, values in cases.items():
        if "error" not in key:
            continue
        for text in values:
            value = NUMERALS.resolve(text)
            rejected.record(value is None, "accepted an ill-formed numeral", text)
    if rejected.total:
        results.append(rejected)
    return results


# -- Duckling -------------------------------------------------------------------------------------------

def duckling_numerals() -> Result:
    data = _load(PEER_SPECS / "duckling" / "zh_corpus.json")
    result = Result("Duckling zh Numeral")
    for group in data["corpora"]["Numeral"]["groups"]:
        expected = group["expected"]
        for text in group["inputs"]:
            found = numbers(text)
            ok = expected.get("kind") == "value" and len(found) == 1 and _close(found[0].value, expected["value"])
            result.record(ok, _category(text, "missed" if not found else "value differs"),
                          f"{text} = {expected.get('value')}")
    return result


# -- JioNLP ---------------------------------------------------------------------------------------------

_JIO_DEFINITION = {"exact": "accurate", "approx": "blur", "range": "blur", "over": "blur+", "at_least": "blur+",
                   "under": "blur-", "at_most": "blur-"}


def jionlp_money_parse() -> Result:
    data = _load(PEER_SPECS / "jionlp" / "money_parser_cases.json")
    result = Result("JioNLP money parse")
    for case in data["cases"]:
        text, expected = case["input"], case["expected"]
        claims = [c for c in extract(text) if c.unit in ("CNY", "USD", "EUR", "other_currency")]
        if len(claims) != 1:
            result.record(False, _category(text, "no money claim" if not claims else "several claims"), text)
            continue
        claim = claims[0]
        number = expected["num"]
        if isinstance(number, list):
            low, high = float(number[0]), float(number[1])
            value_ok = _close(claim.value, low) and (claim.upper is None or _close(claim.upper, high))
        else:
            value_ok = _close(claim.value, float(number))
        definition = _JIO_DEFINITION[claim.qualifier]
        if claim.vague or (claim.qualifier == "over" and isinstance(number, list)):
            definition = "blur"  # 3000多欧元, 几十万: JioNLP calls an open "more than" a blur range
        ok = value_ok and definition == expected["definition"]
        reason = "value differs" if not value_ok else f"qualifier {claim.qualifier} vs {expected['definition']}"
        result.record(ok, _category(text, reason), f"{text} -> {claim.value} {claim.qualifier}")
    return result


def jionlp_money_extract() -> Result:
    data = _load(PEER_SPECS / "jionlp" / "money_extractor_cases.json")
    result = Result("JioNLP money extraction")
    for case in data["cases"]:
        text = case["input"]
        expected = [tuple(e["offset"]) for e in case["expected"]]
        predicted = [(c.start, c.end) for c in extract(text) if c.unit in ("CNY", "USD", "EUR", "other_currency")]
        ok = predicted == expected
        reason = "missed" if expected and not predicted else "false money" if not expected else "span differs"
        result.record(ok, _category(text, reason), text[:40])
    return result


SUITES: tuple[Callable[[], Result | list[Result]], ...] = (
    rt_number_model, rt_percent_model, rt_currency_model, cn2an_cases, duckling_numerals, jionlp_money_parse,
    jionlp_money_extract,
)


def run() -> list[Result]:
    from bench.conformance_en import SUITES_EN  # it imports this module's helpers

    results: list[Result] = []
    for suite in (*SUITES, *SUITES_EN):
        produced = suite()
        results.extend(produced if isinstance(produced, list) else [produced])
    return results


def main() -> int:
    if not PEER_SPECS.is_dir():
        print(f"conformance: no peer specs at {PEER_SPECS} (set PEER_SPECS)", file=sys.stderr)
        return 2
    results = run()
    for result in results:
        print(f"{result.suite:<40} {result.passed:>4}/{result.total:<4} {result.rate:6.1%}")
        for category, count in result.categories.most_common():
            examples = " | ".join(result.examples[category])
            print(f"    {count:>3}  {category}    e.g. {examples}")
    number, percent = results[0], results[1]
    combined = (number.passed + percent.passed) / (number.total + percent.total)
    print(f"\nRecognizers-Text zh NumberModel + PercentModel: {combined:.1%}")
    english = [r for r in results if r.suite.startswith("Recognizers-Text en ") and "Dimension" not in r.suite]
    passed, total = sum(r.passed for r in english), sum(r.total for r in english)
    print(f"Recognizers-Text en NumberModel + PercentModel + CurrencyModel: {passed}/{total} = {passed / total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
