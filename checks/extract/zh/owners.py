"""Whose figures the figures of a Chinese text are, when their own clause names no owner: the carrying of owners.

An owner named in a document's opening (a headline, a lead) owns the figures of the whole document that name none;
an owner named later owns the figures that follow it within its paragraph, until another is named; a new paragraph
goes back to the document's owner. The members of a list or a ranking (三星…；华为…；小米…, named in one sentence)
each own their own figures, not those after their sentence; a rival's figure (优于特斯拉的88.88万辆) is the rival's and
passes nothing on. A deictic owner (该公司, 全市, 我省) is the name the document gives it, when it gives one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from checks.extract.carry import COUNTED_GROUP  # a counted group owns only its own sentence's figures
from checks.extract.claim import Claim
from checks.extract.zh.issuer import opening_issuer
from checks.extract.zh.measure import is_quantity
from checks.extract.zh.opening import sentence_owner
from checks.extract.zh.vocabulary import PROVINCES

# How far into a document its owner may be named and still own the figures of the whole document
OPENING = 400
# Owners that point at the one a text is about (全国, 我省, 该公司) rather than name a member of a list
DEICTIC = re.compile(r"(?:全|我|本|该)(?:国|省|市|区|县|州)|中国|国内|(?:本|该)?(?:公司|集团)|(?:本|该)行")
# The deictic owners that stand for a name the text gives (全市 for 玉环市, 该公司 for 蔚来汽车, 该行 for 招商银行), by
# the kind of name: a place's level, or an organisation; 全国, 我国 and 中国 are one country and stay as written.
POINTING = re.compile(r"(?:全|我|本|该)(?P<place>[省市区县州])|(?:本|该)?(?P<firm>公司|集团)|(?:本|该)(?P<bank>行)")
# Names of those kinds: a place by its level (玉环市, 福建省), a province by its short name, a firm by the word its
# name ends with or in Latin letters (中船股份, 蔚来汽车, 招商银行, OPPO); not a kind or a group (城市, 超市, 上市公司),
# nor an area that is no place of government (城乡社区, 居民小区, 产业园区, 旅游景区, 矿区, 校区).
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?<![城超上股楼车都门夜集各地级全我本该社小园景郊辖片街商矿灾校展])"
                         r"(?P<level>[省市区县州])")
_FIRM_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:集团|股份|公司|银行|汽车|科技|控股|电子|地产|置业|保险|证券|"
                        r"航空|人寿|财险|电器|药业|医药|传媒|航运|物流|快递|速运|酒业|乳业|食品|商行|农商行)|[A-Za-z][A-Za-z0-9&.\-]{1,15}")
_NOT_A_FIRM = re.compile(r".*(?:上市|商业|城市|农村|外资|股份制|大型|中小|民营|国有|保险|各|多家|其他|主要|新能源|电动)"
                         r"(?:公司|银行|汽车|集团)$")
PROVINCE_NAMES = frozenset(PROVINCES)
# A sentence that names the parts of what was just said: its owners are members, not the text's (其中智能电动汽车业务…)
_PART = re.compile(r"\s*其中")
# What a company publishes of itself, right after the verb that publishes it (蔚来公布第三季业绩, 小米集团最新公布的
# 财报): the publisher is the one the document is about. Not data or a report, which a statistics body or an analyst
# publishes about others.
_RESULTS = re.compile(r"[^，,。；;：:]{0,24}?(?:业绩|财报|财务报告|季报|年报|中报|半年报|成绩单|业绩快报|经营简报)")
# Publishers that are groups, not one party (多家上市航司, 部分房企): no owner of a document
_GROUP_PUBLISHER = re.compile(r"(?:多|各|部分|上市|主要)")


def carry_owners(claims: Sequence[Claim], text: str, sentence_of: Sequence[tuple[int, int]],
                 local: Sequence[bool]) -> list[Claim]:
    """The claims, those that name no owner given the owner that holds where they stand (``local`` marks the
    figures whose owner is their own and is passed on to none: a rival's). The work is linear in the claims: each
    looks at the text between it and the figure before it only."""
    # (全省排位第三 after 全州肉类总产量20.37万吨: the ranking's scope, not who is ranked, who owns what comes after)
    claims = [c.replaced(subject=None) if c.kind == "rank" and c.subject in _RANK_SCOPES
              and c.subject in text[max(0, c.start - 8):c.start] else c for c in claims]
    carried = list(claims)
    # (计算机外围设备（49.1%）: a figure in brackets right after a name is a list's item, its name no owner to pass on)
    passes = [bool(c.subject) and not own and not COUNTED_GROUP.match(c.subject or "")
              and text[max(0, c.start - 1):c.start] not in ("（", "(")
              for c, own in zip(claims, local, strict=True)]
    listed = _listed_sentences(claims, text, sentence_of, passes)
    document = publisher(text) or headline_firm(text)
    # (the first owner of the opening otherwise; named past the text's lead, it owns its paragraph on, not the
    # figures of the paragraphs before it: 四川 named in a ranking's fifth paragraph is no owner of the first four)
    first = None if document else next(
        (c for c, passing, span in zip(claims, passes, sentence_of, strict=True)
         if passing and c.start < OPENING and span[0] not in listed and c.subject not in _REGIONS), None)
    document = first.subject if first is not None else document
    owned_from = text.rfind("\n", 0, first.start) + 1 if first is not None and first.start > _opening_end(text) \
        and not DEICTIC.fullmatch(first.subject or "") else 0  # (全市, 我省: the text's own place wherever named)
    named = document if not owned_from else None
    labels = paragraph_labels(text)
    before_sentence = named  # the owner that held before the sentence being read, for a list's members
    sentence_openers = sentence_labels(text)
    openers = dict(sentence_openers)
    items = numbered_items(text, {c.subject for c in claims if c.subject})
    item = 0
    for index, claim in enumerate(claims):
        while item < len(items) and items[item][0] < claim.start:  # 1、永辉超市：前三季度亏损7.1亿: the item's own
            if not index or items[item][0] >= claims[index - 1].end:
                named = items[item][1]
            item += 1
        if openers and (not index or sentence_of[index][0] != sentence_of[index - 1][0]):
            opening = _OPENING_LABEL.match(text, sentence_of[index][0])  # 云南：10月1日-4日，全省接待…: 云南's
            named = openers.get(opening.start("label"), named) if opening is not None else named
        if index and sentence_of[index][0] != sentence_of[index - 1][0]:
            if sentence_of[index - 1][0] in listed:
                named = before_sentence  # a list's members own their sentence's figures, no later ones
            broken = text.rfind("\n", claims[index - 1].end, claim.start)
            if broken >= 0:  # a new paragraph: the owner its opening names (全球市场方面，…), else the document's;
                # the figure's own sentence was read for its owner already, with the figure
                opening = text[broken + 1:sentence_of[index][0]].strip()
                named = labels.get(broken + 1) or (
                    sentence_owner(text, broken + 1, claim.start) if opening else None) or (
                    document if broken + 1 >= owned_from else None)
            before_sentence = named
        if passes[index]:
            named = claim.subject
        elif not claim.subject and named:
            carried[index] = claim.replaced(subject=named)
        if not claim.subject and not claim.segment and index and sentence_of[index - 1][0] == sentence_of[index][0] \
                and "岁" in (claims[index - 1].segment or "") \
                and not _parallel(claim.metric, claims[index - 1].metric, claims[index - 1].segment or ""):
            # 60岁及以上老年网民规模达1.19亿，互联网普及率达43.2%: a group of people by age, named first in the
            # sentence, is what its later figures are of (any member holding on drew a false finding on fresh text)
            carried[index] = carried[index].replaced(segment=claims[index - 1].segment)
        elif not claim.segment and (whole := _whole_of_part(claims, index, text, sentence_of)) is not None:
            carried[index] = carried[index].replaced(segment=whole.segment)
    return _named(carried, text, labels, sentence_openers)


# The country's regions, members of its breakdown by region: never the owner of a whole text (分地区看，东部地区投资
# 增长22.3%: the nation's figures before it are not the east's)
_REGIONS = ("东部地区", "中部地区", "西部地区", "东北地区")
_RANK_SCOPES = ("全省", "全国", "全市", "全区")


def _opening_end(text: str) -> int:
    """Where a text's opening ends: its title lines (no full stop at their end) and the first paragraph after them
    that ends as a sentence does (the lead), within OPENING characters (a figure's owner named in the fifth paragraph
    of a ranking is no owner of the first four)."""
    at = 0
    while at < min(len(text), OPENING):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end >= OPENING:
            return OPENING  # (a line running past the opening: read no further, nor copy a run-on text whole)
        if text[at:end].strip().endswith(("。", "！", "？", ".", "!", "?", "”")):
            return min(OPENING, end)
        at = end + 1
    return OPENING


def _whole_of_part(claims: Sequence[Claim], index: int, text: str,
                   sentence_of: Sequence[tuple[int, int]]) -> Claim | None:
    """国有控股企业实现利润总额15194.1亿元，增长6.4%，其中，主营活动利润12385.2亿元，下降0.2%: a figure of another
    quantity after 其中 (and its rate, in the clauses up to the next ；) is the member's, named with the whole before
    it in the sentence; a part that names a member of its own keeps it."""
    claim = claims[index]
    for back in range(index - 1, max(-1, index - 6), -1):
        earlier = claims[back]
        if sentence_of[back][0] != sentence_of[index][0]:
            return None
        between = text[earlier.end:claim.start]
        if "；" in between or ";" in between:
            return None
        if "其中" in between:
            return earlier if earlier.segment and earlier.metric and claim.metric and earlier.metric != claim.metric \
                and not _parallel(claim.metric, earlier.metric, earlier.segment) else None
    return None


# A paragraph opening with a place as its label (上海：…；成都：…): the place owns the paragraph's figures. Only
# when two paragraphs or more open so (a list of places, one a paragraph), and not a word that introduces (其中：,
# 具体来看：, 数据显示：, 一是：, 注：), which the characters it is made of tell.
_LABEL = re.compile(r"^[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{2,4})[：:]")
# The labels of the lines after the first, each found from the line break before it: opening with it, the pattern lets
# the engine skip to each line break by itself (a line start tried at every character cost more than the labels)
_LINE_LABEL = re.compile(rf"\n{_LABEL.pattern[1:]}")
# A label opening a sentence after the paragraph's first (…。云南：…)
_SENTENCE_LABEL = re.compile(rf"(?:^|[。；;\n]){_LABEL.pattern[1:]}")
_OPENING_LABEL = re.compile(_LABEL.pattern[1:])
AUTONOMOUS_REGIONS = frozenset({"新疆", "西藏", "内蒙古", "广西", "宁夏"})  # 全区 of a province-level region
_NOT_A_LABEL = re.compile(r"[看是其中如下据示说称表为一二三四五六七八九十总综此外注备附来源问答题要点"
                          r"按摘导语前言背景结论概况时者记我们你他她它的了和与及在对从]")


def paragraph_labels(text: str) -> dict[int, str]:
    """The places that label paragraphs, by the offset where each labelled paragraph starts."""
    if "：" not in text and ":" not in text:
        return {}
    first = _LABEL.match(text)
    labels = ([(0, first.group("label"))] if first is not None else []) + [
        (m.start() + 1, m.group("label")) for m in _LINE_LABEL.finditer(text)]
    # (净利润：…; 营收：…: a line a quantity labels is that quantity's, not an owner's)
    found = {start: label for start, label in labels if not _NOT_A_LABEL.search(label) and not is_quantity(label)}
    return found if len(found) >= 2 else {}


# A numbered item's label (1、永辉超市：…): the firm or place each item of a roundup is about
_NUMBERED_LABEL = re.compile(r"(?:^|(?<=[\s。；;：:]))\d{1,2}[、.．]\s*(?P<label>[\u4e00-\u9fff]{2,8})[：:]")


def numbered_items(text: str, owners: set[str]) -> list[tuple[int, str]]:
    """The labels of numbered items that name a firm or place, or an owner the text names elsewhere, by offset."""
    if "、" not in text and "．" not in text and "." not in text:
        return []
    return [(m.start(), m.group("label")) for m in _NUMBERED_LABEL.finditer(text)
            if _kind(m.group("label")) is not None or m.group("label") in owners]


def sentence_labels(text: str) -> list[tuple[int, str]]:
    """The places that label sentences within a paragraph (…。云南：…，全省接待游客…), by offset, when the text
    has two or more."""
    if "：" not in text and ":" not in text:
        return []
    found = [(m.start("label"), m.group("label")) for m in _SENTENCE_LABEL.finditer(text)
             if _kind(m.group("label")) is not None]  # a place's name (四川, whose 四 no other label may hold)
    return found if len(found) >= 2 else []


def headline_firm(text: str) -> str | None:
    """The company or bank a headline names that the text goes on naming (长安银行增资26.11亿股获批, then 长安银行 again
    and again): the one the text is about, though its lead may name the sector's figures first."""
    line = text[:text.find("\n")] if "\n" in text else ""
    if not 4 <= len(line.strip()) <= 80:
        return None  # no headline line
    for found in _FIRM_NAME.finditer(line):
        name = found.group(0)
        if _kind(name) in ("firm", "bank") and text.count(name) >= 3 and not name.isascii():
            return name
    return None


def publisher(text: str) -> str | None:
    """The company a document reports the results of, when its opening says it published them (蔚来（9866）公布第三
    季业绩; 腾讯控股发布第一季度财报; 小米集团最新公布的财报显示), else None."""
    found = opening_issuer(text)
    if found is None or _RESULTS.match(text, found.end()) is None:
        return None
    name = re.sub(r"最新$", "", found.group("issuer"))
    return None if _GROUP_PUBLISHER.match(name) or len(name) < 2 else name


def _parallel(metric: str | None, before: str | None, member: str) -> bool:
    """Whether a figure names a member of its own beside the one before (国有投资增长24.2%，非国有投资增长2.2%): its
    quantity is the one before with other words in front, or holds the member's name."""
    return bool(metric) and (member in (metric or "") or (bool(before) and (metric or "").endswith(before or "")))


def _counted(sentence: str, name: str) -> bool:
    """Whether a name stands counted in its sentence (28家公司): a group of units, not the one a text is about."""
    at = sentence.find(name)
    return at >= 2 and sentence[at - 1] in "家个" and sentence[at - 2].isdigit()


def _kind(name: str) -> str | None:
    """The kind of name an owner is: a place of a level (省, 市, …), a firm (firm, bank), or none known."""
    if name in PROVINCE_NAMES:
        return "省"
    place = _PLACE_NAME.fullmatch(name)
    if place is not None:
        return place.group("level")
    if _FIRM_NAME.fullmatch(name) and not _NOT_A_FIRM.match(name):
        return "bank" if name.endswith(("银行", "商行")) else "firm"
    return None


def _named(claims: list[Claim], text: str, labels: dict[int, str], openers: list[tuple[int, str]]) -> list[Claim]:
    """The claims with their deictic owners (全市, 该公司) replaced by the name the text gives them: the place that
    labels their paragraph (or, within it, the sentences before them: ``openers``, see sentence_labels) when it is of
    that kind, else the last of that kind named before the figure, else the first named after it, else the one the
    headline opens with."""
    pointing = [POINTING.fullmatch(c.subject) if c.subject else None for c in claims]
    if not any(pointing):
        return claims
    headline = text[:min(OPENING, text.find("\n") if "\n" in text else OPENING)]
    opening = sentence_owner(headline, 0, len(headline))
    names: list[tuple[int, str, str]] = []  # (index, kind, name) of the owners named as names
    for index, claim in enumerate(claims):
        kind = _kind(claim.subject) if claim.subject and pointing[index] is None else None
        if kind is not None:
            names.append((index, kind, claim.subject or ""))
    if opening and _kind(opening):
        names.insert(0, (-1, _kind(opening) or "", opening))
    resolved = list(claims)
    for index, found in enumerate(pointing):
        if found is None or _counted(claims[index].sentence, found.group(0)):
            continue  # 28家公司: a counted group, no deictic owner
        wanted = found.group("place") or ("bank" if found.group("bank") else "firm")
        kinds = ("firm", "bank") if wanted == "firm" else (wanted,)
        paragraph = text.rfind("\n", 0, claims[index].start) + 1
        label = labels.get(paragraph) if labels else None
        if label is None and openers:  # 新疆：…全区接待游客…。云南：…全省接待游客…: the last label of its paragraph
            at = bisect.bisect_right(openers, (claims[index].start, "")) - 1
            label = openers[at][1] if at >= 0 and openers[at][0] >= paragraph else None
        if label is not None and (_kind(label) in kinds or (wanted == "省" and label in PROVINCE_NAMES)
                                  or (wanted == "区" and label in AUTONOMOUS_REGIONS)):
            resolved[index] = claims[index].replaced(subject=label)  # 甘肃：全省共接待游客…: 全省 is 甘肃
            continue
        before = [name for at, kind, name in names if at < index and kind in kinds]
        after = [name for at, kind, name in names if at > index and kind in kinds]
        # (全区, then 区本级, 航空经开区 and 经开区 as members of a breakdown: none of them is the text's own)
        name = before[-1] if before else after[0] if len(set(after)) == 1 else None
        if name is not None:
            resolved[index] = claims[index].replaced(subject=name)
    return resolved


def _listed_sentences(claims: Sequence[Claim], text: str, sentence_of: Sequence[tuple[int, int]],
                      passes: Sequence[bool]) -> set[int]:
    """The starts of the sentences whose owners are members: those that name two owners or more (全国 and 我国 are
    one), the members of a list or a ranking, and those that open with 其中, the parts of what was just said."""
    owners: dict[int, set[str]] = {}
    counted: set[int] = set()  # (25个红色旅游景区: a counted group owns its sentence's figures only)
    for claim, span, passing in zip(claims, sentence_of, passes, strict=True):
        if passing and claim.subject and not DEICTIC.fullmatch(claim.subject):
            owners.setdefault(span[0], set()).add(claim.subject)
            if _counted(claim.sentence, claim.subject):
                counted.add(span[0])
    listed = {start for start, names in owners.items() if len(names) > 1 or _PART.match(text, start)} | counted
    # (其中，永辉超市…亏损7.10亿元；中百集团分别累计亏损5.80亿元: the clause after the semicolon lists on)
    starts = sorted({span[0] for span in sentence_of})
    for before, start in itertools.pairwise(starts):
        if before in listed and text[max(0, start - 4):start].rstrip().endswith(("；", ";")):
            listed.add(start)
    return listed
