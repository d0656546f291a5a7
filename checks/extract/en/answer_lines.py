"""The answers of a poll laid out as bulleted lines under a question's heading: "Sales trends: • Increase: 79 percent
(73 percent Q1) • No change: 17 percent (23 percent Q1) • Decrease: 4 percent (5 percent Q1)". Each figure is the
share of the asked who gave the line's answer, not a rise of 79%: a share, its answer the member, its heading the
quantity asked about, and a figure in brackets with a time after it (Q1) the share of that earlier round.

Read only in a report of a survey or poll, on a run of two lines or more whose label is an answer (increase, no
change, decrease, yes, no, not sure …) and whose text after the colon is nothing but percentages, each perhaps in
brackets with a time: a line with words after its figure is prose, read as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from checks.extract.claim import Claim
from checks.extract.en.answers import surveyed

# The answers a poll's lines are labelled with: a way something goes, or a yes or no (Increase spending; No change).
_ANSWER = (r"(?:increase|decrease|no\s+change|unchanged|(?:stay|remain)\s+the\s+same|the\s+same|same|higher|lower|"
           r"more|less|fewer|better|worse|improve|worsen|rise|fall|expand|contract|reduce|up|down|yes|no|"
           r"don['’]t\s+know|not\s+sure|unsure|undecided|neutral|agree|disagree)")
_PERCENT = r"\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
# A figure in brackets with its time: (73 percent Q1), (46% in Q1), (29 percent a year ago).
_EARLIER = rf"\(\s*{_PERCENT}(?:\s+(?:in\s+)?(?P<time>[^()\n]{{1,20}}))?\s*\)"
_LINE = re.compile(rf"^[ \t]*[•\-*▪●][ \t]*(?P<answer>{_ANSWER}(?:[ \t]+[a-z]+){{0,2}})[ \t]*:[ \t]*"
                   rf"(?P<figures>{_PERCENT}(?:[ \t]*(?:{_EARLIER}|,[ \t]*{_PERCENT}))*)[ \t.;]*$",
                   re.IGNORECASE | re.MULTILINE)
_TIME_IN_BRACKET = re.compile(rf"{_PERCENT}\s+(?:in\s+)?(?P<time>[^()\n]{{1,20}}?)\s*\)", re.IGNORECASE)
# The question's heading: the last line before the run that ends with a colon and holds no figure (Sales trends:).
_HEADING = re.compile(r"^[ \t]*(?P<heading>[A-Z][A-Za-z'’ &/-]{1,60}?)[ \t]*:[ \t]*$", re.MULTILINE)
# How far above the run its heading may stand (a blank line or two between).
_HEADING_REACH = 200


def answer_lines(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, those of a poll's answer lines read as shares of the asked (see the module)."""
    if ("•" not in text and "\n-" not in text and "\n*" not in text) or ":" not in text:
        return claims
    lines = list(_LINE.finditer(text))
    if len(lines) < 2 or not surveyed(text):
        return claims
    read = list(claims)
    starts = [claim.start for claim in claims]  # in order: each line's figures found by bisection
    for at, found in enumerate(lines):
        if not _in_run(lines, at, text):
            continue
        heading = _heading(text, found.start())
        answer = re.sub(r"\s+", " ", found.group("answer").strip())
        dated = _TIME_IN_BRACKET.search(found.group("figures")) is not None
        for index in range(bisect.bisect_left(starts, found.start("figures")), bisect.bisect_left(starts, found.end())):
            claim = read[index]
            if claim.unit not in ("%", "percent"):
                continue
            time = _TIME_IN_BRACKET.match(text, claim.start, found.end()) if text[claim.start - 1] == "(" else None
            # the earlier round's share is of its time; the line's own of the survey's, none carried from a bracket
            period = time.group("time").strip() if time else None if dated else claim.period
            read[index] = replace(claim, kind="share", direction=None, segment=answer,
                                  metric=heading or claim.metric, whole=None, basis=None, period=period)
    return read


def _in_run(lines: list[re.Match[str]], at: int, text: str) -> bool:
    """Whether another answer line stands within two lines of line ``at`` (a run of answers, not a lone line). The
    lines are in order, so the nearest others are the lines just before and after it: only those are looked at."""
    found = lines[at]
    return any(abs(other.start() - found.start()) < 400 and
               text.count("\n", min(other.end(), found.end()), max(other.start(), found.start())) <= 3
               for other in lines[max(0, at - 1):at] + lines[at + 1:at + 2])


def _heading(text: str, start: int) -> str | None:
    """The heading of the run a line at ``start`` is in: the last line ending with a colon above it, within reach,
    with only blank lines and answer lines between."""
    headings = list(_HEADING.finditer(text, max(0, start - _HEADING_REACH), start))
    if not headings:
        return None
    between = text[headings[-1].end():start]
    if any(line.strip() and not _LINE.match(line) for line in between.split("\n")):
        return None
    return headings[-1].group("heading").strip()
