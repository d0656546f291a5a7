"""Who issues a Chinese document and what source its closing line names: its figures are the issuer's, or the
source's, unless a sentence names another."""

from __future__ import annotations

import re

from checks.extract.prefilter import widest
from checks.extract.zh.context import DOCUMENT_SOURCE


def document_source(text: str) -> str | None:
    """The source a closing line gives for the whole document (数据来源：X)."""
    tail = text.rstrip()[-80:]
    last_line = re.split(r"[\n\u3000]", tail)[-1] if tail else ""
    match = DOCUMENT_SOURCE.search(last_line)
    return match.group(0).strip() if match else None


# Who issues a release, named in its opening: 中国人寿公布了上半年业绩, 顺丰控股昨日晚间发布了…简报, 银监会11月15日公布,
# 蔚来（9866）公布第三季业绩. Its figures are the issuer's unless a sentence names another source.
ISSUER = re.compile(
    r"(?:^|(?<=[，,。；;：:\s■”）)])|(?<=消息|获悉))"  # the issuer opens its clause
    # (not a time: 中国手游(纳斯达克证券代码:CMGE)今天公布了, its ticker in brackets of up to 24 characters)
    r"(?!今天|昨天|今日|昨日|近日|日前|当天|当日)"
    r"(?P<issuer>[^，,。；;：:\s“”《》()（）的■\d以在将即已经和与及、年月日时]{2,12}?)(?:[（(][^()（）]{1,24}[)）])?"
    r"(?:\d{1,2}月\d{1,2}日|昨日|今日|近日|日前|昨天|今天)?(?:晚间|晚|早间)?(?:正式)?(?:发布|公布|披露)(?:了)?")
ISSUER_REACH = 120
ISSUER_VERB = re.compile(r"发布|公布|披露")  # what every issuer's phrase ends with
ISSUER_WIDTH = widest(ISSUER)
# A cue that names a kind of document and no party (数据显示, 财报显示, 结果显示): the issuer's.
NO_PARTY = re.compile(r"^(?:最新)?(?:数据|财报|报告|公告|结果|统计|调查|监测)(?:还|同时|也)?(?:显示|表明)$")


def issuer(text: str) -> str | None:
    """The party that issues the document, when its opening says so (the phrase as written, for source_of)."""
    found = opening_issuer(text)
    return found.group("issuer") + "发布" if found else None


_OPENING: list = [None, None]  # the last text read for its issuer, and what was found


def opening_issuer(text: str) -> re.Match[str] | None:
    """ISSUER in the opening of ``text``: searched once for the text's reader and its owners."""
    if _OPENING[0] is not text:
        # the issuer's verb ends its match, which spans at most ISSUER_WIDTH: searched from that far before the first
        verb = ISSUER_VERB.search(text, 0, ISSUER_REACH)
        _OPENING[:] = [text, None if verb is None else ISSUER.search(
            text, 0 if ISSUER_WIDTH is None else max(0, verb.start() - ISSUER_WIDTH), ISSUER_REACH)]
    return _OPENING[1]
