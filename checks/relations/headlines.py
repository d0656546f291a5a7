"""The headline of a document and the figures it states in short: what restated and its kin read against the body."""

from __future__ import annotations

import re

from checks.relations.base import Doc, plain
from checks.relations.dispatch_lead import lead_paragraph
from checks.relations.lines import line_end, line_start
from checks.relations.periods import periods_conflict


def echoed(doc: Doc, heading: dict, other: dict) -> bool:
    """Whether the text tells a headline's figure again to the digit, of a quantity whose name holds the headline's,
    in a paragraph before ``other`` (进出口同比增长14.9% above 货物贸易进出口值…增长14.9%): that is the one the
    headline states, and a later figure read alike (民营企业的进出口…增长15.9%) another quantity's. Not of another time
    (the third quarter's 2.5% is not August's 2.5%)."""
    name = plain(heading.get("metric"))
    return bool(name) and any(
        c is not heading and c["kind"] == heading["kind"] and c["unit"] == heading["unit"]
        and float(c["value"]) == float(heading["value"]) and c.get("direction") == heading.get("direction")
        and name in plain(c.get("metric")) and doc.paragraph(heading) < doc.paragraph(c) < doc.paragraph(other)
        and not periods_conflict(heading.get("period"), c.get("period")) for c in doc.claims)


_HEADING_END = re.compile(r"[。！？!?；;]|\.\s|\.$")
_SUMMARY_LINE = re.compile(r"(?:^|\n)\s*[-•*]\s*[A-Za-z\u4e00-\u9fff][^\n:：]{0,40}[:：]", re.MULTILINE)


def headline(doc: Doc, claim: dict) -> bool:
    """A figure of the headline, the first sentence, or a summary list (-Revenue (Q2): $19.24 Bln): where a text
    states in short what it then says at length."""
    if doc.lead(claim) or lead_paragraph(doc, claim):
        return True
    start, end = line_start(doc, int(claim["start"])), line_end(doc, int(claim["end"]))
    line = doc.text[start:end if end >= 0 else len(doc.text)].strip()
    if 0 < len(line) <= 40 and not _HEADING_END.search(line) and end >= 0:
        # a heading line (Q3收入同比增15%,调整后净利同比增18%: a comma, no stop) states in short what follows
        return True
    window = doc.text[max(start, int(claim["start"]) - 50):int(claim["start"])]
    return _SUMMARY_LINE.match(doc.text, max(0, start - 1)) is not None or bool(re.search(
        r"(?:^|\s)-\s*[A-Za-z][^:\n]{0,40}:\s*$", window))
