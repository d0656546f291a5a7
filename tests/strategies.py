"""Hypothesis strategies for the property tests: the text a news extractor meets, assembled from fragments.

Chinese and English sentences are built from subjects, periods, metrics, comparisons, verbs, qualifiers, numbers
and units (公司上半年营业收入同比增长超12.5%; Revenue rose more than 1,234.5 percent year on year), and mixed
with arbitrary unicode and noise for the "no crash" properties.
"""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st


def examples(share: float = 1.0) -> int:
    """A test's number of examples: a share of the profile's (tests/conftest.py), for the slower properties."""
    return max(10, int(settings.default.max_examples * share))


# --- numbers -------------------------------------------------------------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """0 ≤ n < 10^8 written in Chinese numerals (一百二十三, 三千零五, 十二万), the way news text writes them."""
    if n == 0:
        return "零"

    def below_10000(k: int) -> str:
        out, zero = [], False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit, k = divmod(k, value)
            if digit:
                if zero:
                    out.append("零")
                out.append(_CN_DIGITS[digit] + name)
                zero = False
            elif out:
                zero = True
        return "".join(out)

    high, low = divmod(n, 10000)
    text = (below_10000(high) + "万" + ("零" if 0 < low < 1000 else "") + below_10000(low)) if high \
        else below_10000(low)
    return text[1:] if text.startswith("一十") else text  # 十二, not 一十二


def _grouped(n: int) -> str:
    return f"{n:,}"


arabic_integers = st.integers(min_value=0, max_value=10**9).map(str)
grouped_integers = st.integers(min_value=1000, max_value=10**10).map(_grouped)
decimals = st.builds(lambda whole, frac: f"{whole}.{frac}", st.integers(0, 9999),
                     st.text("0123456789", min_size=1, max_size=3))
small_decimals = st.builds(lambda whole, frac: f"{whole}.{frac}", st.integers(0, 150), st.integers(0, 99))
arabic_numbers = st.one_of(arabic_integers, grouped_integers, decimals, small_decimals,
                           st.integers(0, 100).map(str))
chinese_numbers = st.one_of(
    st.integers(0, 10**8 - 1).map(chinese_numeral),
    st.integers(1, 99).map(chinese_numeral),
    st.builds(lambda n, m: f"{n}{m}", st.one_of(small_decimals, st.integers(1, 9999).map(str)),
              st.sampled_from(["万", "亿", "万亿", "千万", "百万"])),  # 3.5万, 12亿
    st.builds(lambda n, m: f"{chinese_numeral(n)}{m}", st.integers(1, 999), st.sampled_from(["万", "亿"])),
    st.sampled_from(["十几", "数十", "上千", "几百", "两千", "两万", "十余", "百余", "一半", "三成", "九成", "半数"]),
)

# --- Chinese ---------------------------------------------------------------------------------------------------

ZH_SUBJECTS = ["公司", "全国", "本市", "该集团", "全国规模以上工业企业", "城镇居民", "腾讯", "北岭乳业", "我国",
               "线上", "线下", "农村居民", "全省", ""]
ZH_PERIODS = ["2023年", "上半年", "一季度", "前三季度", "1-6月", "今年", "去年", "2022年全年", "10月份", ""]
ZH_METRICS = ["营业收入", "营收", "净利润", "销量", "社会消费品零售总额", "出口", "进出口总额", "用户数",
              "占比", "市场份额", "GDP", "新品数量", "订单量", "客流", "平均工资", ""]
ZH_BASES = ["同比", "较上年", "比上年", "较去年同期", "环比", "比上年同期", ""]
ZH_VERBS = ["增长", "下降", "增加", "减少", "提高", "回落", "达到", "为", "实现", "增长至", "下降至", "占",
            "突破", "累计", "约为", ""]
ZH_QUALIFIERS = ["超", "超过", "近", "约", "逾", "不足", "至少", "最多", "将近", "不超过", ""]
ZH_TAILS = ["以上", "左右", "多", "余", "以下", "以内", ""]
ZH_UNITS = ["%", "％", "亿元", "万元", "元", "万人", "人", "个百分点", "件", "家", "倍", "成", "天", "万亿元",
            "美元", "亿美元", "万辆", "吨", "个", "项", ""]
ZH_STARTS = ["", "据国家统计局数据，", "京东数据显示，", "预计", "公司表示，", "其中，", "此外，", "截至目前，"]
ZH_PUNCT = ["。", "，", "；", "！", "\n", "、", "。\n\n"]


@st.composite
def zh_figure(draw) -> str:
    """A qualified figure: 超12.5%, 近3.5万人, 约一百二十三亿元左右."""
    number = draw(st.one_of(arabic_numbers, chinese_numbers))
    tail = draw(st.one_of(st.just(""), st.sampled_from(ZH_TAILS)))
    return draw(st.sampled_from(ZH_QUALIFIERS)) + number + draw(st.sampled_from(ZH_UNITS)) + tail


@st.composite
def zh_sentence(draw) -> str:
    """公司上半年营业收入同比增长超12.5%，…"""
    parts = [draw(st.sampled_from(ZH_STARTS)), draw(st.sampled_from(ZH_SUBJECTS)), draw(st.sampled_from(ZH_PERIODS)),
             draw(st.sampled_from(ZH_METRICS)), draw(st.sampled_from(ZH_BASES)), draw(st.sampled_from(ZH_VERBS)),
             draw(zh_figure())]
    for _ in range(draw(st.integers(0, 2))):  # a second clause: ，同比增长5%；从8000万元增长到1.2亿元
        parts += [draw(st.sampled_from(["，", "、", "和", "，其中", "，较去年同期的", "至", "，占"])),
                  draw(st.sampled_from(ZH_METRICS)), draw(st.sampled_from(ZH_BASES)),
                  draw(st.sampled_from(ZH_VERBS)), draw(zh_figure())]
    return "".join(parts) + draw(st.sampled_from(ZH_PUNCT))


# --- English ---------------------------------------------------------------------------------------------------

EN_SUBJECTS = ["The company", "Revenue", "Apple", "China's exports", "Net income", "Sales", "The group", "Employers",
               "Unemployment", "The index", "Online sales", ""]
EN_VERBS = ["rose", "fell", "increased by", "declined", "reached", "was", "grew", "dropped", "climbed to",
            "rose to", "is expected to rise", "added", "eased to", "jumped", ""]
EN_QUALIFIERS = ["more than", "nearly", "about", "over", "at least", "up to", "almost", "less than", "around",
                 "roughly", "some", ""]
EN_UNITS = ["%", " percent", " per cent", " percentage points", " billion", " million", " people", " stores",
            " jobs", " days", "", " times", " units"]
EN_CURRENCY = ["$", "US$", "£", "€", ""]
EN_BASES = ["year on year", "from a year earlier", "compared with last year", "in the first quarter", "in 2023",
            "from $1.2 billion", "to $3.1 billion", ""]
EN_WORD_NUMBERS = ["one", "two", "three", "ten", "twelve", "a third", "half", "one in five", "thousands",
                   "a quarter", "dozens", "nine of the 18"]
EN_PUNCT = [". ", ", ", "; ", ".\n", ".\n\n", " and ", ". "]


@st.composite
def en_figure(draw) -> str:
    qualifier = draw(st.sampled_from(EN_QUALIFIERS))
    number = draw(st.one_of(arabic_numbers, st.sampled_from(EN_WORD_NUMBERS)))
    unit = draw(st.sampled_from(EN_UNITS))
    currency = draw(st.sampled_from(EN_CURRENCY)) if unit in (" billion", " million", "") else ""
    return (qualifier + " " if qualifier else "") + currency + number + unit


@st.composite
def en_sentence(draw) -> str:
    parts = [draw(st.sampled_from(EN_SUBJECTS)), draw(st.sampled_from(EN_VERBS)), draw(en_figure()),
             draw(st.sampled_from(EN_BASES))]
    for _ in range(draw(st.integers(0, 2))):
        parts += [draw(st.sampled_from([",", "and", "to", "from", "or", "(", "while"])),
                  draw(st.sampled_from(EN_VERBS)), draw(en_figure()), draw(st.sampled_from(EN_BASES))]
    return " ".join(p for p in parts if p) + draw(st.sampled_from(EN_PUNCT))


# --- documents -------------------------------------------------------------------------------------------------

# Characters that make figures and break them: digits, numerals, units, qualifiers, separators, full-width forms.
FIGURE_CHARS = ("0123456789.,%％０１２３４５６７８９．一二三四五六七八九十百千万亿两零〇超近约余多以上左右个件元美元"
                "倍成折第年月日天从到至增长下降占比其中分别、，。；—-~^/负 \u3000\n\t$£€¥abcxkmMB")
noise = st.one_of(
    st.text(max_size=30),  # arbitrary unicode (no lone surrogates: input decoding refuses them)
    st.text(FIGURE_CHARS, max_size=30),
    st.sampled_from(["\u200b", "\ufeff", "😀", "\u0301", "《2021中国百强榜》", "https://x.cn/?q=30%", "（", "）",
                     "“", "”", "\r\n", "1e999", "9" * 70, "第3", "双11", "2021年", "数据来源：国家统计局"]),
)

zh_documents = st.lists(zh_sentence(), min_size=1, max_size=6).map("".join)
en_documents = st.lists(en_sentence(), min_size=1, max_size=6).map("".join)
mixed_documents = st.lists(st.one_of(zh_sentence(), en_sentence(), noise), min_size=1, max_size=8).map("".join)
# Any text: the generated news, the same with noise mixed in, or arbitrary unicode.
any_text = st.one_of(zh_documents, en_documents, mixed_documents, st.text(max_size=200),
                     st.text(FIGURE_CHARS, max_size=120))
news = st.one_of(zh_documents, en_documents)

# Sentences without any figure, to add to a document (the same language as the document).
ZH_PLAIN = ["今天天气晴朗。", "记者在现场看到，市民秩序井然。", "公司表示将继续努力。", "相关工作正在推进中。",
            "业内人士认为，行业前景向好。"]
EN_PLAIN = ["The weather was fine. ", "Analysts said the outlook was unclear. ", "The company declined to comment. ",
            "Officials met on Tuesday. "]
