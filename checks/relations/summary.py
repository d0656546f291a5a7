"""restated for a summary that copies its article (摘要: 本报讯…全市13家主要省级乡村旅游点接待1.97万人次，营收46.30万,
then the article: 本报讯…接待1.97万人次). A page's summary (摘要, 导读, Summary:) repeats the opening of the article
below it word for word, cut short; a figure after the very words it follows in the article is the same figure, and
must read the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, stated_twice

# A first line that is the page's summary of the article below it
_SUMMARY = re.compile(r"\s*(?:摘要|导读|内容提要|Summary|Abstract)\s*[:：]", re.IGNORECASE)
_CONTEXT = 10  # characters before a figure that must be the same in the summary and the article


def summary_copies(doc: Doc, found: Iterable[Relation] = ()) -> Iterable[Relation]:
    """Each figure of the summary line against the figure after the same words in the article below it, unless a
    relation ``found`` before already holds the two (a headline and its lead)."""
    if _SUMMARY.match(doc.text) is None:
        return
    line_end = doc.text.find("\n")
    if line_end < 0:
        return
    held = {frozenset(id(c) for c in r.claims) for r in found if len(r.claims) == 2}  # (a text with a summary only)
    summary = [c for c in doc.claims if int(c["end"]) <= line_end]
    body: dict[str, list[dict]] = {}
    for claim in doc.claims:  # the figures after each stretch of words in the article
        if int(claim["start"]) - _CONTEXT > line_end:
            body.setdefault(doc.text[int(claim["start"]) - _CONTEXT:int(claim["start"])], []).append(claim)
    for figure in summary:
        words = doc.text[int(figure["start"]) - _CONTEXT:int(figure["start"])]
        copies = body.get(words, []) if int(figure["start"]) >= _CONTEXT and "\n" not in words else []
        # (words said twice in the article, 5月份…增长7.4%。1-5月…增长6.8%, say nothing of which is the copy)
        copy = copies[0] if len(copies) == 1 else None
        if copy is None or copy["unit"] != figure["unit"] or frozenset((id(figure), id(copy))) in held:
            continue
        yield stated_twice(doc, figure, copy, "follow the same words in the summary and the article")
