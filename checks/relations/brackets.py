"""Shares of the brackets of one distribution: 18岁以下占2.8%，19—59岁占87.8%，60岁--70岁占9.4%; 月收入1000元以下的
占5.8%，1000-3000元的占41.2%. Brackets of one measure (ages, incomes) do not overlap, so their shares, each in a
clause of its own, add up to no more than 100%. :mod:`checks.relations.shares` judges the groups found here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.extract.text import clause_start
from checks.relations.base import Doc, by_sentence

_NUMBER = r"\d+(?:\.\d+)?"
# 18岁以下, 60岁及以上, 19—59岁, 60岁--70岁, 1000-3000元: a bracket and the unit its bounds are in
_BRACKET = re.compile(rf"(?P<group>[\u4e00-\u9fff]{{0,10}}?(?:在|为)?)"
                      rf"(?P<bracket>{_NUMBER}(?P<below>[\u4e00-\u9fff]{{1,3}}?)(?:及|或)?(?:以下|以上|以内)|"
                      rf"{_NUMBER}(?:[\u4e00-\u9fff]{{1,3}})?\s*(?:-{{1,2}}|[—–~～]{{1,2}}|至|到)\s*{_NUMBER}"
                      r"(?P<range>[\u4e00-\u9fff]{1,3}?))(?:之间)?(?:的)?(?:人群|群体|家庭|受访者|人)?"
                      r"(?:占比|所占比例|占(?:[\u4e00-\u9fff]{1,6}的)?)(?:为|达|约)?")


def bracket_shares(doc: Doc) -> Iterable[tuple[list[dict], bool, str]]:
    """Runs of two or more shares, each the share of a different bracket of one unit named alone in its clause, of
    one group (城镇受访者月收入3000元以上占45.3%，乡村受访者月收入3000元以上占61.6%: two groups' shares of one bracket,
    no distribution)."""
    if "以下" not in doc.text and "以上" not in doc.text:
        return  # a distribution names its open end
    for sentence in by_sentence(doc):
        run: list[dict] = []
        unit = group = None
        seen: set[str] = set()
        for claim in sentence:
            found = _bracket(doc, claim) if claim["kind"] == "share" and claim["unit"] == "percent" else None
            named = None if found is None else (found.group("below") or found.group("range"))
            other_group = found is not None and bool(found.group("group")) and bool(group) \
                and found.group("group") != group
            if found is None or (run and (named != unit or found.group("bracket") in seen or other_group
                                          or re.search(r"[；;]", doc.between(run[-1], claim)))):
                if len(run) >= 2:
                    yield run, False, f"the brackets of {unit}"
                run, unit, seen = ([claim], named, set()) if found is not None else ([], None, set())
                group = found.group("group") if found is not None else None
                if found is not None:
                    seen.add(found.group("bracket"))
                continue
            run.append(claim)
            unit = named
            group = group or found.group("group")
            seen.add(found.group("bracket"))
        if len(run) >= 2:
            yield run, False, f"the brackets of {unit}"


def _bracket(doc: Doc, share: dict) -> re.Match[str] | None:
    start = int(share["start"])
    clause = doc.text[clause_start(doc.text, doc.sentence(share)[0], start):start].strip()
    return _BRACKET.fullmatch(re.sub(r"^(?:按|从)?[\u4e00-\u9fff]{1,6}(?:分|来看|看)[：:]?", "", clause))
