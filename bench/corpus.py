"""A generated news corpus for throughput measurements: deterministic, written for this project.

Sentences are drawn from templates with and without figures, so that the density of figures is
that of a figure-heavy press release (about 9 claims per 1,000 characters, as in seeds/).
"""

from __future__ import annotations

import random

WITH_FIGURES = (
    "{city}全市社会消费品零售总额{money}，同比增长{pct}。",
    "{company}前三季度实现营业收入{money}，同比{updown}{pct}，净利润{money}。",
    "今年以来，{city}新增市场主体{count}家，其中个体工商户占比{pct}。",
    "预计全年{city}接待游客将超过{count}万人次，旅游收入有望突破{money}。",
    "活动期间共有超过{count}个品牌参与，{company}订单量较去年同期提升近{pct}。",
    "据{city}统计局数据，城镇居民人均可支配收入{money}，增长{pct}，比上年加快{pp}个百分点。",
    "该平台新品数量同比增长超{pct}，中小商家成交额增长{mult}倍。",
    "{company}表示，将在未来三年投入{money}用于研发，研发人员占比将提升至{pct}。",
    "平均配送时长缩短{small}小时，库存周转天数下降{small}天。",
    "受访者中约{tenth}成表示愿意尝试，近{pct}的人认为价格偏高。",
    "{company}门店数量达到{count}家，覆盖{small}个省份的{count}座城市。",
    "出口额{money}，同比下降{pct}；进口额{money}，增长{pct}。",
)
WITHOUT_FIGURES = (
    "与会专家围绕数字经济与实体经济深度融合展开了讨论。",
    "{company}相关负责人介绍，公司将持续推进供应链基础设施建设，助力当地产业升级。",
    "活动现场人头攒动，市民纷纷表示希望此类活动能够常态化举办。",
    "业内人士认为，消费市场整体呈现稳中向好的态势，新业态新模式不断涌现。",
    "{city}有关部门表示，下一步将进一步优化营商环境，激发市场主体活力。",
    "此次论坛由{city}人民政府主办，吸引了众多企业家和学者参加。",
    "记者在现场看到，不少商家推出了形式多样的促销活动，吸引消费者驻足。",
    "据了解，该项目是当地推进城市更新的重点工程之一，社会关注度较高。",
    "分析人士指出，政策效应持续释放，为经济平稳运行提供了有力支撑。",
    "{company}同时发布了面向中小企业的一系列扶持举措，涵盖营销、物流与金融服务。",
    "专家建议，要把扩大内需同深化供给侧结构性改革有机结合起来。",
    "多家企业负责人在接受采访时表达了对未来市场前景的信心。",
    "“我们希望通过数字化手段，让更多优质商品走进千家万户。”{company}负责人说。",
    "当天，双方还就智慧物流、智慧城市等领域的合作进行了深入交流。",
)
# The share of sentences that carry figures, set so that the corpus has the claim density of the seed press
# release (about 9 claims per 1,000 characters); the labelled corpus, denser, is measured beside it.
FIGURE_SENTENCES = 0.14
CITIES = ("天津", "成都", "杭州", "武汉", "西安", "临江市", "青岛", "长沙")
COMPANIES = ("某电商平台", "华远科技", "东海银行", "北辰零售集团", "星河汽车", "云上文旅")


# English news, written for this project: sentences with figures are as dense as a results story (about 5 claims per
# 1,000 characters over the corpus), the rest carry none.
WITH_FIGURES_EN = (
    "{company_en} said revenue rose {pct} to ${money_en} in the quarter, ahead of analysts' forecasts.",
    "Net income fell {pct} year on year to ${money_en}, or {cents} cents a share.",
    "The city welcomed more than {count} visitors over the holiday, up {pct} from a year earlier.",
    "Online sales accounted for {pct} of the total, {pp} percentage points more than last year.",
    "About {count} jobs were added in {month}, and the unemployment rate held at {rate}.",
    "{company_en} expects full-year sales of between ${small} billion and ${big} billion.",
    "Nearly {tenth} in ten shoppers said prices were higher than a year ago, the survey of {count} adults found.",
    "Exports dropped {pct} while imports grew {pct}, leaving a surplus of ${money_en}.",
)
WITHOUT_FIGURES_EN = (
    "Executives said demand remained steady across the region despite higher borrowing costs.",
    "{company_en} did not respond to a request for comment on Tuesday.",
    "Analysts said the results showed the company was gaining ground with younger customers.",
    "The ministry said it would publish further details of the plan later in the year.",
    "Retailers have been cutting prices to win back shoppers who turned cautious during the spring.",
    "The figures were broadly in line with what economists had expected after a weak start to the year.",
    "Officials urged travellers to book early and to check for delays before setting out.",
    "The company plans to open new stores in several cities and to expand its delivery service.",
    "Shares of {company_en} were little changed in early trading in New York.",
    "A spokesperson said the board would review the proposal at its next meeting.",
)
FIGURE_SENTENCES_EN = 0.2
COMPANIES_EN = ("Northwind Foods", "Harbor Bank", "Bluepeak Motors", "Cedar Retail Group", "Lumen Software")
MONTHS_EN = ("January", "March", "May", "July", "September", "November")


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        city=rng.choice(CITIES),
        company=rng.choice(COMPANIES),
        money=f"{rng.uniform(1, 999):.1f}{rng.choice(('亿元', '万元', '万亿元', '亿美元'))}",
        pct=f"{rng.uniform(0.5, 99):.1f}%",
        pp=f"{rng.uniform(0.1, 5):.1f}",
        count=rng.randint(2, 9999),
        small=f"{rng.uniform(1, 30):.1f}".rstrip("0").rstrip("."),
        mult=rng.choice(("两", "三", "1.5", "2.3")),
        tenth=rng.choice("三四五六七八九"),
        updown=rng.choice(("增长", "下降")),
    )


def _fill_en(template: str, rng: random.Random) -> str:
    return template.format(
        company_en=rng.choice(COMPANIES_EN),
        money_en=f"{rng.uniform(1, 99):.2f} {rng.choice(('million', 'billion'))}",
        pct=f"{rng.uniform(0.5, 99):.1f}%",
        pp=f"{rng.uniform(0.1, 5):.1f}",
        count=f"{rng.randint(2, 99_999):,}",
        cents=rng.randint(5, 95),
        month=rng.choice(MONTHS_EN),
        rate=f"{rng.uniform(3, 9):.1f}%",
        small=rng.randint(2, 19),
        big=rng.randint(20, 40),
        tenth=rng.choice(("three", "four", "six", "seven")),
    )


def generate(min_bytes: int, seed: int = 20211021, lang: str = "zh") -> list[str]:
    """Documents of 8–20 sentences until their UTF-8 size reaches ``min_bytes`` (Chinese, or English news)."""
    rng = random.Random(seed)
    with_figures, without, share, joint, fill = (
        (WITH_FIGURES, WITHOUT_FIGURES, FIGURE_SENTENCES, "\u3000\u3000", _fill) if lang == "zh" else
        (WITH_FIGURES_EN, WITHOUT_FIGURES_EN, FIGURE_SENTENCES_EN, " ", _fill_en))
    documents: list[str] = []
    size = 0
    while size < min_bytes:
        sentences = []
        for _ in range(rng.randint(8, 20)):
            pool = with_figures if rng.random() < share else without
            sentences.append(fill(rng.choice(pool), rng))
        document = joint.join(sentences)
        documents.append(document)
        size += len(document.encode("utf-8"))
    return documents
