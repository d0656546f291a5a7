"""The quantity grammar of Chinese: qualifier + numeral + unit, in one regular-expression pass.

The scanning pattern is composed from the numeral, unit and qualifier dimensions; each branch below is a
named production. What the pattern cannot rule out (dates, ordinals, article 一, time windows) the
production rejects by returning None.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from checks.extract.grammar import Dimension, Rule
from checks.extract.mention import Mention
from checks.extract.prefilter import has_run, pair_gate, widest
from checks.extract.shut import Shutter
from checks.extract.zh.elliptic import listed_before, with_listed
from checks.extract.zh.moved_by import from_before, moved_by
from checks.extract.zh.needs import INSIDE_A_NUMBER, NEEDS
from checks.extract.zh.numerals import ARABIC, CN_BIG, CN_DIGIT, CN_SMALL, MAGNITUDE, NUMERALS, Numeral, chinese_value
from checks.extract.zh.plausible import defines_group, plausible
from checks.extract.zh.qualifiers import LEADING, TRAILING
from checks.extract.zh.units import PREFIX_CURRENCIES, SCANNED_UNITS, SYMBOLS, UNITS, Unit, index_points, tenths

NUM = NUMERALS.pattern
SEP = r"[ ]?(?:-{1,2}|[—–~～〜]{1,2}|至|到)[ ]?"  # (60岁--70岁, 19——59岁: a dash written twice)
# Between a numeral and its unit a scraper may leave a space (177.1 亿元, 2.4 个百分点), never a line.
GAP = r"[ \t]?"
# A range's joint stands within a gap, a unit and a space of its first numeral: looked for before the units are tried
_UNIT_WIDTH = widest(re.compile(UNITS.pattern))
RANGE_AHEAD = "" if _UNIT_WIDTH is None else rf"(?=.{{0,{2 + _UNIT_WIDTH}}}[-—–~～〜至到])"
# A figure never starts inside a word of letters, a decimal, another numeral, an ordinal (第) or 双11, nor as a lunar
# day (初八; 年初85%的目标 is a figure: digits after 初 are).
NOT_INSIDE = rf"(?<![A-Za-z0-9.\-_/第双{CN_DIGIT}{CN_SMALL}{CN_BIG}])(?:(?<!初)|(?=\d))"
RANK_CUE = r"排名|排在|排|位列|位居|名列|跃居|居于|居|列"

# Every branch of the scanner starts with one of these characters. Checking them first, in a lookahead,
# lets the regex engine skip the rest of the text quickly (tests/test_quantities.py keeps them complete).
TRIGGERS = r"0-9.\-" + "".join(sorted(set(
    CN_DIGIT + CN_SMALL + CN_BIG + "数几幾上" + "排位名跃居列" + "第翻半过逾百佰对對负−¥￥$€£UHR每跻进跌入挤双"
    + "".join(word[0] for word in re.findall(r"[\u4e00-\u9fff]+", LEADING.pattern))
)))
UNFILTERED = rf"""
    (?P<structure>(?<=结构为|结构是|比例为|构成为|之比为|比例是|比重为|调整为|业结构)[\d.]+(?:\.\d+)?
      (?:\s*[:：∶]\s*\d+(?:\.\d+)?){{1,4}})
  | (?P<sample_of>(?<!第)(?P<sample_n>{NUM})(?!年|月|日|号)(?:个|家|人|名|位|款|辆|台|所|户|项|只|大)?
      [^，,。；;\d年月]{{0,10}}?中[，,]?
      (?:有)?(?P<sample_k>{NUM})(?:个|家|人|名|位|款|辆|台|所|户|项|只))
  | (?P<sample_each>每(?:卖出|售出|销售|有)?(?P<each_n>{NUM})(?:个|家|人|名|位|款|辆|台|所|户|项|只)
      [^，,。；;\d]{{0,8}}[，,]?(?:就|便)?有(?P<each_lead>超过|近|逾|约)?(?P<each_k>{NUM})(?:个|家|人|名|位|款|辆|台|所|户|项|只))
  | (?P<top_cue>跻身|进入|跌出|位列|位居|排名|排在|挤进|跻入)(?:年度|全国|全球|行业|全省|世界)?
      (?P<top>前(?P<top_n>{NUM})(?:名|位|强|大)?)
  | (?P<rank_span>第?(?P<rank_from>{NUM})(?:至|到|-|—)第?(?P<rank_to>{NUM})(?:位|名))
  | (?P<rank_cue>{RANK_CUE})[^，,。；;：:第\s]{{0,10}}?
      (?P<rank>第(?P<rank_n>{NUM})(?:(?:至|到|-|—)第?(?P<rank_n2>{NUM}))?(?:名|位|大)?)
      (?!梯队|方阵|方队|阵营|集团|档)  # 均居全省第一方阵: a tier, no place
  | (?P<rank_named>第(?P<rank_named_n>{NUM})(?:名|大|位(?=[的，,。；;、\s)）]|$)))
  | (?P<rank_bare>(?:(?<=世界|全球|全国|国内|全省|全市|均为|均居|保持|蝉联|历史|回归|重回|重返|退居)
      |(?<=[A-Za-z])(?=第[一二三四五六七八九十\d]{{1,2}}[，,、]))第(?P<rank_bare_n>{NUM})
      (?!产|季|批|次|期|阶段|届|轮|代|类|梯队|方|家|个|款|座|部|条|例|台|只|架|艘|辆|所))
      # 全市第一产业: a sector, not a place won; 国内第一家: the first of its kind, not a place
  | (?P<digit_count>(?P<digit_count_n>[双两三四])位数)
  | (?P<few_points>几个百分点)
  | (?P<doubling>翻(?:了)?(?P<doubling_n>[一两二三四])?番)
  | (?P<half>(?P<half_lead>{LEADING.pattern})?(?:一半|半数)|过半|逾半)
  | (?P<half_tenth>半成|半折|[对對]折)
  | (?P<symbol>US\$|HK\$|RMB|[¥￥$€£])[ ]?(?P<symbol_n>{ARABIC})(?:[ ]?(?P<symbol_mag>{MAGNITUDE}))?
  | {NOT_INSIDE}(?P<lead>{LEADING.pattern})?{GAP}(?P<sign>负|[-−](?=\d))?
    (?:
        (?P<per_hundred>[百佰]{GAP}分{GAP}之{GAP}(?P<ph_n1>{NUM})(?:{SEP}(?:百分之)?(?P<ph_n2>{NUM}))?)
      | (?P<fraction>(?P<fr_den>{NUM})分之(?P<fr_num>{NUM}))
      | (?P<n1>{NUM})(?P<mid1>[余多])?
        (?:{RANGE_AHEAD}{GAP}(?P<unit1>{SCANNED_UNITS})?(?P<sep>{SEP})(?P<n2>{NUM})(?P<mid2>[余多])?)?
        (?:{GAP}(?P<unit>{SCANNED_UNITS})(?P<tenths_tail>(?<=成)[一二三四五六七八九半])?|(?P<bare>(?<=[万萬亿億])))
    )
    (?P<tail>{TRAILING.pattern})?
    """
# The scanner, compiled when first used (SCANNER, through __getattr__), or with its costly branches shut for a text
# that cannot match them, and no branch tried inside a number (zh/needs.py; the same matches)
_SCANNERS = Shutter(rf"(?=[{TRIGGERS}]){pair_gate(UNFILTERED, re.VERBOSE)}{Shutter.NARROWING}(?:{UNFILTERED})",
                    re.VERBOSE, NEEDS, INSIDE_A_NUMBER)
# Time units that, right after the figure, make it a window rather than a claim: 4小时内, 三年来.
# 上升1.5个和3.9个百分点, 拉动0.7个、5.1个、6.5个百分点: the first 个s share the last one's 百分点.
_ELLIPTIC_POINTS = re.compile(r"(?:\s*(?:和|、|及|与|或|至|到|-|—|,|，)\s*[\d.]+\s*个?)+\s*百分点")
# What a bare magnitude (14亿, 5200万) counts: money after a money word or a currency's name, else things.
_MONEY_WORD = re.compile(
    r"金额|销售额|成交额|交易额|营业额|收入|营收|GDP|生产总值|利润|净利|投资额|资产|存款|贷款|票房|消费额|产值|增加值|"
    r"市值|估值|融资|总值|支出|税收|赤字|债务|资金|费用|成本|补贴|流水|GMV")
_MONEY_AFTER = re.compile(r"(?:的)?(?:票房|销售额|成交额|交易额|营收|营业收入|收入|净利润|利润|市值|估值|融资|GMV)")
_PREFIXES = tuple(PREFIX_CURRENCIES)  # the currencies' names that may stand before an amount in yuan (人民币, 美元)
_CURRENCY_BEFORE = re.compile(r"(人民币|美元|港币|港元|日元|欧元|英镑)\s*$")


def __getattr__(name: str) -> re.Pattern[str]:
    if name == "SCANNER":
        return _SCANNERS.whole()
    raise AttributeError(name)


@lru_cache(maxsize=65536)  # every figure's numeral is read here: one call, where removing spaces and resolve made three
def _numeral(text: str | None) -> Numeral | None:
    return None if text is None else NUMERALS.resolve(text.replace(" ", ""))


# A verb of entering or keeping a place among the first (进入…前8名, 跻身前五强, 跌出前十名, 占据前两位; 进, 入, 居
# and 占 stand for every verb that holds one: 挤进, 闯入, 入围, 位居, 稳居, 占據).
_ENTERED = re.compile(r"跻身|跌出|位列|保持|重回|包揽|[进入居占]")
# Between an amount of money and a bare magnitude that follows it as the same kind of figure: a short stretch of
# its sentence holding no other figure.
_SAME_RUN = re.compile(r"[^。；;！？!?\n\d]{1,30}")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]")  # 1,860万股: a bare magnitude followed by what it counts
# Names, not figures: titles and web addresses; the titles alone where no address can be (the engine skips to a 《)
TITLE_OR_ADDRESS = re.compile(r"《[^《》\n]{0,120}》|(?:https?://|www\.)[^\s，。；！？“”、]+")
TITLE = re.compile(r"《[^《》\n]{0,120}》")
# The longest span a figure may have (超过一千二百三十四万五千六百七十八点九亿元 is 22 characters).
MAX_FIGURE_CHARS = 60
_NUMERAL_CHAR = re.compile(r"[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億\d.,]")
_OVERLONG = re.compile(rf"{_NUMERAL_CHAR.pattern}{{{MAX_FIGURE_CHARS + 1},}}")


def scan(text: str) -> Iterator[Mention]:
    """Every figure in ``text`` (already width-folded) that has the form of a claim."""
    names = TITLE_OR_ADDRESS if "/" in text or ("《" in text and "www." in text) else TITLE  # no 《: no title
    titles = [(t.start(), t.end()) for t in names.finditer(text)]
    if has_run(text, _OVERLONG, _NUMERAL_CHAR, MAX_FIGURE_CHARS + 1):  # blanked: the same length, offsets kept
        text = _OVERLONG.sub(lambda m: " " * len(m.group(0)), text)
    title_starts = [start for start, _ in titles]  # in order, apart: a bisection finds the one that may hold a figure
    money: Mention | None = None  # the last amount of money: a bare 亿 soon after it in its sentence is money too
    for match in _SCANNERS.scanner(text).finditer(text):
        produced = _produce(text, match)
        for mention in produced if isinstance(produced, tuple) else (produced,):
            if mention is None or mention.end - mention.start > MAX_FIGURE_CHARS:
                continue  # a run of numerals hundreds long is no figure anyone states
            at = bisect.bisect_right(title_starts, mention.start) - 1
            if at >= 0 and mention.start < titles[at][1]:
                continue  # 《2021中国新型实体企业百强榜》, https://x.cn/?q=30%: names, not figures
            if mention.unit == "count" and match.group("bare") is not None and money is not None \
                    and _SAME_RUN.fullmatch(text, money.end, mention.start) \
                    and not _NOUN_AFTER.match(text, mention.end):
                # GDP总量达到4.07万亿元，首次突破4万亿; 交易额2009年接近4万亿，2017年约29万亿
                mention = dataclasses.replace(mention, unit=money.unit, family="money")
            if (match.group("unit") == "点" and not index_points(match.group(0), mention.value)) or (
                    mention.unit != "percent" and defines_group(text, mention.end, mention.qualifier)):
                continue  # 下午3点: a time; 超过500亿元的行业大类, 月收入1000元以下占5.8%: a group's bound, no figure
            if mention.family == "count" and text[mention.start - 1:mention.start] == "前" \
                    and text[mention.end - 1:mention.end] in "名位强":
                if not _ENTERED.search(text, max(0, mention.start - 14), mention.start - 1):
                    continue  # 前三名的销量, 前五名厂商中: the top places as a group, no figure
                # 进入票房榜前8名, 跻身前五强: a place among the first, at most the eighth
                mention = dataclasses.replace(mention, start=mention.start - 1, family="rank", qualifier="at_most")
            if mention.family == "money":
                money = mention
            listing = mention.family == "rank" or listed_before(text, mention)  # most figures stand in no list:
            yield from with_listed(text, mention) if listing else (mention,)  # no generators made to read one


def _produce(text: str, m: re.Match[str]) -> Mention | tuple[Mention | None, ...] | None:
    if m.group("n1") is not None:
        return _counted(text, m)
    if m.group("structure") is not None:
        return _structure(m)
    if m.group("sample_of") is not None or m.group("sample_each") is not None:
        return _sample(m)
    if m.group("top") is not None:  # 跻身前五: at most fifth; 跌出前五: below fifth
        numeral = _numeral(m.group("top_n"))
        if numeral is None or not numeral.value.is_integer():
            return None
        qualifier = "over" if m.group("top_cue") == "跌出" else "at_most"
        return Mention(m.start("top"), m.end("top"), numeral.value, "count", "rank", qualifier, qualified_in_span=True)
    if m.group("rank_span") is not None:  # 分列第二至第四位
        low, high = _numeral(m.group("rank_from")), _numeral(m.group("rank_to"))
        before = text[max(0, m.start() - 4):m.start()]
        if low is None or high is None or not low.value < high.value or not re.search(f"(?:{RANK_CUE}|分列)$", before):
            return None
        return Mention(m.start(), m.end(), low.value, "count", "rank", "range", upper_value=high.value)
    if m.group("rank_bare") is not None:  # 世界第一, 规模均为第一
        numeral = _numeral(m.group("rank_bare_n"))
        if numeral is None or not numeral.value.is_integer() or numeral.value < 1:
            return None
        return Mention(m.start("rank_bare"), m.end("rank_bare"), numeral.value, "count", "rank", "exact")
    if m.group("few_points") is not None:  # 几个百分点: at least one point, vague
        return Mention(m.start(), m.end(), 1.0, "pp", "pp", "at_least", vague=True, qualified_in_span=True)
    if m.group("rank") is not None or m.group("rank_named") is not None:
        return _rank(m)
    if m.group("digit_count") is not None:  # 两位数增长: at least 10 percent
        value = 10 ** ((chinese_value(m.group("digit_count_n")) or 2) - 1)
        return Mention(m.start(), m.end(), value, "percent", "growth", "at_least", vague=True, qualified_in_span=True)
    if m.group("doubling") is not None:
        times = chinese_value(m.group("doubling_n") or "一") or 1
        return Mention(m.start(), m.end(), (2 ** times - 1) * 100, "percent", "growth", "exact", direction="up")
    if m.group("symbol") is not None:  # ￥300, $20, HK$3亿
        scale = chinese_value("一" + m.group("symbol_mag")) if m.group("symbol_mag") else 1.0
        unit = Unit(SYMBOLS[m.group("symbol")], scale or 1.0, "money")
        return _quantity(text, m, _numeral(m.group("symbol_n")), None, unit)
    if m.group("half_tenth") is not None:  # 半成 is 5%; 半折 and 对折 are half price
        return Mention(m.start(), m.end(), 5 if m.group(0) == "半成" else 50, "percent", "share", "exact")
    if m.group("half") is not None:
        qualifier = LEADING.resolve(m.group("half_lead")) if m.group("half_lead") else None
        end = m.end() + 2 if qualifier is None and text.startswith("以上", m.end()) else m.end()
        if m.group(0) in ("过半", "逾半") or end > m.end():
            qualifier = "over"  # 半数以上, 一半以上: more than half
        return Mention(m.start(), end, 50, "percent", "share", qualifier or "exact",
                       qualified_in_span=qualifier is not None)
    if m.group("per_hundred") is not None:
        return _quantity(text, m, _numeral(m.group("ph_n1")), _numeral(m.group("ph_n2")), Unit("percent", 1, "percent"))
    if m.group("fraction") is not None:
        denominator, numerator = _numeral(m.group("fr_den")), _numeral(m.group("fr_num"))
        if not denominator or not numerator or denominator.value == 0:
            return None
        share = Numeral(numerator.value / denominator.value * 100)
        return _quantity(text, m, share, None, Unit("percent", 1, "percent"))
    return None


def _counted(text: str, m: re.Match[str]) -> Mention | tuple[Mention | None, ...] | None:
    """The main production: numeral (+ range) + unit, with qualifiers on either side."""
    # each group read once, in one call: every figure comes here
    numeral_text, unit_text, second_text, mid1, first_unit_text = m.group("n1", "unit", "n2", "mid1", "unit1")
    first = _numeral(numeral_text)
    if first is None:
        return None
    unit = UNITS.resolve(unit_text) if unit_text else None
    if unit is None:
        if m.group("bare") is None:
            return None
        unit = _bare_magnitude(text, m.start(), m.end())
    if mid1:
        first = Numeral(first.value, "over", first.upper, first.vague)
    if unit_text in ("个", "個") and _ELLIPTIC_POINTS.match(text, m.end()):
        unit = Unit("pp", 1, "pp")  # 上升1.5个和3.9个百分点: the first 个 shares the second's 百分点
    second = _numeral(second_text) if second_text else None
    if second_text and second is None:
        return None
    if first_unit_text:
        unit1 = UNITS.resolve(first_unit_text)
        if unit1 is None:
            return None
        if unit1.code != unit.code or (second is not None and moved_by(  # 增长12.5%至31亿元: a change, then its level
                text, m.start(), first.value * unit1.scale, second.value * unit.scale, unit.family)):
            return _change_then_level(text, m, first, unit1, second, unit)
    if not plausible(text, m, unit):
        return None
    if unit_text in ("省", "地") and not numeral_text.isdigit():
        return None  # 成都、杭州两地: the scope of a list of names
    if unit.family == "money" and unit.code == "CNY":
        prefix = next((code for word, code in PREFIX_CURRENCIES.items() if text.endswith(word, 0, m.start())), None) \
            if text.endswith(_PREFIXES, 0, m.start()) else None  # most amounts have none: one test, no generator
        if prefix is not None:
            unit = Unit(prefix, unit.scale, "money")
    if unit.family == "tenths":
        first = tenths(m, first)
        if first is None:
            return None
    return _quantity(text, m, first, second, unit)


def _structure(m: re.Match[str]) -> tuple[Mention, ...] | Mention | None:
    """三次产业结构为7.7:57.5:34.8: three shares of one whole; 之比为1:4.8: one ratio."""
    parts = [(p.start(), p.end(), float(p.group(0))) for p in re.finditer(r"\d+(?:\.\d+)?", m.group(0))]
    offset = m.start("structure")
    # Near a hundred, they are percentages (that they make exactly 100 is for shares_of_whole to judge); far from
    # it (1:2:3), a proportion
    if len(parts) >= 3 and 80 <= sum(v for _, _, v in parts) <= 120:
        return tuple(Mention(offset + a, offset + b, value, "percent", "share", "exact") for a, b, value in parts)
    if len(parts) == 2 and parts[0][2] > 0:
        return Mention(offset, m.end(), parts[1][2] / parts[0][2], "times", "ratio", "exact")
    return None


def _sample(m: re.Match[str]) -> Mention | None:
    """5家公司中有3家, 每10人中有4人: a share (3/5 = 60%) whose whole is the count."""
    each = m.group("sample_each") is not None
    whole = _numeral(m.group("each_n" if each else "sample_n"))
    part = _numeral(m.group("each_k" if each else "sample_k"))
    if whole is None or part is None or whole.value <= 0 or part.value > whole.value:
        return None
    lead = m.group("each_lead") if each else None
    qualifier = LEADING.resolve(lead) if lead else "exact"
    return Mention(m.start(), m.end(), part.value / whole.value * 100, "percent", "share", qualifier or "exact",
                   qualified_in_span=lead is not None)


def _change_then_level(text: str, m: re.Match[str], first: Numeral, first_unit: Unit, second: Numeral | None,
                       unit: Unit) -> tuple[Mention | None, ...] | None:
    """Two figures of two units joined by 至/到: each is its own mention (the change, the level it ended at)."""
    if second is None or m.group("sep").strip() not in ("至", "到") or first_unit.family in ("tenths",):
        return None
    lead = LEADING.resolve(m.group("lead")) if m.group("lead") else None
    tail = TRAILING.resolve(m.group("tail")) if m.group("tail") else None
    sign = -1 if m.group("sign") else 1
    start = m.start("lead") if m.group("lead") else m.start("sign") if m.group("sign") else m.start("n1")
    change = Mention(start, m.end("unit1"), sign * first.value * first_unit.scale, first_unit.code,
                     first_unit.family, lead or ("over" if m.group("mid1") else first.qualifier),
                     vague=first.vague, qualified_in_span=bool(lead or m.group("mid1")))
    level = Mention(m.start("n2"), m.end(), second.value * unit.scale, unit.code, unit.family,
                    tail or ("over" if m.group("mid2") else second.qualifier), vague=second.vague,
                    qualified_in_span=bool(tail or m.group("mid2")))
    return change, level


def _bare_magnitude(text: str, start: int, end: int) -> Unit:
    """14亿 counts something; 人民币74.962亿, 成交额5200万 and 超5.11亿的票房 are money (in yuan unless a currency is
    named)."""
    if _MONEY_AFTER.match(text, end):
        return Unit("CNY", 1, "money")
    before = text[max(0, start - 16):start]
    currency = _CURRENCY_BEFORE.search(before)
    if currency is not None:
        return Unit(PREFIX_CURRENCIES.get(currency.group(1), "CNY"), 1, "money")
    clause = re.split(r"[，,。；;！？!?\n\s]", text[max(0, start - 40):start])[-1]
    if _MONEY_WORD.search(clause):
        return Unit("CNY", 1, "money")
    return Unit("count", 1, "count")


def _quantity(text: str, m: re.Match[str], first: Numeral | None, second: Numeral | None, unit: Unit) -> Mention | None:
    if first is None:
        return None
    value = first.value * unit.scale
    qualifier, upper = first.qualifier, None if first.upper is None else first.upper * unit.scale
    lead_text, tail_text, sign, mid1 = m.group("lead", "tail", "sign", "mid1")  # in one call: every figure comes here
    if second is not None:
        sep = m.group("sep")
        if sep and sep.strip() in ("至", "到") and from_before(text, m.start()):
            return None  # 从8000万元到1.2亿元: two levels, not a range
        qualifier, upper = "range", second.value * unit.scale
        if upper < value:
            return None
    lead = LEADING.resolve(lead_text) if lead_text else None
    if lead_text == "过":
        lead = "over"  # 过亿: over a hundred million (过 is "over" only before a magnitude, which is in the span)
    tail = TRAILING.resolve(tail_text) if tail_text else None
    if qualifier != "range":
        qualifier = lead or tail or qualifier
    if sign:  # 负3.9%; in 负5%至8% the sign belongs to the first number only
        value = -value
        if qualifier == "range" and upper is not None and upper < value:
            return None
    return Mention(
        start=m.start("lead") if lead_text else m.start("sign") if sign else _start(m),
        end=m.end(),
        value=value,
        unit=unit.code,
        family=unit.family,
        qualifier=qualifier,
        upper_value=upper,
        vague=first.vague,
        qualified_in_span=bool(lead or tail or first.qualifier != "exact" or mid1),
    )


def _start(m: re.Match[str]) -> int:
    for group in ("n1", "per_hundred", "fraction", "symbol"):  # one branch of a match has each: the commonest first
        if m.group(group) is not None:
            return m.start(group)
    return m.start()


def _rank(m: re.Match[str]) -> Mention | None:
    group = "rank" if m.group("rank") is not None else "rank_named"
    numeral = _numeral(m.group(group + "_n"))
    if numeral is None or not numeral.value.is_integer() or numeral.value < 1:
        return None
    last = _numeral(m.group("rank_n2")) if group == "rank" and m.group("rank_n2") else None
    if last is not None and last.value > numeral.value:  # 分列第二至第四位
        return Mention(m.start(group), m.end(group), numeral.value, "count", "rank", "range", upper_value=last.value)
    return Mention(m.start(group), m.end(group), numeral.value, "count", "rank", "exact")


# The scanner's own productions, as rules with examples, so that the corpus test covers them too.
def _example_value(text: str) -> float | None:
    mentions = list(scan(text))
    return mentions[0].value if len(mentions) == 1 else None


QUANTITIES: Dimension[float] = Dimension(
    "quantity",
    [
        Rule("percent", r".*", lambda m: _example_value(m.group(0)),
             (("超65%", 65), ("百分之四十五", 45), ("9成", 90), ("6.5折", 65), ("5%-8%", 5))),
        Rule("money", r".*", lambda m: _example_value(m.group(0)),
             (("1.2万亿元", 1.2e12), ("3000多元", 3000), ("5万元以上", 50000), ("壹佰万元", 1e6))),
        Rule("counts", r".*", lambda m: _example_value(m.group(0)),
             (("超3亿件", 3e8), ("百余所", 100), ("数十个", 10), ("两千余家", 2000), ("一家", None),
              ("千家万户", None))),
        Rule("pp_and_multiple", r".*", lambda m: _example_value(m.group(0)),
             (("3.5个百分点", 3.5), ("两倍", 2), ("翻一番", 100), ("翻两番", 300))),
        Rule("durations", r".*", lambda m: _example_value(m.group(0)),
             (("为期7天", 7), ("2021年", None), ("近三年", None), ("4小时内", None), ("3个月", 3),
              ("18—35岁的人", None))),
        Rule("ranks", r".*", lambda m: _example_value(m.group(0)),
             (("排名第三", 3), ("第三", None), ("位列全国第2位", 2), ("全国第一", 1), ("全市第一产业", None))),
    ],
)
