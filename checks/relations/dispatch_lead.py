"""The lead of a dispatch: the paragraph after its dateline (新华社北京1月11日电, 中新网北京2月4日电, 本报讯) that sums
up what the body then says at length, so that a figure of it and one of the body may be one statement made twice."""

from __future__ import annotations

import re

from checks.relations.base import Doc

# A news lead's dateline (新华社北京1月11日电, 中新网北京2月4日电, 本报讯): the paragraph it opens sums up the story.
_DATELINE = re.compile(r"^[^\n。]{0,40}?(?:\d{1,2}月\d{1,2}日电|日电|本报讯|讯\s*[(（]记者|[(（]记者[^)）]{1,20}[)）])")


def lead_paragraph(doc: Doc, claim: dict) -> bool:
    """Whether a figure stands in the opening line of a dispatch (after its title line, if any), after its dateline,
    with more lines after it: the lead that the body restates at length."""
    text, start = doc.text, int(claim["start"])
    opening = 0
    first_end = doc.title_end
    if first_end > 0 and "。" not in text[:first_end] and start > first_end:
        opening = first_end + 1  # past a title line
    end = text.find("\n", opening, opening + 402)
    if end < 0 or not text[end:end + 400].strip() or not opening <= start < end or end - opening > 400:
        return False
    return _DATELINE.match(text, opening) is not None


def title_restated(doc: Doc, first: dict, second: dict) -> bool:
    """Whether a figure of the title line is told again by the first figure of the text after it (Retail turnover
    rises 0.4 per cent in August / Australian retail turnover rose 0.4 per cent in August 2019, …): the text opens
    by saying its title at length, whatever other figures of the quantity follow (its breakdown)."""
    line_end = doc.title_end
    if line_end < 0 or int(first["end"]) > line_end or re.search(r"[。！？!?]|\.\s|\.$", doc.text[:line_end].rstrip()):
        return False
    after = next((c for c in doc.claims[int(first["_index"]):] if int(c["start"]) > line_end), None)
    # (grew 1.2 percent in the quarter, and 4.1 percent in the year: a sentence with two of its kind says not which)
    return after is second and not any(c is not second and c["kind"] == second["kind"] and c["unit"] == second["unit"]
                                       for c in doc.in_sentence(second))

