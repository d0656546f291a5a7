"""parts_vs_total for members counted and named: the names a text lists are no more than the count it gives them
(汇龙环保、矽盛电子、百图高新、联茂机械等27个项目; 北京、上海、深圳、广州和成都分居…前5名; 7家企业仍处在净亏损状态，
其中，稻香控股和唐宫中国由盈转亏), and a count after 其中 (or inside 包括…在内的) is no more than the count of the same
counter and noun it is part of (九大千亿产业中有7个产业…，其中…等4个产业; 包括5家来料加工企业在内的47家企业).

Only the upper side is judged: 等 says the names may be fewer than the count, and a writer may name a few of many.
Names are short words between 、 and a last 和/及/与; a list of clauses or of figures is no list of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation

_NAME = r"[\u4e00-\u9fffA-Za-z·]{2,10}"
_NAMES = rf"{_NAME}(?:(?:、|和|及|与|以及){_NAME})+"
# The names right before 等 and the count: 汇龙环保、矽盛电子、联茂机械等27个项目
_NAMED_THEN_COUNTED = re.compile(rf"(?P<names>{_NAMES})等\s*$")
# The names before the places they take, then the top places: 北京、上海和成都分居各城市外卖订单量前5名
_NAMED_THEN_TOP = re.compile(rf"(?P<names>{_NAME}(?:(?:、|和|及|与|以及){_NAME}?)+)"
                             rf"(?:分居|分列|位列|位居|包揽|占据|居)[^，,。；;！？!?\d]{{0,16}}$")
# The names after the count, in a bracket or after 其中: 7家企业…，其中，稻香控股和唐宫中国由盈转亏; 4城（A、B、C和D）
_COUNTED_THEN_NAMED = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:[（(]|[，,]\s*其中\s*[，,：:]?\s*)(?P<names>{_NAMES})"
                                 rf"(?:[)）]|等|均|都|由|为|是|分别)")
# Not names of members: an amount in words (其中约六成布局在…), the parts of a country's 省 (自治区、直辖市), what
# a group covers (涵盖住宅、商业和办公), stages or fields (研发、生产和销售环节), measures (营收、利润和纳税均位列前3)
_NOT_NAMES = re.compile(r"约|近|[一二三四五六七八九十两]成|自治区|直辖市|^(?:涵盖|覆盖|包括|包含|涉及|含)"
                        r"|(?:环节|领域|方面|额|量|率|值|数|收入|利润|规模|指标|增速|增幅)$")
_COUNT = re.compile(r"^\d+(?P<counter>[个家项座所种名位条只款户])$")
_TOP = re.compile(r"^前\d+(?:名|位)?$")
# A count that counts its members by another's: 每个, 人均, 平均, 第N
_NOT_A_GROUP = re.compile(r"每|人均|平均|第$")


def names_against_count(doc: Doc) -> Iterable[Relation]:
    for claim in doc.claims:
        text = str(claim["text"])
        if claim["kind"] == "rank" and _TOP.match(text):
            found = _NAMED_THEN_TOP.search(_clause_before(doc, claim))
            if found and not _NOT_NAMES.search(found.group("names")) and "均" not in found.group(0)[-18:]:
                yield _relation(doc, claim, _names(found.group("names")), "named as taking the top")
            continue
        if claim["kind"] != "level" or claim["unit"] != "count" or not _COUNT.match(text) \
                or _NOT_A_GROUP.search(doc.before(claim, 2)):
            continue
        found = _NAMED_THEN_COUNTED.search(_clause_before(doc, claim))
        if found and not _NOT_NAMES.search(found.group("names")):
            yield _relation(doc, claim, _names(found.group("names")), "named before")
            continue
        found = _COUNTED_THEN_NAMED.match(doc.after(claim, 80))
        if found and not re.search(r"\d", found.group(0)) and not _NOT_NAMES.search(found.group("names")):
            yield _relation(doc, claim, _names(found.group("names")), "named after")


def _clause_before(doc: Doc, claim: dict) -> str:
    before = doc.before(claim, 80)
    return re.split(r"[，,。；;！？!?\n：:]|其中|包括", before)[-1]


def _names(listed: str) -> list[str]:
    """The names of a list: split at 、, the last also at its last 和/及/与 between two names of 2 or more
    characters (呼和浩特、包头和鄂尔多斯; not 及其: A及其子公司 is one member)."""
    names = [name for name in listed.split("、") if name]
    last = re.match(r"(?P<first>.{2,}?)(?:以及|和|与|及(?!其))(?P<second>.{2,})$", names[-1]) if names else None
    if last and not re.search(r"以及|和|与|及(?!其)", last.group("second")):
        names[-1:] = [last.group("first"), last.group("second")]
    if names[-1].endswith("业"):
        # an industry's official name holds 、 and 和 (纺织服装、服饰业; 电气机械和器材制造业): its pieces up to 业
        names = [name for name in re.split(r"(?<=业)(?:、|以及|和|及|与)", listed) if name]
    return names


def _relation(doc: Doc, claim: dict, names: list[str], how: str) -> Relation:
    count = float(claim["value"])
    gap = max(0.0, len(names) - count)
    arithmetic = (f"{len(names)} names {how} {claim['text']} ({'、'.join(names)}) "
                  f"{'>' if gap else '≤'} the {count:g} counted")
    return Relation(doc.name, "parts_vs_total", (claim,), claim.get("metric"), (float(len(names)),) * 2,
                    (0.0, count), gap, arithmetic)


# The whole's count and its members', one figure read as a share: 九大千亿产业中有7个 (7 of 9)
_SAMPLE = re.compile(r"^\S*?中\s*(?:有)?\s*(?P<count>\d+)(?P<counter>[个家项座所种名位条只款户])$")
_WITHIN = re.compile(r"^[^。；;！？!?\n\d]{0,40}?[，,]\s*其中\s*[，,：:]?[^。；;！？!?\n\d]{0,24}$")
_INCLUDED = re.compile(r"^[\u4e00-\u9fff]{0,12}在内的?(?:共|总共|合计)?$")


def subset_counts(doc: Doc) -> Iterable[Relation]:
    """The count after 其中 against the count of the same counter before it in the sentence, no other figure between
    them; the count inside 包括…在内的 against the one right after it: a part of a group, no more than the group."""
    previous: tuple[dict, float, str] | None = None
    for index, claim in enumerate(doc.claims):
        counted = _counted(claim)
        if counted is None:
            previous = None
            continue
        value, counter = counted
        if previous is not None and previous[2] == counter and doc.same_sentence(previous[0], claim):
            between = doc.between(previous[0], claim)
            whole, whole_value = previous[0], previous[1]
            if _WITHIN.match(between) and _same_noun(doc, whole, claim) and not _listed_on(doc, index, counter):
                yield _subset(doc, whole, whole_value, claim, value, "after 其中")
            elif _INCLUDED.match(between) and "包括" in doc.before(whole, 6) and \
                    _noun(doc, claim) and re.sub(r"在内.*", "", between).endswith(_noun(doc, claim)):
                yield _subset(doc, claim, value, whole, previous[1], "inside 包括…在内")
        previous = (claim, value, counter)


def _listed_on(doc: Doc, index: int, counter: str) -> bool:
    """Whether a count of the same counter follows in the sentence: a list of parts, summed by parts_vs_total."""
    if index + 1 >= len(doc.claims):
        return False
    following = doc.claims[index + 1]
    counted = _counted(following)
    return counted is not None and counted[1] == counter and doc.same_sentence(doc.claims[index], following)


def _counted(claim: dict) -> tuple[float, str] | None:
    text = str(claim["text"])
    if claim["kind"] == "share":
        found = _SAMPLE.match(text)
        return (float(found.group("count")), found.group("counter")) if found else None
    found = _COUNT.match(text)
    if claim["kind"] != "level" or claim["unit"] != "count" or found is None:
        return None
    return float(claim["value"]), found.group("counter")


def _noun(doc: Doc, claim: dict) -> str:
    """The noun a count counts: the two characters after its counter (7个产业), else the two before it (企业有7家)."""
    after = re.match(r"[\u4e00-\u9fff]{2}", doc.after(claim, 2))
    if after:
        return after.group(0)
    before = re.search(r"([\u4e00-\u9fff]{2})(?:有|为|达|共|计)?\s*$", doc.before(claim, 4))
    return before.group(1) if before else ""


def _same_noun(doc: Doc, whole: dict, part: dict) -> bool:
    noun, other = _noun(doc, whole), _noun(doc, part)
    return bool(noun) and noun == other


def _subset(doc: Doc, whole: dict, whole_value: float, part: dict, value: float, how: str) -> Relation:
    gap = max(0.0, value - whole_value)
    arithmetic = (f"{part['text']} {how} {whole['text']}: {value:g} {'>' if gap else '≤'} {whole_value:g}")
    return Relation(doc.name, "parts_vs_total", (whole, part), whole.get("metric"), (value, value),
                    (0.0, whole_value), gap, arithmetic)
