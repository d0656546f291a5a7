"""Units and counters that turn a numeral into a quantity (the "quantity" dimension)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.grammar import Dimension, Rule
from checks.extract.prefilter import gated
from checks.extract.records import quick_init
from checks.extract.zh.numerals import DIGITS, Numeral


@quick_init
@dataclass(frozen=True)
class Unit:
    """What a counter or unit word means: the normalised unit, a factor for the value, and its family."""

    code: str  # percent, pp, count, a currency's ISO 4217 code, day, hour, minute, month, year, times, other
    scale: float = 1.0
    family: str = "count"  # percent, pp, money, count, measure, duration, multiple, age


def _unit(code: str, family: str, scale: float = 1.0):
    def produce(_match: re.Match[str]) -> Unit:
        return Unit(code, scale, family)

    return produce


CURRENCIES = {
    "元": "CNY", "元人民币": "CNY", "人民币": "CNY", "块钱": "CNY", "美元": "USD", "美金": "USD", "美圆": "USD",
    "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "港元": "HKD", "港币": "HKD", "韩元": "KRW", "澳元": "AUD",
    "加元": "CAD", "卢布": "RUB", "新台币": "TWD", "台币": "TWD", "瑞郎": "CHF", "瑞士法郎": "CHF",
    "法郎": "other_currency", "泰铢": "THB", "卢比": "INR", "新加坡元": "SGD", "新元": "SGD", "越南盾": "VND",
    "里拉": "TRY", "比索": "other_currency", "林吉特": "MYR", "兰特": "ZAR", "奈拉": "NGN", "雷亚尔": "BRL",
    "澳门元": "MOP", "比特币": "other_currency", "令吉": "MYR",
}
# Currency names written before the figure: 港币3.5亿元 is in Hong Kong dollars, not yuan.
PREFIX_CURRENCIES = {"人民币": "CNY", "美元": "USD", "欧元": "EUR", "港币": "HKD", "港元": "HKD", "日元": "JPY",
                     "新台币": "TWD", "英镑": "GBP"}
SYMBOLS = {"¥": "CNY", "￥": "CNY", "RMB": "CNY", "$": "USD", "US$": "USD", "€": "EUR", "HK$": "HKD", "£": "GBP"}


def _currency(match: re.Match[str]) -> Unit:
    return Unit(CURRENCIES[match.group(0)], 1.0, "money")


# Counters (classifiers) of things, people and events. Words that only look like counters after a numeral
# (期 in 二期, 线 in 一线) are left out on purpose.
COUNTERS = (
    "人次|架次|车次|艘次|户次|人|名|位(?!数|居|列|于)|个|件|项|家|次(?!产业)|款|种|类|台|辆|套|份|所|座|架|艘|条|笔|单|场|批|张|部|只|"
    "头|户|间|栋|幢|支|颗|枚|起|例|宗|处|片|本|篇|首|门|节|棵|株|箱|包|瓶|盒|袋|杯|册|轮|趟|班|列|根|道|封|"
    # 结婚登记65315对: couples counted in pairs (not the preposition: 对于, 对外, 对应, 对比)
    "对(?![于外应比照手此象华话接标内])|"
    "单位|所学校|座城市|个城市|个国家|个地区|个品牌|个行业|款产品|"
    # 14省旅游收入超百亿, 18地增速跑赢全国: provinces and places counted in a headline's short form (in digits only:
    # quantities.py turns away 两地 and 三省, the scope of the list of names before them)
    "省(?![份内外级会委政长市钱力时事])|地(?![区方产铁面址点价块位下上])"
)
MEASURES = (
    # 吨公里 and 人公里 (a ton, a passenger carried a kilometre) before 吨 and 人: transport's own units of work
    "吨公里|吨千米|人公里|人千米|"
    "平方公里|平方千米|平方米|平米|立方米|千瓦时|万千瓦|千瓦|兆瓦|吉瓦|千伏安|伏安|公里|千米|厘米|毫米|公顷|公斤|千克|吨|克|亩|市斤|斤|盎司|"
    # 升 before 至, 到, 为, 了 or 幅 is the verb "rise" (汇率从7.30升至7.10), not litres
    "标准箱|标箱|升(?![至到为了幅])|毫升|米|度电|GWh|MWh|TWh|GW|MW|kWh|TEU|km|kg"
)

UNITS: Dimension[Unit] = Dimension(
    "unit",
    [
        Rule("percentage_point", r"个?百分点|個?百分點", _unit("pp", "pp"), (("个百分点", "pp"), ("百分点", "pp"))),
        # 千分点 is a point of a rate in per mille (出生率下降0.75个千分点): a tenth of a percentage point
        Rule("per_mille_point", r"个?千分点", _unit("pp", "pp", 0.1), (("个千分点", "pp"), ("千分点", "pp"))),
        # 基点 is a basis point (下调25个基点): a hundredth of a percentage point
        Rule("basis_point", r"个?基点", _unit("pp", "pp", 0.01), (("个基点", "pp"), ("基点", "pp"))),
        Rule("percent_sign", r"%", _unit("percent", "percent"), (("%", "percent"),)),
        Rule("per_mille", r"‰", _unit("percent", "percent", 0.1), (("‰", "percent"),)),
        Rule("tenths", r"成(?![本功员为立交果绩效都])", _unit("percent", "tenths", 10.0), (("成", "percent"),)),
        Rule("discount", r"折(?![叠扣合算旧线射])", _unit("percent", "tenths", 10.0), (("折", "percent"),)),
        Rule("multiple", r"倍", _unit("times", "multiple"), (("倍", "times"),)),
        # 上涨63美分: a hundredth of the currency, as oil and grain prices move
        Rule("cents", r"美分", _unit("USD", "money", 0.01), (("美分", "USD"),)),
        Rule("euro_cents", r"欧分", _unit("EUR", "money", 0.01), (("欧分", "EUR"),)),
        Rule("pence", r"便士", _unit("GBP", "money", 0.01), (("便士", "GBP"),)),
        Rule("currency", "|".join(sorted(CURRENCIES, key=len, reverse=True)), _currency,
             (("元", "CNY"), ("美元", "USD"), ("港元", "HKD"), ("欧元", "EUR"))),
        Rule("working_days", r"个工作日|个交易日|个自然日", _unit("day", "duration"), (("个工作日", "day"),)),
        Rule("hours", r"个多?小时|小时", _unit("hour", "duration"), (("小时", "hour"), ("个小时", "hour"))),
        Rule("minutes", r"分钟", _unit("minute", "duration"), (("分钟", "minute"),)),
        Rule("seconds", r"秒钟|秒", _unit("other", "duration"), (("秒", "other"),)),
        Rule("days", r"天", _unit("day", "duration"), (("天", "day"),)),
        Rule("weeks", r"周(?!岁)|个星期|星期", _unit("day", "duration", 7.0), (("周", "day"), ("周岁", None))),
        Rule("months", r"个多?月", _unit("month", "duration"), (("个月", "month"),)),
        Rule("years", r"年(?![度级代初末底中份前后来内间里])", _unit("year", "duration"),
             (("年", "year"), ("年度", None))),
        Rule("age", r"周岁|岁", _unit("year", "age"), (("岁", "year"),)),
        Rule("score", r"分(?![之钟析公享成别配布期批类红摊担散拆开级])", _unit("other", "score"), (("分", "other"),)),
        Rule("measure", MEASURES, _unit("other", "measure"), (("吨", "other"), ("平方米", "other"))),
        # an index's points (收报3325.11点，跌8.05点); the scanner keeps them only after decimals or three digits,
        # never a time of day (下午3点): see quantities.index_points
        Rule("index_point", r"点(?![钟半多左右位击赞评])", _unit("other", "measure"),
             (("点", "other"), ("点钟", None), ("点位", None))),
        Rule("counter", COUNTERS, _unit("count", "count"), (("件", "count"), ("人次", "count"), ("家", "count"))),
    ],
)


# The units as the scanner tries them: behind a lookahead for the characters they start with, so that where none can
# start (a digit, as a numeral gives back its last digits one by one) the hundred and seventy words are not tried in
# turn (the same matches; a tenth of the scanner's time on a short article)
SCANNED_UNITS = gated(re.compile(UNITS.pattern)).pattern


def index_points(figure: str, value: float) -> bool:
    """Whether a figure in 点 is an index's points: written with decimals (8.05点) or at least 100 (3000点)."""
    return "." in figure or abs(value) >= 100


def tenths(m: re.Match[str], first: Numeral) -> Numeral | None:
    """成 and 折 count tenths: 7成 = 70%, 6.5折 = 65%; 七成六 = 76%, 三成半 = 35%; 75折 and 五五折 = 75% and 55%."""
    tail = m.group("tenths_tail")
    if tail:
        return Numeral(first.value + (0.5 if tail == "半" else DIGITS[tail] / 10))
    if m.group("unit") and m.group("unit").startswith("折") and first.value.is_integer() and 10 < first.value < 100 \
            and first.value % 10:
        return Numeral(first.value / 10)
    return first if 0 < first.value <= 10 else None
