"""Carrying an owner or a source to the figures that name none: a Chinese release names its subject and who speaks
once, then gives its figures; an English statistics body speaks for its whole release.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.extract.claim import Claim
from checks.extract.en.owners import INDEX_LEVEL, anaphor, is_person

# How far into a document its first owner may stand and still be the owner of the figures before it (a headline
# and a lead).
_OPENING = 400


def carry_subjects(claims: list[Claim], paragraphs: Sequence[int] | None = None) -> list[Claim]:
    """A figure whose clause names no owner belongs to the owner named last before it in the document (北岭乳业上半年
    实现营业收入142.6亿元，…，液态奶业务收入占总营收的72.4%: 北岭乳业's), and the figures before the first owner to
    that first owner (a report names its subject once, then gives its figures). Measured on the real corpus:
    subject agreement 0.21 with the sentence as the scope, 0.50 with the document."""
    # an English owner named by a common noun (the company, the soda maker) is the party named before it
    # a rival's figure, and a member's that names its owner (China (6.1 percent)), pass their owner on to no other;
    # nor does a traded contract named as what moved (WTI crude futures were up 97 cents), which owns its own figure
    contracts = [not claim.subject and bool(claim.metric) and _CONTRACT.fullmatch(claim.metric or "") is not None
                 for claim in claims]
    claims = [claim.replaced(subject=claim.metric) if contract else claim
              for claim, contract in zip(claims, contracts, strict=True)]
    rivals = [rival(claim) or contract or bool(claim.subject and claim.subject == claim.segment)
              for claim, contract in zip(claims, contracts, strict=True)]
    plain = _carried(claims, "subject", [True] * len(claims), rivals, paragraphs)
    referring = [bool(claim.subject) and claim.sentence.isascii() and anaphor(claim.subject) for claim in claims]
    if not any(referring):
        return plain
    anaphors = [claim.replaced(subject=None) if refers else claim for claim, refers in zip(claims, referring,
                                                                                          strict=True)]
    named = _carried(anaphors, "subject", [True] * len(claims), rivals, paragraphs)
    return [claim if claim.subject else other for claim, other in zip(named, plain, strict=True)]


# A roundup's section names its company: a paragraph that opens "AutoNation Inc. (AN) --", or a heading line of its
# own that ends as a company's name does (Discover Financial Services).
_TICKER_OPENING = re.compile(r"\s*(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5})\s*"
                             r"\((?:[A-Z]+:\s*)?[A-Z.]{1,6}\)\s*(?:--|—|–|:)")
_COMPANY_HEADING = re.compile(r"\s*(?P<owner>(?:[A-Z][\w&.'’-]*\s+){0,4}(?:Inc\.?|Corp\.?|Co\.?|Services|Group|"
                              r"Holdings|Ltd\.?|plc|PLC|AG|SA|Bank|Airlines|Motors|Financial))[ \t]*$")


# A section that opens by letting its company speak, named with a company's suffix or speaking of its results:
# "* Staples Inc., the No. 1 office supplies retailer, said quarterly profit rose 19%"; "Pep Boys -- Manny Moe & Jack
# said fiscal second-quarter earnings rose 30%" (not: The company said; Statistics Canada said exports rose).
_NAME_WORD = r"(?:[A-Z][\w&.'’-]*|&|--)"
_NOT_A_NAME = r"\b(?!(?:The|It|He|She|They|We|This|Its|But|And|Also)\b)"
_SAID = r"(?:,[^,;]{1,80},)?\s+(?:said|says|reported|posted)\b"
_COMPANY_SPEAKING = re.compile(rf"{_NOT_A_NAME}(?P<owner>(?:{_NAME_WORD}\s+){{1,4}}(?:Inc\.|Corp\.|Co\.|Ltd\.?|plc|"
                               rf"PLC|AG|Group|Holdings|Airlines|Motors)){_SAID}")
_RESULTS_SPEAKING = re.compile(rf"{_NOT_A_NAME}(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,7}}){_SAID}\s+"
                               r"(?:(?:its|an?|fiscal|quarterly|annual|full-year|[a-z]+-quarter)\s+){0,3}"
                               r"(?:profit|earnings|net\s+income|revenue|sales|loss)\b")
_SPEAKING_REACH = 300
_OPENING_WORDS = 60  # the company opens its section: "* Teen retailer American Eagle Outfitters Inc. said" (not: while)
_INTRODUCED = re.compile(r"[^.;!?]*,\s*")  # or stands after its opening sentence's introductory phrase
_BLANK = re.compile(r"\s*")
_BASED = re.compile(r"^[A-Z][\w.-]*-based\s+")  # Texas-based D.R. Horton: D.R. Horton
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTRACT = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}\s+(?:futures|contracts?)")
_WHEN_SAID = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                        r"May|June|July|August|September|October|November|December|Today|Yesterday)\b")


def section_owners(claims: list[Claim], text: str, breaks: Sequence[int], paragraphs: Sequence[int]) -> list[Claim]:
    """The claims of an English roundup's sections owned by each section's company, where their own reading names no
    owner or a common noun for one (The company earned $15.7 million; The credit-card company says)."""
    if "(" not in text and "Inc" not in text and "Services" not in text and "Co" not in text:
        return claims
    starts = [0, *breaks]
    begins = [_BLANK.match(text, start).end() for start in starts]  # past the break's blank lines
    speakers = [_speaker(text, begin) for begin in begins]
    # sections of several companies speaking, not one company's report (Cummins Inc. …, Cummins said: one company)
    roundup = len({speaker.split()[0] for speaker in speakers if speaker}) >= 2
    owners: list[str | None] = []
    heading = None
    for start, begin, speaker in zip(starts, begins, speakers, strict=True):
        end = text.find("\n", begin)
        line = text[begin:end if end >= 0 else len(text)]
        ticker = _TICKER_OPENING.match(line)
        ticker = None if ticker is None or ticker.group("owner").isupper() else ticker  # TORONTO (AP) —: a dateline
        company = _COMPANY_HEADING.fullmatch(line) if start else None
        heading = company.group("owner") if company else speaker if roundup and speaker and not ticker else heading
        owners.append(ticker.group("owner") if ticker else heading)
    return [claim.replaced(subject=owners[paragraph]) if paragraph < len(owners) and owners[paragraph]
            and not _CJK.search(claim.sentence) and (not claim.subject or anaphor(claim.subject)) else claim
            for claim, paragraph in zip(claims, paragraphs, strict=True)]


def _speaker(text: str, begin: int) -> str | None:
    """The company a section opens by letting speak (see _COMPANY_SPEAKING), else None: no person (Chief Executive
    Lee Scott said), no time (Thursday reported) and no dateline (TORONTO)."""
    end = text.find("\n", begin, begin + _SPEAKING_REACH)
    end = end if end >= 0 else begin + _SPEAKING_REACH  # in its own line: not the next section's company
    found = _COMPANY_SPEAKING.search(text, begin, end) or _RESULTS_SPEAKING.search(text, begin, end)
    opening = found is not None and (found.start() - begin <= _OPENING_WORDS or _INTRODUCED.fullmatch(
        text, begin, found.start()))  # * Citing robust sales of its Hollister line, Abercrombie & Fitch Co. said
    owner = found.group("owner") if opening else None
    if owner is None or is_person(owner) or _WHEN_SAID.search(owner) or owner.isupper():
        return None
    return _BASED.sub("", owner)


def carry_sources(claims: list[Claim], carries: list[bool]) -> list[Claim]:
    """A figure whose sentence names no source is attributed to the source named last before it in the document,
    and the figures before the first source to that source when it stands in the opening: a Chinese release or
    story names who speaks once (据乘联会数据, 中国人寿公布), then gives the figures. Only the claims marked in
    ``carries`` take a carried source: an English "X said" speaks for its own statement (the labellers of the real
    corpus read both so: Chinese attributed-source agreement 0.13 → 0.34 when carried, English 0.92 → 0.50 overall)."""
    return _carried(claims, "attribution", carries)


def _opening(claims: list[Claim], field: str, carries: list[bool]) -> str | None:
    """The first ``field`` a document's opening names, among the claims marked in ``carries``."""
    return next((getattr(c, field) for c, carry in zip(claims, carries, strict=True)
                 if carry and getattr(c, field) and c.start < _OPENING), None)


def _carried(claims: list[Claim], field: str, carries: list[bool], local: list[bool] | None = None,
             paragraphs: Sequence[int] | None = None) -> list[Claim]:
    """The claims marked in ``carries`` with ``field`` carried from the last claim that names one (from the opening's
    first, for those before it); a claim marked in ``local`` keeps its own and passes it on to none. With the
    claims' ``paragraphs``, a new paragraph goes back to the opening's."""
    carried = list(claims)
    local = local or [False] * len(claims)
    named = _opening(claims, field, [carry and not own for carry, own in zip(carries, local, strict=True)])
    named = opening = None if named is not None and COUNTED_GROUP.match(named) else named
    # a stock index owns its level and moves, not the shares that advanced or the exchange's turnover after it
    indexes = {claim.subject for claim in claims if claim.metric == INDEX_LEVEL} if field == "subject" else set()
    for index, (claim, carry) in enumerate(zip(claims, carries, strict=True)):
        if paragraphs is not None and index and paragraphs[index] != paragraphs[index - 1]:
            named = opening  # an owner named in a paragraph (an airport of a roundup) owns that paragraph's figures
        if not carry:
            continue
        if getattr(claim, field):
            # a counted group (290家重点服务业企业) owns its own figures, not those of the sentences after it; so does
            # a rival figure set against another (优于特斯拉的88.88万辆, 与2016届(91.8%)基本持平)
            named = named if local[index] or COUNTED_GROUP.match(getattr(claim, field)) else getattr(claim, field)
        elif named and not (named in indexes and claim.metric != INDEX_LEVEL):
            carried[index] = claim.replaced(**{field: named})
    return carried


# The words before a rival's figure: 优于特斯拉的, 高于全国的, 与2016届(, 较上届(, 低于大型商业银行(.
_RIVAL_BEFORE = re.compile(r"(?:优于|高于|低于|超过|超出|多于|少于|领先于?|不及|落后于?|好于|差于|与|较|比)"
                           r"[^，,。；;]{1,14}?(?:的\s*|\s*[（(]\s*)$")


def rival(claim: Claim) -> bool:
    """Whether a figure is a rival's, set against the figure before it: its owner is its own, not the text's."""
    if claim.sentence.isascii():
        return False  # the words of a rival are Chinese
    at = claim.sentence.find(claim.text)
    return at > 0 and _RIVAL_BEFORE.search(claim.sentence, max(0, at - 20), at) is not None


# An owner that is a counted group of units (290家重点服务业企业, 29家亿元以上企业): it owns its sentence's figures.
COUNTED_GROUP = re.compile(r"\d+(?:\.\d+)?\s*(?:家|个|款|座|所|只|名|位|户)")


# A statistics body speaks for every figure of its release: the ABS, the Bureau of Labor Statistics, the ONS.
_STATISTICS_BODY = re.compile(r"\b(?:bureau|statistics|statistical|census|national statistics)\b", re.IGNORECASE)


def carry_release_source(claims: list[Claim], english: list[bool]) -> list[Claim]:
    """An English release of a statistics body (the source named in its opening is one: the Australian Bureau of
    Statistics said, according to the Bureau of Labor Statistics) speaks for the figures whose sentences name no
    source; any other English source speaks only for its own sentence."""
    opening = _opening(claims, "attribution", english)
    if opening is None or not _STATISTICS_BODY.search(opening):
        return claims
    return [claim.replaced(attribution=opening) if en and not claim.attribution else claim
            for claim, en in zip(claims, english, strict=True)]
