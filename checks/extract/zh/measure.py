"""What a Chinese figure measures: its metric (a clean noun phrase), subject, segment and whole. The metric is read
from the words before the figure in its clause (营业收入31亿元), else from the noun counted after it (200个品牌,
70%的受访者); verbs, particles, bases, periods and units are stripped, and a leading subject (公司, 全国, 联想集团) or
breakdown member (城镇, 线上, 第一产业) is split off into its own field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.extract.grammar import anonymous
from checks.extract.prefilter import gated, pair_gated, widest
from checks.extract.records import quick_init
from checks.extract.zh.context import GROWTH_NOUN, MOVEMENT, PERIOD
from checks.extract.zh.vocabulary import ACTIONS, CITIES, NOT_A_NAME, PROVINCES, REVENUE_SOURCE, SEGMENTS, TRADED

PERIOD_CUE = pair_gated(re.compile(PERIOD.pattern))
LEADING_NOISE = re.compile(  # connectives, verbs and periods a phrase may open with
    r"^(?:.*(?:[】：:|｜]|——)|[-•·●▪]\s*|尽管|虽然|即使|但是|预计|其中|同时|此外|另外|而|但|并|且|其(?!他|它|余|次)|则|已|将|有望|为(?!期)|目前|截至目前|据悉|数据显示|显示|按|在(?![校建读岗职营线园册])|对(?!.{1,14}?(?:进出口|出口|进口)$)|从|由|"
    r"分别|共有|共|有(?!色|线|机|效)|(?:再)?加上|累计|合计|总计|当天|当日|当年|同年|期间|实现|完成|录得|取得|全年|期内|报告期内|本季|本季度|当季|当月|本月|"
    r"单季|单月|全季|该季度|该季|该月|当期|春节|国庆|假期|节日|节假日|前|首|头|截至|到(?![位岗期账])|年末|年底|月末|月底|季末|期末|末|底|特别是|尤其是|于|[QH][1-4](?![A-Za-z0-9])|"
    r"档(?=[\u4e00-\u9fff]{2})|"  # 2023年国庆档电影总票房: what is left of a season's name once its period is read
    r"(?:前|首|头)?[\d一二两三四五六七八九十]+(?:个)?(?:月|季度|周|天|日)(?:份)?(?!游)|)+"  # (一日游: a trip)
)
# Dates written with spaces (2025 年第二季度) that the period rules do not see.
_SPACED_DATE = re.compile(r"(?:19|20)\d\d\s*年?\s*(?:至|到|[-—–~])\s*(?:19|20)\d\d\s*年|"  # 1979年至2017年
                          r"\d{1,2}\s*(?:至|到|[-—–~～])\s*\d{1,2}\s*月(?:份)?|"  # 1~8月, 1-5月
                          # 2017春节
                          r"(?:19|20)\d\d(?=春节|国庆|元旦|五一|暑期|双11|上半年|下半年|全年|一季度|前三季度)|"
                          r"(?:19|20)\d\d\s*年(?:\s*(?:第?[一二三四1-4]\s*季度|[上下]半年|\d{1,2}\s*月(?:份)?))?|"
                          r"\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*日)?")
# Where a phrase stops naming a quantity: a stating verb, a bound, a currency word, an adverb of comparison.
_CUT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:(?:高|仅|只|才)?为|(?:高|多|仅|只)?达|"
                  r"约(?=\s*[\d一二两三四五六七八九十百千万亿半]|为|占|合|有|达|人民币|美元)|"  # 签约率 is no 约
                  r"合(?=计|约|人民币|美元|港元|\s*\d)|"  # 合资 is no 合
                  r"排名|排在|位居|位列|蝉联|居(?:首|前|第|于|全)|"
                  r"分别|同比|环比|按年|按季|在(?=历史|同期|同类|全[国省市区球]|国内|国际)|"
                  r"较|比上|自(?=上|去|前|同|本|的|(?:19|20)\d\d)|"  # 经营利润自去年同期的30亿元增加至: a base, after
                  r"(?:人民币|美元|港元)(?=\s*$)|(?<![合协共相])同$|共计|(?<![公总])共(?![享同识建赢性用振有])|"
                  r"(?:也|还|已|均)?于(?:今日|近日|日前|当日|当天|昨日|今年|上周|本周))")  # 票房也于今日超过
# Written to open with a character in every alternative (the verbs unwrapped, 中's lookbehind after it, digits apart):
# the engine skips to those characters by itself; a digit, which also ends a noun, is looked for before the word found.
_METRIC_STOP = re.compile(
    "|".join(anonymous(rule.pattern) for rule in MOVEMENT.rules) + "|"  # 200个品牌增长超100%: a verb after the noun
    r"享|参与|参加|实现|整装|上市|上线|发布|推出|亮相|全面|获得|完成|达到|提供|进行|开展|入驻|使用|受益|覆盖|同比|环比|较|比|为|是|在|已|将|"
    r"蝉联|保持|位居|位列|排名|领跑|夺得|摘得|稳居|占据|"  # 以42887辆的销量蝉联冠军: the noun is 销量, then a place won
    r"强势|强劲|稳步|一举|顺利|"  # 以超15.83亿的票房成绩强势领跑: an adverb, then the place won
    r"认为|表示|预期|预计|选择|希望|愿意|倾向|共计|共|合计|累计|"  # 14.5%的居民认为…: who, then what they think
    # 200个品牌中: 中 after a noun ends it; a noun may open with it (200个中外品牌, 3万个中小品牌)
    r"被|等|中(?<=.中)|的|和|与|及|，|,|。|；|;|、|（|\(|“|”|！|？|!|\?|\n"  # a sentence's end ends the noun too
)
_DIGIT = re.compile(r"\d")
VERB_FIRST = re.compile(rf"\s*(?:同比|环比)?(?:{MOVEMENT.pattern})|\s*[再又]?创(?:下|出|造|历史|新高|新低|纪录|年内)")
_PARENTHESISED = re.compile(r"[（(][^（()）]*[）)]|^[^（()）]*[）)]|[（(][^（()）]*$|\[\d{1,2}\]")  # (…岁[3]: a note)
# Phrases that name no quantity (verbs and particles left of a clause; 大幅增长86%, 以每桶, 以及连续, 年均递(增)).
_NOT_A_METRIC = re.compile(r"(?:两年|三年|年均|实际|名义|平均|可比|扣除价格因素|人民币|美元|港元|欧元|至|到|成为|"
                           r"达到|达|惠及|覆盖|之间|以上|以下|左右|其中|分别|同比|环比|按季|按年|季则|则|再|又|小幅度?|明显|显著|稳步|快速|强劲|以及|连续|时隔|"
                           r"大幅度?|(?:再|又)?(?:增加|增长|下降|减少|提高|降低)(?:到|至)?|占|为|是|有|共|累计|合计|仅|只|高达|约|近|逾|报|以|每桶|每吨|递)+")
# 较去年同期的, 比1978年: the base of a comparison (比亚迪 is a name, not a comparison).
_COMPARATOR = re.compile(r"^(?:较|比|与|同|相比|对比|相较)"
                         r"(?=上|去|前|同|本|的|截至|[\d一二三四五六七八九十]|\s*(?:19|20)\d\d|人民币|美元|港元|港币|欧元)")
_MARKS = r"\s，,。；;：:、“”\"（）()\[\]【】"  # at a phrase's edges, with figures (not 5G's), they name nothing
_EDGE = re.compile(rf"^(?:(?!(?:\d+\s*[-~—–至到]\s*)?\d+周?岁)(?:[{_MARKS}.%]|\d+(?![\dA-Za-z])))+|[{_MARKS}\d.%]+$")
_CAUSING_VERB = re.compile(r".*(?:带动|推动|拉动|促进|促使|使得|帮助|助力|吸引|邀请|通过)")
_CAUSING_WORD = re.compile(r"带动|推动|拉动|促进|促使|使得|帮助|助力|吸引|邀请|通过")  # looked for before the .* tries
_ACHIEVING_VERB = re.compile(r"(?:共计|共|累计|合计|总计)?(?:实现|完成|录得|取得)|共计|(?<!公)共(?!享|同|有)|合计|总计")
# Words that end a metric phrase without belonging to it: verbs of stating, bases, bounds, particles.
_TRAILING = re.compile(
    rf"(?:同比|环比|按年|按季|按月|较上年|比上年|上年同期|去年同期|同期|"
    rf"(?:{MOVEMENT.pattern})(?:了)?(?:至|到)?|"
    r"达到|达|为|是|超过|超|逾|约|近|接近|共|有|实现|完成|录得|取得|突破|首破|破|高达|仅|累计|合计|共计|总计|累积|分别|均|都|也|则|"
    r"已经|仍然|依然|依旧|仍|顺利|基本持平|持平|调整|甚至|双双|成为|(?:长期)?稳定在|(?:长期)?稳定|将?介于|将?介乎|将在|则?保持在|则?保持|高至|低至|(?:快于|慢于)[\u4e00-\u9fff]{1,6}|"
    r"最高|最低|较高|较低|最大|最多|平均|由|从|在|的|了|已|将|可|再|又|收盘报|收报|收于|(?<=指数)报|(?<=指)报|\s|"
    r"预计|预期|初步估计|估计|(?<!变)更|亦|仅微|未能|没能)$")  # 客运量预计4822.3万人次: a forecast's verb
_GROWTH_NOUN_END = re.compile(rf"(?:{GROWTH_NOUN.pattern})$")
# A subject at the start of a phrase: an organisation or a place, then what it measures; a character of a name is no
# verb or particle (这也是中国新能源 is no name; a firm's holds no 处理: 银行处理电子支付业务); NOT_A_NAME opens none.
_NAME = r"(?:(?![是也这为了的在和与及从对向将已被把占])[\u4e00-\u9fff])"
_FIRM_CHAR = rf"(?:(?!处理|发生|办理|开立|发放|持有|实现|完成){_NAME})"
_SUBJECT = re.compile(
    rf"^(?!(?:国有|私人|私营|民营|集体|外商)控股|{NOT_A_NAME})(?P<subject>(?:{_FIRM_CHAR}{{2,8}}?(?:集团|股份|公司|银行|汽车|科技|控股|电子|地产|置业|保险|证券|航空|"
    r"铁路|电网|石化|石油|能源|人寿|财险|电器|药业|医药|传媒|航运|物流|快递|速运|酒业|乳业|食品|商行|农商行)"
    # a name going on past a firm's last word (上海科技馆, 粮油食品类) is no firm, nor a trade mode (保税物流)
    r"(?![类馆园院店]|烟酒|[和及与、][\u4e00-\u9fff]{1,8}类)|"  # (nor 我市食品烟酒类, a CPI category)
    r"全国|全省|全市|全区|全县|全州|我国|中国(?:(?:移动|联通|电信)(?!电话|通信|互联网|业务)|铁塔|广电)?|国内(?!增值税|消费税)|本市|该市|该省|该区|该县|本区|本县|本省|该公司|公司|集团|本行|该行|"
    rf"(?:{'|'.join(PROVINCES + CITIES)})(?![省市区]|时间)|"  # (长沙进出口总值; 北京时间: a time zone, no owner)
    rf"{_NAME}{{2,8}}?(?:[省市县区州](?!场|属|域|民|级|内|外(?!贸)|委|长|政府|面|容)(?!(?<=均地区)生产总值)|自治区|特区)|"
    rf"{_NAME}{{2,10}}?自治[州县旗]|"  # 红河哈尼族彝族自治州: an autonomous prefecture's name is long
    r"[A-Za-z][A-Za-z0-9&.\-]{1,15}(?![A-Za-z0-9&.\-]))"
    r"(?:的)?)(?P<rest>(?:[\u4e00-\u9fffA-Za-z]|\d[A-Za-z])[\u4e00-\u9fffA-Za-z0-9]{1,})$")  # (5G相关投资)
# A place that received visitors, and the visitors it received (熊猫基地接待游客, 上海动物园接待游客, 景区迎来游客):
# the place owns the count, whether a province, a city or a park; 接待游客 is the quantity's usual name.
RECEIVING = ("接待", "迎来")
_RECEIVED = re.compile(rf"(?P<subject>{_NAME}{{2,10}}?)(?:累计|共计|合计|共)?"
                       r"(?P<rest>(?:接待|迎来)(?:国内外|境内外|海内外|中外|入境|国内|境外)?(?:游客|旅客|观众|客流|访客)"
                       r"[\u4e00-\u9fff]{0,6})")
# What is said of a quantity, not a quantity: 零售业总销货价值的临时估计.
_ESTIMATE = re.compile(r"(?:临时|初步|最新)?(?:估计|估算|预测|测算|统计|数据|数字|情况)(?:值|数)?")
_REPORTING = re.compile(r"记者|获悉|据|显示|表示|介绍|发布|公布|指出|称")
# A name that can own a quantity before 的: a few characters, no verb, no particle (比亚迪, 北京市, 该行).
_OWNER = re.compile(r"(?!.*(?:增长|下降|实现|完成|达到|占|比上|比去|较|为|是|有|和|与|及|以上|以下|后|前|中|内|外|时|"
                    r"期间|方面))[\u4e00-\u9fffA-Za-z]{2,6}")
_NO_OWNER = re.compile(r"\d|作为|已经|由|至|下滑|上升|增长|下降|——")  # a clause of its own, no owner's name
_EXCEPT = re.compile(r"除了?[\u4e00-\u9fffA-Za-z]{1,10}?(?:以外|之外)")  # 除汽车以外(的消费品零售额)
_QUOTED = re.compile(r"[“\"「]?[^“”\"「」]{1,16}[”\"」]$")  # its opening mark may be cut as an edge
# How the name of a quantity ends (销量, 营业收入, 增加值, 利润率), as against an action or an opinion.
_QUANTITY_END = re.compile(r"(?:量|额|值|率|数|收入|营收|利润|规模|产值|GDP|价格|[均房油股]价|指数|支出|人次|"
                           r"费|金|款|比重|份额|占比|比例|产量|投资)$")
_QUANTITY_END_WIDTH = widest(_QUANTITY_END) or 0
_SEGMENT = re.compile("^(?P<segment>" + "|".join(sorted(SEGMENTS, key=len, reverse=True)) + ")"
                      r"(?!业|增值税|消费税|全行业)(?P<rest>.{2,})$")  # (国内增值税: a tax; 民航全行业: the whole)
# A group of people by their age (60岁及以上老年网民, 18-35岁的青年), maybe after its owner, then a quantity of theirs.
_AGE_GROUP = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,4})?(?P<segment>\d{1,3}\s*(?:[-~至到—]\s*\d{1,3}\s*)?岁"
                        r"(?:及以上|以上|及以下|以下)?(?:的)?[\u4e00-\u9fff]{0,4}?"
                        r"(?:人口|人群|网民|用户|居民|老人|老年人|青年|儿童|群体|受访者))(?P<rest>[\u4e00-\u9fff]{2,})$")
# A line of a business (网游业务, “手机×AIoT”分部) and its quantity (网游业务收入: 收入 of the line): a member.
_LINE = re.compile(r"[\u4e00-\u9fffA-Za-z×“”\"]{1,12}?(?:业务|板块|分部|事业部|事业群)")
_LINE_QUANTITY = re.compile(r"(?P<segment>[\u4e00-\u9fffA-Za-z×“”\"]{1,12}?(?:业务|板块|分部|事业部|事业群))"
                            r"(?P<rest>(?:营业)?(?:收入|营收|收益|利润|毛利率?|经营利润|经营收益|营业额|销售额|亏损))$")
# The sections of the national industry classification, by which statistics releases break a total down
# (其中，批发和零售业增长10.8%，交通运输、仓储和邮政业增长6.7%): each a member of that breakdown.
SECTORS = (
    "农、林、牧、渔业", "农林牧渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "建筑业", "批发和零售业",
    "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业", "金融业", "房地产业",
    "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业", "居民服务、修理和其他服务业",
    "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织", "农业", "林业", "畜牧业", "牧业", "渔业",
    "农林牧渔服务业", "农、林、牧、渔服务业",
)
# A sector named before a figure in its clause, with at most a short metric and a verb between (a 、 inside a
# sector's name does not end it, as it ends a clause elsewhere).
_SECTOR_BEFORE = gated(re.compile("(?P<sector>" + "|".join(sorted(SECTORS, key=len, reverse=True)) +
                                  # 农林牧渔业总产值 is the whole, not a member
                                  r")(?P<rest>(?!总)[^，,。；;：:！？!?\d、]{0,16})$"))
_MEMBER = re.compile("(?:" + "|".join(sorted({*SEGMENTS, *SECTORS}, key=len, reverse=True)) + ")")
@quick_init
@dataclass(frozen=True)
class Measure:
    metric: str | None
    subject: str | None = None
    segment: str | None = None
    whole: str | None = None


# A space between two Chinese words: a headline or a dateline ends there (铁路暑运满月 全国铁路发送旅客).
_HEADLINE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”》])\s+(?=[\u4e00-\u9fff“《])|\s+[-–—]\s+(?=[\u4e00-\u9fff“《\d])")
# The quantity a ranking is by (列旅游总收入排行榜第一名).
_RANKING_BY = re.compile(r"^(?:位列|位居|列|居)(?P<metric>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:排行榜|排行|榜单|榜)$")
# A name that owns what follows a period or a verb of achieving in its phrase (腾讯第三季度营收, 中央企业累计实现营业
# 收入): a few characters, none a verb, a particle or a word of comparison.
_OWNER_NAME = re.compile(r"(?!.*(?:增长|下降|实现|完成|达到|占|比上|比去|较|为|是|有|和|与|及|的|在|对|从|以上|以下|后|"
                         r"前|中|内|外|时|期间|方面|全年|同期|累计|其中)|(?:实际|预计|计划)$)[\u4e00-\u9fffA-Za-z]{2,6}")
_ACHIEVING_JOINT = re.compile(r"(?:累计|共计|合计)?(?:实现|完成|录得)(?![率度量额])|"
                              r"(?<!公)共(?![享同有计识建赢性用振])")


def _owned_across(phrase: str) -> str:
    """A phrase without its periods, an owner named before a period or a verb of achieving kept apart from the
    quantity after it by 的 (腾讯第三季度营收: 腾讯的营收; 浙江省属企业一季度累计实现营业收入: 浙江省属企业的营业
    收入)."""
    period = PERIOD_CUE.search(phrase)
    joint = period if period is not None and period.start() >= 2 else _ACHIEVING_JOINT.search(phrase, 2)
    if joint is not None:
        head = LEADING_NOISE.sub("", _EDGE.sub("", PERIOD_CUE.sub("", phrase[:joint.start()])))
        tail = LEADING_NOISE.sub("", PERIOD_CUE.sub("", phrase[joint.end():]))
        if tail.startswith(("累计", "实现", "完成", "录得", "共")):  # 一季度累计实现营业收入: the verb after the period
            tail = _ACHIEVING_JOINT.sub("", tail, count=1)
        # not a member of a breakdown (第一产业实现增加值, 城镇市场实现零售额) nor one of a list (个险、银保渠道…)
        if _OWNER_NAME.fullmatch(head) and _QUANTITY_END.search(_TRAILING.sub("", tail)) \
                and not _SEGMENT.match(head + tail) and not is_member(head) and "、" not in phrase[:joint.start()]:
            return f"{head}的{tail}"
    return PERIOD_CUE.sub("", phrase)


# 之 between two names, the written possessive of results releases (本集团之收入): 的. Not of 百分之, 之一, 之间, 总之….
_POSSESSIVE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![分总])之"
                         r"(?![一二三四五六七八九十百千万间后前中外内上下际多余首最\d])(?=[\u4e00-\u9fff]{2})")
_COMPARABLE = re.compile(r"按可比(?:价格?|口径)(?:计算)?")
_ABROAD = re.compile(r"在(海外|境外|国外)(?:市场)?$")


@lru_cache(maxsize=65536)  # a pure function of the phrase, and phrases repeat across a corpus
def clean(phrase: str) -> str | None:
    """A phrase as a metric: no leading connectives, causes or periods, no trailing verbs or particles."""
    phrase = _PARENTHESISED.sub("", phrase)  # 固定资产投资(不含农户): the note is not part of the name
    phrase = _COMPARABLE.sub("", phrase)  # GDP按可比价计算: how the rate is counted, not what
    phrase = _SPACED_DATE.sub("", phrase)
    phrase = _POSSESSIVE.sub("的", phrase) if "之" in phrase else phrase  # 餐厅业务之营业额: 餐厅业务的营业额
    last = _HEADLINE_SPACE.split(phrase.strip())[-1]
    phrase = last if len(last) >= 2 else phrase
    phrase = LEADING_NOISE.sub("", _EDGE.sub("", _owned_across(phrase)))
    ranking = _RANKING_BY.match(phrase)
    if ranking is not None:
        phrase = ranking.group("metric")
    if _COMPARATOR.match(phrase):
        return None  # 较去年同期的: the base of a comparison, not a quantity
    cause = _CAUSING_VERB.search(phrase) if _CAUSING_WORD.search(phrase) else None
    if cause is not None and len(phrase) - cause.end() >= 2:
        phrase = phrase[cause.end():]  # 发放消费券带动当地消费: what moved is 当地消费
    achieved = _ACHIEVING_VERB.search(phrase)
    if achieved is not None and len(phrase) - achieved.end() >= 2:
        # 北岭乳业实现营业收入, 精制食用植物油实现产量, 全国共接待游客: the owner and the quantity, without the verb
        phrase = phrase[:achieved.start()] + phrase[achieved.end():]
    phrase = PERIOD_CUE.sub("", phrase).strip()
    phrase = LEADING_NOISE.sub("", _EDGE.sub("", phrase))
    cut = _CUT.search(phrase)
    if cut is not None and not phrase.endswith(("占比", "比重", "比例")):
        phrase = phrase[:cut.start()]
    while True:  # one trailing word at a time, keeping at least two characters (人均 stays 人均)
        stripped = _EDGE.sub("", _TRAILING.sub("", phrase, count=1))
        if stripped == phrase or len(stripped) < 2:
            break
        phrase = stripped
    if "的" in phrase:
        head, _, tail = phrase.rpartition("的")
        owner = re.sub(r"在$", "", head)
        if _ESTIMATE.fullmatch(tail) and len(head) >= 2:
            phrase = head  # 零售业总销货价值的临时估计: the quantity estimated
        elif (traded := TRADED.fullmatch(head + tail)) is not None and traded.group("partner"):
            phrase = head + tail  # 中国对沙特阿拉伯的出口额: the trade with a partner, read by split
        elif len(tail) >= 2:  # 比亚迪在上半年的新能源车销量: 比亚迪's; 扣除价格因素后的收入: just the quantity
            quoted = _QUOTED.search(owner) if _QUANTITY_END.search(tail) else None
            answer = _ANSWERING.match(owner) is not None and len(owner) <= 12  # 表示会继续使用的比例
            if (_OWNER.fullmatch(owner) or _EXCEPT.fullmatch(owner) or answer) and _QUANTITY_END.search(tail):
                phrase = f"{owner}的{tail}"  # 除汽车以外的消费品零售额: the exception is part of the quantity
            elif quoted is not None:  # 毕业生“受雇全职工作”的比例: a quoted category keeps its name in the quantity
                phrase = f"{owner[quoted.start():]}的{tail}"
            else:  # (在海外的实际销售收入: where it was earned, a member of 国内 and 海外)
                phrase = (abroad.group(1) if (abroad := _ABROAD.search(head)) else "") + tail
    phrase = _EDGE.sub("", phrase)
    if "》" in phrase and "《" not in phrase:  # 莫斯科行动》和《…》分别以: the end of a title, not a quantity
        phrase = phrase.rpartition("》")[2]
    if "等" in phrase:  # 智能电网和海洋工程等新兴产业销售收入: the kind the examples listed belong to (not 高等学校)
        examples, _, kind = phrase.rpartition("等")
        phrase = kind if len(kind) >= 2 and _QUANTITY_END.search(kind) and re.search("[、和及与]", examples) else phrase
    if len(phrase) < 2 or _NOT_A_METRIC.fullmatch(phrase):
        return None
    for opening, closing in ("“”", "「」"):  # “受雇全职工作”的比例 lost its opening mark as an edge: give it back
        if closing in phrase and opening not in phrase.partition(closing)[0]:
            phrase = opening + phrase
    return phrase[-24:]


# A name with its figure in brackets (浙江(86万千瓦)、山东(75万千瓦)), after a list joint or a verb of naming, owns it.
_NAMED_IN_BRACKET = gated(re.compile(r"(?:^|(?<=[、，,和及与是为有：:\s]))"
                                     r"(?P<name>[\u4e00-\u9fffA-Za-z][^、，,和及与是为有：:\s（()）\d]{1,11})\s*[（(]\s*$"))


def named_in_bracket(phrase: str) -> tuple[str, str] | None:
    """The name a bracketed figure belongs to and the words before that name, when the name is no quantity
    (营业收入（3.5亿元）names a quantity, not an owner)."""
    found = _NAMED_IN_BRACKET.search(phrase)
    if found is None or _QUANTITY_END.search(found.group("name")) or _GROWTH_NOUN_END.search(found.group("name")):
        return None
    return found.group("name"), phrase[:found.start("name")]


def sector_before(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The industry sector named in ``text[start:end]`` just before a figure, and the words between the two."""
    if text.find("业", start, end) < 0 and text.find("社会", start, end) < 0:
        return None  # every sector's name holds 业 or 社会: a plain find is the cheap answer for most figures
    found = _SECTOR_BEFORE.search(text, start, end)
    if found is None:
        return None
    at = found.start("sector")
    narrower = _NARROWER.search(text, max(start, at - 8), at)
    modifier = narrower.group("modifier") if narrower is not None else ""
    if modifier and (_OWNER_END.search(modifier) or PERIOD_CUE.search(modifier)):
        modifier = ""  # 全省制造业, 江苏省制造业, 8月份制造业: whose or when, not a narrower industry
    return modifier + found.group("sector"), found.group("rest")


# A narrower industry named by the words right before a sector's (规模以上装备制造业: 装备制造业, not 制造业): the
# run of characters since a word of scope, a joining word or a mark.
_NARROWER = re.compile(r"(?:^|规模以上|规上|限额以上|限上|其中|以及|[和及与、，,：:；;（(\s\d])"
                       r"(?P<modifier>[\u4e00-\u9fff]{2,5})$")
_OWNER_END = re.compile(r"(?:[省市区县国州]|全[省市区县国]|我[省市区县国]|本[省市区县])$"
                        r"|^(?:全|我|本|该|[年月日季份度旬周])")


_PERIOD_FILLER = re.compile(r"(?:而|但|则|相较而言|相比之下|相比|同期|上年同期|去年同期|为|是|达|达到|仅|"
                            r"人民币|美元|港元|[，,\s])*")  # 去年同期为人民币15亿元: the currency is no quantity


_SPAN = re.compile(r"(?:近|前|后|最近)[一二三四五六七八九十两\d]{1,2}个?(?:季度|月|年|周)")  # 近三个季度


def only_period(phrase: str) -> bool:
    """Whether a phrase names a period and nothing else that is measured (而2025年第二季度为, 2024年同期为)."""
    dated = PERIOD_CUE.search(phrase) or _SPACED_DATE.search(phrase)
    if dated is None:
        return False
    return _PERIOD_FILLER.fullmatch(_SPACED_DATE.sub("", PERIOD_CUE.sub("", phrase))) is not None


def not_an_owner(phrase: str) -> bool:
    """Whether a phrase where an owner stands names a time (一季度), a way of counting (照不变价计算) or an action."""
    return only_period(phrase) or phrase.endswith(("计算", "核算", "测算")) or phrase.startswith(ACTIONS) \
        or _SPAN.fullmatch(phrase) is not None or (phrase[:1] == "分" and len(phrase) <= 5)  # (分县市区看: a cut)


def is_quantity(phrase: str) -> bool:
    """Whether a phrase ends as the name of a quantity does (销量, 营业收入, 增加值), not of an owner or an action."""
    # a match ends at the phrase's end (or before a last line break): looked for there, not from every character
    return _QUANTITY_END.search(phrase, max(0, len(phrase) - _QUANTITY_END_WIDTH - 1)) is not None


def is_member(phrase: str | None) -> bool:
    """Whether a phrase is only the name of a breakdown's member (第二产业, 线上, 住宿和餐饮业), no quantity."""
    return bool(phrase) and (_MEMBER.fullmatch(phrase) is not None or _INDUSTRY.fullmatch(phrase) is not None)


# An industry by its name (煤炭开采和洗选业, 农副食品加工业, 石油加工、炼焦和核燃料加工业; 纺织业, 建筑业 of two
# characters and 业): a member of a list of industries; not a group (企业, 行业, 产业) nor a word that ends alike (就业,
# 营业, 毕业, 创业, 失业, 职业, 实业, 主业).
_INDUSTRY = re.compile(r"[\u4e00-\u9fff、和及]{2,20}(?<![企行产专就营作毕事物商创失职实主学开停复从置伟基家])业")


# The words of an answer to a survey (表示满意的比例, 愿意再次购买的占比): what comes before 的 is the answer given.
_ANSWERING = re.compile(r"认为|表示|选择|愿意|希望|倾向|打算|支持|反对|满意")


def lined_member(found: re.Match[str]) -> bool:
    """Whether the owner a phrase opens with is a member that names a line of the business (国内分部经营利润)."""
    return found.group("subject") in SEGMENTS and found.group("rest").startswith(("分部", "业务", "板块"))


_MARKET = re.compile(r"^市场|(?:市场(?:总体|整体)?|总体|整体)(?=出货量|销量|销售额|零售额)")  # the market, as a whole


@lru_cache(maxsize=65536)  # a pure function of the phrase (its Measure is frozen), asked again for one figure
def split(metric: str | None, growth: bool = False) -> Measure:
    """A metric phrase into subject, segment and the quantity (a growth rate's quantity, without 增速)."""
    if not metric:
        return Measure(None)
    if metric.startswith("来自") and (sourced := REVENUE_SOURCE.match(metric)):  # (a member of the revenue)
        return Measure(sourced.group("rest"), None, sourced.group("source"))
    subject = segment = None
    owned = metric.rpartition("的") if "的" in metric else None
    if owned and (_QUOTED.search(owned[0]) or _EXCEPT.fullmatch(owned[0])):
        owned = None  # “受雇全职工作”的比例, 除汽车以外的零售额: a category's quantity, not an owner's
    elif owned and _QUANTITY_END.search(owned[2]) and _ANSWERING.search(owned[0]):
        return Measure(owned[2], None, owned[0])  # 表示满意的比例: the share of an answer, no owner's
    elif owned and owned[2] == "占" and len(owned[0]) >= 2:
        return Measure("占比", None, owned[0])  # 非常满意的占58.6%, 65岁以上的占14%: the share of those who are so
    received = _RECEIVED.fullmatch(metric) if not owned and any(verb in metric for verb in RECEIVING) else None
    found = _SUBJECT.match(owned[0] + "某某" if owned else metric) if received is None else None
    if received is not None:  # 熊猫基地接待游客: the place that received them, and how many it received
        subject, metric = received.group("subject"), received.group("rest")
    elif owned and found is not None:  # 全国居民的人均可支配收入: 全国's 居民人均可支配收入
        subject, metric = found.group("subject").removesuffix("的"), found.group("rest")[:-2] + owned[2]
    elif owned and not _NO_OWNER.search(owned[0]):  # 比亚迪的新能源车销量: 比亚迪's (not …已经由2014年's)
        subject, metric = owned[0], owned[2]
    elif found is not None and not lined_member(found) and not metric.endswith("类"):  # (交通能源环保类: a class)
        # 国内分部经营利润: a line of the business (its 国内 member), not 国内's; read as a member below
        subject, metric = found.group("subject").removesuffix("的"), found.group("rest")
        metric = metric[1:] if metric.startswith("于") and len(metric) > 2 else metric  # 国泰航空于(1月份)载客
    aged = _AGE_GROUP.match(metric) if "岁" in metric else None
    if aged is not None and (subject is None or not aged.group("owner")):
        # 我国60岁及以上老年网民规模: 我国's, of the group of an age, by the quantity after it
        subject = aged.group("owner") or subject
        segment, metric = aged.group("segment"), aged.group("rest")
    lined = "业" in metric or "板块" in metric or "分部" in metric  # a word of a line looked for before the patterns
    if subject is not None and ("业" in subject or "板块" in subject or "分部" in subject) and _LINE.fullmatch(subject):
        segment, subject = subject, None  # 供应链业务的营收: a line of the business, not its owner
    found = _SEGMENT.match(metric) or (_LINE_QUANTITY.match(metric) if lined else None)
    if found is not None and segment is None:
        segment, metric = found.group("segment"), found.group("rest")
    traded = TRADED.fullmatch(metric) if segment is None else None
    if traded is not None:  # 对美国出口, 以一般贸易方式出口: the partner or the trade mode is the member
        segment = traded.group("partner") or traded.group("mode")
        metric = traded.group("flow") or traded.group("mode_flow") or "进出口"
    if metric.endswith("占") and len(metric) > 2:  # 半失业者占10.56%: the share of that group
        segment, metric = metric[:-1], "占比"
    if growth and not metric.endswith("自然增长率"):  # 人口自然增长率 is a rate's name, not a growth of 人口自然
        stripped = _GROWTH_NOUN_END.sub("", metric)
        metric = stripped if len(stripped) >= 2 else metric
    if subject is not None and subject[:1] in ("的", "至", "到"):
        # 第五位的小米: the 的 is the particle before the name; 1月至10月中国汽车: a range's word, its times taken out
        subject = subject[1:] if len(subject) > 2 else None
    subject = None if subject is None or not_an_owner(subject) else subject  # 一季度, 照不变价计算: no owner
    national = _MARKET.sub("", metric) if subject in ("国内", "全国", "全球") and "市场" in metric else metric
    metric = national if len(national) >= 3 else metric  # 国内市场手机出货量, 国内手机市场总体出货量: 国内's 手机出货量
    metric = re.sub(r"^(?:共有|拥有|有)(?=[\u4e00-\u9fff]{2})", "", metric) if subject else metric  # 全省共有幼儿园
    return Measure(metric, subject, segment)


def noun_after(text: str, start: int) -> str | None:
    """The noun a figure counts, after it: 200个品牌 → 品牌; a quoted name: 为期7天的“消费嘉年华”."""
    if text.startswith("“", start):
        closing = text.find("”", start, start + 40)
        if closing > start + 1:
            return text[start + 1:closing]
    after = text[start:start + 24]
    if after[:1] in ("/", "／") or VERB_FIRST.match(after) or (after[:1].isspace() and start < text.find("\n", 0, 61)):
        return None  # 8.65亿元下滑…, 1.16亿次创新高: a verb follows; 3001.3美元/盎司: a price's unit; a title's gap
    stop = _METRIC_STOP.search(after)
    stop = _DIGIT.search(after, 0, stop.start() if stop is not None else len(after)) or stop
    noun = _EDGE.sub("", after[:stop.start()] if stop else after[:10])
    return noun[:12] if len(noun) >= 2 and not _NOT_A_METRIC.fullmatch(noun) else None
