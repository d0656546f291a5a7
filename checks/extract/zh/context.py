"""Claim context in Chinese: the words around a figure that say what it claims.

Each cue is a rule with examples. The patterns are anchored at the end of the text before the figure
(movement, growth nouns, basis, bounds) or searched in its sentence (projection, period, attribution).
"""

from __future__ import annotations

import re

from checks.extract.grammar import Dimension, Rule, constant
from checks.extract.links import Joints
from checks.extract.prefilter import gated

# Verbs of movement. "至/到" after the verb (增长至) makes the figure the level reached, not the change.
MOVEMENT: Dimension[str] = Dimension(
    "movement",
    [
        Rule("rise", r"净增|增产|增收|增支|增长|增加|提升|提高|上涨|上升|上扬|攀升|扩大|扩张|猛增|激增|大增|增|涨|升|"
                     r"高出|多增|拉升|回升|反弹|加快|提速|高于|快于|收高|走高",
             constant("up"), (("增长", "up"), ("提升", "up"), ("上涨", "up"), ("加快", "up"), ("净增", "up"))),
        Rule("fall", r"净减|减产|减收|减支|下降|减少|下滑|降低|回落|下跌|缩减|收窄|缩窄|缩小|缩短|减轻|压降|压缩|萎缩|"
                     r"下调|下挫|重挫|减|(?<!起)降|跌|(?<![最至多])少|放缓|减缓|放慢|低于|慢于|收低|走低",
             # (飞机起降 a noun; 最少 a rank)
             constant("down"), (("下降", "down"), ("减少", "down"), ("缩短", "down"), ("放缓", "down"),
                                 ("减支", "down"), ("下挫", "down"))),
        # 省 saves, but not in 省份, 省市 (4个省份旅游总收入…: the noun counted)
        Rule("save", r"节省|节约|省下|省去|省(?![份市区内级])|便宜", constant("down"),
             (("节省", "down"), ("便宜", "down"))),
    ],
)

# Nouns that name a rate of change: 增幅为5%, 降幅达3%.
GROWTH_NOUN: Dimension[str] = Dimension(
    "growth_noun",
    [
        # 人口自然增长率 is the name of a rate, not a growth of it (looked behind after 增长率: every word opens with
        # its character, and the engine skips to those by itself)
        Rule("rise_rate", r"增幅|增速|涨幅|增长率(?<!自然增长率)|升幅|增长幅度|增长速度|提升幅度|变动|变化|变动幅度",
             constant("up"),
             (("增速", "up"),)),
        Rule("fall_rate", r"降幅|跌幅|下降幅度|降低幅度|下降率|降速", constant("down"), (("降幅", "down"),)),
    ],
)

# The name of a growth rate at the end of a quantity's name: 销售额增速 is the rate of 销售额 (lists, relations).
RATE_NAME_END = re.compile(r"(?:增速|增幅|涨幅|增长率)$")

# Words between the verb and the figure that change nothing: 增长了, 达到, 分别为.
# Scraped text may leave spaces and line breaks between words and figures (同比下滑 8.3%): read as if absent.
FILLER = (r"(?:了|保持在|维持在|保持|维持|在|达到|达|为|是|分别|均|都|也|再|又|"
          r"共计|共|累计|合计|高达|仅|已|逾|有|约|大约|超|近|实现|幅度|幅|的|\s)*")
TO_LEVEL = r"(?:至|到|为)"

# The comparison a change is made against, ending just before the verb: 同比, 较去年同期, 与上年相比. Each alternative
# opens with its character (a lookbehind after it, the words after a comparison written out in each): the engine then
# skips to those characters by itself, where it tried every alternative at every character (the same matches).
_COMPARED = r"[^，,。；;、：:]{1,14}?"
BASIS_AT_END = re.compile(
    # 业务量比重下降, 流动性比例下降: the end of a share's name, no comparison (比重 alone, or after 的, is read as
    # before: the share named by the figure before it)
    rf"(?P<basis>同比|环比|较{_COMPARED}|比(?<![\u4e00-\u9fff]比){_COMPARED}|比(?<=的比){_COMPARED}|"
    rf"比(?<![占对无好的可]比)(?<=[\u4e00-\u9fff]比)(?![重例率值]){_COMPARED}|"
    rf"相比于?{_COMPARED}|相较于?{_COMPARED}|对比{_COMPARED}|"
    rf"与{_COMPARED}(?:相比|相较|比较)(?:而言)?|和{_COMPARED}(?:相比|相较|比较)(?:而言)?|"
    rf"同{_COMPARED}(?:相比|相较|比较)(?:而言)?)"
    r"(?:均|都|也|分别|共|累计|则|仍|再|又|了|实现|出现|名义|实际|"
    r"大幅|小幅|明显|显著)*$"  # 同比名义增长, 同比大幅缩窄: the basis is 同比
)

PROJECTION: Dimension[str] = Dimension(
    "projection",
    [
        # (预期目标: a plan's, read by target)
        Rule("forecast", r"预计|预测|预期(?!目标)|预估|有望|展望|估计", constant("forecast"),
             (("预计", "forecast"), ("预期目标", None))),
        # (完成年度目标任务的85.2%, 完成全年预期目标的47.8%: a target met so far, a fact; the figures after it are no
        # plans)
        Rule("target", r"目标(?<!完成目标)(?<!完成年度目标)(?<!完成全年目标)(?<!完成年目标)(?<!完成今年目标)"
                       r"(?<!完成全年预期目标)(?<!完成年度预期目标)|"
                       r"计划|力争|争取|规划|拟|确保|努力实现",
             constant("target"), (("力争", "target"), ("目标", "target"), ("完成年度目标", None),
                                  ("完成全年预期目标", None))),
        # 截至2023年末 looks back, not ahead; each word opens with its character, its lookbehind after it (the
        # engine skips to the first characters of a pattern that opens plainly)
        # (将112例患者随机分为两组: 将 before a figure is 把, the object taken, no future)
        Rule("future", r"将(?![近其之军领士来\d一二三四五六七八九十两])|将会|将要|明年|未来|"
                       r"到(?<![截直]到)20\d\d年|至(?<![截直]至)20\d\d年",
             constant("future"), (("将", "future"), ("将近", None), ("到2025年", "future"), ("截至2023年", None),
                                  ("将112例", None))),
    ],
)

_COMPACT = r"(?:(?:(?:19|20)?\d\d ?(?:Q[1-4]|H[12])|[1-4]Q ?(?:19|20)?\d\d|[12]H ?(?:19|20)?\d\d))"
_HOLIDAY = r"(?:春节|国庆中秋|中秋国庆|国庆|五一|劳动节|端午|中秋|元旦|清明|元宵)节?"


def _holiday_kind(match: re.Match[str]) -> str:
    """A holiday of a named year is that year's; of 今年/去年, relative; alone, a run of days."""
    first = match.group(0)[:1]
    return "year" if first.isdigit() else "relative" if first in "今去上前明" else "day"


PERIOD: Dimension[str] = Dimension(
    "period",
    [
        # a holiday, the span a travel release counts: 今年春节假期, 2024年国庆黄金周, 春节期间 (not 今年, 期间 alone)
        Rule("holiday",
             rf"(?:(?:19|20)\d\d ?年|今年|去年|上年|前年|明年){_HOLIDAY}(?:假期|黄金周|小?长假|期间)?|"
             rf"{_HOLIDAY}(?:假期|黄金周|小?长假|期间)",
             _holiday_kind, (("今年春节假期", "relative"), ("春节期间", "day"), ("2024年国庆黄金周", "year"),
                             ("去年端午", "relative"), ("春节", None))),
        Rule("dated_year",
             r"(?:19|20)\d\d ?年 ?(?:度|全年|上半年|下半年|前\d{1,2}个?月|前[一二三四五六七八九十]{1,2}个?月|"
             r"前[一二三四1-4]季度|[一二三四1-4]季度|第[一二三四1-4]季度|[QH][1-4](?![A-Za-z0-9])|"
             # 2023年11月1日至11日, 2026年1月1日至1月3日: a run of days, not its first day
             r"\d{1,2}(?:月?[-—~至到]\d{1,2})?月(?:份)?(?:\d{1,2}日(?:(?:至|到|[-—~～])(?:\d{1,2}月)?\d{1,2}日)?)?|"
             r"[一二三四五六七八九十]{1,2}月(?:份)?|以来|)",
             constant("year"), (("2021年", "year"), ("2023年前三季度", "year"), ("2024年1-9月", "year"),
                                 ("2023年11月1日至11日", "year"), ("2024年1月至7月", "year"),
                                 ("2024 年", "year"), ("2022年Q3", "year"))),
        # a graduating class, a year's cohort: 2023届(毕业生), 2021届学生岗位平均招聘月薪
        Rule("cohort", r"(?:19|20)\d\d ?届", constant("year"), (("2023届", "year"), ("2023 届", "year"))),
        # a span up to now: 三年来上涨1050元, 近5年来, 十年以来
        Rule("span_to_now", r"(?:近|最近)?[一二三四五六七八九十两\d]{1,2}个?(?:季度|月|年|周)(?:来|以来)",
             constant("relative"), (("三年来", "relative"), ("近5年来", "relative"), ("十年以来", "relative"),
                                    ("三年级", None))),
        # a broker's years, estimated or actual: 2027E, 2024A, 2024 - 2027E
        Rule("estimated_year", r"(?<![\d.])(?:19|20)\d\d\s?[-—~至]\s?(?:19|20)\d\d[EA](?![A-Za-z])|"
                               r"(?<![\d.])(?:19|20)\d\d[EA](?![A-Za-z])",
             constant("year"), (("2027E", "year"), ("2024 - 2027E", "year"), ("2024AB", None))),
        Rule("relative_year",
             r"(?:今年|去年|上一?年|前年|明年|本年度|全年)(?:以来|[前首]\d{1,2}个月|[前首][一二三四五六七八九十]{1,2}个?月|"
             r"前[一二三四1-4]季度|[一二三四1-4]季度|上半年|下半年|"
             r"\d{1,2}(?:月?[-—~至到]\d{1,2})?月(?:份)?|同期)?",
             constant("relative"), (("今年", "relative"), ("今年前三季度", "relative"), ("今年1月至7月", "relative"),
                                    ("今年前五月", "relative"), ("上一年同期", "relative"))),
        Rule("part_of_year",
             r"上一?季度|上半年|下半年|前[一二三四]季度|[一二三四]季度|第[一二三四]季度|第[一二三四]季(?![度节])|"
             r"一至[二三四五六七八九十]+月|"
             r"[前首]\d{1,2}个?月|[前首][一二三四五六七八九十]{1,2}个?月|"
             r"\d{1,2} ?[-—–~至到] ?\d{1,2} ?月(?:份)?|"  # (1-8 月份: a scraper's spaces)
             r"\d{1,2}月[-—–~至到]\d{1,2}月(?:份)?",  # 1月~7月份, 1月至7月: the months from one to the other
             constant("part"), (("上半年", "part"), ("上一季度", "part"), ("第三季", "part"),
                                ("1-9月", "part"), ("1月~7月份", "part"), ("1月至7月", "part"), ("1-8 月份", "part"))),
        # 24H1, 2023Q1, 1H19, 3Q24: a half or a quarter as analysts' reports write it
        Rule("compact_part",
             rf"(?<![A-Za-z0-9\-])(?:(?:19|20)\d\d ?[-—~至] ?)?{_COMPACT}(?: ?[-—~至] ?{_COMPACT})?(?![A-Za-z0-9])",
             constant("part"), (("24H1", "part"), ("2023Q1", "part"), ("1H19", "part"), ("3Q24", "part"),
                                ("2017-1H19", "part"), ("2H19-1H20", "part"), ("A24H1", None), ("H1", None))),
        # 五粮液期内营收170.3亿元: the period the report covers, said as such (not a name's part)
        Rule("report_period", r"(?:报告期|本期|期)内(?![容部外])", constant("relative"),
             (("期内", "relative"), ("报告期内", "relative"), ("期内容", None))),
        Rule("day", r"\d{1,2}月\d{1,2}日(?:(?:至|到|[-—~～])(?:\d{1,2}月)?\d{1,2}日)?|"
                    r"\d{1,2} ?月份?|当日|当天|首日|假期期间|(?<![假节期])期间",  # (小长假期间: the holiday's)
             constant("day"), (("10月20日", "day"), ("期间", "day"), ("1月1日至1月3日", "day"))),
    ],
)

ATTRIBUTION: Dimension[str] = Dimension(
    "attribution",
    [
        Rule("according_to",
             r"(?:据|根据|依据)[^，,。；;“”]{2,30}(?:的)?(?:数据|统计|调查|测算|监测|报告|公报|发布|消息|统计数据|预测)"
             r"(?:显示|表明|称)?",
             constant("according_to"), (("据国家统计局数据", "according_to"), ("根据统计公报", "according_to"))),
        Rule("shows",
             r"[^，,。；;：:“”\s]{2,24}?(?:的)?(?:最新)?(?:数据|统计|调查|报告|监测|调研|研究|测算|报告)?(?:显示|表明)",
             constant("shows"), (("平台数据显示", "shows"), ("调查显示", "shows"))),
        Rule("says",
             r"[^，,。；;：:“”\s]{2,30}?(?:表示|指出|介绍|透露|称(?![为之号作赞])|说(?![明服法]))",
             constant("says"), (("公司总裁表示", "says"), ("称为", None))),
    ],
)

# A closing line that sources the whole document: 数据来源：某某集团, （来源：国家统计局）.
DOCUMENT_SOURCE = re.compile(
    r"[（(]?\s*(?:数据来源|资料来源|信息来源|来源)\s*[:：]\s*(?P<source>[^\n（）()]{2,60}?)\s*[）)]?\s*$"
)

# Ratios to a base that may exceed 100 (coverage, capital adequacy, margins, load factors, completion, recovery;
# a sector's contribution to growth, which exceeds 100 or falls below 0 when another sector shrinks):
# a figure measured by one of these is a ratio, not a share of a whole.
RATIO: Dimension[str] = Dimension(
    "ratio",
    [
        Rule("ratio_noun",
             r"(?:拨备覆盖|充足|完成|利用|客座|载运|运载|上座|入住|出租|销售|产销|周转|偿付|备付金|拨贷|开工|达产|兑现|"
             r"毛利|净利|利润|营业利润|运营利润|经营利润|收益|回报|息|杠杆|市盈|市净|市销|负债|贡献)率"
             r"|(?:存贷|贷存|成本收入|拨贷|资产负债|债务收入|流动|速动|现金|派息|杠杆|收入成本)比(?:例|率)?"
             r"|净息差|息差|毛利润率|利润空间|资本充足水平",
             constant("ratio"), (("拨备覆盖率", "ratio"), ("毛利率", "ratio"), ("成本收入比", "ratio"),
                                 ("贡献率", "ratio"), ("不良贷款率", None), ("占比", None))),
        Rule("against_a_target", r"(?:完成|达成|实现)[^，,。；;]{0,12}?(?:目标|计划|任务|预算|指标)(?:的)?",
             constant("ratio"), (("完成全年目标的", "ratio"),)),
        Rule("against_a_past", r"(?:恢复|修复|回升|回暖|复苏)(?:至|到)[^，,。；;]{0,16}?(?:的|水平的)",
             constant("ratio"), (("恢复至2019年同期的", "ratio"),)),
        Rule("as_much_as", r"相当于[^，,。；;]{0,16}?的", constant("ratio"), (("相当于去年全年的", "ratio"),)),
    ],
)

RATIO_NOUN = re.compile(rf"(?:{RATIO.rules[0].pattern})[^，,。；;]{{0,8}}$")
# 完成全年目标的105%, 恢复至2019年同期的92.3%: the comparator is the whole the ratio is of.
# A budget, plan, target or task of the year (调整预算, 全年目标任务, 年初预算数): what a completion is of
_BUDGET = (r"[^，,。；;]{0,16}?(?:[调調]整|年初|全年|年度|批准)[^，,。；;]{0,6}?"
           r"(?:[预預]算|[计計][划劃]|目[标標]|任[务務])(?:[数數]|[额額])?")
RATIO_AT_END = gated(re.compile(
    r"(?:(?:完成|达成|实现)(?P<target>[^，,。；;]{0,12}?(?:目标|计划|任务|预算|指标))(?:数|额)?"
    r"(?:\s*[\d,.]+\s*[万亿萬億]{0,2}元)?|"
    # 占调整预算的100%; 为县人民代表大会批准全县全年预算46,908万元的80.43%: a budget of the year, its amount told or not
    rf"(?:占|为|為)(?P<budget>{_BUDGET})(?:\s*[\d,.]+\s*[万亿萬億]{{0,2}}元)?|"
    r"(?:恢复|修复|回升|回暖|复苏)(?:至|到)(?P<past>[^，,。；;]{0,16}?)(?:水平)?|相当于(?P<like>[^，,。；;]{0,16}?))"
    r"的\s*$|"
    # 占调整预算105.47%: a budget's completion said without 的
    rf"(?:占|为|為)(?P<budget_bare>{_BUDGET})\s*$"))
COMPARATOR_ENDS = ("的", "算", "划", "标", "务", "数", "额")  # (…的105%; 占调整预算105.47%)
# A rate named by the noun of movement after it: 0.21%的跌幅, 27.2%的强劲增长 (not 5%的增长率: a level of a rate)
MOVED_AFTER = re.compile(r"的\s*(?:强劲|强势|大幅|显著|温和|稳健|小幅|轻微)?"
                         r"(?:(?P<up>增长|增幅|涨幅|上涨|上升|提升)|(?P<down>跌幅|降幅|下跌|下降|下滑|减少|回落))"
                         r"(?![率速])")
_MOVED = rf"(?:{MOVEMENT.pattern})"
# 较上年同期的147.36亿美元大幅增长86%: how much it moved, said before the verb
_MOVED_BY = rf"(?:大幅度?|小幅度?|明显|显著|稳步|快速|强劲)?{_MOVED}"
# 比去年同期, 较上年同月, 比上月: a comparison with the period before, named (比去年同期 is as common as 比上年同期)
_COMPARED = (r"(?:(?:同比|环比|按年|按季|按月|"
             r"(?:比|较)(?:上年|去年|上月|上季度|上季|上年末|去年末|上年期末|上期末|年初|期初)"
             # 较去年国庆假期上升31.5%: last year's same holiday
             r"(?:同期|同月|同季度?|同日|高峰日|[\u4e00-\u9fff]{1,4}?(?:假期|长假|黄金周))?|"
             # 较前一交易日跌8.05点, 较前一交易日结算价上涨478元: a market's day (its settlement) against the one before
             r"(?:比|较)(?:前一|上一|上个)交易日(?:结算价|收盘价?)?|(?:比|较|相较|相比)(?:上周|前一周|上一周|昨日|前日)|"
             r"同期|(?:比|较)(?:19|20)\d\d年(?:同期)?)"
             # 比上年同期(简称“同比”)增加: the abbreviation a release defines in passing
             r"(?:\s*[（(](?:简称|以下简称)[^（()）\d]{1,8}[)）])?)")  # 比2010年增产2473万吨: the year compared with
JOINTS = Joints(
    # (录得27.2%的强劲增长报1054亿令吉: 报 as Malaysian releases write 至)
    to_level=re.compile(r"\s*[，,]?\s*(?:的(?:强劲|强势|大幅|显著)?(?:增长|下降|跌幅|增幅)(?=报))?"
                        r"(?:增至|升至|降至|增加至|增长至|下降至|减少至|至|到|达到|达|报|收于)\s*"),
    # 较去年同期的8.65亿元; 上年同期为1.2亿元; 较2016届(74.0%): the earlier level in brackets after its period
    base_before=re.compile(rf"(?:(?:较|比(?![重例率值])|相比|与|同|对比)(?:(?!{_MOVED})(?:[^，,。；;\d]|(?:19|20)\d\d\s?财?年)){{0,10}}?的|"
                           r"(?:较|比|相比|对比)(?:(?:19|20)\d\d|[^，,。；;\d（()）]){1,10}?[（(]|"
                           r"(?:上年同期|去年同期|上年|去年|上期|上月|上季度|同期|前值)(?:\s*[（(][^（()）]{1,16}[)）])?"
                           r"\s*(?:为|是|的|值为)|"
                           # 去年同期则受理了590家; 去年同期募集资金2553.83亿元: the same period's level, its name or
                           # verb between (no movement and no comparison: 去年同期增加8亿元 is a change)
                           rf"[而但]?(?:上年同期|去年同期)(?:则|也|仅|共|只)?(?:(?!{_MOVED}|相比|比|较)[\u4e00-\u9fff]){{1,8}}?"
                           r"(?:为|是|达到|达|了|有)?|"
                           r"(?:较|比)(?:上年同期|去年同期|上年|去年|上月|上季度)|"
                           # 相比较2012年82.73亿元，同比增长54.32%: the year compared with, then its level
                           r"(?:相比较|相较于?|较|比)\s*(?:19|20)\d\d\s*年(?:同期|底|末)?\s*(?:为|的)?)"
                           # 较去年同期的人民币2,655亿元: the base's currency named before it
                           r"\s*(?:人民币|美元|港元|港币|欧元|日元)?\s*$"),
    base_after=re.compile(rf"\s*[)）]?\s*(?:的[\u4e00-\u9fff]{{1,8}}?|(?<=[名人次辆家个只])[\u4e00-\u9fff]{{1,6}}?)?"
                          rf"(?:相比|相较|比较)?[，,]?\s*{_COMPARED}?\s*(?:分别)?(?:{_MOVED_BY}|降幅|跌幅|增幅|涨幅)"
                          r"(?:了)?(?:幅度)?"
                          r"(?:为|达|达到)?\s*"),
    from_level=re.compile(r"\s*[，,]?\s*(?:较|比|相比)[^，,。；;\d]{0,10}?的?\s*"),
    # 同比减少489.9亿元，减幅为10.3%; 累计增长了1.8倍; 增速接近16倍
    # (按可比价计算同比增长6.1%: the prices the rate is counted at, then its comparison)
    # (沪指以2916.62点报收，较前一交易日大涨94.17点: the close, then the day's move; 大涨, 小幅下跌 move too)
    # (694,826名外国游客，相较前一周增加了98,289人次: what the level counts, then its change)
    # (接待游客5058.61万人次、同比增长16.6%: a 、 between them as well as a comma)
    level_then_change=re.compile(rf"(?:(?:/[\u4e00-\u9fff]{{1,2}})?(?:报收|收报|收于|收盘|收市)|(?<=[名人次辆家个])[\u4e00-\u9fff]{{1,6}})?\s*[，,、]\s*(?:(?:按(?:可比|不变|自然)(?:价格?|口径)|扣除[\u4e00-\u9fff]{{1,8}}?因素后?)(?:计算)?\s*[，,]?\s*)?(?:{_COMPARED})?\s*(?:全年)?"
                                 rf"(?:实际|累计)?"
                                 rf"(?:(?:大幅|大|小幅|微|暴)?{_MOVED}(?:了)?(?:幅度|幅)?|增\s?速|增\s?幅|涨\s?幅|降\s?幅)"
                                 r"(?:\s*[（(]下同[)）])?(?:为|达到|达)?\s*"  # (增长(下同)6.6%: a note)
                                 # (到2023年的2.38万亿元，5年间，我国跨境电商进出口增长了1.2倍: the span, then the name)
                                 rf"|\s*[，,]\s*(?:\d{{1,2}}|[一二三四五六七八九十两]{{1,3}})\s*年(?:间|来|里|中)\s*[，,]\s*"
                                 rf"[\u4e00-\u9fff]{{0,12}}?{_MOVED}了?\s*"),
    from_to=re.compile(r"(?:从|由)[^，,。；;从由到至]{0,12}?的?\s*$"),
    # 增至 | ，增长到2022年的: the later level, its year before it
    to_second=re.compile(rf"[，,]?[^，,。；;\d]{{0,4}}?{_MOVED}?(?:至|到)(?:\s*(?:19|20)\d\d\s*年)?[^，,。；;\d]{{0,12}}?的?\s*"),
    # (前值(2022年12月末)为31276.91亿美元: a release's previous value, its time in brackets)
    earlier_level=re.compile(r"\s*[，,]\s*(?:而)?(?:上年同期|去年同期|上年|去年|上期|上年末|去年末|前值)"
                             r"(?:\s*[（(][^（()）]{1,16}[)）])?\s*(?:为|是|的)?\s*"),
)

# A clause that follows the leader of a ranking: 中欧次之，达39.8%; 江苏紧随其后，2018年GDP达到.
FOLLOWER = gated(re.compile(r"(?:次之|紧随其后|紧随其后的是|其次|位列第二|排名第二)[，,]?[^，,。；;]{0,12}?"
                            r"(?:为|达|达到|是)?\s*$"))
