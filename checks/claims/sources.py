"""Who stands behind a figure: the source its attribution names, and what kind of source that is.

Rules, in order (README "Support"): no attribution → none; a statistics bureau, ministry, regulator,
customs, central bank or government → official; a research firm, survey body, association or
university → third_party; an organisation whose name recurs through the document (the party the text
is about or that issued it) → self; any other organisation → third_party.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOURCE_KINDS = ("official", "third_party", "self", "none")

_LEAD = re.compile(r"^(?:数据来源|资料来源|信息来源|来源)\s*[:：]\s*|^[（(]|^(?:据|根据|依据)")
_TAIL = re.compile(
    r"(?:在[^，,。]{0,20}?时)?(?:的)?(?:最新)?(?:发布的|公布的)?(?:统计)?(?:数据|统计|调查|报告|公报|监测数据|监测|调研|研究|测算|消息|预测)?"
    r"(?:显示|表明|称|表示|指出|介绍|透露|说|发布|公布)?[）)]?$"
)
_ORGANISATION = re.compile(
    r"^.{2,14}?(?:集团|股份有限公司|有限公司|公司|银行|平台|科技|汽车|研究院|研究所|研究中心|协会|学会|大学|"
    r"统计局|管理局|总署|署|局|部|委员会|委|政府|办公室|中心)"
)
# A person speaking for an organisation: the organisation is the source (星河汽车首席财务官 → 星河汽车).
_PERSON = re.compile(
    r"(?:董事长|总裁|副总裁|首席[^，,。]{1,4}官|CEO|CFO|总经理|负责人|发言人|院长|局长|部长|主任|司长|"
    r"创始人|合伙人|分析师|经济学家|研究员|专家|总监|经理|主席|行长|书记|市长|省长)"
)
_WHERE = re.compile(r"在[^，,。]{0,20}?(?:上|时|中|期间)$")
_OFFICIAL = re.compile(
    r"统计局|海关|人民银行|央行|国务院|发改委|发展改革委|商务部|财政部|工信部|工业和信息化部|文化和旅游部|文旅部|"
    r"交通运输部|农业农村部|人社部|人力资源和社会保障部|证监会|银保监|金融监管|国资委|外汇管理局|政府|"
    r"(?:国家|中国|省|市|区|县|自治区)[^，,。]{0,10}?(?:局|部|委员会|委|厅|署|办)$|(?:^|[^事业])部$|统计公报|公报"
)
_RESEARCH = re.compile(
    r"研究院|研究所|研究中心|咨询|调查|调研|协会|学会|智库|大学|学院|指数|Research|Consult|艾瑞|易观|尼尔森"
)
# A department of a company (公司财务部, 集团战略部) is the company speaking, not a ministry.
_WITHIN_A_COMPANY = re.compile(r"公司|集团|(?<!人民)(?<!开发)(?<!出口)(?<!发展)银行|企业|股份|控股|科技|平台|商场|超市|"
                               r"酒店|工厂")
_COMPANY_SUFFIX = re.compile(r"(?:股份有限公司|有限公司|集团|公司|控股|股份|科技)$")
# A name that recurs this often in its document is what the document is about.
SUBJECT_MENTIONS = 3


_CHINESE = re.compile(r"[\u3400-\u9fff]")
_ENGLISH = re.compile(
    r"^(?:according to|(?:data|figures|statistics|numbers|estimates) (?:from|by|released by)|source s?:|"
    r"sources?:|data sources?:|said)\s*(?P<a>.+)$|^(?P<b>.+?) (?:said|says|reported|announced|estimated|estimates|"
    r"showed|shows|told)$", re.IGNORECASE)
_ENGLISH_OFFICIAL = re.compile(
    r"\b(?:bureau|ministry|department of|census|federal reserve|central bank|government|customs|regulator|"
    r"commission|statistics office|office for national statistics|eurostat|treasury|authority|agency)\b", re.IGNORECASE)
_ENGLISH_RESEARCH = re.compile(
    r"\b(?:research|consult\w*|survey|institute|university|association|analytics|nielsen|gartner|idc|kantar|"
    r"mckinsey|think tank|index|poll\w*)\b", re.IGNORECASE)
_ENGLISH_SELF = re.compile(r"^(?:the |our )?(?:company|group|firm|brand|platform|retailer|bank|we)$", re.IGNORECASE)
_ENGLISH_SUFFIX = re.compile(r"\s+(?:corp\.?|corporation|inc\.?|ltd\.?|limited|group|plc|co\.?|holdings)$",
                             re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure function of the phrase, and a document's figures share a few phrases
def source_of(attribution: str | None) -> str | None:
    """The party an attribution phrase names: 某平台数据显示 → 某平台, 据国家统计局数据 → 国家统计局,
    according to the National Bureau of Statistics → the National Bureau of Statistics."""
    if not attribution:
        return None
    from checks.extract.en.attribution import party  # the English grammar reads its own phrases

    named = None if _CHINESE.search(attribution) else party(attribution)
    if named:
        return named
    english = _ENGLISH.match(attribution.strip())
    if english is not None:
        return (english.group("a") or english.group("b")).strip(" .,:()")
    named = attribution.strip()
    while (stripped := _LEAD.sub("", named).strip()) != named:
        named = stripped
    phrase = _TAIL.sub("", named).strip(" ，,：:“”\"")
    phrase = _WHERE.sub("", phrase)
    person = _PERSON.search(phrase)
    if person is not None and person.start() >= 2:
        phrase = phrase[:person.start()]
    organisation = _ORGANISATION.match(phrase)
    if organisation is not None:
        return organisation.group(0)
    return phrase or named.strip("（）() ") or None


def source_kind(source: str | None, document: str) -> str:
    """official, third_party, self or none, by the rules in this module's docstring."""
    if not source:
        return "none"
    if source.isascii():
        return _english_kind(source, document)
    company = _WITHIN_A_COMPANY.search(source)
    if _OFFICIAL.search(source) and company is None:
        return "official"
    if _RESEARCH.search(source):
        return "third_party"
    if source.startswith(("公司", "该公司", "本公司", "集团", "该集团")):
        return "self"  # 公司财务部: the company speaking of itself
    core = _COMPANY_SUFFIX.sub("", source[:company.end()] if company is not None else source) or source
    core = core[:6] if len(core) > 6 else core
    if len(core) >= 2 and document.count(core) >= SUBJECT_MENTIONS:
        return "self"
    return "third_party"


def _english_kind(source: str, document: str) -> str:
    if _ENGLISH_OFFICIAL.search(source):
        return "official"
    if _ENGLISH_RESEARCH.search(source):
        return "third_party"
    if _ENGLISH_SELF.match(source):
        return "self"  # "the company said": the party the text is about
    core = _ENGLISH_SUFFIX.sub("", source.removeprefix("the ").strip())
    if len(core) >= 2 and document.count(core) >= SUBJECT_MENTIONS:
        return "self"
    return "third_party"
