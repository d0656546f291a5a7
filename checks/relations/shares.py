"""shares_of_whole: shares of one whole add up to at most 100% (to 100% when they are all of it).

Shares are taken as parts of one whole when the text lists them so (分别占38%、45%和22%; 贡献率分别为…; favored it
45% to 42%, with 13% not sure; 92.0% and 8.0% of people), when each names a member of one breakdown (线上占比…，
线下占比…), when a run of clauses each gives a group its share (公务员70人，占17.37%；公司职员98人，占24.32%…), when
they name the same whole (占社会消费品零售总额的87.0%…占…的13.0%), or when they are a structure (7.7:57.5:34.8).
Each entity's own ratio (占比分别为, 各自的) is not a share of one whole and is not summed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.extract.text import clause_start
from checks.relations.base import LIST_GAP, Doc, Relation, bounds, by_sentence, label, label_before, num, plain, shown
from checks.relations.brackets import bracket_shares
from checks.relations.breakdowns import COMPLETE, PARTITIONS, membership, partition_of
from checks.relations.grim import SAMPLE
from checks.relations.markets import market_shares
from checks.relations.numbered import ranked_shares
from checks.relations.pairs import amounts_of_two_quantities
from checks.relations.remaining import remaining_shares
from checks.relations.statements import stated_near
from checks.relations.units import unit_word

SHARE_OF = re.compile(r"占|比重|份额|构成|贡献率|share|of\s", re.IGNORECASE)
# 分别占 (the verb) lists parts of one whole; 占比分别为 lists each entity's own ratio, which may add up to anything.
RESPECTIVELY = re.compile(
    r"分别占(?:据|到|了)?[^，,。；;占比]{0,12}的?\s*$"  # 分别占38%、45%: parts of one whole
    r"|占[^，,。；;占比]{1,16}的(?:比重|比例|份额)分别为\s*$"  # 占地区生产总值的比重分别为: the whole is named
    r"|(?:贡献率|构成|结构)分别(?:为|是|达)?\s*$"  # 三次产业对经济增长的贡献率分别为
    r"|所占(?:比重|比例|份额)分别(?:为|是|达)?\s*$")  # 基础研究、应用研究和试验发展经费所占比重分别为
# 甲和乙分别以超35%和7%的市占率…: sellers named with their shares of one market.
BY_SHARES = re.compile(r"分别以\s*$")
SHARES_OF_A_MARKET = re.compile(r"\s*(?:左右)?\s*的\s*\w{0,6}?(?:市场份额|份额|市占率|市场占有率|占有率)")
# A poll's answers: favored it 45% to 42%, with 13% not sure.
POLL_GAP = re.compile(r"^\s*(?:to|-|–)\s*$|^\s*,?\s*with\s+$", re.IGNORECASE)
GROUP_SHARE = re.compile(r"\s*[，,]?\s*(?:占|占比为?|比例为)\s*")
# The group a share is said of, after it: 70 percent were female; 40 percent male.
SAID_AFTER = re.compile(r"\s+(?:(?:were|are|was|is|said|say)\s+)?(?P<label>[a-z]+)\b", re.IGNORECASE)
STRUCTURE_GAP = re.compile(r"^\s*[:：∶]\s*$")


def shares_of_whole(doc: Doc) -> Iterable[Relation]:
    seen: set[tuple[int, ...]] = set()
    for group, complete, why in _groups(doc):
        key = tuple(int(c["_index"]) for c in group)
        if len(group) < 2 or key in seen:
            continue
        seen.add(key)
        if not _OWN_WHOLE.search(doc.before(group[0], 30)):  # (占本地区…的比重分别为: each member's own whole)
            yield _relation(doc, group, complete, why)


_SUMMED = re.compile(r"之和|总和|合计|共计|加总|二者|两者")  # a share of members together, no part beside them
_OWN_WHOLE = re.compile(r"本地区|本省|本市|本区域|本行业|各自|自身")  # a whole that is each member's own


def _relation(doc: Doc, shares: list[dict], complete: bool, why: str) -> Relation:
    low = sum(max(0.0, bounds(c)[0]) for c in shares)
    high = sum(bounds(c)[1] for c in shares)
    gap = max(0.0, low - 100.0, 100.0 - high) if complete else max(0.0, low - 100.0)
    total = sum(float(c["value"]) for c in shares)
    verdict = (f" > 100% (at least {num(round(low, 6))}% allowing for rounding)" if low > 100 and gap else
               f" ≠ 100% (at most {num(round(high, 6))}% allowing for rounding)" if gap else " ≤ 100%")
    arithmetic = (" + ".join(shown(c) for c in shares)
                  + f" = {num(round(total, 6))}%{verdict} (shares of one whole: {why})")
    return Relation(doc.name, "shares_of_whole", tuple(shares), shares[0].get("metric"), (low, high),
                    (100.0 if complete else 0.0, 100.0), gap, arithmetic)


def _shares(sentence: list[dict]) -> list[dict]:
    return [c for c in sentence if c["kind"] == "share" and c["unit"] == "percent"]


def _contributions(sentence: list[dict]) -> list[dict]:
    """Contributions to growth (贡献率): ratios, as one may exceed 100% when another is negative; listed together
    after 贡献率分别为 they are all of the growth, so they are grouped as shares of it."""
    return [c for c in sentence if c["kind"] == "ratio" and c["unit"] == "percent" and "贡献" in str(c.get("metric"))]


def _groups(doc: Doc) -> Iterable[tuple[list[dict], bool, str]]:
    for sentence in by_sentence(doc):
        contributions = _contributions(sentence)
        if len(contributions) >= 2:
            yield from _listed(doc, contributions)
        shares = _shares(sentence)
        if len(shares) < 2:
            continue
        yield from _listed(doc, shares)
        for members in _by_clause_group(doc, shares):
            # a member read as the segment, else named just before (城镇样本占: the segment read 样本)
            partition = partition_of([label(doc, c) for c in members]) \
                or partition_of([label_before(doc.text, c) for c in members])
            if partition is not None and all(SHARE_OF.search(label_before(doc.text, c)) or c.get("segment")
                                             for c in members) and not _within_members(members) \
                    and len({plain(c.get("whole")) for c in members if c.get("whole")}) <= 1 \
                    and not _members_are_wholes(doc, members, partition):
                # (出口…占同期出口总额的27.1%，进口…占同期进口总额的28.1%: each of its own whole)
                # 线上占46%，线下占39%，其余为团购: the rest is named, so the two are not all of it
                rest = _REST.search(doc.text, int(members[-1]["end"]), doc.sentence(members[-1])[1])
                yield members, partition in COMPLETE and len(members) == len(partition) and rest is None, \
                    "/".join(partition)
        said = [SAID_AFTER.match(doc.after(c, 24)) for c in shares]  # 70 percent were female and 40 percent male
        partition = partition_of([s.group("label") for s in said if s]) if all(said) else None
        if partition is not None:
            yield shares, partition in COMPLETE and len(shares) == len(partition), "/".join(partition)
        after = {id(later): earlier for earlier, later in pairwise(sentence)}  # the claim before each
        grouped = [c for c in shares if _group_share(doc, after.get(id(c)), c)]
        if len(grouped) >= 3:  # 公务员70人，占17.37%；公司职员98人，占24.32%；…
            yield grouped, False, "the groups of one count"
        scoped = _in_whole(doc, sentence, shares)
        if scoped:
            yield shares, False, f"the groups {scoped}"
        named = _named_with_the_rest(doc, sentence, shares)
        if named:
            yield named, False, "the members named in turn and the rest"
    yield from _same_whole(doc)
    yield from market_shares(doc)
    yield from bracket_shares(doc)
    yield from _structures(doc)
    yield from remaining_shares(doc)
    yield from ((shares, False, "the shares of a numbered ranking") for shares in ranked_shares(doc))


_REST, _SENTENCE_END = re.compile(r"其余|其他|其它|剩余|余下"), re.compile(r"[。！？!?\n]|\.(?=\s)")  # (3.5: no end)
# A member's share in a clause of its own: 线上营销服务占比56.5%, 直播业务占比30.0%, 其他服务占比13.8%.
MEMBER_SHARE = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:的)?(?:占比|所占比重|所占比例|占)"
                          r"(?:为|达|约)?\s*$")


def _named_with_the_rest(doc: Doc, sentence: list[dict], shares: list[dict]) -> list[dict]:
    """Three or more members, each named with its share in a clause of its own, the last of them the rest (其他服务):
    a breakdown of one whole, whose shares add up to no more than 100%. Each clause holds its share alone, so that
    each entity's own ratio (A公司海外收入占比40%，B公司…) is not taken for one: without the rest named, no group."""
    run: list[dict] = []
    for share in shares:
        clause = doc.text[clause_start(doc.text, doc.sentence(share)[0], int(share["start"])):int(share["start"])]
        found = MEMBER_SHARE.fullmatch(clause.strip())
        if found is None or (run and not _CLAUSE_ONLY.fullmatch(doc.between(run[-1], share))):
            run = []
        if found is not None:
            run.append(share)
            if len(run) >= 3 and _REST.match(found.group("name")):
                return run
    return []


_CLAUSE_ONLY = re.compile(r"\s*[，,；;]\s*[^，,。；;\d%]{0,16}")


def _by_clause_group(doc: Doc, shares: list[dict]) -> list[list[dict]]:
    """The shares of a sentence, and when ；parts them, those of each part too (从性别来看，男性占…，女性占…；从样本
    来源来看，城镇样本占…，农村样本占…: two breakdowns of one sample)."""
    parts = [[shares[0]]]
    for previous, share in pairwise(shares):
        if "；" in doc.between(previous, share) or ";" in doc.between(previous, share):
            parts.append([])
        parts[-1].append(share)
    return [shares] + [part for part in parts if len(part) >= 2] if len(parts) > 1 else [shares]


def _within_members(shares: list[dict]) -> bool:
    """Whether each share is said within its member's group of respondents (城镇受访者月收入3000元以上占45.3%，乡村
    受访者…占21.6%): a share of each group, not the groups' shares of one whole."""
    found = [SAMPLE.match(str(c.get("metric") or "")) for c in shares]
    # 城镇受访者占45.3% (or 女性受访者占比65%): the groups' shares of the sample; 城镇受访者月收入…占: a share within
    # each group
    return all(f is not None and f.end() < len(str(c.get("metric")))
               and str(c.get("metric"))[f.end():] not in _SHARE_WORDS for f, c in zip(found, shares, strict=True))


_SHARE_WORDS = {"占比", "比例", "比重", "占", "所占比例", "所占比重"}


# A sentence that opens with the whole its groups are counted in: 在有效问卷中，…
IN_WHOLE = re.compile(r"\s*(?:在|从)(?P<whole>[^，,。；;在从]{2,16})中\s*[，,]")
GROUP_OF = re.compile(r"[，,；;]?\s*[\u4e00-\u9fff、]{2,16}占\s*")


def _in_whole(doc: Doc, sentence: list[dict], shares: list[dict]) -> str | None:
    """在有效问卷中，管理者阶层占6.78%，经理人员阶层占6.33%，…: four or more groups, each given its share in a clause
    of its own (名称占N%), and no other figure in the sentence: shares of the whole named first."""
    start = doc.sentence(sentence[0])[0]
    opening = IN_WHOLE.match(doc.text, start)
    if opening is None or len(shares) < 4 or len(shares) != len(sentence) or "其中" in doc.text[start:int(
            shares[-1]["start"])]:
        return None
    edges = [opening.end(), *(int(c["end"]) for c in shares[:-1])]
    if not all(GROUP_OF.fullmatch(doc.text, edge, int(c["start"])) for edge, c in zip(edges, shares, strict=True)):
        return None
    return f"in {opening.group('whole')}"


def _group_share(doc: Doc, count: dict | None, share: dict) -> bool:
    """A group's share right after its count (公务员70人，占17.37%), not a part of a part (其中…占16.8%)."""
    if count is None:
        return False
    return count["kind"] == "level" and count["unit"] == "count" and \
        GROUP_SHARE.fullmatch(doc.between(count, share)) is not None and "其中" not in label_before(doc.text, count)


def _listed(doc: Doc, shares: list[dict]) -> Iterable[tuple[list[dict], bool, str]]:
    """Shares listed together after 分别占 / 贡献率分别为, or answers of one poll (45% to 42%, with 13% not sure)."""
    index = 0
    while index < len(shares):
        run = [shares[index]]
        # by position: a slice (or an islice) of the rest for every run is quadratic on a run-on text
        for position in range(index + 1, len(shares)):
            between = doc.between(run[-1], shares[position])
            if LIST_GAP.fullmatch(between) or POLL_GAP.match(between):
                run.append(shares[position])
            else:
                break
        index += len(run)
        if len(run) < 2:
            continue
        first = run[0]
        if RESPECTIVELY.search(doc.before(first, 24)):
            if not amounts_of_two_quantities(doc, first, len(run)):
                yield run, False, label_before(doc.text, first) or str(first.get("metric") or "")
        elif BY_SHARES.search(doc.before(first, 12)) and SHARES_OF_A_MARKET.match(doc.after(run[-1], 20)):
            yield run, False, "the sellers' shares of one market"
        elif (members := _members_before(doc, first, len(run))) is not None:
            yield run, members in COMPLETE and len(run) == len(members), "/".join(members)
        elif all(POLL_GAP.match(doc.between(a, b)) for a, b in pairwise(run)) and \
                re.search(r"\bwith\s*$", doc.between(run[-2], run[-1]), re.IGNORECASE):
            yield run, False, "the answers of one poll"
        # (75% and 70% of their final cumes, respectively: each film's own whole)
        elif re.match(r"\s+of\s(?!their\b|its\b|each\b)", doc.after(run[-1], 12)) and all(
                re.fullmatch(r"\s*and\s*", doc.between(a, b)) for a, b in pairwise(run)):
            yield run, False, "the same whole"  # 92.0% and 8.0% of people


# 东、中、西部地区快递业务量比重分别为: the members listed before the word of a share, each given its share.
MEMBERS_THEN_SHARES = re.compile(r"(?P<names>[\u4e00-\u9fff/]{1,8}(?:[、和及与][\u4e00-\u9fff/]{1,16}){1,7}?)"
                                 r"(?:的)?(?:比重|份额|占比|构成)分别(?:为|是|达)?\s*$")


def _members_before(doc: Doc, first: dict, count: int) -> tuple[str, ...] | None:
    """The breakdown whose members the clause names, one for each share, before 比重分别为 (东、中、西部地区…:
    东部/中部/西部): shares of one whole only when the names are members of a known breakdown."""
    found = MEMBERS_THEN_SHARES.search(_clause_before(doc, first))
    if found is None:
        return None
    names = re.split(r"[、和及与]", found.group("names"))
    if len(names) != count:
        return None
    last = names[-1]
    # 东、中、西部地区: the short names share the last one's ending (东 → 东部地区)
    labels = [name + last[len(name):] if len(name) < len(last) and len(name) == 1 else name for name in names]
    return partition_of(labels)


def _members_are_wholes(doc: Doc, shares: list[dict], partition: tuple[str, ...]) -> bool:
    """Whether English shares name the members as what they are shares of (the ratio of high-tech products in
    manufacturing exports was 3.5%, its share of imports 13.9%): a share of each member, not the members' shares."""
    before = " ".join(doc.text[max(doc.sentence(c)[0], int(c["start"]) - 60):int(c["start"])] for c in shares)
    return before.isascii() and any(re.search(rf"\b(?:of|in)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(member)}\b", before,
                                              re.IGNORECASE) for member in partition)


def _clause_before(doc: Doc, claim: dict) -> str:
    start = doc.sentence(claim)[0]
    return re.split(r"[，,；;：:]", doc.text[max(start, int(claim["start"]) - 40):int(claim["start"])])[-1]


def _same_whole(doc: Doc) -> Iterable[tuple[list[dict], bool, str]]:
    """Shares in one paragraph that name the same whole (占社会消费品零售总额的…)."""
    groups: dict[tuple[int, str, str], list[dict]] = {}
    named: dict | None = None  # the last share that named its whole
    for claim in doc.claims:
        whole = plain(claim.get("whole")).replace("数量", "量")  # 占总投诉量的, 占总投诉数量的: one whole
        period = _stated_period(doc, claim) if claim["kind"] == "share" else ""  # (only shares are grouped)
        if whole and claim["kind"] == "share":
            named = claim
        elif named is not None and not whole and claim["kind"] == "share" \
                and _SHARE_OF_THE_SAME.search(doc.before(claim, 8)) \
                and int(claim["_index"]) - int(named["_index"]) < 4 \
                and (not _SENTENCE_END.search(doc.between(named, claim)) or _members_alike(doc, named, claim)):
            # 占进口总值的41.5%；进口机电产品229.6亿元，占20.5%: the same whole, of the same time
            whole, period = plain(named.get("whole")), period or str(named.get("period") or "")
        if claim["kind"] == "share" and claim["unit"] == "percent" and len(whole) >= 2 \
                and not _SUMMED.search(str(claim.get("metric") or "")):  # (5A、4A级…收入之和占…: overlaps 4A's)
            groups.setdefault((doc.paragraph(claim), _whole_counted(doc, claim, whole), period), []).append(claim)
    for (_paragraph, whole, _period), shares in _joined_by_time(groups).items():
        distinct = {plain(c.get("segment")) + plain(c.get("metric")) for c in shares}
        if len(shares) < 2 or len(distinct) != len(shares):  # one part restated is not two parts
            continue
        members = [membership(label(doc, c)) or membership(str(c.get("metric") or "")) for c in shares]
        if all(members):  # 城镇…乡村…, then 商品零售…餐饮…: two breakdowns of one whole, each its own sum
            by_partition: dict[tuple[str, ...], list[dict]] = {}
            for share, (partition, _member) in zip(shares, members, strict=True):
                by_partition.setdefault(partition, []).append(share)
            for partition, group in by_partition.items():
                named = [m for p, m in members if p == partition]
                if len(set(named)) != len(named) and (_SENTENCE_END.search(
                        doc.text, int(group[0]["end"]), int(group[-1]["start"])) is not None or any(
                        _of_another_breakdown(doc.text[max(doc.sentence(c)[0], int(c["start"]) - 40):int(c["start"])],
                                              partition) for c in group)):
                    continue  # 机电产品出口, 加工贸易出口 (by product, by mode); sentences apart (蔬菜…。…对香港…)
                complete = partition in COMPLETE and len(set(named)) == len(partition)
                yield group, complete, whole
        elif len({doc.sentence(c) for c in shares}) == 1 or not _SENTENCE_END.search(
                doc.text, int(shares[0]["end"]), int(shares[-1]["start"])):
            # shares of one whole named in one sentence, or in its clauses joined by ；(工资性收入…，占可支配收入的
            # 比重为56.7%；经营净收入…，占可支配收入的比重为15.5%；…)
            for group in _named_again(doc, shares):
                if len(group) >= 3 and sum(float(c["value"]) > 50 for c in group) >= 2:
                    continue  # 产业投资…占78.8%；民间投资…占73.7%；工业投资…: two majorities are no two parts of a
                    # whole, so the categories named in turn overlap (by ownership, by industry), no breakdown
                yield group, False, whole


# Wholes named only as "the total": each share's is the total of the amount told just before it.
_GENERIC_WHOLES = {"总数", "总量", "总额", "总体", "全部", "总计", "total", "thetotal"}


def _whole_counted(doc: Doc, claim: dict, whole: str) -> str:
    """A share's whole, told apart by the unit of the amount before it in its sentence when it is named only as the
    total (幼儿园4747所，占总数的68.08%；在园幼儿668596人，占总数的67.68%: two totals)."""
    index = int(claim["_index"])
    if whole not in _GENERIC_WHOLES:
        return whole
    before = next((c for c in reversed(doc.claims[max(0, index - 4):index]) if c["kind"] == "level"), None)
    return f"{whole}:{unit_word(before)}" if before is not None and doc.same_sentence(before, claim) else whole


def _of_another_breakdown(name: str, partition: tuple[str, ...]) -> bool:
    """Whether a label names a member of a known breakdown besides ``partition`` (加工贸易 in 加工贸易出口)."""
    return any(other != partition and partition_of([name, member]) == other
               for other in PARTITIONS for member in other if member not in name)


def _joined_by_time(groups: dict[tuple[int, str, str], list[dict]]) -> dict[tuple[int, str, str], list[dict]]:
    """Shares of one whole and paragraph whose sentences state no time joined to the one time stated there (一季度，
    民营…42.4%。外商…39.6%。), when only one is; with two times stated (10月份…，1-10月份…) they are left apart."""
    times: dict[tuple[int, str], list[str]] = {}  # the times stated for each whole of a paragraph, found once
    for paragraph, whole, period in groups:
        if period:
            times.setdefault((paragraph, whole), []).append(period)
    joined: dict[tuple[int, str, str], list[dict]] = {}
    for (paragraph, whole, period), shares in groups.items():
        stated = times.get((paragraph, whole), [])
        key = (paragraph, whole, stated[0] if not period and len(stated) == 1 else period)
        joined.setdefault(key, []).extend(shares)
    return {key: sorted(shares, key=lambda c: int(c["_index"])) for key, shares in joined.items()}


def _stated_period(doc: Doc, claim: dict) -> str:
    """A share's period when its own sentence states it (a period the paragraph carried to it may be another's: 3月份
    told before the quarter's shares of trade by kind of firm)."""
    period = str(claim.get("period") or "")
    return period if period and stated_near(doc, claim, period) else ""


def _members_alike(doc: Doc, named: dict, claim: dict) -> bool:
    """Whether two shares, sentences apart, are of members of one breakdown (外商投资企业…占我国外贸总值的39.6%。
    国有企业…1.16万亿元，占17.7%): the second's whole is the first's."""
    first, second = membership(label(doc, named)), membership(label(doc, claim))
    return first is not None and second is not None and first[0] == second[0] and first[1] != second[1]


# A share said of an amount just before it with no whole of its own: 进口机电产品229.6亿元，占20.5%.
_SHARE_OF_THE_SAME = re.compile(r"[元人吨个件台辆家]\s*[，,]\s*占\s*$")
# A share that names its whole again (…分别占被调查者总数的55%和45%，…分别占被调查者总数的66%和34%).
_NAMES_WHOLE = re.compile(r"占|比重|份额|of\s", re.IGNORECASE)


def _named_again(doc: Doc, shares: list[dict]) -> Iterable[list[dict]]:
    """Shares of one whole in one sentence: one breakdown when each names the whole on its own (74 per cent of the
    population … 26 per cent of the population); when lists of them each name the whole again (men and women, then
    the levels of schooling, then the trades), each list is a breakdown of its own, summed alone."""
    groups = [[shares[0]]]
    for previous, share in pairwise(shares):
        if _NAMES_WHOLE.search(doc.between(previous, share)):
            groups.append([])
        groups[-1].append(share)
    lists = [group for group in groups if len(group) >= 2]
    yield from lists if lists else [shares]


def _structures(doc: Doc) -> Iterable[tuple[list[dict], bool, str]]:
    """三次产业结构为7.7:57.5:34.8: shares that make the whole."""
    run: list[dict] = []
    for claim in doc.claims:
        if run and claim["kind"] == "share" and STRUCTURE_GAP.match(doc.between(run[-1], claim)):
            run.append(claim)
            continue
        if len(run) >= 3:
            yield run, True, "a structure"
        run = [claim] if claim["kind"] == "share" else []
    if len(run) >= 3:
        yield run, True, "a structure"
