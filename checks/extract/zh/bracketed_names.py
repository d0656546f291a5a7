"""Members named before their figures in brackets: 只有银行(17.17%)、煤炭(8.05%)、公用事业(0.74%)三个行业; 其次则是
北京(76.6%)、上海(74.5%)和广东(70.2%); (安徽:8.2%,云南:2.3%). Each name is the member its figure is of, of the
quantity the list is about: a list of two or more such figures in one sentence is read so, and a name the reading took
for the owner, or a quantity's name that holds another member of the list (只有银行 for 煤炭's), is put right."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.grammar import Dimension, Rule

# The words before an opening bracket, from the mark or word that starts a list's item: 、煤炭(; 其次则是北京(; 和广东(
_BEFORE_BRACKET = re.compile(r"(?:[、，,；;：:和及与或的]|其中|其次|只有|仅有)\s*"
                             r"(?P<item>(?:(?!其中|其次|只有|仅有)[^\W\d_、，,；;：:和及与或的]){1,10})\s*[（(]$")
# A name and a colon inside the brackets: (安徽:8.2%,云南:2.3%)
_INSIDE_BRACKET = re.compile(r"[（(,，、；;]\s*(?P<item>[\u4e00-\u9fff]{1,8})\s*[:：]\s*$")
_AFTER = re.compile(r"\s*[）),，、；;]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_LIST_GAP = 120  # characters between two items of one list at most
_LIST_ITEMS = 16  # items of one list at most (a run-on text is read as lists of this many: linear time)
# No member's name: a time, a quantity's name or a movement (2023年, 认同度, 同比增长), or a rival compared with
# (高于全国平均水平(-8.4%): the country's rate, no member of the city's; 较去年同期(61家): the earlier level)
_NO_NAME = re.compile(r"\d|[年月日]$|季度$|[率额量值数度]$|收入$|利润$|比重$|占比$|比例$|规模$|"
                      r"同比|环比|同期|增长|下降|增速|^(?:较|比|高于|低于|快于|慢于|好于|优于|差于|超过|超出|不及)")

ITEM_NAMES = Dimension("bracketed_names_zh", [
    Rule("leading_word", r"(?:.{0,4}?(?:则是|则为|依次为|分别为|分别是|还是|是|为)|还有|另有)(?P<name>.{2,8})",
         lambda m: m.group("name"),
         examples=(("则是北京", "北京"), ("省份是浙江", "浙江"), ("还有成都银行", "成都银行"))),
    Rule("order_after", r"(?P<name>.{1,8}?)则?(?:紧随其后|紧跟其后|最高|最低|最多|最少|居首|次之|"
                        r"(?:位居|位列|排名)第[一二三四五六七八九十]名?)",
         lambda m: m.group("name"), examples=(("北京紧随其后", "北京"), ("吉林则位列第三名", "吉林"))),
    Rule("bare", r"(?P<name>.{1,8})", lambda m: m.group("name"), examples=(("煤炭", "煤炭"), ("公用事业", "公用事业"))),
])


def bracketed_names(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims with the members named before their bracketed figures (see the module)."""
    read = list(claims)
    if "(" not in text and "（" not in text:
        return read
    named: dict[int, str] = {}
    for index, claim in enumerate(read):
        if claim.kind not in ("share", "growth", "level", "ratio") or not _AFTER.match(text, claim.end):
            continue
        found = _BEFORE_BRACKET.search(text, max(0, claim.start - 16), claim.start) \
            or _INSIDE_BRACKET.search(text, max(0, claim.start - 12), claim.start)
        name = ITEM_NAMES.resolve(found.group("item")) if found is not None else None
        if name and _NO_NAME.search(name) is None:
            named[index] = name
    lists: list[list[int]] = []
    for index in named:  # (a list runs on while no sentence ends and no long stretch stands between its figures)
        last = lists[-1][-1] if lists else None
        if last is None or read[index].start - read[last].end > _LIST_GAP or len(lists[-1]) >= _LIST_ITEMS \
                or _SENTENCE_END.search(text, read[last].end, read[index].start):
            lists.append([])
        lists[-1].append(index)
    for indices in lists:
        if len(indices) < 2 or len({read[i].unit for i in indices}) > 1:
            continue  # (one bracketed figure is an aside, not a list)
        names = [named[i] for i in indices]
        first = read[indices[0]].metric
        metric = first if first and not any(name in first for name in names) else None
        owners = any(read[i].subject and read[i].subject.endswith(named[i]) for i in indices)
        for index in indices:  # (provinces or companies the reading took for owners stay owners, all of them)
            claim = read[index]
            own = claim.metric if claim.metric and not any(name in claim.metric for name in names) else metric
            read[index] = claim.replaced(subject=named[index], metric=own) if owners else \
                claim.replaced(segment=named[index], metric=own)
    return read
