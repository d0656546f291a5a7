"""grim: a percentage of a stated sample is a fraction some whole number of that sample can produce.

The sample is a count of people or forms a survey names (1,012名受访者, 有效问卷663份, 686 students completed the
survey); the percentages are the exact shares said of that sample (37%的受访者, 产业工人占15.69%, 25 percent of
students), in its sentence or in a sentence that names the sample again. A warning, not an error: a percentage of a
subgroup is a fraction of the subgroup, which the text may not state.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable

from checks.relations.arms import arm_of
from checks.relations.base import NEAR, Doc, Relation, num, shown
from checks.relations.breakdowns import membership


class Subset:
    """Some of a document's claims (its samples, its levels), found near a claim by bisection: the work per claim
    stays the same whatever the length of the document."""

    def __init__(self, claims: list[dict]) -> None:
        self.claims = claims
        self.positions = [int(c["_index"]) for c in claims]

    def around(self, claim: dict, reach: int = NEAR) -> list[dict]:
        index = int(claim["_index"])
        return self.claims[bisect.bisect_left(self.positions, index - reach):
                           bisect.bisect_right(self.positions, index + reach)]

    def __len__(self) -> int:
        return len(self.claims)


SAMPLE = re.compile(r"受访者|受访|被访者|样本|问卷|调查对象|被调查者|参与(?:本次|此次|这次)?调查|受调查|走访|抽取|"
                    r"抽样|随机|回访|成功访问|"
                    r"(?:实施|进行|开展|接受)(?:了)?(?:问卷|电话)?调查|"  # 面向2519名国民实施调查
                    r"respondents|people surveyed|adults surveyed|surveyed|participants|students|parents|"
                    r"poll(?:ed)?|voters|家长|学生", re.IGNORECASE)


def grim(doc: Doc) -> Iterable[Relation]:
    counts = [c for c in doc.claims if c["unit"] == "count" and c["kind"] == "level" and c["qualifier"] == "exact"
              and float(c["value"]).is_integer() and 10 <= float(c["value"]) <= 100000]
    samples = Subset([c for c in counts if _sample_noun(doc, c)])
    counts = Subset(counts)
    for claim in doc.claims:
        if claim["unit"] != "percent" or claim["kind"] != "share" or claim["qualifier"] != "exact" \
                or _METHOD.search(doc.before(claim, 12)) or _METHOD.match(doc.after(claim, 8)):
            continue  # (在95%的置信水平下，抽样误差为±4.9%: how the survey was made, no share of its sample)
        sample = arm_of(doc, claim) or _group_of(doc, claim, counts) or _sample_of(doc, claim, samples, counts)
        if sample is None or _ITS_SHARE.fullmatch(doc.between(sample, claim)):
            continue  # 18岁及以下被调查者有1323人，占8.29%: the group's count and its share of the sample, no sample
        size = int(float(sample["value"]))
        match = re.search(r"\d+(?:\.(\d+))?", str(claim["text"]))
        if match is None:
            continue
        decimals = len(match.group(1) or "")
        value = float(claim["value"])
        nearest = round(value * size / 100)
        arithmetic = (f"{shown(claim)} of {size} ({shown(sample)}) is {num(round(value * size / 100, 3))};"
                      f" {nearest} of {size} would be {round(nearest / size * 100, decimals):.{decimals}f}%")
        yield Relation(doc.name, "grim", (sample, claim), claim.get("metric"), (value, value), (value, value), 0.0,
                       arithmetic, possible=_grim_possible(value, size, decimals))


_ITS_SHARE = re.compile(r"[^，,。；;\d]{0,3}[，,]?\s*(?:占|占比为?|比例为)\s*")
_METHOD = re.compile(r"(?:的)?置信|误差|margin\s+of\s+error|\s*confidence|[±]\s*$", re.IGNORECASE)


def _sample_noun(doc: Doc, claim: dict) -> str | None:
    """The sample noun a count is of, in the words right around it (1,012名受访者, 有效问卷663份, 686 students)."""
    start, end = int(claim["start"]), int(claim["end"])
    if _ITS_SHARE.match(doc.text, end, end + 8):
        return None  # 18岁及以下被调查者有1323人，占8.29%: a group of the sample, told with its share
    around = re.split(r"[，,。；;！？!?\n]", doc.text[max(0, start - 10):start])[-1] + \
        re.split(r"[，,。；;！？!?\n]", doc.text[end:end + 14])[0]
    found = SAMPLE.search(around)
    if found is None and _AMONG.search(doc.text, max(0, start - 120), start):
        return "surveyed"  # The survey was conducted online … among 310 U.S. small business owners
    return found.group(0).lower() if found else None


# a survey's sample named after "among" in the sentence that says how the survey was made
_AMONG = re.compile(r"\b(?:survey|poll)\b[^.;]{0,100}?\bamong\s+(?:a\s+(?:total\s+of\s+)?)?$", re.IGNORECASE)


def _sample_of(doc: Doc, share: dict, samples: Subset, counts: Subset) -> dict | None:
    """The sample a share is of:

    - the latest surveyed sample before it, in its paragraph or the one before, when the share's sentence speaks of
      the survey (受访, 调查, respondents) or states no count of its own (来自大城市的比例分别为25.8%…: of the 472
      questionnaires the paragraph began with);
    - the document's only sample, before or after, when the share's sentence or the one before names its noun
      (40.1% oppose … a poll of 600 likely voters);
    - a count whose noun the share's sentence rates (32名学员 … 学员考核合格率为87.3%).
    """
    paragraph = doc.paragraph(share)
    start, end = doc.sentence(share)
    sentence = doc.text[start:end]
    before = [s for s in samples.around(share) if int(s["end"]) <= int(share["start"])
              and paragraph - doc.paragraph(s) <= 1]
    if before:
        # (这650人的基本情况是：…男性占47.1%: the sample named again is no count of its own)
        own_counts = any(c["unit"] == "count" and float(c["value"]) != float(before[-1]["value"])
                         for c in doc.in_sentence(share))
        if doc.same_sentence(before[-1], share):
            return before[-1]
        if own_counts:
            return None  # 男性224人，比例为55.6%: a share of the counts beside it (share_vs_counts checks those)
        if not _subgroup(doc, share) and (SAMPLE.search(sentence) or doc.paragraph(before[-1]) == paragraph):
            return before[-1]
    if len(samples) == 1:
        only = samples.claims[0]
        noun = _noun_after(doc, only)
        earlier = doc.text[doc.sentences.span(start - 1)[0]:start] if start else ""
        if noun and (noun in (earlier + sentence).lower() or SAMPLE.search(sentence)):
            return only  # (67 percent of those surveyed: of the survey's 750 respondents)
    if not re.search(r"率(?:为|是|达|达到)?\s*$", doc.text[max(start, int(share["start"]) - 4):int(share["start"])]):
        return None
    for count in reversed(counts.around(share)):
        if int(count["end"]) <= int(share["start"]) and paragraph - doc.paragraph(count) <= 1:
            head = re.match(r"[\u4e00-\u9fff]{2}", doc.text[int(count["end"]):int(count["end"]) + 2])
            return count if head and head.group(0) in sentence else None
    return None


def _subgroup(doc: Doc, share: dict) -> bool:
    """A share of a part (其中…, among women) or of one member's respondents (城镇受访者…占5.8%, rural
    respondents): of a subgroup whose size the text may not give."""
    start = doc.sentence(share)[0]
    clause = re.split(r"[，,；;]", doc.text[start:int(share["start"])])[-1]
    if re.search(r"其中|among|of those|of them", clause, re.IGNORECASE):
        return True
    opening = max(start, int(share["start"]) - 80)
    return any(membership(doc.text[max(opening, found.start() - 4):found.start()]) is not None
               for found in SAMPLE.finditer(doc.text, opening, int(share["start"])))


def _noun_after(doc: Doc, count: dict) -> str | None:
    """The last word of the English noun a sample counts (600 likely voters → voters)."""
    # (310 U.S. small business owners: an owner's name before the noun)
    found = re.match(r"\s+(?:[A-Za-z.-]+\s+){0,3}?([a-z]{4,})\b", doc.text[int(count["end"]):int(count["end"]) + 40])
    return found.group(1) if found else None


def _group_after(doc: Doc, share: dict) -> str | None:
    """The group a percentage is of, by its first two characters: 62%的游客 → 游客; 37%的受访者 → 受访."""
    end = int(share["end"])
    if not doc.text.startswith("的", end):
        return None
    noun = re.match(r"[\u4e00-\u9fff]{2}", doc.text[end + 1:end + 3])
    return noun.group(0) if noun else None


def _counted_noun(doc: Doc, claim: dict) -> str:
    """The words right around a count, within its clause: what it counts (24位商户代表, 居民家庭5000户)."""
    start, end = int(claim["start"]), int(claim["end"])
    before = re.split(r"[，,。；;：:！？!?\n\d]", doc.text[max(0, start - 8):start])[-1]
    after = re.split(r"[，,。；;：:！？!?\n\d]", doc.text[end:end + 20])[0]  # 17名在假期期间…的游客
    return before + after


def _group_of(doc: Doc, share: dict, counts: Subset) -> dict | None:
    """The group a share names right after it (45%的商户代表), counted before it (24位商户代表) in its paragraph
    or the one before."""
    group = _group_after(doc, share)
    if group is None:
        return None
    paragraph = doc.paragraph(share)
    near = [c for c in counts.around(share) if int(c["end"]) <= int(share["start"])
            and paragraph - doc.paragraph(c) <= 1
            and group in _counted_noun(doc, c)]
    return near[-1] if near else None


def _grim_possible(value: float, size: int, decimals: int) -> bool:
    """Whether some whole number k of ``size`` gives ``value`` percent when rounded to ``decimals`` places."""
    step = 0.5 * 10 ** -decimals
    low = math.ceil((value - step) * size / 100 - 1e-9)
    high = math.floor((value + step) * size / 100 + 1e-9)
    return low <= high and high >= 0 and low <= size
